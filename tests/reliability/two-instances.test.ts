import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { disposeStore } from '../support/stores.ts';
import { storedReport, TYPICAL_WEEK, texts } from '../forms/weekly-report-support.ts';
import { consistencyProblems } from './consistency.ts';

/**
 * Two bot instances on one store (one SQLite file, or one PostgreSQL schema), as behind a load
 * balancer: any message of a person may reach either of them.
 */
describe('two bot instances on one database', () => {
  let one: TestBot;
  let two: TestBot;
  const now = '2018-09-20T10:00:00+08:00';

  beforeAll(async () => {
    one = await startTestBot({ clock: new ManualClock(now) });
    two = await startTestBot({ clock: new ManualClock(now), reuseDir: one.dir });
  });

  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await disposeStore(one.dir);
    rmSync(one.dir, { recursive: true, force: true });
  });

  it('files a weekly report whose answers alternate between the instances, each answer where the last one left off', async () => {
    const who = 'zhuoni-official';
    expect(await one.sayText(who, '填报')).toContain('开始填写卓尼县2018-W38周报');
    let last = '';
    for (const [i, answer] of TYPICAL_WEEK.entries()) last = texts(await (i % 2 === 0 ? two : one).say(who, answer));
    expect(last).toContain('请核对');
    expect(await two.sayText(who, '确认')).toContain('卓尼县2018-W38周报已提交');
    const stored = await storedReport(one, 'zhuoni', '2018-W38');
    expect(stored?.values).toMatchObject({ spent_total: 450_000, spent_upstream: 250_000, households_benefited: 200, tenders_planned: 10 });
    expect(await consistencyProblems(one.shifan.services.db)).toEqual([]);
  });

  it('stores both of two answers that reach the two instances at the same moment, one field after the other', async () => {
    const who = 'diebu-official';
    expect(await two.sayText(who, '填报')).toContain('开始填写迭部县2018-W38周报');
    // The same figure twice, so that either order is a valid report: one instance's answer is committed
    // first (the total); the other, retried on the newer form state, answers the next field.
    const [a, b] = await Promise.all([one.sayText(who, '30万'), two.sayText(who, '30万')]);
    expect([a, b].join('\n')).toContain('其中用于农村产品上行');
    expect([a, b].join('\n')).toContain('其中用于县级电商公共服务中心');
    const db = one.shifan.services.db;
    const row = await db.selectFrom('conversations').select('state').where('key', '=', `local:${who}:${who}`).executeTakeFirstOrThrow();
    const answers = (JSON.parse(row.state) as { answers: Record<string, number> }).answers;
    expect([answers.spent_total, answers.spent_upstream]).toEqual([300_000, 300_000]);
  });

  it('answers a message delivered to both instances under one id once', async () => {
    const replies = await Promise.all([one.say('luqu-official', '帮助', { messageId: 'both-1' }), two.say('luqu-official', '帮助', { messageId: 'both-1' })]);
    expect(replies.filter((r) => r.length > 0)).toHaveLength(1);
  });

  it('lets a Q&A follow-up on one instance lean on the question asked on the other', async () => {
    expect(await one.sayText('zhouqu-official', '上行比例最少多少')).toContain('不低于50%');
    expect(await two.sayText('zhouqu-official', '那公服中心呢？')).toContain('用于公共服务中心的最多225万元');
  });
});
