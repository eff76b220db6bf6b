import type { Repositories } from '../../../storage/repositories/index.ts';
import type { ProgrammeData } from '../../programme.ts';
import { insertSampleReports } from './sample-reports.ts';
import { WEEKLY_FORM_ID } from '../weekly-report/index.ts';
import { DEMO_MARK, demoCounties, demoReports } from './demo-reports.ts';

export { DEMO_MARK, demoReports } from './demo-reports.ts';
export { insertSampleReports, type SampleReport } from './sample-reports.ts';

/**
 * Stores the demo reports for the weeks up to `now` (the demo clock's moment);
 * a county's week that already has a report, demo or filed, is left as it is,
 * so starting again never adds a second one. Never called in production.
 */
export async function seedDemoReports(repos: Repositories, programme: ProgrammeData, now: Date): Promise<number> {
  const wanted = demoReports(programme, now);
  const filed = new Map<string, Set<string>>();
  for (const period of new Set(wanted.map((r) => r.period))) filed.set(period, new Set(await repos.reports.countiesReported(WEEKLY_FORM_ID, period)));
  const missing = wanted.filter((r) => !filed.get(r.period)?.has(r.countyId));
  await insertSampleReports(repos, missing);
  await seedDemoSettings(repos, programme, now);
  return missing.length;
}

/** Registered poor villages per demo county (for the coverage rate), in the order of demoCounties. */
const DEMO_POOR_VILLAGES = [60, 45, 80, 35];

/**
 * Poor villages for the counties nobody has set, and the first milestone done by
 * the first county two days before the demo moment, so that coverage and
 * milestone status have something to show; what is already set stays.
 */
async function seedDemoSettings(repos: Repositories, programme: ProgrammeData, now: Date): Promise<void> {
  const counties = demoCounties(programme);
  for (const [i, county] of counties.entries()) {
    if ((await repos.programme.getCounty(county.id))?.poor_villages === null)
      await repos.programme.setPoorVillages(county.id, DEMO_POOR_VILLAGES[i % DEMO_POOR_VILLAGES.length]!);
  }
  const milestone = programme.milestones[0];
  const county = counties[0];
  if (!milestone || !county) return;
  const done = await repos.milestones.listMilestoneStatus([milestone.id]);
  if (done.some((d) => d.county_id === county.id)) return;
  await repos.milestones.markMilestoneDone(
    { milestoneId: milestone.id, countyId: county.id, personId: null, note: DEMO_MARK },
    new Date(now.getTime() - 2 * 86_400_000),
  );
}
