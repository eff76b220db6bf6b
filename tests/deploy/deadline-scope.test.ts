import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

describe("a prefecture's own milestone", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
    const { repos, programme } = bot.shifan.services;
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '崆峒区', name: '崆峒区联络员' }, 72, bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(await bot.sayText('kongtong-official', `绑定 ${invite.value.code}`)).toContain('绑定成功');
  });
  afterAll(() => bot.close());

  it("is stored for the staff member's prefecture, reminded and shown to its counties only", async () => {
    expect(await bot.sayText('gannan-staff', '新增截止 2018-10-26 验收材料报送')).toContain('已新增截止事项“验收材料报送”');
    const row = await bot.shifan.services.db.selectFrom('milestones').select('prefecture_id').where('title', '=', '验收材料报送').executeTakeFirstOrThrow();
    expect(row.prefecture_id).toBe('gannan');

    bot.clock.set('2018-10-12T09:00:00+08:00'); // T-14
    await bot.shifan.scheduler.tick();
    const reminded = async (user: string) => (await bot.posts(user)).some((p) => p.reply.title === '截止提醒：验收材料报送');
    expect(await reminded('luqu-official')).toBe(true);
    expect(await reminded('kongtong-official')).toBe(false);

    expect(await bot.sayText('kongtong-official', '截止日期')).not.toContain('验收材料报送');
    expect(await bot.sayText('visitor', '截止日期')).not.toContain('验收材料报送');
    const admin = await bot.sayText('admin', '截止日期');
    expect(admin).toContain('验收材料报送');
    expect(admin).toContain('完成情况：0/4 个县已完成');
  });

  it('the admin moves it too; staff cannot touch a programme-wide one', async () => {
    expect(await bot.sayText('gannan-staff', '调整截止 验收材料报送 2018-10-30')).toContain('调整为2018年10月30日');
    expect(await bot.sayText('admin', '调整截止 验收材料报送 2018-11-02')).toContain('调整为2018年11月2日');
    expect(await bot.sayText('gannan-staff', '关闭截止 实施方案备案')).toBe(
      '“实施方案备案”是全省统一的截止事项，只能由省级工作人员或管理员关闭。如需关闭，请联系省级工作人员。',
    );
    const due = await bot.shifan.services.db
      .selectFrom('milestones')
      .select(['id', 'due_date', 'closed_at'])
      .where('id', 'in', ['plan-filing', 'tendering'])
      .orderBy('id')
      .execute();
    expect(due).toEqual([
      { id: 'plan-filing', due_date: '2018-09-30', closed_at: null },
      { id: 'tendering', due_date: '2018-12-31', closed_at: null },
    ]);
  });
});
