import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
});
afterAll(() => bot.close());

describe('绑定 attempts', () => {
  it('allows five wrong codes in ten minutes, then asks politely to wait, even with a right code', async () => {
    const { repos, programme } = bot.shifan.services;
    for (let i = 0; i < 5; i++) expect(await bot.sayText('guesser', `绑定 WRONG-00${i}`)).toContain('无效');
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '崆峒区', name: '崆峒区联络员' }, 72, bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(await bot.sayText('guesser', `绑定 ${invite.value.code}`)).toBe(
      '您尝试绑定的次数较多，为保障账号安全，请10分钟后再试。如邀请码有误，请联系管理员重新获取。',
    );
    bot.clock.advance(6 * 60_000);
    expect(await bot.sayText('guesser', '绑定 WRONG-999')).toBe('您尝试绑定的次数较多，为保障账号安全，请4分钟后再试。如邀请码有误，请联系管理员重新获取。');
    // Someone else is not held up by the guesser.
    expect(await bot.sayText('other-person', '绑定 WRONG-123')).toContain('无效');
    bot.clock.advance(4 * 60_000 + 1000);
    expect(await bot.sayText('guesser', `绑定 ${invite.value.code}`)).toContain('绑定成功');
  });
});

describe('retention', () => {
  it('prunes seen event ids, the Q&A log and sent outbox rows past RETENTION_DAYS, and keeps the rest', async () => {
    const { db } = bot.shifan.services;
    const now = bot.clock.now();
    const old = new Date(now.getTime() - 91 * 86_400_000).toISOString();
    const recent = new Date(now.getTime() - 89 * 86_400_000).toISOString();
    await db
      .insertInto('inbound_events')
      .values([
        { platform: 'lark', event_id: 'old', received_at: old },
        { platform: 'lark', event_id: 'recent', received_at: recent },
      ])
      .execute();
    await db
      .insertInto('qa_log')
      .values(
        [old, recent].map((asked_at) => ({
          asked_at,
          platform: 'local',
          user_id: 'u',
          person_id: null,
          question: asked_at,
          answered: 1,
          clause_id: null,
          answer: null,
          feedback: null,
          feedback_at: null,
        })),
      )
      .execute();
    const row = (key: string, status: 'sent' | 'failed', at: string) => ({
      dedup_key: key,
      platform: 'local',
      chat_id: 'c',
      chat_kind: 'direct' as const,
      reply: '{}',
      reason: null,
      due_at: at,
      status,
      attempts: 1,
      next_attempt_at: at,
      locked_by: null,
      locked_until: null,
      last_error: null,
      sent_at: status === 'sent' ? at : null,
      created_at: at,
    });
    await db
      .insertInto('outbox')
      .values([row('old-sent', 'sent', old), row('recent-sent', 'sent', recent), row('old-failed', 'failed', old)])
      .execute();

    await bot.shifan.scheduler.tick();

    expect((await db.selectFrom('inbound_events').select('event_id').where('platform', '=', 'lark').execute()).map((r) => r.event_id)).toEqual(['recent']);
    expect((await db.selectFrom('qa_log').select('question').execute()).map((r) => r.question)).toEqual([recent]);
    expect(
      (
        await db.selectFrom('outbox').select('dedup_key').where('dedup_key', 'in', ['old-sent', 'recent-sent', 'old-failed']).orderBy('dedup_key').execute()
      ).map((r) => r.dedup_key),
    ).toEqual(['old-failed', 'recent-sent']);
  });
});
