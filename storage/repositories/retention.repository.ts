import type { Db } from '../database.ts';

export interface PruneCounts {
  readonly inboundEvents: number;
  readonly qaLog: number;
  readonly outbox: number;
  readonly other: number;
}

/**
 * Deletes what is only kept for a while: seen event ids, the Q&A log and
 * sent or skipped outbox rows older than `before`; expired web logins and
 * sessions; failed 绑定 attempts older than a day.
 */
export async function pruneOldRecords(db: Db, before: Date, now: Date): Promise<PruneCounts> {
  const cutoff = before.toISOString();
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  const inboundEvents = n(await db.deleteFrom('inbound_events').where('received_at', '<', cutoff).executeTakeFirst());
  const qaLog = n(await db.deleteFrom('qa_log').where('asked_at', '<', cutoff).executeTakeFirst());
  const outbox = n(
    await db
      .deleteFrom('outbox')
      .where('status', 'in', ['sent', 'skipped'])
      .where((eb) => eb.or([eb('sent_at', '<', cutoff), eb.and([eb('sent_at', 'is', null), eb('due_at', '<', cutoff)])]))
      .executeTakeFirst(),
  );
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const other =
    n(await db.deleteFrom('bind_failures').where('failed_at', '<', dayAgo).executeTakeFirst()) +
    n(await db.deleteFrom('web_logins').where('expires_at', '<', now.toISOString()).executeTakeFirst()) +
    n(await db.deleteFrom('web_sessions').where('expires_at', '<', now.toISOString()).executeTakeFirst());
  return { inboundEvents, qaLog, outbox, other };
}
