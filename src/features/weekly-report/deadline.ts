import type { Config } from '../../config.ts';
import { reportDeadline } from '../../core/weeks.ts';

/**
 * The instant a period's weekly report is due and stops being editable: the
 * Friday 18:00 (Asia/Shanghai) of that ISO week, or the time of
 * CRON_WEEK_DEADLINE when given. The digest and the scheduler use the same.
 */
export function weeklyReportDeadline(period: string, config?: Pick<Config, 'CRON_WEEK_DEADLINE'>): Date {
  return reportDeadline(period, config?.CRON_WEEK_DEADLINE ?? '0 18 * * 5');
}
