/**
 * Wall-clock time a test moves by hand, for limiters: `sleep` waits until the test advances the
 * clock (whatever it asked for, recorded in `wakes` as the instant it wanted), so a test can see
 * exactly which acquisitions got through in a window and which wait for the next.
 */
export class FakeTime {
  readonly wakes: number[] = [];
  #sleepers: (() => void)[] = [];

  constructor(private at: number) {}

  readonly now = (): number => this.at;

  readonly sleep = (ms: number): Promise<void> => {
    this.wakes.push(this.at + ms);
    return new Promise((resolve) => this.#sleepers.push(resolve));
  };

  /** How many callers are asleep. */
  get sleeping(): number {
    return this.#sleepers.length;
  }

  /** Moves the clock to `at` and wakes every sleeper. */
  advanceTo(at: number): void {
    this.at = at;
    for (const wake of this.#sleepers.splice(0)) wake();
  }
}
