import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../../src/core/channel.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { ChannelError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { SendTarget } from '../../src/core/message.ts';
import { textReply, type Reply } from '../../src/core/reply.ts';
import { Dispatcher, type DispatcherOptions } from '../../src/scheduler/dispatcher.ts';
import { WorkingTime } from '../../src/scheduler/working-time.ts';
import type { Db } from '../../storage/database.ts';
import { claimDue, enqueue, listOutbox } from '../../storage/repositories/outbox.repository.ts';
import { disposeStore, openTestDb } from '../support/stores.ts';

/** A chat platform that records what it was asked to send and fails as told. */
class FakeAdapter implements ChannelAdapter {
  readonly name = 'fake';
  readonly sent: { target: SendTarget; reply: Reply }[] = [];
  calls = 0;
  constructor(
    private readonly failures: (ChannelError | undefined)[] = [],
    private readonly delayMs = 0,
  ) {}
  async start() {}
  async stop() {}
  async send(target: SendTarget, reply: Reply) {
    this.calls++;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ target, reply });
    return {};
  }
}

const working = new WorkingTime('21:00-08:00', () => true);

describe('the outbox dispatcher', () => {
  let dir: string;
  let db: Db;
  const clock = new ManualClock('2018-09-27T10:00:00+08:00');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shifan-outbox-'));
    db = await openTestDb(dir);
    clock.set('2018-09-27T10:00:00+08:00');
  });

  afterEach(async () => {
    await db.destroy();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  const dispatcher = (adapter: ChannelAdapter, over: Partial<DispatcherOptions> = {}, on: Db = db) =>
    new Dispatcher({
      db: on,
      adapters: new Map([['fake', adapter]]),
      clock,
      logger: silentLogger,
      working,
      maxAttempts: 8,
      graceMs: 24 * 3600_000,
      perChatIntervalMs: 0,
      ...over,
    });

  const put = (key: string, chatId = 'u1', dueAt = clock.now()) =>
    enqueue(db, { dedupKey: key, platform: 'fake', chatId, chatKind: 'direct', reply: textReply(`消息 ${key}`), reason: 'test', dueAt }, clock.now());

  it('retries a channel that fails three times with growing back-off, then records it sent once', async () => {
    const network = () => new ChannelError('fake', 'network', 'connection reset');
    const adapter = new FakeAdapter([network(), network(), network()]);
    const d = dispatcher(adapter, { baseBackoffMs: 30_000 });
    await put('k1');
    const steps: string[] = [];
    for (const seconds of [0, 10, 30, 60, 90, 150, 209, 210, 400]) {
      clock.set(new Date(Date.parse('2018-09-27T10:00:00+08:00') + seconds * 1000));
      const s = await d.dispatch();
      if (s.sent || s.retried) steps.push(`${seconds}s ${s.sent ? 'sent' : 'retry'}`);
    }
    // Attempts at 0 s, then +30 s, +60 s, +120 s.
    expect(steps).toEqual(['0s retry', '30s retry', '90s retry', '210s sent']);
    expect(adapter.calls).toBe(4);
    expect(adapter.sent.map((s) => s.reply.text)).toEqual(['消息 k1']);
    const [row] = await listOutbox(db);
    expect(row).toMatchObject({ status: 'sent', attempts: 4, last_error: null, sent_at: '2018-09-27T02:03:30.000Z' });
  });

  it('records a refused message as failed with the error, and gives up after the last attempt', async () => {
    const adapter = new FakeAdapter([
      new ChannelError('fake', 'permission', 'bot is not in the chat'),
      ...Array.from({ length: 3 }, () => new ChannelError('fake', 'server', 'HTTP 502')),
    ]);
    const d = dispatcher(adapter, { maxAttempts: 3, baseBackoffMs: 1000 });
    await put('refused', 'u1');
    await put('flaky', 'u2');
    for (let i = 0; i < 6; i++) {
      await d.dispatch();
      clock.advance(10_000);
    }
    const rows = Object.fromEntries((await listOutbox(db)).map((r) => [r.dedup_key, r]));
    expect(rows.refused).toMatchObject({ status: 'failed', attempts: 1, last_error: 'permission: bot is not in the chat' });
    expect(rows.flaky).toMatchObject({ status: 'failed', attempts: 3, last_error: 'server: HTTP 502' });
    expect(adapter.sent).toEqual([]);
  });

  it('waits at least as long as the platform asks when rate-limited', async () => {
    const adapter = new FakeAdapter([new ChannelError('fake', 'rate_limited', 'too many requests', { retryAfterMs: 600_000 })]);
    const d = dispatcher(adapter, { baseBackoffMs: 1000 });
    await put('k1');
    await d.dispatch();
    clock.advance(599_000);
    expect((await d.dispatch()).sent).toBe(0);
    clock.advance(1000);
    expect((await d.dispatch()).sent).toBe(1);
  });

  it('sends nothing in quiet hours and sends in the morning', async () => {
    const adapter = new FakeAdapter();
    const d = dispatcher(adapter);
    clock.set('2018-09-27T22:30:00+08:00');
    await put('night');
    expect((await d.dispatch()).sent).toBe(0);
    clock.set('2018-09-28T07:59:00+08:00');
    expect((await d.dispatch()).sent).toBe(0);
    clock.set('2018-09-28T08:00:00+08:00');
    expect((await d.dispatch()).sent).toBe(1);
  });

  it('records as skipped what came due before the grace window and was never tried', async () => {
    const adapter = new FakeAdapter();
    const d = dispatcher(adapter, { graceMs: 24 * 3600_000 });
    await put('stale', 'u1', new Date('2018-09-26T09:00:00+08:00'));
    await put('recent', 'u2', new Date('2018-09-26T11:00:00+08:00'));
    expect(await d.dispatch()).toEqual({ sent: 1, retried: 0, failed: 0, skipped: 1 });
    const rows = Object.fromEntries((await listOutbox(db)).map((r) => [r.dedup_key, r.status]));
    expect(rows).toEqual({ stale: 'skipped', recent: 'sent' });
  });

  it('holds back sends to one chat beyond its rate limit, not sends to other chats', async () => {
    const adapter = new FakeAdapter();
    const d = dispatcher(adapter, { perChatIntervalMs: 1000, perChatBurst: 2 });
    for (const k of ['a1', 'a2', 'a3', 'a4']) await put(k, 'chat-a');
    for (const k of ['b1', 'b2']) await put(k, 'chat-b');
    expect(await d.dispatch()).toEqual({ sent: 4, retried: 0, failed: 0, skipped: 0 });
    clock.advance(1999);
    expect((await d.dispatch()).sent).toBe(0);
    clock.advance(1);
    expect((await d.dispatch()).sent).toBe(2);
    expect(adapter.sent.map((s) => s.reply.text)).toEqual(['消息 a1', '消息 b1', '消息 a2', '消息 b2', '消息 a3', '消息 a4']);
    expect((await listOutbox(db)).every((r) => r.attempts === 1)).toBe(true);
  });

  describe("a chat's rate, kept across dispatchers on two connections (two bot processes)", () => {
    let second: Db;
    /** Every send to the platform with the (injected) clock's time, whichever dispatcher made it. */
    const log: { chat: string; text: string; at: number; by: string }[] = [];
    class Timed extends FakeAdapter {
      constructor(readonly by: string) {
        super();
      }
      override async send(target: SendTarget, reply: Reply) {
        const res = await super.send(target, reply);
        log.push({ chat: target.chatId, text: reply.text, at: clock.now().getTime(), by: this.by });
        return res;
      }
    }
    beforeEach(async () => {
      second = await openTestDb(dir);
      log.length = 0;
    });
    afterEach(() => second.destroy());

    const pair = (over: Partial<DispatcherOptions>) =>
      [dispatcher(new Timed('a'), { ...over, workerId: 'a' }), dispatcher(new Timed('b'), { ...over, workerId: 'b' }, second)] as const;

    it('never sends two messages to one chat closer than the interval, whichever process sends them', async () => {
      const [a, b] = pair({ perChatIntervalMs: 1000, perChatBurst: 1 });
      for (let i = 0; i < 6; i++) await put(`g${i}`, 'group-1');
      await put('other', 'group-2');
      const t0 = clock.now().getTime();
      expect((await a.dispatch()).sent).toBe(2); // group-1's first and group-2's
      clock.advance(500);
      expect((await b.dispatch()).sent).toBe(0); // the other process sees group-1's last send
      clock.advance(500);
      expect((await b.dispatch()).sent).toBe(1);
      // Then both claim at once, every 250 ms, until all is sent.
      for (let step = 0; step < 40 && log.length < 7; step++) {
        clock.advance(250);
        await Promise.all(step % 2 ? [a.dispatch(), b.dispatch()] : [b.dispatch(), a.dispatch()]);
      }
      const group = log.filter((l) => l.chat === 'group-1');
      expect(group.map((l) => l.text)).toEqual(Array.from({ length: 6 }, (_, i) => `消息 g${i}`));
      expect(group.map((l) => l.at - t0)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
      expect(group.slice(0, 2).map((l) => l.by)).toEqual(['a', 'b']);
      expect((await listOutbox(db)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    });

    it('keeps the default 5 messages per 5 seconds to one chat across both, and other chats go on', async () => {
      const [a, b] = pair({ perChatIntervalMs: 1000, perChatBurst: 5 });
      for (let i = 0; i < 12; i++) await put(`g${i}`, 'group-1');
      expect((await a.dispatch()).sent).toBe(5);
      await put('late', 'group-2');
      clock.advance(4999);
      expect((await b.dispatch()).sent).toBe(1); // group-2's only
      expect((await a.dispatch()).sent).toBe(0);
      clock.advance(1);
      expect((await b.dispatch()).sent).toBe(5);
      clock.advance(5000);
      await Promise.all([a.dispatch(), b.dispatch()]);
      const group = log.filter((l) => l.chat === 'group-1');
      expect(group.map((l) => l.text)).toEqual(Array.from({ length: 12 }, (_, i) => `消息 g${i}`));
      // In any 5 seconds, at most 5 (judged by the clock every process shares).
      for (const l of group) expect(group.filter((m) => m.at > l.at - 5000 && m.at <= l.at).length).toBeLessThanOrEqual(5);
      expect(new Set(group.map((l) => l.by))).toEqual(new Set(['a', 'b']));
    });
  });

  it('never sends one row twice when two dispatchers share the database', async () => {
    const second = await openTestDb(dir);
    try {
      const a = new FakeAdapter([], 2);
      const b = new FakeAdapter([], 2);
      for (let i = 0; i < 60; i++) await put(`k${i}`, `chat-${i % 7}`);
      const da = dispatcher(a, { batchSize: 5, workerId: 'a' });
      const db2 = dispatcher(b, { batchSize: 5, workerId: 'b' }, second);
      await Promise.all([da.dispatch(), db2.dispatch(), da.dispatch(), db2.dispatch()]);
      const texts = [...a.sent, ...b.sent].map((s) => s.reply.text).sort();
      expect(texts).toHaveLength(60);
      expect(new Set(texts).size).toBe(60);
      expect(a.sent.length).toBeGreaterThan(0);
      expect(b.sent.length).toBeGreaterThan(0);
      expect((await listOutbox(db)).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      await second.destroy();
    }
  });

  it('keeps each chat in order, and sends every message once, when four dispatchers on four connections claim at once', async () => {
    const others = [await openTestDb(dir), await openTestDb(dir), await openTestDb(dir)];
    try {
      // Every adapter writes to one log, in the order the platform received the messages.
      const log: string[] = [];
      class Logged extends FakeAdapter {
        override async send(target: SendTarget, reply: Reply) {
          const res = await super.send(target, reply);
          log.push(`${target.chatId} ${reply.text}`);
          return res;
        }
      }
      const chats = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
      const start = clock.now().getTime() - 600_000;
      for (let i = 0; i < 10; i++) for (const chat of chats) await put(`${chat}-${i}`, chat, new Date(start + i * 1000));
      const adapters = [db, ...others].map(() => new Logged([], 1));
      const dispatchers = [db, ...others].map((on, i) => dispatcher(adapters[i]!, { batchSize: 2, workerId: `w${i}` }, on));
      for (let round = 0; round < 60 && log.length < 60; round++) await Promise.all(dispatchers.map((d) => d.dispatch()));
      expect(log).toHaveLength(60);
      expect(new Set(log).size).toBe(60);
      for (const chat of chats) {
        expect(log.filter((l) => l.startsWith(`${chat} `))).toEqual(Array.from({ length: 10 }, (_, i) => `${chat} 消息 ${chat}-${i}`));
      }
      expect(adapters.filter((a) => a.sent.length > 0).length).toBeGreaterThan(1);
    } finally {
      for (const o of others) await o.destroy();
    }
  });

  it('takes over a row whose sender died mid-send once its lock expires, and only then', async () => {
    await put('k1');
    // A sender that claimed the row and died: claimed, never settled.
    expect(await claimDue(db, { token: 'dead:1', now: clock.now(), limit: 10, lockMs: 60_000 })).toHaveLength(1);
    const adapter = new FakeAdapter();
    const d = dispatcher(adapter);
    expect((await d.dispatch()).sent).toBe(0);
    clock.advance(61_000);
    expect((await d.dispatch()).sent).toBe(1);
  });
});
