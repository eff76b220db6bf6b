import type { Kysely } from 'kysely';

/** One-time login links and browser sessions for the local web chat in production. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('web_logins')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('web_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('web_sessions').ifExists().execute();
  await db.schema.dropTable('web_logins').ifExists().execute();
}
