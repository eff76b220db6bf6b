import cron, { type ScheduledTask } from 'node-cron';
import { TIME_ZONE, type Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../../storage/database.ts';
import { enqueue, existingKeys } from '../../storage/repositories/outbox.repository.ts';
import type { Dispatcher, DispatchSummary } from './dispatcher.ts';
import type { Job, PlannedMessage } from './job.ts';
import type { WorkingTime } from './working-time.ts';

export interface SchedulerOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly jobs: readonly Job[];
  readonly dispatcher: Dispatcher;
  readonly working: WorkingTime;
  /** What came due longer ago than this is recorded as skipped, not sent (OUTBOX_GRACE_HOURS). */
  readonly graceMs: number;
  /** How far back each run looks for what came due (and records the older part as skipped). */
  readonly lookbackMs?: number;
  /** How often the dispatcher polls the outbox (rows from retries and other processes). */
  readonly pollMs?: number;
  /** Periodic housekeeping run with each poll, e.g. the form engine's idle sweep. */
  readonly housekeeping?: readonly ((now: Date) => Promise<unknown>)[];
}

/** What a run found due, for `scheduler preview` and `run-once`. */
export interface DueMessage extends PlannedMessage {
  /** 'send': due within the grace window; 'skip': came due before it; 'done': already in the outbox. */
  readonly status: 'send' | 'skip' | 'done';
  readonly job: string;
}

export interface RunSummary {
  readonly enqueued: number;
  readonly skipped: number;
  readonly existing: number;
}

const DAY_MS = 86_400_000;

/**
 * The scheduler: node-cron wakes jobs (Asia/Shanghai), jobs work out what is due and the
 * outbox takes it under a de-duplication key; the dispatcher sends. Restarts, catch-up
 * runs and second instances therefore never send one message twice.
 */
export class Scheduler {
  readonly #o: Required<SchedulerOptions>;
  readonly #tasks: ScheduledTask[] = [];
  #poll: NodeJS.Timeout | undefined;
  #wake: NodeJS.Timeout | undefined;
  #tick: Promise<unknown> = Promise.resolve();
  #started = false;

  constructor(options: SchedulerOptions) {
    this.#o = Object.freeze({ pollMs: 15_000, housekeeping: [], ...options, lookbackMs: Math.max(options.lookbackMs ?? 14 * DAY_MS, options.graceMs) });
  }

  get working(): WorkingTime {
    return this.#o.working;
  }

  get dispatcher(): Dispatcher {
    return this.#o.dispatcher;
  }

  /** Everything due at `at` (within the look-back), marked send, skip or already done; nothing is written. */
  async due(at: Date): Promise<DueMessage[]> {
    const from = new Date(at.getTime() - this.#o.lookbackMs);
    const planned: { job: string; m: PlannedMessage }[] = [];
    for (const job of this.#o.jobs) {
      for (const m of await job.plan(from, at, at)) planned.push({ job: job.name, m });
    }
    const existing = await existingKeys(
      this.#o.db,
      planned.map((p) => p.m.dedupKey),
    );
    const graceStart = at.getTime() - this.#o.graceMs;
    return planned
      .map(({ job, m }) => ({
        ...m,
        job,
        status: existing.has(m.dedupKey) ? ('done' as const) : m.dueAt.getTime() >= graceStart ? ('send' as const) : ('skip' as const),
      }))
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.dedupKey.localeCompare(b.dedupKey));
  }

  /** What would be sent at `at` (to whom, what, why), without writing anything. */
  async preview(at: Date): Promise<DueMessage[]> {
    return (await this.due(at)).filter((m) => m.status === 'send');
  }

  /** Messages coming due after `at`, up to `days` ahead, for previews. */
  async upcoming(at: Date, days = 7): Promise<PlannedMessage[]> {
    const to = new Date(at.getTime() + days * DAY_MS);
    const out: PlannedMessage[] = [];
    for (const job of this.#o.jobs) out.push(...(await job.plan(new Date(at.getTime() + 1), to, at)));
    return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.dedupKey.localeCompare(b.dedupKey));
  }

  /**
   * When the next message comes due after `at` (up to `days` ahead). Reminders moved out of
   * a holiday or quiet hours come due between cron times; the scheduler wakes for them too.
   */
  async nextDue(at: Date, days = 3): Promise<Date | undefined> {
    return (await this.upcoming(at, days))[0]?.dueAt;
  }

  /** Puts what is due at `at` (default now) into the outbox; older than the grace window is recorded as skipped. */
  async runDue(at: Date = this.#o.clock.now()): Promise<RunSummary> {
    let enqueued = 0;
    let skipped = 0;
    let existing = 0;
    const notBefore = this.#o.working.next(at);
    for (const m of await this.due(at)) {
      if (m.status === 'done') {
        existing++;
        continue;
      }
      const inserted = await enqueue(
        this.#o.db,
        {
          dedupKey: m.dedupKey,
          platform: m.target.platform,
          chatId: m.target.chatId,
          chatKind: m.target.chatKind,
          reply: m.reply,
          reason: m.reason,
          dueAt: m.dueAt,
          notBefore,
          status: m.status === 'send' ? 'pending' : 'skipped',
        },
        at,
      );
      if (!inserted) existing++;
      else if (m.status === 'send') enqueued++;
      else skipped++;
    }
    if (enqueued || skipped) this.#o.logger.info({ at: at.toISOString(), enqueued, skipped }, 'scheduler run');
    return { enqueued, skipped, existing };
  }

  /** Sends what is due in the outbox now. */
  dispatchNow(): Promise<DispatchSummary> {
    return this.#o.dispatcher.dispatch();
  }

  /** One full step: enqueue what is due now, run housekeeping, dispatch. Serialised. */
  tick(): Promise<{ run: RunSummary; dispatch: DispatchSummary }> {
    const next = this.#tick.then(async () => {
      const now = this.#o.clock.now();
      const run = await this.runDue(now);
      for (const task of this.#o.housekeeping) {
        await task(now).catch((err: unknown) => this.#o.logger.error({ err }, 'scheduler housekeeping failed'));
      }
      const dispatch = await this.dispatchNow();
      return { run, dispatch };
    });
    this.#tick = next.catch(() => undefined);
    return next;
  }

  /** Catches up on what came due while stopped, then starts the cron tasks and the outbox poll. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    // Catch up on what came due while stopped; a failure is logged and retried by the next wake, never fatal.
    await this.#safeTick('start');
    const expressions = new Set(this.#o.jobs.flatMap((j) => j.crons));
    // Wake at the end of quiet hours too, for reminders moved out of the night or a holiday.
    expressions.add(this.#o.working.morningCron());
    for (const expression of expressions) {
      const task = cron.schedule(expression, () => this.#safeTick(`cron ${expression}`), {
        timezone: TIME_ZONE,
        name: `shifan ${expression}`,
        noOverlap: true,
        logger: this.#cronLogger,
      });
      this.#tasks.push(task);
    }
    this.#poll = setInterval(() => {
      void this.#o.dispatcher.dispatch().catch((err: unknown) => this.#o.logger.error({ err }, 'outbox dispatch failed'));
      for (const task of this.#o.housekeeping)
        void task(this.#o.clock.now()).catch((err: unknown) => this.#o.logger.error({ err }, 'scheduler housekeeping failed'));
    }, this.#o.pollMs);
    this.#poll.unref();
  }

  /** node-cron's own messages (e.g. a missed run) go to our log instead of the console. */
  readonly #cronLogger = {
    info: (message: string) => this.#o.logger.debug({ source: 'node-cron' }, message),
    warn: (message: string) => this.#o.logger.warn({ source: 'node-cron' }, message),
    error: (message: string | Error, err?: Error) => this.#o.logger.error({ source: 'node-cron', err: err ?? message }, String(message)),
    debug: (message: string | Error) => this.#o.logger.debug({ source: 'node-cron' }, String(message)),
  };

  async #safeTick(why: string): Promise<void> {
    try {
      await this.tick();
      await this.#armWake();
    } catch (err) {
      this.#o.logger.error({ err, why }, 'scheduler run failed');
    }
  }

  /** Sets a timer for the next due message, for those that fall between cron times. */
  async #armWake(): Promise<void> {
    if (!this.#started) return;
    const now = this.#o.clock.now();
    const next = await this.nextDue(now);
    if (this.#wake) clearTimeout(this.#wake);
    this.#wake = undefined;
    if (!next || !this.#started) return;
    const delay = Math.min(Math.max(next.getTime() - now.getTime(), 1000), 6 * 3600_000);
    this.#wake = setTimeout(() => void this.#safeTick('next due'), delay);
    this.#wake.unref();
  }

  /** Stops the cron tasks and the poll, and waits for a running step to finish. */
  async stop(): Promise<void> {
    this.#started = false;
    if (this.#poll) clearInterval(this.#poll);
    if (this.#wake) clearTimeout(this.#wake);
    this.#poll = undefined;
    this.#wake = undefined;
    for (const task of this.#tasks.splice(0)) await task.destroy();
    await this.#tick;
    await this.#o.dispatcher.idle();
  }
}
