/** A sliding one-second window per key: at most `limit` starts per second for that key. */
export class RateLimiter {
  readonly #starts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits until the key may start another call, then counts it. */
  async acquire(key: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const recent = (this.#starts.get(key) ?? []).filter((t) => now - t < this.windowMs);
      if (recent.length < this.limit) {
        recent.push(now);
        this.#starts.set(key, recent);
        return;
      }
      this.#starts.set(key, recent);
      await this.sleep(this.windowMs - (now - recent[0]!) + 1);
    }
  }
}
