import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../database.ts';
import type { Database } from '../schema.ts';

/**
 * What claiming a platform message found: this process claimed it first, or took it over
 * from a process that died with it; or it was handled already, or another live process is
 * handling it (that one answers).
 */
export type InboundClaim = 'claimed' | 'taken-over' | 'done' | 'handling';

export interface ClaimTerms {
  /** This bot process (bot_instances.id); it must have beaten before it claims. */
  readonly instance: string;
  /** Wall-clock time now (leases and heartbeats compare processes' clocks, not the business clock). */
  readonly now: Date;
  /** How long a claim holds while its handling has not finished. */
  readonly leaseMs: number;
  /** A claimant whose last heartbeat is older than this is dead. */
  readonly staleMs: number;
}

/** Rows an INSERT or UPDATE changed, whichever driver answered. */
export const changed = (r: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) => Number(r.numUpdatedRows ?? r.numInsertedOrUpdatedRows ?? 0n);

/**
 * Claims a platform message for handling, atomically across processes: the first delivery
 * inserts the claim; a redelivery takes over a claim still 'handling' only when its lease
 * lapsed or its claimant's heartbeat stopped, in one conditional UPDATE, so among
 * concurrent takers exactly one wins. A message this process's adapter journaled
 * (`journalInbound`) is this process's own: claimed at once.
 */
export async function claimInbound(db: Db, platform: string, eventId: string, receivedAt: Date, terms: ClaimTerms): Promise<InboundClaim> {
  const leaseUntil = new Date(terms.now.getTime() + terms.leaseMs).toISOString();
  const inserted = await db
    .insertInto('inbound_events')
    .values({ platform, event_id: eventId, received_at: receivedAt.toISOString(), status: 'handling', claimed_by: terms.instance, lease_until: leaseUntil })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .executeTakeFirst();
  if (changed(inserted) === 1) return 'claimed';
  // Journaled by this process's adapter before the platform was acknowledged: its own to handle.
  const own = await db
    .updateTable('inbound_events')
    .set({ status: 'handling', lease_until: leaseUntil })
    .where('platform', '=', platform)
    .where('event_id', '=', eventId)
    .where('status', '=', 'journaled')
    .where('claimed_by', '=', terms.instance)
    .executeTakeFirst();
  if (changed(own) === 1) return 'claimed';
  const taken = await db
    .updateTable('inbound_events')
    .set({ status: 'handling', claimed_by: terms.instance, lease_until: leaseUntil })
    .where('platform', '=', platform)
    .where('event_id', '=', eventId)
    .where('status', 'in', ['journaled', 'handling'])
    .where('claimed_by', '<>', terms.instance)
    .where(claimLapsed(terms))
    .executeTakeFirst();
  if (changed(taken) === 1) return 'taken-over';
  const row = await db.selectFrom('inbound_events').select('status').where('platform', '=', platform).where('event_id', '=', eventId).executeTakeFirst();
  return row?.status === 'done' || !row ? 'done' : 'handling';
}

/**
 * A claim another process may take over: its lease lapsed, or its claimant's heartbeat is older
 * than `staleMs` (the process was killed). Part of each taking UPDATE's WHERE, so it is checked
 * atomically with the take.
 */
export function claimLapsed(terms: ClaimTerms) {
  const now = terms.now.toISOString();
  const staleBefore = new Date(terms.now.getTime() - terms.staleMs).toISOString();
  return (eb: ExpressionBuilder<Database, 'inbound_events'>) =>
    eb.or([
      eb('inbound_events.lease_until', '<', now),
      eb.not(
        eb.exists(
          eb
            .selectFrom('bot_instances')
            .select('bot_instances.id')
            .whereRef('bot_instances.id', '=', 'inbound_events.claimed_by')
            .where('bot_instances.beat_at', '>=', staleBefore),
        ),
      ),
    ]);
}

/**
 * Records that a message `instance` claimed was handled: its reply queued or sent, or the apology.
 * Its journal payload is dropped. From 'journaled': a message given up before it was handled.
 */
export async function finishInbound(db: Db, platform: string, eventId: string, instance: string, from: 'handling' | 'journaled' = 'handling'): Promise<void> {
  await db
    .updateTable('inbound_events')
    .set({ status: 'done', lease_until: null, payload: null })
    .where('platform', '=', platform)
    .where('event_id', '=', eventId)
    .where('status', '=', from)
    .where('claimed_by', '=', instance)
    .execute();
}

/** A bot process's heartbeat: it is alive as long as `beat_at` is recent. */
export async function beatInstance(db: Db, instance: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('bot_instances')
    .values({ id: instance, started_at: at, beat_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ beat_at: at }))
    .execute();
}

/** Forgets processes that have not beaten since `before` (their claims are taken over by lease or heartbeat anyway). */
export async function pruneInstances(db: Db, before: Date): Promise<number> {
  const res = await db.deleteFrom('bot_instances').where('beat_at', '<', before.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
