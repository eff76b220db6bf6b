import { isoWeek, shanghaiTime } from '../../core/clock.ts';
import { isIsoWeek } from '../../core/weeks.ts';
import type { ProgrammeData } from '../../programme.ts';

/** The most weeks one ledger download may span (three years), so one request cannot hold the bot. */
export const MAX_EXPORT_WEEKS = 156;

const YEAR_MS = 366 * 86_400_000;

/**
 * The weeks a dashboard request may name: from the programme's first week (no
 * report is older) to its last milestone or a year after now, whichever is
 * later. Everything else is refused at once.
 */
export function weekWindow(programme: ProgrammeData, now: Date): { readonly first: string; readonly last: string } {
  const start = isoWeek(shanghaiTime(`${programme.year}-01-04`, '12:00'));
  const lastDue = programme.milestones
    .map((m) => m.due)
    .sort()
    .at(-1);
  const end = lastDue ? isoWeek(shanghaiTime(lastDue, '12:00')) : start;
  const yearAhead = isoWeek(new Date(now.getTime() + YEAR_MS));
  return { first: start, last: end > yearAhead ? end : yearAhead };
}

/** Undefined when `week` is an ISO week inside the window, else the Chinese sentence saying what is expected. */
export function weekProblem(week: string, window: { readonly first: string; readonly last: string }): string | undefined {
  if (!isIsoWeek(week)) return `周次“${week.slice(0, 20)}”无效，应为 2018-W40 这样的 ISO 周次。`;
  if (week < window.first || week > window.last) return `周次“${week}”超出可查询范围，应在 ${window.first} 至 ${window.last} 之间。`;
  return undefined;
}
