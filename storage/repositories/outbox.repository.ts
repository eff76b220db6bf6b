import { isPostgres, type Db } from '../database.ts';
import type { ExpressionBuilder } from 'kysely';
import type { Database, OutboxRow, OutboxTable } from '../schema.ts';

/** A message to send later; `reply` is any JSON-serialisable reply (src/core/reply.ts Reply). */
export interface OutboxMessage {
  /** Unique de-duplication key, e.g. `milestone:plan-filing:county:zhuoni:T-3@2018-09-30:to:local:zhuoni-official`. */
  readonly dedupKey: string;
  readonly platform: string;
  readonly chatId: string;
  readonly chatKind: 'direct' | 'group';
  readonly reply: { readonly text: string };
  /** Why it is sent, shown in previews and kept for the audit. */
  readonly reason?: string | null;
  /** When it is due; it is not sent before this instant. */
  readonly dueAt: Date;
  /** The earliest instant to send (default `dueAt`), e.g. pushed out of quiet hours. */
  readonly notBefore?: Date;
  /** 'skipped' records a message that came due too long ago and will not be sent. */
  readonly status?: 'pending' | 'skipped';
}

/**
 * Puts a message in the outbox unless one with the same de-duplication key exists.
 * Returns true when it was inserted. Safe to call again and from several processes.
 */
export async function enqueue(db: Db, message: OutboxMessage, now: Date): Promise<boolean> {
  const status = message.status ?? 'pending';
  const notBefore = message.notBefore && message.notBefore > message.dueAt ? message.notBefore : message.dueAt;
  const res = await db
    .insertInto('outbox')
    .values({
      dedup_key: message.dedupKey,
      platform: message.platform,
      chat_id: message.chatId,
      chat_kind: message.chatKind,
      reply: JSON.stringify(message.reply),
      reason: message.reason ?? null,
      due_at: message.dueAt.toISOString(),
      status,
      attempts: 0,
      next_attempt_at: notBefore.toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: status === 'skipped' ? '到期时已超过补发时限（OUTBOX_GRACE_HOURS），不再发送。' : null,
      sent_at: null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The de-duplication keys among `keys` that are already in the outbox (any status). */
export async function existingKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    if (!chunk.length) continue;
    const rows = await db.selectFrom('outbox').select('dedup_key').where('dedup_key', 'in', chunk).execute();
    for (const r of rows) found.add(r.dedup_key);
  }
  return found;
}

export interface ClaimOptions {
  /** A token unique to this claim (worker id + counter); only its holder may settle the rows. */
  readonly token: string;
  readonly now: Date;
  readonly limit: number;
  /** How long the claim holds before another worker may take the row over (a crashed sender). */
  readonly lockMs: number;
  /** Only rows for these platforms (the adapters this process has); all when absent. */
  readonly platforms?: readonly string[];
  /**
   * Each chat's rate, kept by every process sharing the database: a chat's next message is
   * claimed only while fewer than `burst` of its messages were recorded sent in the last
   * `windowMs` (judged by `sent_at`). Burst 1 spaces a chat's messages at least `windowMs` apart.
   */
  readonly perChat?: { readonly burst: number; readonly windowMs: number };
}

/**
 * Atomically claims due rows: pending and due, or stuck in 'sending' past their lock, at most
 * one per chat (its first unfinished message), and none for a chat at its rate (`perChat`).
 * SQLite serialises writers, so one UPDATE both picks and claims (its status condition
 * repeated, so two workers racing for one row cannot both win). On PostgreSQL several bot
 * processes claim at once: see claimSkipLocked.
 */
export async function claimDue(db: Db, options: ClaimOptions): Promise<OutboxRow[]> {
  if (options.platforms && !options.platforms.length) return [];
  if (isPostgres(db)) return claimSkipLocked(db, options);
  return db
    .updateTable('outbox')
    .set({ status: 'sending', locked_by: options.token, locked_until: lockedUntil(options) })
    .where('id', 'in', dueRows(db, options).select('id'))
    .where(claimable(options.now.toISOString()))
    .returningAll()
    .execute();
}

const lockedUntil = (options: ClaimOptions) => new Date(options.now.getTime() + options.lockMs).toISOString();

/** Pending and due, or stuck in 'sending' past its lock. */
const claimable = (now: string) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.or([eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]), eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)])]);

/** The messages of the outer row's chat that came due before it. */
const earlierInChat = (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb
    .selectFrom('outbox as earlier')
    .select('earlier.id')
    .whereRef('earlier.platform', '=', 'outbox.platform')
    .whereRef('earlier.chat_id', '=', 'outbox.chat_id')
    .where((e) =>
      e.or([
        e('earlier.due_at', '<', e.ref('outbox.due_at')),
        e.and([e('earlier.due_at', '=', e.ref('outbox.due_at')), e('earlier.id', '<', e.ref('outbox.id'))]),
      ]),
    );

/** Claimable rows in the order they came due, none overtaking an earlier message of its chat. */
function dueRows(db: Db, options: ClaimOptions) {
  const now = options.now.toISOString();
  let q = db
    .selectFrom('outbox')
    .where(claimable(now))
    // A chat's messages go out one at a time in the order they came due: only its first
    // unfinished message is claimed, never while an earlier one waits for a retry or is being
    // sent (by any worker), so no process can send a chat's next message before that one is done.
    .where((eb) => eb.not(eb.exists(earlierInChat(eb).where('earlier.status', 'in', ['pending', 'sending']))))
    .orderBy('due_at')
    .orderBy('id')
    .limit(options.limit);
  if (options.platforms) q = q.where('platform', 'in', options.platforms);
  const rate = options.perChat;
  if (rate && rate.burst > 0 && rate.windowMs > 0) {
    // What was recorded sent is seen by every process; the message in flight is the chat's only one.
    const since = new Date(options.now.getTime() - rate.windowMs).toISOString();
    q = q.where((eb) =>
      eb(
        eb
          .selectFrom('outbox as recent')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('recent.platform', '=', 'outbox.platform')
          .whereRef('recent.chat_id', '=', 'outbox.chat_id')
          .where('recent.status', '=', 'sent')
          .where('recent.sent_at', '>', since),
        '<',
        rate.burst,
      ),
    );
  }
  return q;
}

/**
 * PostgreSQL: the due rows are locked `FOR UPDATE SKIP LOCKED`, so a dispatcher in another
 * process neither waits for nor takes a row being claimed. A row locked elsewhere is skipped,
 * though, and its chat's next message would then look free: so a row is kept only if no
 * earlier unfinished message of its chat is left out of this claim (taken by another worker,
 * committed or not). Claimed and marked 'sending' in one transaction.
 */
async function claimSkipLocked(db: Db, options: ClaimOptions): Promise<OutboxRow[]> {
  return db.transaction().execute(async (trx) => {
    const locked = await dueRows(trx, options).select(['id', 'platform', 'chat_id', 'due_at']).forUpdate().skipLocked().execute();
    if (!locked.length) return [];
    const ids = locked.map((r) => r.id);
    const blocked = await trx
      .selectFrom('outbox')
      .select('outbox.id')
      .where('outbox.id', 'in', ids)
      .where((eb) => eb.exists(earlierInChat(eb).where('earlier.status', 'in', ['pending', 'sending']).where('earlier.id', 'not in', ids)))
      .execute();
    const skip = new Set(blocked.map((r) => r.id));
    const keep = ids.filter((id) => !skip.has(id));
    if (!keep.length) return [];
    return trx
      .updateTable('outbox')
      .set({ status: 'sending', locked_by: options.token, locked_until: lockedUntil(options) })
      .where('id', 'in', keep)
      .returningAll()
      .execute();
  });
}

type Settle = Pick<OutboxTable, 'status' | 'attempts' | 'next_attempt_at' | 'last_error' | 'sent_at'>;

async function settle(db: Db, id: number, token: string, values: Partial<Settle>): Promise<boolean> {
  const res = await db
    .updateTable('outbox')
    .set({ ...values, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('locked_by', '=', token)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Records a claimed row as sent. */
export function markSent(db: Db, id: number, token: string, attempts: number, now: Date): Promise<boolean> {
  return settle(db, id, token, { status: 'sent', attempts, sent_at: now.toISOString(), last_error: null });
}

/** Puts a claimed row back to pending for another attempt at `nextAttemptAt`, keeping the error. */
export function markRetry(db: Db, id: number, token: string, attempts: number, error: string, nextAttemptAt: Date): Promise<boolean> {
  return settle(db, id, token, { status: 'pending', attempts, last_error: error, next_attempt_at: nextAttemptAt.toISOString() });
}

/** Records a claimed row as failed for good, with the error. */
export function markFailed(db: Db, id: number, token: string, attempts: number, error: string): Promise<boolean> {
  return settle(db, id, token, { status: 'failed', attempts, last_error: error });
}

/** Records a claimed row as skipped (e.g. it came due before the grace window). */
export function markSkipped(db: Db, id: number, token: string, reason: string): Promise<boolean> {
  return settle(db, id, token, { status: 'skipped', last_error: reason });
}

export interface OutboxFilter {
  readonly status?: OutboxRow['status'];
  readonly chatId?: string;
  readonly keyPrefix?: string;
}

/** Outbox rows, oldest first, for the CLI, previews and tests. */
export function listOutbox(db: Db, filter: OutboxFilter = {}): Promise<OutboxRow[]> {
  let q = db.selectFrom('outbox').selectAll().orderBy('due_at').orderBy('id');
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.chatId) q = q.where('chat_id', '=', filter.chatId);
  if (filter.keyPrefix) q = q.where('dedup_key', 'like', `${filter.keyPrefix.replace(/[%_]/g, '')}%`);
  return q.execute();
}

/** Row counts by status. */
export async function countOutbox(db: Db): Promise<Record<OutboxRow['status'], number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<OutboxRow['status'], number> = { pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
