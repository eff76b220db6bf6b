import type { Repositories } from '../../../storage/repositories/index.ts';
import type { DigestForm, MilestoneDoneRow, OpenMilestone } from '../../../storage/repositories/digest.repository.ts';
import type { ProgrammeData } from '../../programme.ts';
import { WEEKLY_FIELDS, WEEKLY_FORM_ID } from '../weekly-report/index.ts';
import { LATEST_FIELDS, SUMMED_FIELDS, isTextField, type CountyInfo, type ReportRow } from './aggregate.ts';

/** The weekly report, as the digest repository reads it. */
const WEEKLY_FORM: DigestForm = {
  formId: WEEKLY_FORM_ID,
  textFields: WEEKLY_FIELDS.map((f) => f.key).filter(isTextField),
  summedFields: SUMMED_FIELDS,
  latestFields: LATEST_FIELDS,
};

/** The programme's milestones not yet closed. */
export function loadMilestones(repos: Repositories, programmeId: string): Promise<OpenMilestone[]> {
  return repos.digest.loadOpenMilestones(programmeId);
}

/** Which of these counties finished which milestone, and when. */
export function loadMilestonesDone(repos: Repositories, countyIds: readonly string[]): Promise<MilestoneDoneRow[]> {
  return repos.digest.loadMilestonesDone(countyIds);
}

/** The counties a digest covers: one prefecture's, or every county of the programme when `prefectureId` is null; in the annex table's order. */
export async function loadCounties(repos: Repositories, programme: ProgrammeData, prefectureId: string | null): Promise<CountyInfo[]> {
  const rows = await repos.digest.listCountyFigures(programme.id, prefectureId);
  // The annex table's order, which is how officials know the list; counties added later go last.
  const seq = new Map(programme.counties.map((c) => [c.id, c.seq]));
  return rows.sort((a, b) => (seq.get(a.id) ?? Infinity) - (seq.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

/** The weekly reports of these counties up to `to` (from `from` when given); texts only for `textsFor`. */
export function loadReports(
  repos: Repositories,
  countyIds: readonly string[],
  options: { readonly to: string; readonly from?: string; readonly textsFor: string | 'all' },
): Promise<ReportRow[]> {
  return repos.digest.loadReports(WEEKLY_FORM, countyIds, options);
}

/** Every county's weekly-report history up to `upTo`, folded into one row per county (cached in the repository). */
export function loadBaseline(repos: Repositories, countyIds: readonly string[], upTo: string): Promise<ReportRow[]> {
  return repos.digest.loadBaseline(WEEKLY_FORM, countyIds, upTo);
}

/** The first and last weeks any of these counties reported for (undefined when none did). */
export function reportedWeeks(repos: Repositories, countyIds: readonly string[]): Promise<{ first: string; last: string } | undefined> {
  return repos.digest.reportedWeeks(WEEKLY_FORM_ID, countyIds);
}

/** The latest week up to `upTo` (included) in which any of the counties filed a weekly report. */
export function latestReportedWeek(repos: Repositories, countyIds: readonly string[], upTo: string): Promise<string | undefined> {
  return repos.digest.latestReportedWeek(WEEKLY_FORM_ID, countyIds, upTo);
}
