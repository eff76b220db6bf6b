import type { Db } from '../../../storage/database.ts';
import { countiesReported } from '../../../storage/repositories/report.repository.ts';
import type { ProgrammeData } from '../../programme.ts';
import { insertSampleReports } from '../digest/sample-reports.ts';
import { WEEKLY_FORM_ID } from '../weekly-report/fields.ts';
import { demoReports } from './demo-reports.ts';

export { DEMO_MARK, demoReports } from './demo-reports.ts';

/**
 * Stores the demo reports for the weeks up to `now` (the demo clock's moment);
 * a county's week that already has a report, demo or filed, is left as it is,
 * so starting again never adds a second one. Never called in production.
 */
export async function seedDemoReports(db: Db, programme: ProgrammeData, now: Date): Promise<number> {
  const wanted = demoReports(programme, now);
  const filed = new Map<string, Set<string>>();
  for (const period of new Set(wanted.map((r) => r.period))) filed.set(period, new Set(await countiesReported(db, WEEKLY_FORM_ID, period)));
  const missing = wanted.filter((r) => !filed.get(r.period)?.has(r.countyId));
  await insertSampleReports(db, missing);
  return missing.length;
}
