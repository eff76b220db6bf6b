import type { Db } from '../database.ts';

/** Which form the digest reads and how its fields fold over weeks. */
export interface DigestForm {
  readonly formId: string;
  /** Fields held in report_values.text. */
  readonly textFields: readonly string[];
  /** Numeric fields that add up over weeks. */
  readonly summedFields: readonly string[];
  /** Numeric fields whose latest value counts (running totals, plans). */
  readonly latestFields: readonly string[];
}

export interface CountyFigures {
  readonly id: string;
  readonly name: string;
  readonly prefectureId: string | null;
  readonly allocationYuan: number;
  readonly poorVillages: number | null;
}

/** One stored report, flattened: numeric values and text values by field key. */
export interface FlatReport {
  readonly countyId: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly values: Readonly<Record<string, number>>;
  readonly texts: Readonly<Record<string, string>>;
}

export interface OpenMilestone {
  readonly id: string;
  readonly title: string;
  readonly dueDate: string;
  readonly clauseId: string | null;
  /** The one 市州 whose deadline it is; null: programme-wide. */
  readonly prefectureId: string | null;
}

export interface MilestoneDoneRow {
  readonly milestoneId: string;
  readonly countyId: string;
  readonly doneAt: string;
}

/** A programme's counties, one prefecture's when `prefectureId` is given; in no particular order. */
export async function listCountyFigures(db: Db, programmeId: string, prefectureId: string | null): Promise<CountyFigures[]> {
  let q = db.selectFrom('counties').select(['id', 'name', 'prefecture_id', 'allocation_yuan', 'poor_villages']).where('programme_id', '=', programmeId);
  if (prefectureId) q = q.where('prefecture_id', '=', prefectureId);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, name: r.name, prefectureId: r.prefecture_id, allocationYuan: r.allocation_yuan, poorVillages: r.poor_villages }));
}

/**
 * The reports of these counties for periods up to `to` (and from `from`
 * when given), flattened. Text values are kept only for `textsFor` (a week, or
 * 'all'), since the digest needs only its own week's issues.
 */
export async function loadReports(
  db: Db,
  form: DigestForm,
  countyIds: readonly string[],
  options: { readonly to: string; readonly from?: string; readonly textsFor: string | 'all' },
): Promise<FlatReport[]> {
  if (countyIds.length === 0) return [];
  let q = db
    .selectFrom('reports as r')
    .innerJoin('report_values as v', 'v.report_id', 'r.id')
    .select(['r.id', 'r.county_id', 'r.period', 'r.submitted_at', 'v.field', 'v.num', 'v.text'])
    .where('r.form_id', '=', form.formId)
    .where('r.county_id', 'in', countyIds)
    .where('r.period', '<=', options.to);
  if (options.from) q = q.where('r.period', '>=', options.from);
  const rows = await q.execute();
  const textFields = new Set(form.textFields);
  const reports = new Map<number, { countyId: string; period: string; submittedAt: string; values: Record<string, number>; texts: Record<string, string> }>();
  for (const row of rows) {
    let report = reports.get(row.id);
    if (!report) {
      report = { countyId: row.county_id, period: row.period, submittedAt: row.submitted_at, values: {}, texts: {} };
      reports.set(row.id, report);
    }
    if (textFields.has(row.field)) {
      if (row.text !== null && (options.textsFor === 'all' || options.textsFor === row.period)) report.texts[row.field] = row.text;
    } else if (row.num !== null) {
      report.values[row.field] = row.num;
    }
  }
  return [...reports.values()];
}

/**
 * Every county's history up to `upTo`, folded into one row per county: weekly
 * figures summed, cumulative figures at their latest value. The database does
 * the folding (GROUP BY and a window function, both standard SQL), so a digest
 * reads a few hundred rows instead of every value ever reported.
 */
export async function loadBaseline(db: Db, form: DigestForm, countyIds: readonly string[], upTo: string): Promise<FlatReport[]> {
  if (countyIds.length === 0) return [];
  const key = `${form.formId}|${upTo}|${countyIds.join(',')}`;
  const version = await historyVersion(db, form.formId, countyIds, upTo);
  let cache = baselineCache.get(db);
  if (!cache) baselineCache.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit?.version === version) return hit.rows;
  const rows = await foldHistory(db, form, countyIds, upTo);
  cache.delete(key);
  cache.set(key, { version, rows });
  if (cache.size > BASELINE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return rows;
}

// History before last week rarely changes, and folding it is the digest's dearest step:
// keep the folded rows per database, scope and week, checked against a cheap version each time.
const BASELINE_CACHE_SIZE = 32;
const baselineCache = new WeakMap<Db, Map<string, { version: string; rows: FlatReport[] }>>();

/** Forgets the folded histories (the benchmark measures cold builds with it). */
export function clearBaselineCache(db: Db): void {
  baselineCache.delete(db);
}

/**
 * What changes whenever the folded history could: the scope's reports up to
 * the week (count, newest id, last update), every stored value (count) and
 * every recorded revision (newest id).
 */
async function historyVersion(db: Db, formId: string, countyIds: readonly string[], upTo: string): Promise<string> {
  const reports = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('id'), eb.fn.max('updated_at').as('at')])
    .where('form_id', '=', formId)
    .where('county_id', 'in', countyIds)
    .where('period', '<=', upTo)
    .executeTakeFirst();
  const values = await db
    .selectFrom('report_values')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const revisions = await db
    .selectFrom('report_revisions')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return [reports?.n, reports?.id, reports?.at, values?.n, revisions?.id].join('|');
}

async function foldHistory(db: Db, form: DigestForm, countyIds: readonly string[], upTo: string): Promise<FlatReport[]> {
  const history = db
    .selectFrom('reports as r')
    .innerJoin('report_values as v', 'v.report_id', 'r.id')
    .where('r.form_id', '=', form.formId)
    .where('r.county_id', 'in', countyIds)
    .where('r.period', '<=', upTo);
  const sums = await history
    .select((eb) => ['r.county_id as county_id', 'v.field as field', eb.fn.sum<number>('v.num').as('value')])
    .where('v.field', 'in', form.summedFields)
    .groupBy(['r.county_id', 'v.field'])
    .execute();
  const ranked = history
    .select((eb) => [
      'r.county_id as county_id',
      'v.field as field',
      'v.num as value',
      eb.fn
        .agg<number>('row_number')
        .over((ob) => ob.partitionBy(['r.county_id', 'v.field']).orderBy('r.period', 'desc'))
        .as('rn'),
    ])
    .where('v.field', 'in', form.latestFields)
    .where('v.num', 'is not', null);
  const latest = await db.selectFrom(ranked.as('h')).select(['county_id', 'field', 'value']).where('rn', '=', 1).execute();
  const byCounty = new Map<string, Record<string, number>>();
  for (const row of [...sums, ...latest]) {
    if (row.value === null) continue;
    let values = byCounty.get(row.county_id);
    if (!values) byCounty.set(row.county_id, (values = {}));
    values[row.field] = Number(row.value);
  }
  return [...byCounty].map(([countyId, values]) => ({ countyId, period: upTo, submittedAt: '', values, texts: {} }));
}

/** The first and last periods any of these counties reported for (undefined when none did). */
export async function reportedWeeks(db: Db, formId: string, countyIds: readonly string[]): Promise<{ first: string; last: string } | undefined> {
  if (countyIds.length === 0) return undefined;
  const row = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.min('period').as('first'), eb.fn.max('period').as('last')])
    .where('form_id', '=', formId)
    .where('county_id', 'in', countyIds)
    .executeTakeFirst();
  return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
}

/** The latest period up to `upTo` (included) in which any of the counties filed a report. */
export async function latestReportedWeek(db: Db, formId: string, countyIds: readonly string[], upTo: string): Promise<string | undefined> {
  if (countyIds.length === 0) return undefined;
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('period').as('last'))
    .where('form_id', '=', formId)
    .where('county_id', 'in', countyIds)
    .where('period', '<=', upTo)
    .executeTakeFirst();
  return row?.last ?? undefined;
}

/** The programme's open milestones (closed ones are no longer tracked). */
export async function loadOpenMilestones(db: Db, programmeId: string): Promise<OpenMilestone[]> {
  const rows = await db
    .selectFrom('milestones')
    .select(['id', 'title', 'due_date', 'clause_id', 'prefecture_id'])
    .where('programme_id', '=', programmeId)
    .where('closed_at', 'is', null)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, dueDate: r.due_date, clauseId: r.clause_id, prefectureId: r.prefecture_id }));
}

/** Which of these counties marked which milestone done, and when. */
export async function loadMilestonesDone(db: Db, countyIds: readonly string[]): Promise<MilestoneDoneRow[]> {
  if (countyIds.length === 0) return [];
  const rows = await db.selectFrom('milestone_status').select(['milestone_id', 'county_id', 'done_at']).where('county_id', 'in', countyIds).execute();
  return rows.map((r) => ({ milestoneId: r.milestone_id, countyId: r.county_id, doneAt: r.done_at }));
}
