import { sql, type Kysely } from 'kysely';

/**
 * A platform message journaled before the platform is acknowledged: `payload` holds what is
 * needed to handle it again (the message and what its adapter needs to reply, as JSON) while it
 * is not done, and is cleared once it is. Status 'journaled' means recorded by its claimant
 * but not yet picked up by that process's router. The partial index keeps the sweeper's
 * look-up for messages left by a dead process to the few rows still carrying a payload.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_events').addColumn('payload', 'text').execute();
  await db.schema.createIndex('inbound_events_journal').on('inbound_events').column('claimed_by').where(sql.ref('payload'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('inbound_events_journal').ifExists().execute();
  await db.schema.alterTable('inbound_events').dropColumn('payload').execute();
}
