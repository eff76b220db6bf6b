import chineseDays from 'chinese-days';
import { isoWeek, isoWeekRange, shanghaiDate, shanghaiTime } from './clock.ts';

const WEEK = /^(\d{4})-W(\d{2})$/;

/** Whether a string is an ISO week such as 2018-W40 (and that week exists). */
export function isIsoWeek(value: string): boolean {
  const m = WEEK.exec(value);
  if (!m) return false;
  const n = Number(m[2]);
  return n >= 1 && n <= 53 && isoWeek(shanghaiTime(isoWeekRange(value).start, '12:00')) === value;
}

/** The ISO week `n` weeks after (negative: before) `week`. */
export function addWeeks(week: string, n: number): string {
  const { start } = isoWeekRange(week);
  return isoWeek(new Date(shanghaiTime(start, '12:00').getTime() + n * 7 * 86_400_000));
}

/** Every ISO week from `from` to `to`, both included (empty when `from` is later). */
export function weeksBetween(from: string, to: string): string[] {
  const list: string[] = [];
  for (let w = from; w <= to; w = addWeeks(w, 1)) list.push(w);
  return list;
}

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

/** "9月24日" for a YYYY-MM-DD date. */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** "2018年第40周（9月24日—9月30日）". */
export function weekLabel(week: string): string {
  const { start, end } = isoWeekRange(week);
  return `${week.slice(0, 4)}年第${Number(week.slice(6))}周（${monthDay(start)}—${monthDay(end)}）`;
}

/** "9月30日" in the year of `now` (the current or demo year), else "2018年9月30日". */
export function dateLabel(date: string, now: Date): string {
  return date.slice(0, 4) === shanghaiDate(now).slice(0, 4) ? monthDay(date) : `${Number(date.slice(0, 4))}年${monthDay(date)}`;
}
