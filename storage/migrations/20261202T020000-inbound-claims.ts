import type { Kysely } from 'kysely';

/**
 * A platform message is claimed for handling instead of being marked seen: `status` is
 * 'handling' until the reply is queued or sent, then 'done'; `claimed_by` names the bot
 * process holding it and `lease_until` when the claim lapses. Rows from before are done.
 * Every process writes a heartbeat to `bot_instances`, so a redelivery can tell a claim
 * held by a process that died (take it over) from one still being worked on (leave it).
 * A form records the message id it last applied, so a message handled again after a
 * crash is not applied twice.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_events').addColumn('status', 'text', (c) => c.notNull().defaultTo('done')).execute();
  await db.schema.alterTable('inbound_events').addColumn('claimed_by', 'text').execute();
  await db.schema.alterTable('inbound_events').addColumn('lease_until', 'text').execute();
  await db.schema
    .createTable('bot_instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('beat_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('conversations').addColumn('last_message_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('last_message_id').execute();
  await db.schema.dropTable('bot_instances').ifExists().execute();
  await db.schema.alterTable('inbound_events').dropColumn('lease_until').execute();
  await db.schema.alterTable('inbound_events').dropColumn('claimed_by').execute();
  await db.schema.alterTable('inbound_events').dropColumn('status').execute();
}
