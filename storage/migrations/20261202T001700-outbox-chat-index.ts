import type { Kysely } from 'kysely';

/**
 * The outbox claim looks up each candidate's chat: its earlier unfinished messages (order) and
 * its messages sent in the rate window (the per-chat limit every process shares).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbox_chat').on('outbox').columns(['platform', 'chat_id', 'status', 'sent_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_chat').ifExists().execute();
}
