/** The source of "now"; injected wherever time matters so tests and previews can run at any date. */
export interface Clock {
  now(): Date;
  /** True for the demo clock: replies and pages then say 演示时间. */
  readonly demo?: boolean;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests and `scheduler preview --at`. */
export class ManualClock implements Clock {
  #now: Date;
  constructor(start: Date | string) {
    this.#now = new Date(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(to: Date | string): void {
    this.#now = new Date(to);
  }
  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms);
  }
}

/** A clock that starts at a chosen moment of the programme and moves on in real time; for demonstrations. */
export class DemoClock implements Clock {
  readonly demo = true;
  readonly #offsetMs: number;
  constructor(
    start: Date,
    private readonly real: Clock = systemClock,
  ) {
    this.#offsetMs = start.getTime() - real.now().getTime();
  }
  now(): Date {
    return new Date(this.real.now().getTime() + this.#offsetMs);
  }
}

export const TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has no daylight saving time.

/** The Asia/Shanghai wall-clock time of an instant, "YYYY-MM-DDTHH:MM:SS": the one place the +8 h offset is applied. */
export function shanghaiIso(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(at: Date): string {
  return shanghaiIso(at).slice(0, 10);
}

/** Minutes after midnight, Shanghai wall clock, of an instant. */
export function shanghaiMinutes(at: Date): number {
  const iso = shanghaiIso(at);
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

/** "10月1日 08:30": an instant's month, day and time in Asia/Shanghai. */
export function shanghaiMoment(at: Date): string {
  const iso = shanghaiIso(at);
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;
}

/** The instant of a Shanghai wall-clock time, e.g. ('2018-09-30', '18:00'). */
export function shanghaiTime(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** Whole days from the Shanghai date of `from` to the date `to` (negative when past). */
export function daysUntil(from: Date, to: string): number {
  const a = Date.parse(`${shanghaiDate(from)}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** The ISO week (e.g. 2018-W40) that contains the Shanghai date of an instant. */
export function isoWeek(at: Date): string {
  const d = new Date(`${shanghaiDate(at)}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday (YYYY-MM-DD) of an ISO week such as 2018-W40. */
export function isoWeekRange(week: string): { start: string; end: string } {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000);
  const start = new Date(monday.getTime() + (Number(m[2]) - 1) * 7 * 86_400_000);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** "2018年9月20日 09:30" in Asia/Shanghai. */
export function shanghaiDateTime(at: Date): string {
  const iso = shanghaiIso(at);
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;
}

/** The YYYY-MM-DD date `days` calendar days after (negative: before) `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
