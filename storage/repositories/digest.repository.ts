import { sql } from 'kysely';
import { isPostgres, type Db } from '../database.ts';

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
  const numeric = [...form.summedFields, ...form.latestFields];
  const columns = (v: string) => [
    ...numeric.map((f, i) => pick(`${v}.field`, f, `${v}.num`, `n${i}`)),
    ...form.textFields.map((f, i) => pick(`${v}.field`, f, `${v}.text`, `t${i}`)),
  ];
  let q = db
    .selectFrom('reports as r')
    .select(['r.id', 'r.county_id', 'r.period', 'r.submitted_at'])
    .where('r.form_id', '=', form.formId)
    .where('r.county_id', 'in', countyIds)
    .where('r.period', '<=', options.to);
  if (options.from) q = q.where('r.period', '>=', options.from);
  // PostgreSQL hashes the whole report_values table to join a few thousand reports; reading each
  // report's values through its key instead (a lateral subquery, PostgreSQL only) is several times
  // faster, for two weeks or for a year of 1,500 counties. SQLite looks them up by key anyway.
  const rows = (await (isPostgres(db)
    ? q
        .innerJoinLateral(
          (eb) => eb.selectFrom('report_values as v').select(columns('v')).whereRef('v.report_id', '=', 'r.id').having(sql`count(*)`, '>', 0).as('x'),
          (join) => join.onTrue(),
        )
        .selectAll('x')
    : q.innerJoin('report_values as v', 'v.report_id', 'r.id').select(columns('v')).groupBy(['r.id', 'r.county_id', 'r.period', 'r.submitted_at'])
  ).execute()) as (Record<string, string | number | null> & { county_id: string; period: string; submitted_at: string })[];
  return rows.map((row) => {
    const withTexts = options.textsFor === 'all' || options.textsFor === row.period;
    return {
      countyId: row.county_id,
      period: row.period,
      submittedAt: row.submitted_at,
      values: picked(numeric, row, 'n', Number),
      texts: withTexts ? picked(form.textFields, row, 't', String) : {},
    };
  });
}

/**
 * One column per field out of key-value rows (`max(case when field = … then value end)`, standard
 * SQL): the database returns one row per report or county instead of one per value, which is
 * what costs most when thousands of counties are read.
 */
function pick(fieldColumn: string, field: string, valueColumn: string, alias: string) {
  return sql<number | string | null>`max(case when ${sql.ref(fieldColumn)} = ${field} then ${sql.ref(valueColumn)} end)`.as(alias);
}

/** The picked columns back as a record by field key, leaving out the fields that had no value. */
function picked<T>(fields: readonly string[], row: Record<string, unknown>, prefix: string, as: (v: unknown) => T): Record<string, T> {
  const out: Record<string, T> = {};
  fields.forEach((f, i) => {
    const v = row[`${prefix}${i}`];
    if (v !== null && v !== undefined) out[f] = as(v);
  });
  return out;
}

/**
 * Every county's history up to `upTo`, folded into one row per county: weekly
 * figures summed, cumulative figures at their latest value. Read from the running
 * totals of each county's latest report up to the week (report_totals), so a
 * digest reads one row per county and field, whatever the length of the history.
 */
export async function loadBaseline(db: Db, form: DigestForm, countyIds: readonly string[], upTo: string): Promise<FlatReport[]> {
  if (countyIds.length === 0) return [];
  // Per county, its latest report up to the week: one backward step on the (form, county, period)
  // index each, standard SQL on both stores; grouping every report by county instead reads the
  // whole history (74,100 reports for 1,500 counties × 52 weeks) to keep 1,500 of them.
  const latest = db
    .selectFrom('counties as c')
    .select('c.id as county_id')
    .select((eb) =>
      eb
        .selectFrom('reports as r')
        .select('r.id')
        .where('r.form_id', '=', form.formId)
        .whereRef('r.county_id', '=', 'c.id')
        .where('r.period', '<=', upTo)
        .orderBy('r.period', 'desc')
        .limit(1)
        .as('report_id'),
    )
    .where('c.id', 'in', countyIds);
  const rows = (await db
    .selectFrom(latest.as('m'))
    .innerJoin('report_totals as t', 't.report_id', 'm.report_id')
    .select('m.county_id')
    .select(form.summedFields.map((f, i) => pick('t.field', f, 't.sum', `s${i}`)))
    .select(form.latestFields.map((f, i) => pick('t.field', f, 't.latest', `l${i}`)))
    .groupBy('m.county_id')
    .execute()) as (Record<string, number | null> & { county_id: string })[];
  return rows.map((row) => ({
    countyId: row.county_id,
    period: upTo,
    submittedAt: '',
    values: { ...picked(form.summedFields, row, 's', Number), ...picked(form.latestFields, row, 'l', Number) },
    texts: {},
  }));
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
