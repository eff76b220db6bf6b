import type { Db } from '../database.ts';

/** Records a platform event id; true only the first time it is seen (atomic, so safe across processes). */
export async function recordInbound(db: Db, platform: string, eventId: string, at: Date): Promise<boolean> {
  const res = await db
    .insertInto('inbound_events')
    .values({ platform, event_id: eventId, received_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}
