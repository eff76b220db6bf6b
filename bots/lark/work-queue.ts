/** Runs jobs after the platform has been answered; keeps order per key and lets callers await idleness. */
export class WorkQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #pending = new Set<Promise<void>>();

  constructor(private readonly onError: (err: unknown) => void) {}

  /** Queues a job behind earlier jobs with the same key (one conversation at a time, in order). */
  push(key: string, job: () => Promise<void>): void {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    // Start on a later turn of the event loop, so the platform's answer goes out first.
    const run = previous.then(() => new Promise<void>((r) => setImmediate(r))).then(job).catch(this.onError);
    this.#tails.set(key, run);
    this.#pending.add(run);
    void run.finally(() => {
      this.#pending.delete(run);
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
  }

  /** Resolves when every queued job, including jobs queued meanwhile, has finished. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  get size(): number {
    return this.#pending.size;
  }
}
