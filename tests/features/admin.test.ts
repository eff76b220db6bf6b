import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.close());

async function invite(request: Parameters<typeof issueInvite>[2], ttlHours = 72) {
  const { repos, programme } = bot.shifan.services;
  const result = await issueInvite(repos, programme.data, request, ttlHours, bot.clock.now());
  if (!result.ok) throw new Error(result.error);
  return result.value.code;
}

describe('help', () => {
  it('tells a visitor how to ask and how to bind', async () => {
    const text = await bot.sayText('someone-new', '帮助');
    expect(text).toContain('示范助手 · 使用帮助');
    expect(text).toContain('绑定 邀请码');
    expect(text).toContain('我是谁');
  });

  it.each([
    ['zhuoni-official', '填报本县每周进度'],
    ['gannan-staff', '查看本市州各示范县进度'],
    ['admin', 'npm run cli -- invite'],
  ])('answers %s with what that role can do', async (who, expected) => {
    for (const word of ['帮助', 'help', '?', '菜单']) {
      const text = await bot.sayText(who, word);
      expect(text).toContain(expected);
      expect(text).not.toContain('绑定 邀请码：');
    }
  });
});

describe('binding with an invite code', () => {
  it('binds a new user with a valid code and shows it in 我是谁', async () => {
    const code = await invite({ role: 'official', county: '迭部县', name: '李晓东' });
    expect(await bot.sayText('lark-user-1', '我是谁')).toContain('尚未绑定');
    expect(await bot.sayText('lark-user-1', `绑定 ${code.toLowerCase()}`)).toBe('绑定成功：您是迭部县的县级联络员（李晓东）。发送“帮助”查看可用功能。');
    expect(await bot.sayText('lark-user-1', '我是谁')).toBe('您是迭部县的县级联络员（李晓东）。');
  });

  it('refuses a wrong code and changes nothing', async () => {
    const text = await bot.sayText('lark-user-2', '绑定 ZZZZ-9999');
    expect(text).toContain('邀请码“ZZZZ-9999”无效');
    expect(await bot.sayText('lark-user-2', '我是谁')).toContain('尚未绑定');
  });

  it('refuses a code that was already used', async () => {
    const code = await invite({ role: 'prefecture', prefecture: '甘南州' });
    expect(await bot.sayText('user-a', `绑定 ${code}`)).toContain('绑定成功');
    expect(await bot.sayText('user-b', `绑定 ${code}`)).toContain('该邀请码已被使用');
    expect(await bot.sayText('user-b', '我是谁')).toContain('尚未绑定');
  });

  it('refuses an expired code', async () => {
    const code = await invite({ role: 'official', county: '碌曲县' }, 1);
    bot.clock.advance(2 * 3600_000);
    expect(await bot.sayText('user-c', `绑定 ${code}`)).toBe('该邀请码已过期，请联系管理员重新获取。');
    expect(await bot.sayText('user-c', '我是谁')).toContain('尚未绑定');
  });

  it('asks for the code when it is missing, and only binds in private chat', async () => {
    expect(await bot.sayText('user-d', '绑定')).toContain('请在“绑定”后输入邀请码');
    const code = await invite({ role: 'admin' });
    const inGroup = await bot.sayText('user-d', `@示范助手 绑定 ${code}`, { chat: 'gannan-group' });
    expect(inGroup).toContain('请在与我的私聊中使用');
    expect(await bot.sayText('user-d', `绑定 ${code}`)).toContain('管理员');
  });
});

describe('messages', () => {
  it('has one effect when the same message id arrives twice', async () => {
    const code = await invite({ role: 'official', county: '舟曲县' });
    const first = await bot.say('user-e', `绑定 ${code}`, { messageId: 'msg-dup-1' });
    const second = await bot.say('user-e', `绑定 ${code}`, { messageId: 'msg-dup-1' });
    expect(first[0]?.text).toContain('绑定成功');
    expect(second).toEqual([]);
  });

  it('stays silent in a group unless mentioned', async () => {
    expect(await bot.say('gannan-staff', '帮助', { chat: 'gannan-group' })).toEqual([]);
    expect(await bot.sayText('gannan-staff', '@示范助手 帮助', { chat: 'gannan-group' })).toContain('使用帮助');
  });

  it('registers a group for the prefecture only for prefecture staff', async () => {
    expect(await bot.sayText('zhuoni-official', '绑定本群 市州群', { chat: 'new-group', mentioned: true })).toContain(
      '仅限市州工作人员、省级工作人员、管理员使用',
    );
    expect(await bot.sayText('gannan-staff', '绑定本群 市州群', { chat: 'new-group', mentioned: true })).toBe(
      '已将本群登记为甘南州工作群，周汇总和逾期催办将发送到本群。',
    );
  });

  it('gives an unknown sender the anonymous help and a polite fallback for other text', async () => {
    const text = await bot.sayText('nobody', 'asdfgh');
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/error|stack|undefined/i);
  });
});
