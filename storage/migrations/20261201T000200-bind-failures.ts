import type { Kysely } from 'kysely';
import { withId } from '../columns.ts';

/** Failed 绑定 attempts per platform user, to slow down guessing invite codes; indexes for retention. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('bind_failures'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bind_failures_user').on('bind_failures').columns(['platform', 'user_id', 'failed_at']).execute();
  await db.schema.createIndex('inbound_events_received').on('inbound_events').column('received_at').execute();
  await db.schema.createIndex('qa_log_asked').on('qa_log').column('asked_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('qa_log_asked').ifExists().execute();
  await db.schema.dropIndex('inbound_events_received').ifExists().execute();
  await db.schema.dropTable('bind_failures').ifExists().execute();
}
