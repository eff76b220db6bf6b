import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bots/lark/lark-adapter.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { textReply } from '../../../src/core/reply.ts';
import { createRateCounter } from '../../../src/rate-counter.ts';
import type { Db } from '../../../storage/database.ts';
import { listRateWindows } from '../../../storage/repositories/rate-window.repository.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark } from '../../support/fake-lark.ts';
import { FakeTime } from '../../support/fake-time.ts';
import { currentBackend, disposeStore, openTestDb } from '../../support/stores.ts';
import { startLarkBot } from './lark-harness.ts';

const T0 = Date.parse('2026-12-02T03:00:00.000Z');
const N = 4;
const settle = { timeout: 15_000, interval: 10 };

describe(`Lark's per-app limit shared by bot processes on one database (${currentBackend()})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-lark-rate-'));
  let fake: FakeLark;
  // Two connections to one store, as two bot processes have.
  let dbs: Db[];
  beforeAll(async () => {
    fake = await FakeLark.start();
    dbs = [await openTestDb(dir), await openTestDb(dir)];
  });
  afterAll(async () => {
    for (const db of dbs) await db.destroy();
    await fake.close();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fake.reset());

  /** Two adapters for one app, as two processes run them, on a hand-moved clock; shared through the database or not. */
  const twoProcesses = (time: FakeTime, shared: boolean): LarkAdapter[] =>
    dbs.map((db) =>
      createLarkAdapter({
        appId: FAKE_APP_ID,
        appSecret: FAKE_APP_SECRET,
        domain: fake.url,
        mode: 'ws',
        webhookPath: '/lark/events',
        botName: '示范助手',
        logger: silentLogger,
        sending: {
          perAppPerSecond: N,
          sleep: time.sleep,
          now: time.now,
          ...(shared ? { sharedAppLimit: { counter: createRateCounter(db), key: `lark:${FAKE_APP_ID}` } } : {}),
        },
      }),
    );

  /** Sends `count` messages, alternating between the processes, each to a chat of its own (no per-chat wait); resolves when all are sent. */
  const sendAll = (adapters: LarkAdapter[], count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        adapters[i % 2]!.send({ platform: 'lark', chatId: `oc_rate${String(i).padStart(4, '0')}`, chatKind: 'group' }, textReply(`第${i + 1}条`)),
      ),
    );

  it('two processes together send no more than LARK_APP_RATE_PER_SECOND in a window: 2×N messages take two windows', async () => {
    const time = new FakeTime(T0 + 100);
    const sending = sendAll(twoProcesses(time, true), 2 * N);
    const delivered: number[] = [];
    for (const window of [0, 1]) {
      if (window > 0) time.advanceTo(T0 + window * 1000);
      await vi.waitFor(() => expect(fake.messages.length + time.sleeping).toBe(2 * N), settle);
      delivered.push(fake.messages.length);
    }
    await sending;
    expect(delivered).toEqual([N, 2 * N]);
    expect(new Set(fake.messages.map((m) => m.content.text)).size).toBe(2 * N);
    // The count the two processes kept: every send of window 0 and the refused ones, then the rest.
    const windows = await listRateWindows(dbs[0]!, `lark:${FAKE_APP_ID}`);
    expect(windows).toEqual([
      { windowStart: new Date(T0).toISOString(), hits: 2 * N },
      { windowStart: new Date(T0 + 1000).toISOString(), hits: N },
    ]);
  });

  it('counted in each process alone (as before), the same two processes send 2×N in one window', async () => {
    const time = new FakeTime(T0 + 10_100);
    await sendAll(twoProcesses(time, false), 2 * N);
    expect(fake.messages).toHaveLength(2 * N);
    expect(time.wakes).toEqual([]);
  });
});

describe(`the bot's Lark channel (${currentBackend()})`, () => {
  it('counts its sends per app in the database, in wall-clock windows whatever the business clock says', async () => {
    const lark = await startLarkBot({ env: { LARK_APP_RATE_PER_SECOND: '30' } });
    try {
      const before = Date.now();
      await lark.adapter.send({ platform: 'lark', chatId: 'oc_wiring0001', chatKind: 'group' }, textReply('您好'));
      await lark.adapter.send({ platform: 'lark', chatId: 'oc_wiring0001', chatKind: 'group' }, textReply('再见'));
      const windows = await lark.bot.shifan.services.repos.rateWindows.listRateWindows(`lark:${FAKE_APP_ID}`);
      expect(windows.reduce((sum, w) => sum + w.hits, 0)).toBe(2);
      // The bot's clock says 2018; the windows are now, so processes on one app cut them alike.
      for (const w of windows) expect(Date.parse(w.windowStart)).toBeGreaterThanOrEqual(before - 1000);
      expect(lark.fake.messages).toHaveLength(2);
    } finally {
      await lark.close();
    }
  });
});
