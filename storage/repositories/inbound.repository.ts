import type { Db } from '../database.ts';

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

const changed = (r: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) => Number(r.numUpdatedRows ?? r.numInsertedOrUpdatedRows ?? 0n);

/**
 * Claims a platform message for handling, atomically across processes: the first delivery
 * inserts the claim; a redelivery takes over a claim still 'handling' only when its lease
 * lapsed or its claimant's heartbeat stopped, in one conditional UPDATE, so among
 * concurrent takers exactly one wins.
 */
export async function claimInbound(db: Db, platform: string, eventId: string, receivedAt: Date, terms: ClaimTerms): Promise<InboundClaim> {
  const now = terms.now.toISOString();
  const leaseUntil = new Date(terms.now.getTime() + terms.leaseMs).toISOString();
  const inserted = await db
    .insertInto('inbound_events')
    .values({ platform, event_id: eventId, received_at: receivedAt.toISOString(), status: 'handling', claimed_by: terms.instance, lease_until: leaseUntil })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .executeTakeFirst();
  if (changed(inserted) === 1) return 'claimed';
  const staleBefore = new Date(terms.now.getTime() - terms.staleMs).toISOString();
  const taken = await db
    .updateTable('inbound_events')
    .set({ claimed_by: terms.instance, lease_until: leaseUntil })
    .where('platform', '=', platform)
    .where('event_id', '=', eventId)
    .where('status', '=', 'handling')
    .where('claimed_by', '<>', terms.instance)
    .where((eb) =>
      eb.or([
        eb('lease_until', '<', now),
        eb.not(
          eb.exists(
            eb
              .selectFrom('bot_instances')
              .select('bot_instances.id')
              .whereRef('bot_instances.id', '=', 'inbound_events.claimed_by')
              .where('bot_instances.beat_at', '>=', staleBefore),
          ),
        ),
      ]),
    )
    .executeTakeFirst();
  if (changed(taken) === 1) return 'taken-over';
  const row = await db.selectFrom('inbound_events').select('status').where('platform', '=', platform).where('event_id', '=', eventId).executeTakeFirst();
  return row?.status === 'handling' ? 'handling' : 'done';
}

/** Records that a message `instance` claimed was handled: its reply queued or sent, or the apology. */
export async function finishInbound(db: Db, platform: string, eventId: string, instance: string): Promise<void> {
  await db
    .updateTable('inbound_events')
    .set({ status: 'done', lease_until: null })
    .where('platform', '=', platform)
    .where('event_id', '=', eventId)
    .where('status', '=', 'handling')
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
