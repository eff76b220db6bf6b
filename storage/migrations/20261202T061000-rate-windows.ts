import type { Kysely } from 'kysely';

/**
 * A rate counter every bot process shares: starts per key (e.g. one Lark app) in fixed
 * windows, so several processes sending as one app keep to its limit together.
 * `window_start` is the window's wall-clock start (ISO text, like every other instant here).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_windows')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_windows_pk', ['key', 'window_start'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_windows').ifExists().execute();
}
