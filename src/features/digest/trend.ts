/**
 * The dashboard's trend charts over the weeks up to the chosen one: for a few counties one
 * line per county (from their weekly series), for more the area's own figures, which the
 * database keeps added up per week and 市州 (period_changes) instead of every county's series being built.
 */
import { weeksBetween } from '../../core/weeks.ts';
import type { FeatureServices } from '../types.ts';
import { WEEKLY_FORM_ID } from '../weekly-report/index.ts';
import { executionShare, type CountyInfo, type CountyWeek } from './aggregate.ts';
import type { DigestScope } from './digest.ts';
import { wanNumber } from './format.ts';
import { loadLedger } from './ledger.ts';
import { loadCounties } from './queries.ts';

/** Up to this many counties, the execution and service-point charts draw one line per county. */
export const PER_COUNTY_LINES = 12;

export interface TrendLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface TrendData {
  readonly scopeName: string;
  readonly weeks: readonly string[];
  /** Spending as a share of the allocation, in % (one decimal). */
  readonly execution: readonly TrendLine[];
  /** Service points built so far. */
  readonly points: readonly TrendLine[];
  /** The area's spending each week, in 万元. */
  readonly weeklySpend: readonly number[];
  /** The area's trainees each week. */
  readonly trainees: readonly number[];
}

const percent = (spent: number, allocation: number) => (allocation ? Math.round((spent / allocation) * 1000) / 10 : 0);
const sumOf = (rows: readonly CountyWeek[], value: (cw: CountyWeek) => number | undefined) => rows.reduce((s, r) => s + (value(r) ?? 0), 0);

/** The trend of a scope over `from`..`to`. */
export async function loadTrend(
  services: Pick<FeatureServices, 'repos' | 'programme' | 'config'>,
  scope: DigestScope,
  now: Date,
  range: { readonly from: string; readonly to: string },
): Promise<TrendData> {
  const counties = await loadCounties(services.repos, services.programme.data, scope.prefectureId);
  if (counties.length <= PER_COUNTY_LINES) {
    const t = await loadLedger(services, scope, now, range);
    const countyLines = (value: (cw: CountyWeek) => number | null) =>
      t.counties.map((c, ci) => ({ label: c.name, values: t.byWeek.map((week) => value(week[ci]!)) }));
    return {
      scopeName: scope.name,
      weeks: t.weeks,
      execution: countyLines((cw) => Math.round(executionShare(cw) * 1000) / 10),
      points: countyLines((cw) => cw.totals.service_points_total ?? null),
      weeklySpend: t.byWeek.map((rows) => wanNumber(sumOf(rows, (r) => r.weekly.spent_total))),
      trainees: t.byWeek.map((rows) => sumOf(rows, (r) => r.weekly.trainees)),
    };
  }
  return areaTrend(services, scope, counties, range);
}

async function areaTrend(
  services: Pick<FeatureServices, 'repos' | 'programme'>,
  scope: DigestScope,
  counties: readonly CountyInfo[],
  range: { readonly from: string; readonly to: string },
): Promise<TrendData> {
  const weeks = weeksBetween(range.from, range.to);
  const changes = await services.repos.trend.areaChanges(
    WEEKLY_FORM_ID,
    { programmeId: services.programme.data.id, prefectureId: scope.prefectureId },
    { summed: ['spent_total', 'trainees'], latest: ['service_points_total'] },
    range.to,
  );
  const allocation = counties.reduce((s, c) => s + c.allocationYuan, 0);
  // Running figures through each period; periods before `from` count towards the first week's.
  const byPeriod = new Map<string, { spent: number; points: number; weekSpent: number; trainees: number }>();
  let spent = 0;
  let points = 0;
  for (const c of changes) {
    spent += c.sums.spent_total ?? 0;
    points += c.latest.service_points_total ?? 0;
    byPeriod.set(c.period, { spent, points, weekSpent: c.sums.spent_total ?? 0, trainees: c.sums.trainees ?? 0 });
  }
  let last = { spent: 0, points: 0 };
  for (const [period, figures] of byPeriod) if (period < range.from) last = figures;
  const running = weeks.map((w) => (last = byPeriod.get(w) ?? last));
  return {
    scopeName: scope.name,
    weeks,
    execution: [{ label: scope.name, values: running.map((r) => percent(r.spent, allocation)) }],
    points: [{ label: scope.name, values: running.map((r) => r.points) }],
    weeklySpend: weeks.map((w) => wanNumber(byPeriod.get(w)?.weekSpent ?? 0)),
    trainees: weeks.map((w) => byPeriod.get(w)?.trainees ?? 0),
  };
}
