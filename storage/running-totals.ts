import { isPostgres, type Db } from './database.ts';
import { applyChanges, changesOf, type Totals } from './period-changes.ts';

/**
 * The running totals behind report_totals: for each report, per numeric field, the sum of the
 * county's values of that field up to and including the report's period, and the latest value.
 * They are derived data: rebuilt here from report_values whenever a county's reports change, in
 * the caller's transaction, so a digest reads one row per county and field instead of folding
 * every value ever reported.
 */

type Running = Map<string, { sum: number; latest: number }>;
interface TotalRow {
  readonly report_id: number;
  readonly field: string;
  readonly sum: number;
  readonly latest: number;
}

// SQLite allows 999 bound parameters per statement: 4 per row, at most 200 counties per IN list.
const ROWS_PER_INSERT = 200;
const COUNTIES_PER_PASS = 200;

async function replaceTotals(db: Db, reportIds: readonly number[], rows: readonly TotalRow[]): Promise<void> {
  for (let i = 0; i < reportIds.length; i += 500)
    await db
      .deleteFrom('report_totals')
      .where('report_id', 'in', reportIds.slice(i, i + 500))
      .execute();
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto('report_totals')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
}

/** Folds value rows (ordered by county, then period) into total rows, each county starting from `start`. */
function fold(
  rows: readonly { county_id: string; id: number; field: string | null; num: number | null }[],
  start: (countyId: string) => Running,
): { reportIds: number[]; totals: TotalRow[] } {
  const reportIds: number[] = [];
  const totals: TotalRow[] = [];
  let county: string | undefined;
  let running: Running = new Map();
  let report: number | undefined;
  const close = () => {
    if (report === undefined) return;
    for (const [field, t] of running) totals.push({ report_id: report, field, sum: t.sum, latest: t.latest });
  };
  for (const row of rows) {
    if (row.id !== report) {
      close();
      if (row.county_id !== county) running = new Map(start((county = row.county_id)));
      reportIds.push((report = row.id));
    }
    if (row.field === null || row.num === null) continue;
    const num = Number(row.num);
    const t = running.get(row.field);
    running.set(row.field, { sum: (t?.sum ?? 0) + num, latest: num });
  }
  close();
  return { reportIds, totals };
}

function valuesFrom(db: Db, formId: string) {
  return db
    .selectFrom('reports as r')
    .leftJoin('report_values as v', 'v.report_id', 'r.id')
    .select(['r.county_id', 'r.id', 'r.period', 'v.field', 'v.num'])
    .where('r.form_id', '=', formId)
    .orderBy('r.county_id')
    .orderBy('r.period')
    .orderBy('r.id');
}

/** Recomputes one county's running totals of a form from `fromPeriod` on (a report filed or amended in that period). */
export async function refreshRunningTotals(db: Db, formId: string, countyId: string, fromPeriod: string): Promise<void> {
  // Several bot processes on PostgreSQL: two changes to one county's reports (a late week, an
  // amendment) take turns here, the second reading what the first committed. SQLite has one writer.
  if (isPostgres(db)) await db.selectFrom('reports').select('id').where('form_id', '=', formId).where('county_id', '=', countyId).forUpdate().execute();
  const previous = db
    .selectFrom('reports')
    .select('id')
    .where('form_id', '=', formId)
    .where('county_id', '=', countyId)
    .where('period', '<', fromPeriod)
    .orderBy('period', 'desc')
    .limit(1);
  const before = await db.selectFrom('report_totals').select(['field', 'sum', 'latest']).where('report_id', '=', previous).execute();
  const start: Running = new Map(before.map((b) => [b.field, { sum: Number(b.sum), latest: Number(b.latest) }]));
  // What the county's reports from the period on added to its area's figures, before and after.
  const old = await db
    .selectFrom('reports as r')
    .innerJoin('report_totals as t', 't.report_id', 'r.id')
    .select(['r.id as report_id', 't.field', 't.sum', 't.latest'])
    .where('r.form_id', '=', formId)
    .where('r.county_id', '=', countyId)
    .where('r.period', '>=', fromPeriod)
    .orderBy('r.period')
    .execute();
  const rows = await valuesFrom(db, formId).where('r.county_id', '=', countyId).where('r.period', '>=', fromPeriod).execute();
  const { reportIds, totals } = fold(rows, () => start);
  await replaceTotals(db, reportIds, totals);
  const periods = new Map(rows.map((r) => [r.id, r.period]));
  await applyChanges(db, formId, countyId, changesOf(start, byReport(old, periods)), changesOf(start, byReport(totals, periods)));
}

/** One county's total rows (in period order) as each report's totals by field, with the report's period. */
function byReport(
  rows: readonly { report_id: number; field: string; sum: number; latest: number }[],
  periods: ReadonlyMap<number, string>,
): { period: string; totals: Totals }[] {
  const out: { id: number; period: string; totals: Map<string, { sum: number; latest: number }> }[] = [];
  for (const row of rows) {
    let last = out.at(-1);
    if (last?.id !== row.report_id) out.push((last = { id: row.report_id, period: periods.get(row.report_id)!, totals: new Map() }));
    last.totals.set(row.field, { sum: Number(row.sum), latest: Number(row.latest) });
  }
  return out;
}

/** Rebuilds the running totals of a form's reports from scratch: of these counties, or of every county that reported. */
export async function rebuildRunningTotals(db: Db, formId: string, countyIds?: readonly string[]): Promise<void> {
  const ids = countyIds ?? (await db.selectFrom('reports').select('county_id').distinct().where('form_id', '=', formId).execute()).map((r) => r.county_id);
  for (let i = 0; i < ids.length; i += COUNTIES_PER_PASS) {
    const rows = await valuesFrom(db, formId)
      .where('r.county_id', 'in', ids.slice(i, i + COUNTIES_PER_PASS))
      .execute();
    const { reportIds, totals } = fold(rows, () => new Map());
    await replaceTotals(db, reportIds, totals);
  }
}

/** Rebuilds every form's running totals (the migration that introduced them fills them this way). */
export async function rebuildAllRunningTotals(db: Db): Promise<void> {
  const forms = await db.selectFrom('reports').select('form_id').distinct().execute();
  for (const { form_id } of forms) await rebuildRunningTotals(db, form_id);
}
