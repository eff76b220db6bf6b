/**
 * The digest's read model: pure functions over the weekly reports' rows.
 * Nothing here touches the database or the clock; callers pass both in.
 */
import { daysUntil } from '../../core/clock.ts';
import { WEEKLY_FIELDS } from '../weekly-report/index.ts';

type FieldDef = (typeof WEEKLY_FIELDS)[number];
/** Fields stored in report_values.num (amounts in 元, counts, yes/no as 1/0). */
export type NumericKey = Extract<FieldDef, { kind: 'amount' | 'count' | 'yesno' }>['key'];
/** Fields stored in report_values.text. */
export type TextKey = Extract<FieldDef, { kind: 'text' }>['key'];

const NUMERIC = WEEKLY_FIELDS.filter((f) => f.kind !== 'text') as readonly Extract<FieldDef, { key: NumericKey }>[];
const TEXT_KEYS = new Set<string>(WEEKLY_FIELDS.filter((f) => f.kind === 'text').map((f) => f.key));
const SUMMED = NUMERIC.filter((f) => f.measure === 'weekly').map((f) => f.key);
const LATEST = NUMERIC.filter((f) => f.measure !== 'weekly').map((f) => f.key);
/** Numeric fields that add up over weeks (this week's figure). */
export const SUMMED_FIELDS: readonly NumericKey[] = SUMMED;
/** Numeric fields reported as running totals or plans: the latest value counts. */
export const LATEST_FIELDS: readonly NumericKey[] = LATEST;

export type Figures = Partial<Record<NumericKey, number>>;

export interface CountyInfo {
  readonly id: string;
  readonly name: string;
  readonly prefectureId: string | null;
  readonly allocationYuan: number;
  /** Registered poor villages (建档立卡贫困村); null when nobody has entered it. */
  readonly poorVillages: number | null;
}

/** One stored weekly report, flattened: numeric values and text values by field key. */
export interface ReportRow {
  readonly countyId: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly values: Figures;
  readonly texts: Partial<Record<TextKey, string>>;
}

/**
 * on-time: in by the deadline; late-filed: in after it; late: missing after it;
 * pending: missing, deadline not reached; not-required: missing in a week that needed no report (holidays).
 */
export type ReportStatus = 'on-time' | 'late-filed' | 'late' | 'pending' | 'not-required';

/** A county in a week: that week's report (if any) and its running figures up to that week. */
export interface CountyWeek {
  readonly county: CountyInfo;
  readonly week: string;
  readonly status: ReportStatus;
  readonly submittedAt: string | null;
  /** This week's reported figures; empty when the county has not reported for the week. */
  readonly weekly: Figures;
  /** Weekly figures summed over every week up to this one, and the latest cumulative figures reported so far. */
  readonly totals: Figures;
  readonly texts: Partial<Record<TextKey, string>>;
}

/** Whether a field key holds text (issues, notes) rather than a number. */
export function isTextField(field: string): field is TextKey {
  return TEXT_KEYS.has(field);
}

/** A report's status for its week, given the week's deadline (null: no report was required) and now. */
export function reportStatus(submittedAt: string | null, deadline: Date | null, now: Date): ReportStatus {
  if (!deadline) return submittedAt ? 'on-time' : 'not-required';
  if (submittedAt) return Date.parse(submittedAt) <= deadline.getTime() ? 'on-time' : 'late-filed';
  return now.getTime() > deadline.getTime() ? 'late' : 'pending';
}

/**
 * A county's weeks, in the order of `weeks` (ascending), with running totals.
 * Reports before the first listed week still count towards the totals.
 */
export function countySeries(
  county: CountyInfo,
  reports: readonly ReportRow[],
  weeks: readonly string[],
  deadlineOf: (week: string) => Date | null,
  now: Date,
): CountyWeek[] {
  const sorted = [...reports].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const totals: Figures = {};
  const out: CountyWeek[] = [];
  let i = 0;
  for (const week of weeks) {
    let current: ReportRow | undefined;
    for (; i < sorted.length && sorted[i]!.period <= week; i++) {
      const r = sorted[i]!;
      for (const key of SUMMED) {
        const v = r.values[key];
        if (v !== undefined) totals[key] = (totals[key] ?? 0) + v;
      }
      for (const key of LATEST) {
        const v = r.values[key];
        if (v !== undefined) totals[key] = v;
      }
      if (r.period === week) current = r;
    }
    const weekly: Figures = {};
    if (current) for (const key of SUMMED) if (current.values[key] !== undefined) weekly[key] = current.values[key];
    const submittedAt = current?.submittedAt ?? null;
    out.push({
      county,
      week,
      status: reportStatus(submittedAt, deadlineOf(week), now),
      submittedAt,
      weekly,
      totals: { ...totals },
      texts: current?.texts ?? {},
    });
  }
  return out;
}

/** Every county's weeks: one array per county, in county order, each aligned with `weeks`. */
export function buildSeries(
  counties: readonly CountyInfo[],
  reports: readonly ReportRow[],
  weeks: readonly string[],
  deadlineOf: (week: string) => Date | null,
  now: Date,
): CountyWeek[][] {
  const byCounty = new Map<string, ReportRow[]>();
  for (const r of reports) {
    const list = byCounty.get(r.countyId);
    if (list) list.push(r);
    else byCounty.set(r.countyId, [r]);
  }
  const deadlines = new Map(weeks.map((w) => [w, deadlineOf(w)]));
  const cachedDeadline = (w: string) => (deadlines.has(w) ? deadlines.get(w)! : deadlineOf(w));
  return counties.map((c) => countySeries(c, byCounty.get(c.id) ?? [], weeks, cachedDeadline, now));
}

const ratio = (part: number | undefined, whole: number | undefined): number | null => (whole && whole > 0 && part !== undefined ? part / whole : null);

/** Cumulative spending as a share of the county's allocation (0–1, may exceed 1). */
export const executionShare = (cw: CountyWeek): number => ratio(cw.totals.spent_total ?? 0, cw.county.allocationYuan) ?? 0;
/** A spending category's share of everything spent so far; null before any spending. */
export const spendingShare = (cw: CountyWeek, key: NumericKey): number | null => ratio(cw.totals[key] ?? 0, cw.totals.spent_total);
/** Service-centre spending as a share of the allocation, which is what the 15% rule limits. */
export const serviceCentreShare = (cw: CountyWeek): number => ratio(cw.totals.spent_service_centre ?? 0, cw.county.allocationYuan) ?? 0;
/** Poor villages covered as a share of the county's poor villages; null when either is unknown. */
export const coverageShare = (cw: CountyWeek): number | null => ratio(cw.totals.poor_villages_covered, cw.county.poorVillages ?? undefined);

/** What an area (a prefecture, or all counties) adds up to in one week. */
export interface AreaSummary {
  readonly counties: number;
  /** Counties whose report for the week is in (on time or late). */
  readonly reported: number;
  readonly allocationYuan: number;
  readonly weekly: Figures;
  readonly totals: Figures;
  /** Poor villages of the counties that registered the number, and how many of those are covered. */
  readonly poorVillagesKnown: number;
  readonly coveredOfKnown: number;
}

/** Sums a week's county rows. */
export function summarise(rows: readonly CountyWeek[]): AreaSummary {
  const weekly: Figures = {};
  const totals: Figures = {};
  let reported = 0;
  let allocationYuan = 0;
  let poorVillagesKnown = 0;
  let coveredOfKnown = 0;
  for (const cw of rows) {
    if (cw.submittedAt) reported++;
    allocationYuan += cw.county.allocationYuan;
    for (const f of NUMERIC) {
      const w = cw.weekly[f.key];
      if (w !== undefined) weekly[f.key] = (weekly[f.key] ?? 0) + w;
      const t = cw.totals[f.key];
      if (t !== undefined) totals[f.key] = (totals[f.key] ?? 0) + t;
    }
    if (cw.county.poorVillages) {
      poorVillagesKnown += cw.county.poorVillages;
      coveredOfKnown += cw.totals.poor_villages_covered ?? 0;
    }
  }
  return { counties: rows.length, reported, allocationYuan, weekly, totals, poorVillagesKnown, coveredOfKnown };
}

/** The programme's fund rules and targets, as shares (0.5 = 50%) with their clause ids. */
export interface Rules {
  readonly upstreamMinShare: { readonly share: number; readonly clause: string; readonly text: string };
  readonly serviceCentreMaxShare: { readonly share: number; readonly clause: string; readonly text: string };
  readonly forbiddenUses: { readonly items: readonly string[]; readonly clauses: readonly string[]; readonly text: string };
  readonly serviceCoverage: { readonly share: number; readonly clause: string; readonly text: string };
}

export interface MilestoneInfo {
  readonly id: string;
  readonly title: string;
  readonly dueDate: string;
  readonly clauseId: string | null;
  /** The one 市州 whose deadline it is (only its counties have a cell); null: programme-wide. */
  readonly prefectureId?: string | null;
}

export interface MilestoneDone {
  readonly milestoneId: string;
  readonly countyId: string;
  readonly doneAt: string;
}

/** done; overdue (past due, not done); due-soon (within the window); open (later). */
export type MilestoneState = 'done' | 'overdue' | 'due-soon' | 'open';

export interface MilestoneCell {
  readonly state: MilestoneState;
  /** Days from `asOf` to the due date (negative when past). */
  readonly daysLeft: number;
  readonly doneAt?: string;
}

/** Each milestone's state for each county at `asOf`; done only if marked done by then. */
export function milestoneGrid(
  milestones: readonly MilestoneInfo[],
  done: readonly MilestoneDone[],
  counties: readonly CountyInfo[],
  asOf: Date,
  windowDays = 30,
): { milestone: MilestoneInfo; cells: Map<string, MilestoneCell> }[] {
  const doneAt = new Map(done.filter((d) => Date.parse(d.doneAt) <= asOf.getTime()).map((d) => [`${d.milestoneId}|${d.countyId}`, d.doneAt]));
  const concerns = (m: MilestoneInfo, c: CountyInfo) => !m.prefectureId || m.prefectureId === c.prefectureId;
  return milestones
    .filter((m) => counties.some((c) => concerns(m, c)))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((milestone) => {
      const daysLeft = daysUntil(asOf, milestone.dueDate);
      const cells = new Map<string, MilestoneCell>();
      for (const c of counties.filter((x) => concerns(milestone, x))) {
        const at = doneAt.get(`${milestone.id}|${c.id}`);
        const state: MilestoneState = at ? 'done' : daysLeft < 0 ? 'overdue' : daysLeft <= windowDays ? 'due-soon' : 'open';
        cells.set(c.id, at ? { state, daysLeft, doneAt: at } : { state, daysLeft });
      }
      return { milestone, cells };
    });
}

const NOTHING = /^(无|没有|暂无|无问题|没有问题|暂无问题|无。|-|—|none|n\/?a)$/i;

/** Whether a free-text answer actually says something (not 无 / 暂无 / blank). */
export function saysSomething(text: string | undefined): text is string {
  return !!text && text.trim().length > 0 && !NOTHING.test(text.trim());
}
