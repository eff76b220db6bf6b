import type { Logger } from '../../src/core/logger.ts';
import type { RateCounter } from '../../src/core/rate-counter.ts';

/** Waits until `key` may start another call, then counts it (RateLimiter, SharedRateLimiter). */
export interface Limiter {
  acquire(key: string): Promise<void>;
}

export interface SharedRateLimiterOptions {
  /** The count every process sees (the database's rate_windows). */
  readonly counter: RateCounter;
  /** Starts allowed per key and window, across every process sharing the counter. */
  readonly limit: number;
  readonly windowMs?: number;
  /**
   * This process's own limiter (a sliding window), passed first by every start: one process alone
   * keeps to the limit in any second, as it did before the count was shared, and it is the only
   * limit while the counter fails or hangs, so sending never stops for the database.
   */
  readonly local: Limiter;
  readonly logger: Logger;
  /** A hit that takes longer than this counts as a failure (default 2 s). */
  readonly hitTimeoutMs?: number;
  /** After a failure, how long the local limiter limits alone before the counter is asked again (default 30 s). */
  readonly retryAfterMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Wall-clock milliseconds: the windows are shared with other processes, so never the business clock. */
  readonly now?: () => number;
}

/**
 * A rate limit shared by every process on one database, on top of the process's own: after the
 * local limiter, each start is one atomic increment of its key's current fixed window, and a start
 * whose increment went past the limit waits for the next window and tries again. Windows align to
 * multiples of `windowMs` since the epoch, so every process (on NTP) cuts them at the same
 * instants. A start that is refused still counts in its window, which only makes the limit
 * stricter. Fixed windows let the processes together send up to 2 × limit across a window's edge
 * (the end of one and the start of the next); each process alone never more than the limit.
 */
export class SharedRateLimiter implements Limiter {
  readonly #counter: RateCounter;
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #local: Limiter;
  readonly #logger: Logger;
  readonly #hitTimeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  readonly #gates = new Map<string, Gate>();
  /** Per key, the last hit in flight: a process's hits go to the counter one after another, in the order asked. */
  readonly #turns = new Map<string, Promise<unknown>>();
  #downUntil = Number.NEGATIVE_INFINITY;
  #down = false;

  constructor(options: SharedRateLimiterOptions) {
    this.#counter = options.counter;
    this.#limit = options.limit;
    this.#windowMs = options.windowMs ?? 1000;
    this.#local = options.local;
    this.#logger = options.logger;
    this.#hitTimeoutMs = options.hitTimeoutMs ?? 2000;
    this.#retryAfterMs = options.retryAfterMs ?? 30_000;
    this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.#now = options.now ?? Date.now;
  }

  /**
   * At most `limit` of this process's starts per key try the counter at a time, the rest wait
   * in line: a full window costs each process at most `limit` refused increments, however many
   * replies are waiting, and the earliest waiting replies go first.
   */
  async acquire(key: string): Promise<void> {
    let gate = this.#gates.get(key);
    if (!gate) this.#gates.set(key, (gate = new Gate(this.#limit)));
    await gate.enter();
    try {
      await this.#acquire(key);
    } finally {
      if (gate.leave()) this.#gates.delete(key);
    }
  }

  async #acquire(key: string): Promise<void> {
    await this.#local.acquire(key);
    for (;;) {
      const outcome = await this.#inTurn(key, () => this.#try(key));
      if (outcome === 'go') return;
      await this.#sleep(Math.max(1, outcome + this.#windowMs - this.#now()));
    }
  }

  /**
   * Runs `fn` after this process's earlier hits for `key` have answered. Two callers woken for one
   * window, and a caller let into the gate meanwhile, then reach the counter in the order they
   * came: the newcomer cannot take the last place of the window from one that waited longer.
   */
  async #inTurn<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.#turns.get(key) ?? Promise.resolve();
    const mine = before.then(fn, fn);
    const settled = mine.catch(() => {});
    this.#turns.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.#turns.get(key) === settled) this.#turns.delete(key);
    }
  }

  /** One try at the counter: 'go', or the start of the full window to sleep out. */
  async #try(key: string): Promise<'go' | number> {
    const now = this.#now();
    if (now < this.#downUntil) return 'go';
    const start = now - (now % this.#windowMs);
    let hits: number;
    try {
      hits = await this.#hit(key, start);
    } catch (err) {
      this.#downUntil = this.#now() + this.#retryAfterMs;
      if (!this.#down) this.#logger.warn({ err, key }, 'shared rate counter unavailable; this process limits its own sends until it is back');
      this.#down = true;
      return 'go';
    }
    if (this.#down) this.#logger.info({ key }, 'shared rate counter back; sends are limited across processes again');
    this.#down = false;
    return hits <= this.#limit ? 'go' : start;
  }

  /** The counter's hit, given up on after hitTimeoutMs (a late answer still counts, which is only stricter). */
  #hit(key: string, start: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`rate counter did not answer within ${this.#hitTimeoutMs} ms`)), this.#hitTimeoutMs);
      timer.unref();
    });
    const hit = Promise.resolve().then(() => this.#counter.hit(key, new Date(start)));
    hit.catch(() => {});
    return Promise.race([hit, timeout]).finally(() => clearTimeout(timer));
  }
}

/** A line of callers of which at most `size` are inside at once, let in first come first served. */
class Gate {
  #inside = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async enter(): Promise<void> {
    if (this.#inside < this.size) {
      this.#inside++;
      return;
    }
    // The caller leaving hands its place straight to the next in line.
    await new Promise<void>((r) => this.#waiting.push(r));
  }

  /** Lets the next caller in; true when the gate is then empty. */
  leave(): boolean {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#inside--;
    return this.#inside === 0;
  }
}
