import { sql, type Kysely } from 'kysely';
import { withId, wideInteger } from '../columns.ts';

/** The initial schema: roster, programme data, conversations, reports, milestones, outbox, logs. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('prefectures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('counties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
    .addColumn('prefecture_id', 'text', (c) => c.references('prefectures.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('allocation_yuan', wideInteger(db), (c) => c.notNull())
    .addColumn('poor_villages', 'integer')
    .execute();
  await withId(db, db.schema.createTable('people'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('county_id', 'text', (c) => c.references('counties.id'))
    .addColumn('prefecture_id', 'text', (c) => c.references('prefectures.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await withId(db, db.schema.createTable('identities'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('platform_user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_platform_user', ['platform', 'platform_user_id'])
    .execute();
  await db.schema
    .createTable('invites')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('county_id', 'text', (c) => c.references('counties.id'))
    .addColumn('prefecture_id', 'text', (c) => c.references('prefectures.id'))
    .addColumn('person_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by_person_id', 'integer', (c) => c.references('people.id'))
    .execute();
  await withId(db, db.schema.createTable('chats'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('platform_chat_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('prefecture_id', 'text', (c) => c.references('prefectures.id'))
    .addColumn('county_id', 'text', (c) => c.references('counties.id'))
    .addColumn('registered_by', 'integer', (c) => c.references('people.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('chats_platform_chat', ['platform', 'platform_chat_id'])
    .execute();
  await db.schema
    .createTable('conversations')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('form_id', 'text', (c) => c.notNull())
    .addColumn('form_version', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('county_id', 'text', (c) => c.references('counties.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema.createIndex('conversations_status').on('conversations').columns(['status', 'updated_at']).execute();
  await withId(db, db.schema.createTable('reports'))
    .addColumn('form_id', 'text', (c) => c.notNull())
    .addColumn('form_version', 'integer', (c) => c.notNull())
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.references('people.id'))
    .addColumn('on_behalf', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reports_form_county_period', ['form_id', 'county_id', 'period'])
    .execute();
  await db.schema
    .createTable('report_values')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('num', wideInteger(db))
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('report_values_pk', ['report_id', 'field'])
    .execute();
  await withId(db, db.schema.createTable('report_revisions'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('changed_by', 'integer', (c) => c.references('people.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('clause_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createTable('milestone_status')
    .addColumn('milestone_id', 'text', (c) => c.notNull().references('milestones.id').onDelete('cascade'))
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.id'))
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('done_by', 'integer', (c) => c.references('people.id'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('milestone_status_pk', ['milestone_id', 'county_id'])
    .execute();
  await withId(db, db.schema.createTable('outbox'))
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('chat_kind', 'text', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createTable('inbound_events')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inbound_events_pk', ['platform', 'event_id'])
    .execute();
  await withId(db, db.schema.createTable('qa_log'))
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('clause_id', 'text')
    .addColumn('answer', 'text')
    .addColumn('feedback', 'text')
    .addColumn('feedback_at', 'text')
    .execute();
  await sql`select 1`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'qa_log', 'inbound_events', 'outbox', 'milestone_status', 'milestones', 'report_revisions',
    'report_values', 'reports', 'conversations', 'chats', 'invites', 'identities', 'people',
    'counties', 'prefectures', 'programmes',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
