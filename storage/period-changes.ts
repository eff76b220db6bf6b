import type { Db } from './database.ts';

/**
 * What each period's reports add to an area's figures (period_changes), per form, programme and
 * 市州: for every numeric field, the change in the area's sum of the counties' running sums (the
 * period's own figures) and in its sum of their latest values. Derived from report_totals and kept
 * in the transaction that changes them, so the dashboard's trend over 1,500 counties × 52 weeks
 * reads a few hundred rows instead of looking up every report's running totals.
 */

/**
 * What one period's reports add to an area's figures (see above): per form,
 * programme, 市州 ('' for counties without one), period and numeric field, the change in the
 * area's sum of running sums (`sum`) and in its sum of latest values (`latest`).
 */
export interface PeriodChangeTable {
  form_id: string;
  programme_id: string;
  prefecture_id: string;
  period: string;
  field: string;
  sum: number;
  latest: number;
}

/** A report's running totals, per field. */
export type Totals = ReadonlyMap<string, { readonly sum: number; readonly latest: number }>;

/** Counties without a 市州 are kept under this key (a primary key column cannot be null). */
const NO_PREFECTURE = '';

// SQLite allows 999 bound parameters per statement: 7 per row.
const ROWS_PER_INSERT = 140;

/**
 * What a county's reports (in period order, each with its running totals) add, per period and
 * field: each report's totals less the previous report's, the first one's less `start`.
 */
export function changesOf(
  start: Totals,
  reports: readonly { readonly period: string; readonly totals: Totals }[],
): Map<string, { sum: number; latest: number }> {
  const out = new Map<string, { sum: number; latest: number }>();
  let previous = start;
  for (const { period, totals } of reports) {
    for (const [field, t] of totals) {
      const p = previous.get(field);
      out.set(`${period}\u0000${field}`, { sum: t.sum - (p?.sum ?? 0), latest: t.latest - (p?.latest ?? 0) });
    }
    previous = totals;
  }
  return out;
}

/**
 * Adds to the county's area the difference between what its reports added before (`before`) and
 * what they add now (`after`), both from `changesOf`. Rows are touched in key order, so two
 * transactions adding to the same area's rows wait for each other instead of deadlocking.
 */
export async function applyChanges(
  db: Db,
  formId: string,
  countyId: string,
  before: ReadonlyMap<string, { sum: number; latest: number }>,
  after: ReadonlyMap<string, { sum: number; latest: number }>,
): Promise<void> {
  const deltas = new Map<string, { sum: number; latest: number }>();
  for (const [key, a] of after) deltas.set(key, { sum: a.sum, latest: a.latest });
  for (const [key, b] of before) {
    const d = deltas.get(key) ?? { sum: 0, latest: 0 };
    deltas.set(key, { sum: d.sum - b.sum, latest: d.latest - b.latest });
  }
  const changed = [...deltas].filter(([, d]) => d.sum !== 0 || d.latest !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  const county = await db.selectFrom('counties').select(['programme_id', 'prefecture_id']).where('id', '=', countyId).executeTakeFirstOrThrow();
  const rows = changed.map(([key, d]) => {
    const [period, field] = key.split('\u0000') as [string, string];
    return { form_id: formId, programme_id: county.programme_id, prefecture_id: county.prefecture_id ?? NO_PREFECTURE, period, field, ...d };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto('period_changes')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .onConflict((oc) =>
        oc.columns(['form_id', 'programme_id', 'prefecture_id', 'period', 'field']).doUpdateSet((eb) => ({
          sum: eb('period_changes.sum', '+', eb.ref('excluded.sum')),
          latest: eb('period_changes.latest', '+', eb.ref('excluded.latest')),
        })),
      )
      .execute();
}

/**
 * Rebuilds period_changes from report_totals: of one form, or of every form. Standard SQL with a
 * window function (SQLite 3.25 and later, PostgreSQL): each report's totals less those of the
 * county's previous report that had the field.
 */
export async function rebuildPeriodChanges(db: Db, formId?: string): Promise<void> {
  let clear = db.deleteFrom('period_changes');
  if (formId !== undefined) clear = clear.where('form_id', '=', formId);
  await clear.execute();
  let perReport = db
    .selectFrom('reports as r')
    .innerJoin('report_totals as t', 't.report_id', 'r.id')
    .innerJoin('counties as c', 'c.id', 'r.county_id')
    .select(['r.form_id', 'c.programme_id', 'r.period', 't.field'])
    .select((eb) => [
      eb.fn.coalesce('c.prefecture_id', eb.val(NO_PREFECTURE)).as('prefecture_id'),
      eb(
        't.sum',
        '-',
        eb.fn.coalesce(
          eb.fn.agg<number>('lag', ['t.sum']).over((ob) => ob.partitionBy(['r.form_id', 'r.county_id', 't.field']).orderBy('r.period')),
          eb.lit(0),
        ),
      ).as('sum'),
      eb(
        't.latest',
        '-',
        eb.fn.coalesce(
          eb.fn.agg<number>('lag', ['t.latest']).over((ob) => ob.partitionBy(['r.form_id', 'r.county_id', 't.field']).orderBy('r.period')),
          eb.lit(0),
        ),
      ).as('latest'),
    ]);
  if (formId !== undefined) perReport = perReport.where('r.form_id', '=', formId);
  await db
    .insertInto('period_changes')
    .columns(['form_id', 'programme_id', 'prefecture_id', 'period', 'field', 'sum', 'latest'])
    .expression(
      db
        .selectFrom(perReport.as('x'))
        .select(['x.form_id', 'x.programme_id', 'x.prefecture_id', 'x.period', 'x.field'])
        .select((eb) => [eb.fn.sum<number>('x.sum').as('sum'), eb.fn.sum<number>('x.latest').as('latest')])
        .groupBy(['x.form_id', 'x.programme_id', 'x.prefecture_id', 'x.period', 'x.field']),
    )
    .execute();
}
