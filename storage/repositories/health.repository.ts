import { sql } from 'kysely';
import type { Db } from '../database.ts';

/**
 * A write that changes nothing: it needs the database's write lock, so it fails
 * (SQLITE_BUSY) exactly when a chat message could not be recorded either; a
 * read would pass in WAL mode while every write fails.
 */
export async function probeStore(db: Db): Promise<void> {
  await sql`delete from inbound_events where platform = '' and event_id = ''`.execute(db);
}
