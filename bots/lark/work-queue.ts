/**
 * Runs jobs after the platform has been answered: in order per key (one conversation at a
 * time), at most `concurrency` at once (so a burst of events cannot starve the next
 * acknowledgement), and lets callers await idleness.
 */
export class WorkQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #pending = new Set<Promise<void>>();
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly concurrency = 8,
  ) {}

  /** Queues a job behind earlier jobs with the same key. */
  push(key: string, job: () => Promise<void>): void {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const run = previous
      // Start on a later turn of the event loop, so the platform's answer goes out first.
      .then(() => new Promise<void>((r) => setImmediate(r)))
      .then(() => this.#slot())
      .then(() =>
        Promise.resolve()
          .then(job)
          .finally(() => this.#release()),
      )
      .catch(this.onError);
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

  #slot(): Promise<void> {
    if (this.#running < this.concurrency) {
      this.#running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }
}
