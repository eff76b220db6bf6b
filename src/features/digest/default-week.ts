import { isoWeek } from '../../core/clock.ts';
import { lastClosedWeek } from '../weekly-report/index.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import { latestReportedWeek } from './queries.ts';

/**
 * The week the dashboard and 汇总 open on: the current week once any county
 * has filed in it, else the last week with reports; with no report at all,
 * the last week whose deadline has passed.
 */
export async function weekThatMatters(repos: Repositories, countyIds: readonly string[], now: Date, deadlineCron: string): Promise<string> {
  return (await latestReportedWeek(repos, countyIds, isoWeek(now))) ?? lastClosedWeek(now, deadlineCron);
}
