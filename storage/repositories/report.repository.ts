import type { Db } from '../database.ts';
import type { Report } from '../schema.ts';
import { rebuildPeriodChanges } from '../period-changes.ts';
import { rebuildRunningTotals, refreshRunningTotals } from '../running-totals.ts';

/** A stored value: amounts integer 元, counts integers, yes/no 1/0 in `num`; text in `text`. */
export interface StoredValue {
  readonly num: number | null;
  readonly text: string | null;
}

export interface ReportWithValues extends Report {
  readonly values: Readonly<Record<string, StoredValue>>;
}

export interface NewReport {
  readonly formId: string;
  readonly formVersion: number;
  readonly countyId: string;
  readonly period: string;
  readonly submittedBy: number | null;
  readonly onBehalf: boolean;
  readonly values: Readonly<Record<string, StoredValue>>;
}

/** Stores a report and its values; undefined when the county already has one for the period (unique per form, county, period). */
export async function insertReport(db: Db, report: NewReport, now: Date): Promise<number | undefined> {
  const at = now.toISOString();
  const row = await db
    .insertInto('reports')
    .values({
      form_id: report.formId,
      form_version: report.formVersion,
      county_id: report.countyId,
      period: report.period,
      submitted_by: report.submittedBy,
      on_behalf: report.onBehalf ? 1 : 0,
      submitted_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['form_id', 'county_id', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  const values = Object.entries(report.values).map(([field, v]) => ({ report_id: row.id, field, num: v.num, text: v.text }));
  if (values.length) await db.insertInto('report_values').values(values).execute();
  // A late report may precede reports already filed: their running totals include it from now on.
  await refreshRunningTotals(db, report.formId, report.countyId, report.period);
  return row.id;
}

/** A report filed at a known moment (demonstrations, tests, the benchmark). */
export interface BackdatedReport extends NewReport {
  readonly submittedAt: string;
}

/** Stores reports with their own filing times, in one transaction; for seeding, never for people's reports. */
export async function insertBackdatedReports(db: Db, reports: readonly BackdatedReport[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const r of reports) {
      const { id } = await trx
        .insertInto('reports')
        .values({
          form_id: r.formId,
          form_version: r.formVersion,
          county_id: r.countyId,
          period: r.period,
          submitted_by: r.submittedBy,
          on_behalf: r.onBehalf ? 1 : 0,
          submitted_at: r.submittedAt,
          updated_at: r.submittedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const values = Object.entries(r.values).map(([field, v]) => ({ report_id: id, field, num: v.num, text: v.text }));
      // SQLite allows 999 bound parameters per statement; 4 per row.
      for (let i = 0; i < values.length; i += 200)
        await trx
          .insertInto('report_values')
          .values(values.slice(i, i + 200))
          .execute();
    }
    const counties = new Map<string, Set<string>>();
    for (const r of reports) counties.set(r.formId, (counties.get(r.formId) ?? new Set()).add(r.countyId));
    for (const [formId, ids] of counties) {
      await rebuildRunningTotals(trx, formId, [...ids]);
      await rebuildPeriodChanges(trx, formId);
    }
  });
}

async function withValues(db: Db, reports: readonly Report[]): Promise<ReportWithValues[]> {
  if (!reports.length) return [];
  const rows = await db
    .selectFrom('report_values')
    .selectAll()
    .where(
      'report_id',
      'in',
      reports.map((r) => r.id),
    )
    .execute();
  const byReport = new Map<number, Record<string, StoredValue>>();
  for (const r of rows) {
    const values = byReport.get(r.report_id) ?? {};
    values[r.field] = { num: r.num, text: r.text };
    byReport.set(r.report_id, values);
  }
  return reports.map((r) => ({ ...r, values: byReport.get(r.id) ?? {} }));
}

/** A county's report for a period, with its values. */
export async function findReport(db: Db, formId: string, countyId: string, period: string): Promise<ReportWithValues | undefined> {
  const report = await db
    .selectFrom('reports')
    .selectAll()
    .where('form_id', '=', formId)
    .where('county_id', '=', countyId)
    .where('period', '=', period)
    .executeTakeFirst();
  return report ? (await withValues(db, [report]))[0] : undefined;
}

/** A county's latest report before a period (last period's values), with its values. */
export async function findPreviousReport(db: Db, formId: string, countyId: string, beforePeriod: string): Promise<ReportWithValues | undefined> {
  const report = await db
    .selectFrom('reports')
    .selectAll()
    .where('form_id', '=', formId)
    .where('county_id', '=', countyId)
    .where('period', '<', beforePeriod)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  return report ? (await withValues(db, [report]))[0] : undefined;
}

/** Every report of a period (all counties), with values, in county order. */
export async function listReportsOfPeriod(db: Db, formId: string, period: string): Promise<ReportWithValues[]> {
  const reports = await db.selectFrom('reports').selectAll().where('form_id', '=', formId).where('period', '=', period).orderBy('county_id').execute();
  return withValues(db, reports);
}

/** The counties that reported for a period. */
export async function countiesReported(db: Db, formId: string, period: string): Promise<string[]> {
  const rows = await db.selectFrom('reports').select('county_id').where('form_id', '=', formId).where('period', '=', period).orderBy('county_id').execute();
  return rows.map((r) => r.county_id);
}

/** Running figures of one county up to a period: weekly fields summed, running totals as last reported. */
export interface CumulativeFigures {
  readonly countyId: string;
  readonly reports: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * Cumulative figures per county for periods up to `upTo` (included): `summed`
 * fields added over periods (e.g. spending), `latest` fields taken from the
 * latest report that has them (e.g. service points built so far).
 */
export async function cumulativeFigures(
  db: Db,
  options: {
    readonly formId: string;
    readonly upTo: string;
    readonly summed: readonly string[];
    readonly latest: readonly string[];
    readonly countyIds?: readonly string[];
    /** Leave out one period (e.g. the one being edited). */
    readonly exceptPeriod?: string;
  },
): Promise<CumulativeFigures[]> {
  let q = db
    .selectFrom('reports as r')
    .leftJoin('report_values as v', 'v.report_id', 'r.id')
    .select(['r.county_id', 'r.period', 'v.field', 'v.num'])
    .where('r.form_id', '=', options.formId)
    .where('r.period', '<=', options.upTo)
    .orderBy('r.county_id')
    .orderBy('r.period');
  if (options.countyIds) {
    if (!options.countyIds.length) return [];
    q = q.where('r.county_id', 'in', options.countyIds);
  }
  if (options.exceptPeriod) q = q.where('r.period', '!=', options.exceptPeriod);
  const summed = new Set(options.summed);
  const latest = new Set(options.latest);
  const out = new Map<string, { countyId: string; periods: Set<string>; figures: Record<string, number> }>();
  for (const row of await q.execute()) {
    let c = out.get(row.county_id);
    if (!c) out.set(row.county_id, (c = { countyId: row.county_id, periods: new Set(), figures: {} }));
    c.periods.add(row.period);
    if (row.field === null || row.num === null) continue;
    if (summed.has(row.field)) c.figures[row.field] = (c.figures[row.field] ?? 0) + row.num;
    else if (latest.has(row.field)) c.figures[row.field] = row.num; // rows come in period order
  }
  return [...out.values()].map((c) => {
    const periods = [...c.periods].sort();
    return { countyId: c.countyId, reports: periods.length, firstPeriod: periods[0] ?? null, lastPeriod: periods.at(-1) ?? null, figures: c.figures };
  });
}

/** One changed value of a submitted report. */
export interface ValueChange {
  readonly field: string;
  readonly value: StoredValue;
  /** How the old and new values read, for the change trail. */
  readonly oldText: string | null;
  readonly newText: string | null;
}

/** Applies changes to a report's values and records each in report_revisions (who, when, why). */
export async function updateReportValues(
  db: Db,
  reportId: number,
  changes: readonly ValueChange[],
  by: { readonly personId: number | null; readonly reason: string },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  for (const c of changes) {
    await db
      .insertInto('report_values')
      .values({ report_id: reportId, field: c.field, num: c.value.num, text: c.value.text })
      .onConflict((oc) => oc.columns(['report_id', 'field']).doUpdateSet({ num: c.value.num, text: c.value.text }))
      .execute();
    await db
      .insertInto('report_revisions')
      .values({ report_id: reportId, field: c.field, old_value: c.oldText, new_value: c.newText, changed_by: by.personId, changed_at: at, reason: by.reason })
      .execute();
  }
  const report = await db
    .updateTable('reports')
    .set({ updated_at: at })
    .where('id', '=', reportId)
    .returning(['form_id', 'county_id', 'period'])
    .executeTakeFirst();
  if (report) await refreshRunningTotals(db, report.form_id, report.county_id, report.period);
}

/** A report's change trail, oldest first, with the names of who changed what. */
export function listRevisions(db: Db, reportId: number) {
  return db
    .selectFrom('report_revisions as rv')
    .leftJoin('people as p', 'p.id', 'rv.changed_by')
    .select(['rv.id', 'rv.field', 'rv.old_value', 'rv.new_value', 'rv.changed_by', 'rv.changed_at', 'rv.reason', 'p.name as changed_by_name'])
    .where('rv.report_id', '=', reportId)
    .orderBy('rv.id')
    .execute();
}

/** The periods (up to `upTo`) in which a county's reports hold `num` in a field, e.g. a forbidden use (1). */
export async function periodsWithValue(db: Db, formId: string, countyId: string, field: string, num: number, upTo: string): Promise<string[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('report_values as v', 'v.report_id', 'r.id')
    .select('r.period')
    .where('r.form_id', '=', formId)
    .where('r.county_id', '=', countyId)
    .where('r.period', '<=', upTo)
    .where('v.field', '=', field)
    .where('v.num', '=', num)
    .orderBy('r.period')
    .execute();
  return rows.map((r) => r.period);
}
