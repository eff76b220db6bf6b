import { isoWeekRange, shanghaiTime } from '../../core/clock.ts';
import type { Programme, ProgrammeData } from '../../programme.ts';
import type { FeatureServices } from '../types.ts';
import {
  buildSeries,
  milestoneGrid,
  summarise,
  type AreaSummary,
  type CountyInfo,
  type CountyWeek,
  type MilestoneCell,
  type MilestoneInfo,
  type Rules,
} from './aggregate.ts';
import { countyWarnings, type RuleWarning } from './warnings.ts';
import { loadBaseline, loadCounties, loadMilestones, loadMilestonesDone, loadReports } from './queries.ts';
import { addWeeks } from '../../core/weeks.ts';
import { lastClosedWeek, reportDue } from '../weekly-report/index.ts';

/** Whose counties a digest covers: a prefecture, or every county of the programme (prefectureId null). */
export interface DigestScope {
  readonly prefectureId: string | null;
  readonly name: string;
}

/** Everything a digest says, computed once; the Reply, the dashboard and tests read it. */
export interface DigestModel {
  readonly scope: DigestScope;
  readonly week: string;
  readonly previousWeek: string;
  /** When the figures were taken (milestones are judged at this instant). */
  readonly asOf: Date;
  /** When the week's report is due; null for a holiday week that needs none. */
  readonly deadline: Date | null;
  readonly counties: readonly CountyInfo[];
  readonly rules: Rules;
  readonly rows: readonly CountyWeek[];
  readonly previous: readonly CountyWeek[];
  readonly summary: AreaSummary;
  readonly previousSummary: AreaSummary;
  readonly warnings: readonly RuleWarning[];
  readonly milestones: readonly { readonly milestone: MilestoneInfo; readonly cells: ReadonlyMap<string, MilestoneCell> }[];
  /** Whether any county in scope has ever reported up to this week. */
  readonly anyReport: boolean;
}

/** The programme's rules in the shape the checks take. */
export function rulesOf(data: ProgrammeData): Rules {
  return { ...data.fundRules, serviceCoverage: data.targets.serviceCoverage };
}

/** The scope for a person: their prefecture, or the whole programme for someone without one (admin). */
export function scopeFor(data: ProgrammeData, prefectureId: string | undefined | null): DigestScope {
  const prefecture = prefectureId ? data.prefectures.find((p) => p.id === prefectureId) : undefined;
  return prefecture ? { prefectureId: prefecture.id, name: prefecture.name } : { prefectureId: null, name: '全部示范县' };
}

/**
 * The instant milestones are judged at: now for the latest closed week or a
 * later one; for an older week the end of that week, so an old digest reads as
 * it did at the time.
 */
export function digestAsOf(week: string, now: Date, deadlineCron: string): Date {
  if (week >= lastClosedWeek(now, deadlineCron)) return now;
  const end = shanghaiTime(isoWeekRange(week).end, '23:59');
  return end < now ? end : now;
}

/** Reads the reports up to `week` and computes the digest for a scope. */
export async function loadDigest(
  services: Pick<FeatureServices, 'repos' | 'programme' | 'config'>,
  scope: DigestScope,
  week: string,
  now: Date,
): Promise<DigestModel> {
  const { repos, programme, config } = services;
  const counties = await loadCounties(repos, programme.data, scope.prefectureId);
  const ids = counties.map((c) => c.id);
  // History before last week arrives pre-folded; only last week and this week come as reports.
  const [baseline, recent, milestones, done] = await Promise.all([
    loadBaseline(repos, ids, addWeeks(week, -2)),
    loadReports(repos, ids, { from: addWeeks(week, -1), to: week, textsFor: week }),
    loadMilestones(repos, programme.data.id),
    loadMilestonesDone(repos, ids),
  ]);
  const reports = [...baseline, ...recent];
  return computeDigest({ scope, week, now, counties, reports, milestones, done, programme, deadlineCron: config.CRON_WEEK_DEADLINE });
}

/** The pure part of `loadDigest`: rows in, model out. */
export function computeDigest(input: {
  readonly scope: DigestScope;
  readonly week: string;
  readonly now: Date;
  readonly counties: readonly CountyInfo[];
  readonly reports: Parameters<typeof buildSeries>[1];
  readonly milestones: readonly MilestoneInfo[];
  readonly done: Parameters<typeof milestoneGrid>[1];
  readonly programme: Programme;
  readonly deadlineCron: string;
}): DigestModel {
  const { scope, week, now, counties, reports, programme } = input;
  const previousWeek = addWeeks(week, -1);
  const deadlineOf = (w: string) => reportDue(w, input.deadlineCron);
  const series = buildSeries(counties, reports, [previousWeek, week], deadlineOf, now);
  const previous = series.map((s) => s[0]!);
  const rows = series.map((s) => s[1]!);
  const asOf = digestAsOf(week, now, input.deadlineCron);
  return {
    scope,
    week,
    previousWeek,
    asOf,
    deadline: deadlineOf(week),
    counties,
    rules: rulesOf(programme.data),
    rows,
    previous,
    summary: summarise(rows),
    previousSummary: summarise(previous),
    warnings: rows.flatMap((cw) => countyWarnings(programme, cw)),
    milestones: milestoneGrid(input.milestones, input.done, counties, asOf),
    anyReport: reports.length > 0,
  };
}
