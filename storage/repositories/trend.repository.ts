import type { Db } from '../database.ts';

/** What an area's reports of one period add to its figures. */
export interface PeriodChange {
  readonly period: string;
  /** Summed fields: the period's own figures, added up over the area's counties. */
  readonly sums: Readonly<Record<string, number>>;
  /** Latest-value fields (running totals reported as such): how much the area's sum of the counties' latest values moved. */
  readonly latest: Readonly<Record<string, number>>;
}

/** A programme's counties, or one 市州's. */
export interface Area {
  readonly programmeId: string;
  /** null: every county of the programme. */
  readonly prefectureId: string | null;
}

/**
 * Per period up to `upTo`, in period order, what the area's reports add to its figures; the
 * area's figure at a week is the sum of the changes up to it. Read from period_changes (kept per
 * 市州 with the running totals), so a trend over 1,500 counties × 52 weeks reads a row per
 * period, field and 市州 rather than every report.
 */
export async function areaChanges(
  db: Db,
  formId: string,
  area: Area,
  fields: { readonly summed: readonly string[]; readonly latest: readonly string[] },
  upTo: string,
): Promise<PeriodChange[]> {
  const wanted = [...fields.summed, ...fields.latest];
  if (wanted.length === 0) return [];
  let q = db
    .selectFrom('period_changes')
    .select(['period', 'field'])
    .select((eb) => [eb.fn.sum<number>('sum').as('sum'), eb.fn.sum<number>('latest').as('latest')])
    .where('form_id', '=', formId)
    .where('programme_id', '=', area.programmeId)
    .where('period', '<=', upTo)
    .where('field', 'in', wanted)
    .groupBy(['period', 'field'])
    .orderBy('period');
  if (area.prefectureId !== null) q = q.where('prefecture_id', '=', area.prefectureId);
  const out = new Map<string, { period: string; sums: Record<string, number>; latest: Record<string, number> }>();
  for (const row of await q.execute()) {
    let change = out.get(row.period);
    if (!change) out.set(row.period, (change = { period: row.period, sums: {}, latest: {} }));
    if (fields.summed.includes(row.field)) change.sums[row.field] = Number(row.sum);
    if (fields.latest.includes(row.field)) change.latest[row.field] = Number(row.latest);
  }
  return [...out.values()];
}
