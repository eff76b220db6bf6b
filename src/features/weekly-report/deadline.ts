import chineseDays from 'chinese-days';
import type { Config } from '../../config.ts';
import { isoWeek, isoWeekRange, shanghaiTime } from '../../core/clock.ts';
import { addWeeks } from '../../core/weeks.ts';

/**
 * The instant a week's report is due, read from the CRON_WEEK_DEADLINE
 * expression ("0 18 * * 5" = Friday 18:00); Friday 18:00 when it is not a
 * plain weekly time.
 */
export function reportDeadline(week: string, cronExpression: string): Date {
  const [minute, hour, , , dow] = cronExpression.trim().split(/\s+/).slice(-5);
  const plain = (s: string | undefined, max: number) => (s !== undefined && /^\d+$/.test(s) && Number(s) <= max ? Number(s) : undefined);
  const m = plain(minute, 59);
  const h = plain(hour, 23);
  const d = plain(dow, 7);
  const [mm, hh, dd] = m === undefined || h === undefined || d === undefined ? [0, 18, 5] : [m, h, d];
  const offset = dd === 0 || dd === 7 ? 6 : dd - 1;
  const { start } = isoWeekRange(week);
  const day = new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  return shanghaiTime(day, `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
}

const workweeks = new Map<string, boolean>();

/** Whether an ISO week has a working day (China's holidays and 调休 from `chinese-days`); the National Day week has none. */
export function hasWorkday(week: string): boolean {
  let known = workweeks.get(week);
  if (known === undefined) {
    const monday = Date.parse(`${isoWeekRange(week).start}T00:00:00Z`);
    known = Array.from({ length: 7 }, (_, i) => new Date(monday + i * 86_400_000).toISOString().slice(0, 10)).some((d) => chineseDays.isWorkday(d));
    workweeks.set(week, known);
  }
  return known;
}

/** When a week's report is due, or null for a week without a working day, which needs no report. */
export function reportDue(week: string, cronExpression: string): Date | null {
  return hasWorkday(week) ? reportDeadline(week, cronExpression) : null;
}

/**
 * The latest week whose report deadline has passed at `now`, skipping weeks
 * that needed no report (a holiday week): the week a scheduled digest covers.
 */
export function lastClosedWeek(now: Date, cronExpression: string): string {
  const current = isoWeek(now);
  let week = reportDeadline(current, cronExpression) <= now ? current : addWeeks(current, -1);
  for (let i = 0; i < 4 && !hasWorkday(week); i++) week = addWeeks(week, -1);
  return week;
}

/**
 * The instant a period's weekly report is due and stops being editable: the
 * Friday 18:00 (Asia/Shanghai) of that ISO week, or the time of
 * CRON_WEEK_DEADLINE when given. The digest and the scheduler use the same.
 */
export function weeklyReportDeadline(period: string, config?: Pick<Config, 'CRON_WEEK_DEADLINE'>): Date {
  return reportDeadline(period, config?.CRON_WEEK_DEADLINE ?? '0 18 * * 5');
}
