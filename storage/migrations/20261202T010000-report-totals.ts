import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';
import { wideInteger } from '../columns.ts';
import { rebuildAllRunningTotals } from '../running-totals.ts';

/**
 * National scale: each report's running totals (report_totals, kept by the report repository in
 * the transaction that writes a report or an amendment), so that a digest over 1,500 counties
 * reads one row per county and field instead of folding every value ever reported; filled here
 * for the reports already stored. And an index for the queries that take one period of every
 * county (the reports of a week, who has reported).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL runs every migration in a transaction already; on SQLite this one makes its own,
  // so that an interrupted backfill leaves nothing behind and its many inserts commit once.
  if (isPostgres(db)) await create(db);
  else await db.transaction().execute(create);
}

async function create(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable('report_totals')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('sum', wideInteger(db), (c) => c.notNull())
    .addColumn('latest', wideInteger(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('report_totals_pk', ['report_id', 'field']);
  // SQLite: the rows live in the primary key's b-tree itself (no second copy of the key).
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
  await table.execute();
  await db.schema.createIndex('reports_form_period').on('reports').columns(['form_id', 'period']).execute();
  await rebuildAllRunningTotals(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reports_form_period').ifExists().execute();
  await db.schema.dropTable('report_totals').ifExists().execute();
}
