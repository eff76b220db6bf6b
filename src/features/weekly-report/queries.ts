import type { Repositories } from '../../../storage/repositories/index.ts';
import type { CumulativeFigures } from '../../../storage/repositories/report.repository.ts';
import { WEEKLY_FIELDS, WEEKLY_FORM_ID } from './fields.ts';

const SUMMED = WEEKLY_FIELDS.filter((f) => f.kind !== 'text' && f.measure === 'weekly').map((f) => f.key);
const LATEST = WEEKLY_FIELDS.filter((f) => f.kind !== 'text' && f.measure !== 'weekly').map((f) => f.key);

/**
 * Each county's weekly-report figures up to a period: weekly fields summed
 * (spending, training, forbidden_use = number of weeks with one), running totals as last reported.
 */
export function weeklyTotals(repos: Repositories, upTo: string, countyIds?: readonly string[], exceptPeriod?: string): Promise<CumulativeFigures[]> {
  return repos.reports.cumulativeFigures({ formId: WEEKLY_FORM_ID, upTo, summed: SUMMED, latest: LATEST, countyIds, exceptPeriod });
}
