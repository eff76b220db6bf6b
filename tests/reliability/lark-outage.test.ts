import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../bots/lark/lark-adapter.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { reply, textReply, type Reply } from '../../src/core/reply.ts';
import { Dispatcher } from '../../src/scheduler/dispatcher.ts';
import { WorkingTime } from '../../src/scheduler/working-time.ts';
import type { Db } from '../../storage/database.ts';
import { disposeStore, openTestDb } from '../support/stores.ts';
import { countOutbox, enqueue, listOutbox } from '../../storage/repositories/outbox.repository.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark, type FakeFailure, type FakeLarkCall } from '../support/fake-lark.ts';

const GROUPS = 3;
const OFFICIALS = 27;
const PER_CHAT = 3;
/** Real milliseconds the fake Open API answers 503, then 429, before it is up again. */
const DOWN_MS = 2500;
const LIMITED_MS = 1500;
const START = '2018-09-27T10:00:00+08:00'; // a Thursday, working time

const SERVER_DOWN: FakeFailure = { status: 503, code: 0, msg: 'service unavailable' };
const RATE_LIMITED: FakeFailure = { status: 429, code: 99991400, msg: 'request trigger frequency limit', headers: { 'x-ogw-ratelimit-reset': '1' } };

const groupChat = (i: number) => `oc_outage${String(i).padStart(25, '0')}`;
const official = (i: number) => `ou_outage${String(i).padStart(25, '0')}`;

/** The n-th message (1-based) to a chat: a digest card first in group chats, reminders otherwise; each names its place in the order. */
function message(chat: string, n: number): Reply {
  const mark = `〔${chat.slice(-4)}-${n}〕`;
  if (chat.startsWith('oc_') && n === 1) {
    return reply({
      title: `甘南州电商示范项目周汇总 ${mark}`,
      paragraphs: ['本周共有 3 个县报送，1 个县未报送。'],
      table: {
        columns: ['县', '报送', '累计支出（万元）'],
        rows: [
          ['卓尼县', '已报', 450],
          ['迭部县', '已报', 320],
          ['舟曲县', '未报', 0],
        ],
      },
    });
  }
  return textReply(`${mark} 提醒：请于本周五 18:00 前提交本周周报。`);
}

describe('Lark down (5xx), then rate limiting (429), then up', () => {
  let dir: string;
  let db: Db;
  let fake: FakeLark;
  let adapter: LarkAdapter;
  const stamps = new Map<FakeLarkCall, number>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shifan-outage-'));
    db = await openTestDb(dir);
    fake = await FakeLark.start();
    // Stamp every call the fake records with the moment it arrived.
    const push = fake.calls.push.bind(fake.calls);
    fake.calls.push = (...calls: FakeLarkCall[]) => {
      for (const c of calls) stamps.set(c, performance.now());
      return push(...calls);
    };
    adapter = createLarkAdapter({
      appId: FAKE_APP_ID,
      appSecret: FAKE_APP_SECRET,
      domain: fake.url,
      mode: 'webhook',
      webhookPath: '/lark/events',
      encryptKey: 'outage-test-key',
      verificationToken: 'outage-test-token',
      botName: '示范助手',
      logger: silentLogger,
      // The sender's back-off sleeps are shortened so the test stays short; its rate limiters
      // re-check the real time after every sleep, so Lark's limits hold exactly as in production.
      sending: { sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) },
    });
    await adapter.start(async () => []);
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await db?.destroy();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every queued reminder and digest exactly once, in order per chat, within 5/s per chat and 50/s per app', { timeout: 90_000 }, async () => {
    const clock = new ManualClock(START);
    const chats = [...Array.from({ length: GROUPS }, (_, i) => groupChat(i + 1)), ...Array.from({ length: OFFICIALS }, (_, i) => official(i + 1))];
    // The n-th message of every chat comes due (n-1) × 20 s after the start: later ones fall due
    // while earlier ones are still waiting to be retried.
    for (let n = 1; n <= PER_CHAT; n++) {
      for (const chat of chats) {
        const dueAt = new Date(clock.now().getTime() + (n - 1) * 20_000);
        await enqueue(
          db,
          {
            dedupKey: `outage:${chat}:${n}`,
            platform: 'lark',
            chatId: chat,
            chatKind: chat.startsWith('oc_') ? 'group' : 'direct',
            reply: message(chat, n),
            reason: n === 1 && chat.startsWith('oc_') ? '周汇总' : '周报提醒',
            dueAt,
          },
          clock.now(),
        );
      }
    }
    const total = chats.length * PER_CHAT;
    const dispatcher = new Dispatcher({
      db,
      adapters: new Map([['lark', adapter]]),
      clock,
      logger: silentLogger,
      working: new WorkingTime('21:00-08:00', () => true),
      maxAttempts: 8,
      graceMs: 24 * 3600_000,
    });

    // The outage, in real time: 503 for every send, then 429, then normal answers.
    const setPhase = (failure?: FakeFailure) => {
      fake.failures.length = 0;
      if (failure) fake.failNext(failure, 100_000);
    };
    setPhase(SERVER_DOWN);
    const t0 = performance.now();
    const toLimited = setTimeout(() => setPhase(RATE_LIMITED), DOWN_MS);
    const toUp = setTimeout(() => setPhase(), DOWN_MS + LIMITED_MS);
    try {
      // The scheduler's loop, with the clock in our hands: dispatch, let 10 s pass, again.
      while ((await countOutbox(db)).sent < total) {
        if (performance.now() - t0 > 75_000) throw new Error(`not delivered in time: ${JSON.stringify(await countOutbox(db))}`);
        await dispatcher.dispatch();
        clock.advance(10_000);
        await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      clearTimeout(toLimited);
      clearTimeout(toUp);
    }
    // Later passes send nothing again.
    for (let i = 0; i < 5; i++) {
      clock.advance(3600_000);
      await dispatcher.dispatch();
    }

    const sends = fake.calls.filter((c) => c.api === 'create' || c.api === 'reply');
    // The outage really happened, in both forms.
    expect(sends.filter((c) => c.status === 503).length).toBeGreaterThan(0);
    expect(sends.filter((c) => c.status === 429).length).toBeGreaterThan(0);
    const rows = await listOutbox(db);
    expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);

    // Exactly once, and in order, in every chat.
    expect(fake.messages).toHaveLength(total);
    const disorder: string[] = [];
    for (const chat of chats) {
      const got = fake
        .messagesTo(chat)
        .map((m) => /〔.{4}-(\d)〕/.exec(FakeLark.readable(m))?.[1])
        .join(',');
      const want = Array.from({ length: PER_CHAT }, (_, i) => String(i + 1)).join(',');
      if (got !== want) disorder.push(`${chat}: ${got}`);
    }
    expect(disorder).toEqual([]);

    // Within Lark's limits, counting every send, failed or not, by when it reached the API.
    // The window is 900 ms, not 1 s: the sender paces when calls start, and a call can take up
    // to ~100 ms longer than the next to arrive on a busy machine. Unpaced, all would land at once.
    const most = (times: number[]) => {
      const t = [...times].sort((a, b) => a - b);
      let max = 0;
      for (let i = 0, j = 0; i < t.length; i++) {
        while (t[i]! - t[j]! >= 900) j++;
        max = Math.max(max, i - j + 1);
      }
      return max;
    };
    expect(most(sends.map((c) => stamps.get(c)!))).toBeLessThanOrEqual(50);
    for (const chat of chats) {
      const times = sends.filter((c) => (c.body as { receive_id?: string }).receive_id === chat).map((c) => stamps.get(c)!);
      expect(most(times), chat).toBeLessThanOrEqual(5);
    }
  });
});
