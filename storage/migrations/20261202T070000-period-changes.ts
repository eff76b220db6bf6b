import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';
import { wideInteger } from '../columns.ts';
import { rebuildPeriodChanges } from '../period-changes.ts';

/**
 * National scale, the dashboard's trend: what each period's reports add to each 市州's figures
 * (period_changes, kept by the report repository with the running totals), so the trend over
 * every county reads one row per period and field; filled here from the running totals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL runs every migration in a transaction already; on SQLite this one makes its own.
  if (isPostgres(db)) await create(db);
  else await db.transaction().execute(create);
}

async function create(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable('period_changes')
    .addColumn('form_id', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('prefecture_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('sum', wideInteger(db), (c) => c.notNull())
    .addColumn('latest', wideInteger(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('period_changes_pk', ['form_id', 'programme_id', 'prefecture_id', 'period', 'field']);
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
  await table.execute();
  await rebuildPeriodChanges(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('period_changes').ifExists().execute();
}
