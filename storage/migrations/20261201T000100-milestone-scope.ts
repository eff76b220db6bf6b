import type { Kysely } from 'kysely';

/** A milestone's scope: null for the whole programme (the admin's), or one prefecture's (its staff's). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('milestones').addColumn('prefecture_id', 'text', (c) => c.references('prefectures.id')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('milestones').dropColumn('prefecture_id').execute();
}
