import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { STALE_MS } from '../../src/inbound-claims.ts';
import { findConversation } from '../../storage/repositories/conversation.repository.ts';
import { beatInstance, claimInbound } from '../../storage/repositories/inbound.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { disposeStore } from '../support/stores.ts';
import { storedReport, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';
import { consistencyProblems } from './consistency.ts';

/**
 * A bot process claims a message and is killed (SIGKILL) before it answers; the platform
 * delivers the message again, to another process. Simulated on one store with two bot
 * instances: the killed process is a claim in `inbound_events` whose claimant stopped
 * beating. The redelivery is answered once, and a form answer the killed process had
 * already stored is not applied a second time.
 */
describe('a message whose bot process died while handling it, delivered again to another', () => {
  const NOW = '2018-09-20T10:00:00+08:00';
  const WHO = 'zhuoni-official';
  const KEY = `local:${WHO}:${WHO}`;
  let one: TestBot;
  let two: TestBot;
  let prefix = '';

  beforeAll(async () => {
    one = await startTestBot({ clock: new ManualClock(NOW) });
    two = await startTestBot({ clock: new ManualClock(NOW), reuseDir: one.dir });
    expect(await one.sayText(WHO, '填报', { messageId: 'tk-0' })).toContain('开始填写卓尼县2018-W38周报');
    // The local channel stores a person's message ids under their user id.
    const row = await db().selectFrom('inbound_events').select('event_id').where('event_id', 'like', '%tk-0').executeTakeFirstOrThrow();
    prefix = row.event_id.slice(0, -'tk-0'.length);
  });

  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await disposeStore(one.dir);
    rmSync(one.dir, { recursive: true, force: true });
  });

  const db = () => one.shifan.services.db;
  const answers = async () => (JSON.parse((await findConversation(db(), KEY))!.state) as { answers: Record<string, unknown> }).answers;
  const inbound = (id: string) =>
    db()
      .selectFrom('inbound_events')
      .select(['status', 'claimed_by'])
      .where('event_id', '=', prefix + id)
      .executeTakeFirstOrThrow();
  /** The process that claimed `id` was killed: its last heartbeat is older than the others wait for. */
  const killedWhileHolding = async (id: string) => {
    const lastBeat = new Date(Date.now() - STALE_MS - 1_000);
    await beatInstance(db(), 'killed-process', lastBeat);
    await db()
      .updateTable('inbound_events')
      .set({ status: 'handling', claimed_by: 'killed-process', lease_until: new Date(Date.now() + 30_000).toISOString() })
      .where('event_id', '=', prefix + id)
      .execute();
  };

  it('answers a message claimed by a process that died before handling it, and applies the answer once', async () => {
    await beatInstance(db(), 'killed-process', new Date(Date.now() - STALE_MS - 1_000));
    const claimed = await claimInbound(db(), 'local', `${prefix}tk-1`, new Date(), {
      instance: 'killed-process',
      now: new Date(),
      leaseMs: 30_000,
      staleMs: STALE_MS,
    });
    expect(claimed).toBe('claimed');

    const reply = await two.sayText(WHO, TYPICAL_WEEK[0]!, { messageId: 'tk-1' });
    expect(reply).toContain('其中用于农村产品上行');
    expect(await answers()).toEqual({ spent_total: 450_000 });
    // Marked done once the reply is on its way: the HTTP response can arrive a moment before.
    await vi.waitFor(async () => expect(await inbound('tk-1')).toMatchObject({ status: 'done' }), { timeout: 5_000 });
    expect(await inbound('tk-1')).not.toMatchObject({ claimed_by: 'killed-process' });
    // Delivered yet again, to either process: handled already, nothing said, nothing changed.
    expect(await one.say(WHO, TYPICAL_WEEK[0]!, { messageId: 'tk-1' })).toEqual([]);
    expect(await two.say(WHO, TYPICAL_WEEK[0]!, { messageId: 'tk-1' })).toEqual([]);
    expect(await answers()).toEqual({ spent_total: 450_000 });
  });

  it('does not apply again an answer the dying process had stored: it tells the person and asks the next question', async () => {
    // The process stored the answer and was killed before its reply went out.
    expect(await one.sayText(WHO, TYPICAL_WEEK[1]!, { messageId: 'tk-2' })).toContain('县级电商公共服务中心');
    await killedWhileHolding('tk-2');

    const reply = await two.sayText(WHO, TYPICAL_WEEK[1]!, { messageId: 'tk-2' });
    expect(reply).toContain('您的这条消息已经记录，无需重复发送。');
    expect(reply).toContain('县级电商公共服务中心');
    expect(await answers()).toEqual({ spent_total: 450_000, spent_upstream: 250_000 });
    // Marked done once the reply is on its way: the HTTP response can arrive a moment before.
    await vi.waitFor(async () => expect(await inbound('tk-2')).toMatchObject({ status: 'done' }), { timeout: 5_000 });
    // The next answer goes to the next field, as if nothing had happened.
    expect(await two.sayText(WHO, TYPICAL_WEEK[2]!, { messageId: 'tk-3' })).toContain('乡村电商服务站点');
    expect(await answers()).toEqual({ spent_total: 450_000, spent_upstream: 250_000, spent_service_centre: 50_000 });
  });

  it('does not submit twice a report whose 确认 the dying process had committed', async () => {
    for (const [i, answer] of TYPICAL_WEEK.slice(3).entries()) await (i % 2 ? one : two).say(WHO, answer, { messageId: `tk-a${i}` });
    expect(await one.sayText(WHO, '确认', { messageId: 'tk-9' })).toContain('卓尼县2018-W38周报已提交');
    await killedWhileHolding('tk-9');

    expect(await two.sayText(WHO, '确认', { messageId: 'tk-9' })).toBe('您的填报已经提交成功，这条消息无需重复发送。');
    const reports = await db().selectFrom('reports').select('id').where('county_id', '=', 'zhuoni').where('period', '=', '2018-W38').execute();
    expect(reports).toHaveLength(1);
    expect((await storedReport(one, 'zhuoni', '2018-W38'))?.values).toMatchObject({ spent_total: 450_000, spent_upstream: 250_000, households_benefited: 200 });
    expect(await consistencyProblems(db())).toEqual([]);
  });
});
