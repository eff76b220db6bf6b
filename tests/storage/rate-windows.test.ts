import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../bots/lark/rate-limiter.ts';
import { SharedRateLimiter } from '../../bots/lark/shared-rate-limiter.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { RateCounter } from '../../src/core/rate-counter.ts';
import { createRateCounter } from '../../src/rate-counter.ts';
import type { Db } from '../../storage/database.ts';
import { hitRateWindow, listRateWindows } from '../../storage/repositories/rate-window.repository.ts';
import { FakeTime } from '../support/fake-time.ts';
import { currentBackend, disposeStore, openTestDb } from '../support/stores.ts';

// A window boundary, and a quarter into that window.
const T0 = Date.parse('2026-12-02T03:00:00.000Z');
const settle = { timeout: 15_000, interval: 10 };

/** A logger that keeps what was said at warn and info. */
function recordingLogger(): Logger & { readonly said: string[] } {
  const said: string[] = [];
  const logger = {
    said,
    debug: () => {},
    info: (_: object | string, msg?: string) => void said.push(`info: ${msg}`),
    warn: (_: object | string, msg?: string) => void said.push(`warn: ${msg}`),
    error: (_: object | string, msg?: string) => void said.push(`error: ${msg}`),
    child: () => logger,
  };
  return logger;
}

describe(`the shared rate counter (${currentBackend()})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-rate-'));
  // Two connections to one store, as two bot processes have.
  let one: Db;
  let two: Db;
  beforeAll(async () => {
    one = await openTestDb(dir);
    two = await openTestDb(dir);
  });
  afterAll(async () => {
    await one.destroy();
    await two.destroy();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts concurrent hits from two connections atomically: each gets a count of its own', async () => {
    const start = new Date(T0);
    const counts = await Promise.all(Array.from({ length: 30 }, (_, i) => hitRateWindow(i % 2 ? one : two, 'atomic', start)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await listRateWindows(one, 'atomic')).toEqual([{ windowStart: start.toISOString(), hits: 30 }]);
  });

  it("prunes a key's windows over a minute old when a new window opens, and leaves other keys alone", async () => {
    await hitRateWindow(one, 'prune', new Date(T0));
    await hitRateWindow(one, 'prune', new Date(T0 + 1000));
    await hitRateWindow(one, 'prune-other', new Date(T0));
    await hitRateWindow(two, 'prune', new Date(T0 + 61_000));
    expect((await listRateWindows(one, 'prune')).map((w) => w.windowStart)).toEqual([new Date(T0 + 1000), new Date(T0 + 61_000)].map((d) => d.toISOString()));
    await hitRateWindow(two, 'prune', new Date(T0 + 62_000));
    expect((await listRateWindows(one, 'prune')).map((w) => w.windowStart)).toEqual([new Date(T0 + 61_000), new Date(T0 + 62_000)].map((d) => d.toISOString()));
    expect(await listRateWindows(one, 'prune-other')).toHaveLength(1);
  });

  it("a process's first hit forgets every key's windows older than a day", async () => {
    await hitRateWindow(one, 'stale-app', new Date(T0 - 2 * 86_400_000));
    await hitRateWindow(one, 'fresh-app', new Date(T0 - 3_600_000));
    await createRateCounter(two).hit('another-app', new Date(T0));
    expect(await listRateWindows(one, 'stale-app')).toEqual([]);
    expect(await listRateWindows(one, 'fresh-app')).toHaveLength(1);
  });

  it('two limiters on two connections (two processes) let exactly N acquisitions into each window in total', async () => {
    const time = new FakeTime(T0 + 250);
    const N = 5;
    const limiter = (db: Db) =>
      new SharedRateLimiter({
        counter: createRateCounter(db),
        limit: N,
        // Each process's own limit out of the way: only the shared count holds them back here.
        local: new RateLimiter(100, 1000, time.sleep, time.now),
        logger: recordingLogger(),
        sleep: time.sleep,
        now: time.now,
      });
    // Two processes with 9 and 8 replies to send.
    const processes = [limiter(one), limiter(two)].map((l, p) => ({ limiter: l, count: 9 - p, through: 0 }));
    const total = 17;
    const all = Promise.all(
      processes.flatMap((p) =>
        Array.from({ length: p.count }, () =>
          p.limiter.acquire('app').then(() => {
            p.through++;
          }),
        ),
      ),
    );
    const through = () => processes.reduce((n, p) => n + p.through, 0);
    // Quiet once each process has as many asleep as may try the counter at once (N), or all it has left.
    const asleep = () => processes.reduce((n, p) => n + Math.min(N, p.count - p.through), 0);
    for (const [window, expected] of [
      [0, N],
      [1, 2 * N],
      [2, 3 * N],
    ] as const) {
      if (window > 0) time.advanceTo(T0 + window * 1000);
      await vi.waitFor(() => expect(time.sleeping).toBe(asleep()), settle);
      expect(through()).toBe(expected);
    }
    time.advanceTo(T0 + 3000);
    await all;
    expect(through()).toBe(total);
    // Every refused acquisition slept until the next window began, never less.
    expect(new Set(time.wakes)).toEqual(new Set([T0 + 1000, T0 + 2000, T0 + 3000]));
    // Refused attempts count too, but each process tries at most N at once: never more than N + 2N a window.
    const windows = await listRateWindows(one, 'app');
    expect(windows.map((w) => w.windowStart)).toEqual([0, 1, 2, 3].map((w) => new Date(T0 + w * 1000).toISOString()));
    for (const w of windows.slice(0, 3)) expect(w.hits).toBeGreaterThan(N);
    for (const w of windows) expect(w.hits).toBeLessThanOrEqual(3 * N);
    expect(windows[3]!.hits).toBe(2);
  });

  /**
   * Eight acquisitions of one key, limit 2, through three full windows from `start`: after each window two are asleep
   * (refused in a full window) and the other six wait in line, so nobody else hits the counter. Returns who went, in order.
   */
  async function throughWindows(counter: RateCounter, start: number, key: string): Promise<number[]> {
    const time = new FakeTime(start);
    const limiter = new SharedRateLimiter({
      counter,
      limit: 2,
      local: new RateLimiter(100, 1000, time.sleep, time.now),
      logger: recordingLogger(),
      sleep: time.sleep,
      now: time.now,
    });
    const order: number[] = [];
    const all = Promise.all(Array.from({ length: 8 }, (_, i) => limiter.acquire(key).then(() => order.push(i))));
    for (let w = 1; w <= 3; w++) {
      await vi.waitFor(() => expect(time.sleeping).toBe(2), settle);
      expect(order).toHaveLength(2 * w);
      time.advanceTo(start + w * 1000);
    }
    await all;
    return order;
  }

  it("has at most N of a process's acquisitions try the counter at once; the rest wait in line, in the order they came", async () => {
    const order = await throughWindows(createRateCounter(two), T0 + 5000, 'order');
    // The two trying the counter at one time may swap; no one overtakes by a window.
    expect(order.map((i) => Math.floor(i / 2))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("keeps that order when the counter answers some hits late: a caller let in meanwhile does not take a waiting one's place", async () => {
    const real = createRateCounter(two);
    let calls = 0;
    // Every second hit answers 30 ms late, so a newcomer's hit could pass one that was sent before it.
    const slowSome: RateCounter = {
      hit: async (key, start) => {
        if (calls++ % 2 === 1) await new Promise((r) => setTimeout(r, 30));
        return real.hit(key, start);
      },
    };
    const order = await throughWindows(slowSome, T0 + 10_000, 'late');
    expect(order.map((i) => Math.floor(i / 2))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('one process alone still keeps to N in any second, also across the edge of a shared window', async () => {
    const time = new FakeTime(T0 + 20_900);
    const N = 4;
    const limiter = new SharedRateLimiter({
      counter: createRateCounter(one),
      limit: N,
      local: new RateLimiter(N, 1000, time.sleep, time.now),
      logger: recordingLogger(),
      sleep: time.sleep,
      now: time.now,
    });
    let through = 0;
    const all = Promise.all(Array.from({ length: 2 * N }, () => limiter.acquire('edge').then(() => through++)));
    await vi.waitFor(() => expect(time.sleeping).toBe(N), settle);
    expect(through).toBe(N);
    // A new shared window, but only 100 ms after those N: they wait for the second to pass.
    time.advanceTo(T0 + 21_000);
    await vi.waitFor(() => expect(time.sleeping).toBe(N), settle);
    expect(through).toBe(N);
    time.advanceTo(T0 + 21_901);
    await all;
    expect((await listRateWindows(one, 'edge')).map((w) => w.hits)).toEqual([N, N]);
  });

  it('falls back to limiting in the process when the database is gone, and says so once', async () => {
    const gone = await openTestDb(dir);
    await gone.destroy();
    const time = new FakeTime(T0);
    const logger = recordingLogger();
    const limiter = new SharedRateLimiter({
      counter: createRateCounter(gone),
      limit: 3,
      local: new RateLimiter(3, 1000, time.sleep, time.now),
      logger,
      sleep: time.sleep,
      now: time.now,
    });
    let through = 0;
    const all = Promise.all(
      Array.from({ length: 5 }, () =>
        limiter.acquire('app').then(() => {
          through++;
        }),
      ),
    );
    await vi.waitFor(() => expect(through + time.sleeping).toBe(5), settle);
    // Still limited (3 a second), still sending.
    expect(through).toBe(3);
    time.advanceTo(T0 + 1001);
    await all;
    expect(logger.said).toEqual(['warn: shared rate counter unavailable; this process limits its own sends until it is back']);
  });

  it('asks the counter again after a while, and gives up on one that hangs', async () => {
    let state: 'down' | 'hangs' | 'up' = 'down';
    const real = createRateCounter(one);
    const counter: RateCounter = {
      hit: (key, start) =>
        state === 'up' ? real.hit(key, start) : state === 'hangs' ? new Promise(() => {}) : Promise.reject(new Error('connection terminated')),
    };
    const time = new FakeTime(T0);
    const logger = recordingLogger();
    const limiter = new SharedRateLimiter({
      counter,
      limit: 50,
      local: new RateLimiter(50, 1000, time.sleep, time.now),
      logger,
      retryAfterMs: 30_000,
      hitTimeoutMs: 50,
      sleep: time.sleep,
      now: time.now,
    });
    await limiter.acquire('retry');
    state = 'up';
    // Within the retry interval the fallback limits, without asking the database.
    time.advanceTo(T0 + 29_000);
    await limiter.acquire('retry');
    expect(await listRateWindows(one, 'retry')).toEqual([]);
    time.advanceTo(T0 + 30_000);
    await limiter.acquire('retry');
    expect(await listRateWindows(one, 'retry')).toEqual([{ windowStart: new Date(T0 + 30_000).toISOString(), hits: 1 }]);
    state = 'hangs';
    await limiter.acquire('retry');
    expect(logger.said).toEqual([
      'warn: shared rate counter unavailable; this process limits its own sends until it is back',
      'info: shared rate counter back; sends are limited across processes again',
      'warn: shared rate counter unavailable; this process limits its own sends until it is back',
    ]);
  });
});
