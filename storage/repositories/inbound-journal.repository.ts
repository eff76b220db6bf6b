import type { Db } from '../database.ts';
import { changed, claimLapsed, type ClaimTerms } from './inbound.repository.ts';

/** One message to journal: its platform id, when it arrived, and what is needed to handle it again (JSON). */
export interface JournalEntry {
  readonly platform: string;
  readonly eventId: string;
  readonly receivedAt: Date;
  readonly payload: string;
}

/**
 * Journals platform messages before the platform is acknowledged, in one INSERT: each claimed by
 * `terms.instance` ('journaled', with a lease), with what is needed to handle it again. A message
 * known already (a redelivery: the router's claim decides who answers it) is left as it is.
 * The number of messages journaled.
 */
export async function journalInbound(db: Db, entries: readonly JournalEntry[], terms: Pick<ClaimTerms, 'instance' | 'now' | 'leaseMs'>): Promise<number> {
  if (!entries.length) return 0;
  const leaseUntil = new Date(terms.now.getTime() + terms.leaseMs).toISOString();
  const inserted = await db
    .insertInto('inbound_events')
    .values(
      entries.map((e) => ({
        platform: e.platform,
        event_id: e.eventId,
        received_at: e.receivedAt.toISOString(),
        status: 'journaled' as const,
        claimed_by: terms.instance,
        lease_until: leaseUntil,
        payload: e.payload,
      })),
    )
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .executeTakeFirst();
  return changed(inserted);
}

/** A journaled message whose claimant stopped (or overran its lease) before it was done. */
export interface OrphanedMessage {
  readonly platform: string;
  readonly eventId: string;
  readonly claimedBy: string;
  readonly payload: string;
}

/**
 * Journaled messages of these platforms, not done, held by another process that is dead
 * (no heartbeat for `staleMs`) or whose lease lapsed: what the sweeper takes over. Oldest first.
 */
export async function findOrphans(db: Db, platforms: readonly string[], terms: ClaimTerms, limit = 50): Promise<OrphanedMessage[]> {
  if (!platforms.length) return [];
  const rows = await db
    .selectFrom('inbound_events')
    .select(['platform', 'event_id', 'claimed_by', 'payload'])
    .where('payload', 'is not', null)
    .where('claimed_by', 'is not', null)
    .where('claimed_by', '<>', terms.instance)
    .where('status', '<>', 'done')
    .where('platform', 'in', platforms)
    .where(claimLapsed(terms))
    .orderBy('received_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ platform: r.platform, eventId: r.event_id, claimedBy: r.claimed_by!, payload: r.payload! }));
}

/**
 * Takes an orphaned message over for this process, atomically: only while it is still held by
 * the same claimant, not done, and that claim still lapsed, so of several sweepers (or a
 * sweeper and a redelivery) exactly one takes it. It becomes this process's 'journaled' claim,
 * which its router then claims as its own.
 */
export async function adoptOrphan(db: Db, orphan: OrphanedMessage, terms: ClaimTerms): Promise<boolean> {
  const taken = await db
    .updateTable('inbound_events')
    .set({ status: 'journaled', claimed_by: terms.instance, lease_until: new Date(terms.now.getTime() + terms.leaseMs).toISOString() })
    .where('platform', '=', orphan.platform)
    .where('event_id', '=', orphan.eventId)
    .where('claimed_by', '=', orphan.claimedBy)
    .where('status', '<>', 'done')
    .where(claimLapsed(terms))
    .executeTakeFirst();
  return changed(taken) === 1;
}
