import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { parseRoster } from '../../src/features/admin/roster.ts';
import type { IncomingMessage } from '../../src/core/message.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.close());

let seq = 0;
/** A message as a platform adapter (Lark, WeChat) hands it to the router, with whatever profile names the platform reports. */
async function platformSays(partial: Partial<IncomingMessage> & Pick<IncomingMessage, 'text'>): Promise<string> {
  const message: IncomingMessage = {
    platform: 'lark',
    chatId: 'oc_private',
    chatKind: 'direct',
    sender: { userId: 'ou_long_name' },
    mentioned: true,
    messageId: `limits-${++seq}`,
    receivedAt: bot.clock.now(),
    ...partial,
  };
  return (await bot.shifan.router.handle(message)).map((r) => r.text).join('\n');
}

const HUGE = '杨'.repeat(200_000);

describe('length limits on what is stored', () => {
  it('a platform display name of 200,000 characters is stored (and echoed) as its first 50', async () => {
    const { db, repos, programme } = bot.shifan.services;
    const issued = await issueInvite(repos, programme.data, { role: 'official', county: '卓尼县' }, 72, bot.clock.now());
    if (!issued.ok) throw new Error(issued.error);
    const reply = await platformSays({ text: `绑定 ${issued.value.code}`, sender: { userId: 'ou_long_name', name: HUGE } });
    expect(reply).toContain('绑定成功');
    expect(reply.length).toBeLessThan(300);
    const person = await db
      .selectFrom('people')
      .innerJoin('identities', 'identities.person_id', 'people.id')
      .select('people.name')
      .where('identities.platform_user_id', '=', 'ou_long_name')
      .executeTakeFirstOrThrow();
    expect(person.name).toBe('杨'.repeat(50));
  });

  it('a group name of 200,000 characters is registered as its first 100', async () => {
    const reply = await platformSays({
      platform: 'local',
      sender: { userId: 'gannan-staff' },
      chatId: 'huge-name-group',
      chatKind: 'group',
      chatName: HUGE,
      text: '绑定本群 市州群',
    });
    expect(reply).toContain('已将本群登记为');
    const chat = await bot.shifan.services.db.selectFrom('chats').select('name').where('platform_chat_id', '=', 'huge-name-group').executeTakeFirstOrThrow();
    expect(chat.name).toBe('杨'.repeat(100));
  });

  it('a message over 2,000 characters gets a clear Chinese answer and nothing is logged', async () => {
    const before = await bot.shifan.services.db
      .selectFrom('qa_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const reply = await bot.sayText('visitor', '公服中心能花多少'.repeat(300));
    expect(reply).toBe('您发送的内容过长（2400字），请精简到2000字以内后重新发送。');
    const after = await bot.shifan.services.db
      .selectFrom('qa_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('the Q&A log keeps at most 500 characters of a question', async () => {
    await bot.sayText('visitor', '公服中心能花多少？' + '请问'.repeat(700));
    const row = await bot.shifan.services.db.selectFrom('qa_log').select('question').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row.question.length).toBe(500);
  });

  it('a roster name or an invite name over 50 characters is refused in Chinese, naming the line', () => {
    const { programme } = bot.shifan.services;
    const long = '王'.repeat(51);
    const parsed = parseRoster(`name,role,county\n${long},official,卓尼县\n杨建华,official,卓尼县\n`, programme.data);
    expect(parsed.problems).toEqual([{ line: 2, message: expect.stringContaining('姓名过长（51字），请不超过50字') }]);
    expect(parseRoster(`name,role,county\n${'王'.repeat(50)},official,卓尼县\n`, programme.data).problems).toEqual([]);
  });

  it('an invite for a name over 50 characters is refused', async () => {
    const { repos, programme } = bot.shifan.services;
    const result = await issueInvite(repos, programme.data, { role: 'official', county: '卓尼县', name: '王'.repeat(51) }, 72, bot.clock.now());
    expect(result).toEqual({ ok: false, error: '姓名过长（51字），请不超过50字。' });
  });
});
