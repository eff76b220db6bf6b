import { randomUUID } from 'node:crypto';
import type { ChannelAdapter } from '../core/channel.ts';
import { shanghaiDateTime, type Clock } from '../core/clock.ts';
import { ChannelError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Reply } from '../core/reply.ts';
import type { Db } from '../../storage/database.ts';
import { claimDue, markFailed, markRetry, markSent, markSkipped } from '../../storage/repositories/outbox.repository.ts';
import type { OutboxRow } from '../../storage/schema.ts';
import type { WorkingTime } from './working-time.ts';

export interface DispatcherOptions {
  readonly db: Db;
  readonly adapters: ReadonlyMap<string, ChannelAdapter>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly working: WorkingTime;
  /** Attempts before a row is recorded as failed (OUTBOX_MAX_ATTEMPTS). */
  readonly maxAttempts: number;
  /** A row never tried that came due longer ago than this is recorded as skipped (OUTBOX_GRACE_HOURS). */
  readonly graceMs: number;
  /** First retry delay; doubles with each attempt up to `maxBackoffMs`. */
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /**
   * Per-chat rate limit, kept in the database so it holds across every process sharing it: at most
   * `perChatBurst` sends to a chat in any window of `perChatBurst × perChatIntervalMs` (burst 1: sends
   * at least `perChatIntervalMs` apart). A chat at its limit keeps its next message in the outbox until
   * the window has room (a later poll sends it); 0 turns the limit off.
   */
  readonly perChatIntervalMs?: number;
  readonly perChatBurst?: number;
  readonly lockMs?: number;
  readonly batchSize?: number;
  readonly workerId?: string;
}

export interface DispatchSummary {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

/** Sends due outbox rows through the channel adapters: claims atomically, retries with back-off, limits each chat's rate. */
export class Dispatcher {
  readonly #o: Required<Omit<DispatcherOptions, 'workerId'>> & { workerId: string };
  #claims = 0;
  #running: Promise<DispatchSummary> | undefined;
  #queued: Promise<DispatchSummary> | undefined;

  constructor(options: DispatcherOptions) {
    this.#o = Object.freeze({
      baseBackoffMs: 30_000,
      maxBackoffMs: 3600_000,
      perChatIntervalMs: 1000,
      perChatBurst: 5,
      lockMs: 5 * 60_000,
      batchSize: 50,
      ...options,
      workerId: options.workerId ?? `dispatcher-${randomUUID().slice(0, 8)}`,
    });
  }

  get workerId(): string {
    return this.#o.workerId;
  }

  /** Sends everything due now. Passes never overlap: a call while one runs gets one more pass after it. */
  dispatch(): Promise<DispatchSummary> {
    if (!this.#running) {
      this.#running = this.#dispatch().finally(() => (this.#running = undefined));
      return this.#running;
    }
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.dispatch();
      });
    return this.#queued;
  }

  /** Resolves when no dispatch is running. */
  async idle(): Promise<void> {
    await (this.#queued ?? this.#running)?.catch(() => undefined);
  }

  async #dispatch(): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    const o = this.#o;
    // Nothing is pushed in quiet hours; rows wait for the morning.
    if (o.working.isQuiet(o.clock.now())) return summary;
    for (let round = 0; round < 100; round++) {
      const now = o.clock.now();
      const token = `${o.workerId}:${++this.#claims}`;
      const rows = await claimDue(o.db, {
        token,
        now,
        limit: o.batchSize,
        lockMs: o.lockMs,
        platforms: [...o.adapters].filter(([, a]) => a.ready?.() ?? true).map(([name]) => name),
        perChat: { burst: o.perChatBurst, windowMs: o.perChatBurst * o.perChatIntervalMs },
      });
      if (!rows.length) break;
      // One row per chat (its first unfinished one), in the order they came due; the next round takes each chat's next.
      rows.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.id - b.id);
      for (const row of rows) await this.#deliver(row, token, summary);
    }
    return summary;
  }

  /** Sends one row and records what came of it. */
  async #deliver(row: OutboxRow, token: string, summary: DispatchSummary): Promise<void> {
    const o = this.#o;
    const now = o.clock.now();
    if (row.attempts === 0 && Date.parse(row.next_attempt_at) < now.getTime() - o.graceMs) {
      await markSkipped(
        o.db,
        row.id,
        token,
        `应于${shanghaiDateTime(new Date(row.due_at))}发送，已超过补发时限（${Math.round(o.graceMs / 3600_000)}小时），不再发送。`,
      );
      summary.skipped++;
      return;
    }
    const adapter = o.adapters.get(row.platform)!;
    const attempts = row.attempts + 1;
    try {
      await adapter.send({ platform: row.platform, chatId: row.chat_id, chatKind: row.chat_kind }, JSON.parse(row.reply) as Reply);
      await markSent(o.db, row.id, token, attempts, o.clock.now());
      summary.sent++;
    } catch (err) {
      const error = err instanceof ChannelError ? err : new ChannelError(row.platform, 'unknown', (err as Error)?.message ?? String(err), { cause: err });
      const text = `${error.kind}: ${error.message}`;
      if (error.retryable && attempts < o.maxAttempts) {
        const backoff = Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** (attempts - 1));
        const wait = Math.max(backoff, error.options.retryAfterMs ?? 0);
        const until = new Date(o.clock.now().getTime() + wait);
        await markRetry(o.db, row.id, token, attempts, text, until);
        o.logger.warn({ id: row.id, key: row.dedup_key, attempts, retryInMs: wait, err: error }, 'outbox send failed; will retry');
        summary.retried++;
      } else {
        await markFailed(o.db, row.id, token, attempts, text);
        o.logger.error({ id: row.id, key: row.dedup_key, attempts, err: error }, 'outbox send failed for good');
        summary.failed++;
      }
    }
  }
}
