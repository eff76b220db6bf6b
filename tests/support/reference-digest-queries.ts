/**
 * The digest's and the trend's queries as they were before period_changes and the per-county
 * latest-report lookup (git history: storage/repositories/trend.repository.ts and
 * digest.repository.ts), kept as the reference the faster ones must agree with, row for row.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.ts';

const pick = (field: string, value: 't.sum' | 't.latest', alias: string) =>
  sql<number | null>`max(case when ${sql.ref('t.field')} = ${field} then ${sql.ref(value)} end)`.as(alias);

/** Every county's running totals at its latest report up to `upTo`: grouped reports joined back. */
export async function referenceBaseline(
  db: Db,
  formId: string,
  countyIds: readonly string[],
  fields: { readonly summed: readonly string[]; readonly latest: readonly string[] },
  upTo: string,
): Promise<{ countyId: string; values: Record<string, number> }[]> {
  const latestReport = db
    .selectFrom('reports')
    .select((eb) => ['form_id', 'county_id', eb.fn.max('period').as('period')])
    .where('form_id', '=', formId)
    .where('county_id', 'in', countyIds)
    .where('period', '<=', upTo)
    .groupBy(['form_id', 'county_id']);
  const rows = (await db
    .selectFrom(latestReport.as('m'))
    .innerJoin('reports as r', (j) => j.onRef('r.form_id', '=', 'm.form_id').onRef('r.county_id', '=', 'm.county_id').onRef('r.period', '=', 'm.period'))
    .innerJoin('report_totals as t', 't.report_id', 'r.id')
    .select('r.county_id')
    .select(fields.summed.map((f, i) => pick(f, 't.sum', `s${i}`)))
    .select(fields.latest.map((f, i) => pick(f, 't.latest', `l${i}`)))
    .groupBy('r.county_id')
    .execute()) as (Record<string, number | null> & { county_id: string })[];
  return rows.map((row) => {
    const values: Record<string, number> = {};
    for (const [i, f] of fields.summed.entries()) if (row[`s${i}`] !== null) values[f] = Number(row[`s${i}`]);
    for (const [i, f] of fields.latest.entries()) if (row[`l${i}`] !== null) values[f] = Number(row[`l${i}`]);
    return { countyId: row.county_id, values };
  });
}

/** Per period, what these counties' reports add: each report's running totals less the county's previous report's. */
export async function referenceAreaChanges(
  db: Db,
  formId: string,
  countyIds: readonly string[],
  fields: { readonly summed: readonly string[]; readonly latest: readonly string[] },
  upTo: string,
): Promise<{ period: string; sums: Record<string, number>; latest: Record<string, number> }[]> {
  const columns = [...fields.summed.map((field) => ({ field, value: 'sum' as const })), ...fields.latest.map((field) => ({ field, value: 'latest' as const }))];
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
