import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/actor.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

/**
 * 帮助 for every role, rendered from the router's own command table: each role is shown
 * exactly the commands it may use, one example each, and every example, typed by that
 * role, is answered rather than refused (the permission matrix in permissions.test.ts).
 */
/** What prefecture staff and the administrator both use: a county's records and the deadlines. */
const COUNTY_AND_DEADLINES = [
  '修改记录 2018-W38 卓尼县',
  '进度 卓尼县',
  '设置贫困村 卓尼县 120',
  '截止日期',
  '新增截止 2018-11-30 验收材料报送',
  '调整截止 实施方案备案 2018-10-15',
  '关闭截止 实施方案备案',
];

const EXPECTED: readonly { user: string; role: Role; usages: readonly string[] }[] = [
  { user: 'visitor', role: 'anonymous', usages: ['帮助', '我是谁', '绑定 邀请码', '截止日期'] },
  {
    user: 'zhuoni-official',
    role: 'official',
    usages: ['帮助', '我是谁', '填报', '修改周报', '修改记录', '我县进度', '截止日期', '已完成 实施方案备案 甘卓商发〔2018〕12号'],
  },
  {
    user: 'gannan-staff',
    role: 'prefecture',
    usages: ['帮助', '我是谁', '绑定本群 市州群', '填报 卓尼县', '修改 2018-W38 卓尼县', ...COUNTY_AND_DEADLINES, '汇总'],
  },
  {
    user: 'admin',
    role: 'admin',
    usages: ['帮助', '我是谁', '绑定本群 县级群 卓尼县', ...COUNTY_AND_DEADLINES, '汇总', '重新加载通知'],
  },
];

describe('帮助 for every role', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => bot.close());

  for (const { user, role, usages } of EXPECTED) {
    it(`shows ${role} exactly what it may use, each example answered, not refused`, async () => {
      const [help] = await bot.say(user, '帮助');
      const shown = (help!.fields ?? []).map((f) => f.label);
      expect(shown).toEqual(usages);
      for (const usage of shown) {
        expect(bot.shifan.router.permits(role, usage), `${role} may use “${usage}”`).toBe(true);
        const answer = await bot.sayText(user, usage);
        expect(answer, `${role}: ${usage}`).not.toMatch(/仅限|只能查看本县|只能填报本县|未找到示范县/);
      }
    });
  }

  it('never shows a county official the staff commands, nor staff the commands that need a county', async () => {
    const official = (await bot.say('diebu-official', '帮助'))[0]!.fields!.map((f) => f.label).join('\n');
    expect(official).not.toMatch(/汇总|新增截止|设置贫困村|绑定本群/);
    const staff = (await bot.say('gannan-staff', '帮助'))[0]!.fields!.map((f) => f.label);
    expect(staff).not.toContain('我县进度');
    expect(staff).not.toContain('填报');
    expect(staff.some((u) => u.startsWith('已完成'))).toBe(false);
  });
});
