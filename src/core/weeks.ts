/** Pure ISO-week arithmetic and labels; the programme's calendar (deadlines, holidays) belongs to the weekly report. */
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
