import { sql } from 'kysely';
import type { Db } from '../database.ts';

/** What an area's reports of one period add to its figures. */
export interface PeriodChange {
  readonly period: string;
  /** Summed fields: the period's own figures, added up over the area's counties. */
  readonly sums: Readonly<Record<string, number>>;
  /** Latest-value fields (running totals reported as such): how much the area's sum of the counties' latest values moved. */
  readonly latest: Readonly<Record<string, number>>;
}

/**
 * Per period up to `upTo`, in period order, what these counties' reports add to the area's
 * figures; the area's figure at a week is the sum of the changes up to it. The database does
 * the adding: each report's running totals (report_totals) against the county's previous
 * report's (a window function), summed per period, so a trend over 1,500 counties × 52 weeks
 * reads 52 rows.
 */
export async function areaChanges(
  db: Db,
  formId: string,
  countyIds: readonly string[],
  fields: { readonly summed: readonly string[]; readonly latest: readonly string[] },
  upTo: string,
): Promise<PeriodChange[]> {
  const columns = [...fields.summed.map((field) => ({ field, value: 'sum' as const })), ...fields.latest.map((field) => ({ field, value: 'latest' as const }))];
  if (countyIds.length === 0 || columns.length === 0) return [];
  // One looked-up column per field, so the reports come in (county, period) order straight from
  // their index and the window needs no sort.
  const perReport = db
    .selectFrom('reports as r')
    .select(['r.county_id', 'r.period'])
    .select(({ selectFrom }) =>
      columns.map(({ field, value }, i) =>
        selectFrom('report_totals as t').select(`t.${value}`).whereRef('t.report_id', '=', 'r.id').where('t.field', '=', field).as(`v${i}`),
      ),
    )
    .where('r.form_id', '=', formId)
    .where('r.county_id', 'in', countyIds)
    .where('r.period', '<=', upTo);
  // Materialized (SQLite and PostgreSQL alike): each lookup runs once per report, not again for the window.
  const rows = (await db
    .with(
      (cte) => cte('p').materialized(),
      () => perReport,
    )
    .selectFrom((qb) =>
      qb
        .selectFrom('p')
        .select('period')
        .select((eb) =>
          columns.map((_, i) =>
            eb(
              sql.ref(`v${i}`),
              '-',
              eb.fn.coalesce(
                eb.fn.agg<number>('lag', [sql.ref(`v${i}`)]).over((ob) => ob.partitionBy('county_id').orderBy('period')),
                eb.lit(0),
              ),
            ).as(`c${i}`),
          ),
        )
        .as('c'),
    )
    .select('period')
    .select((eb) => columns.map((_, i) => eb.fn.sum(sql.ref(`c${i}`)).as(`c${i}`)))
    .groupBy('period')
    .orderBy('period')
    .execute()) as (Record<string, number | null> & { period: string })[];
  return rows.map((row) => {
    const sums: Record<string, number> = {};
    const latest: Record<string, number> = {};
    for (const [i, { field, value }] of columns.entries()) (value === 'sum' ? sums : latest)[field] = Number(row[`c${i}`] ?? 0);
    return { period: row.period, sums, latest };
  });
}
