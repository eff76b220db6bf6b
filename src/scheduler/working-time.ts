import chineseDays from 'chinese-days';
import { addDays, shanghaiDate, shanghaiMinutes, shanghaiTime } from '../core/clock.ts';
import type { WorkingCalendar } from '../core/job.ts';

/** Minutes after midnight of an "HH:MM" string. */
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * When the bot may push: working days (China's public holidays and 调休 make-up
 * workdays, from the `chinese-days` calendar) outside quiet hours.
 */
export class WorkingTime implements WorkingCalendar {
  readonly #quietStart: number;
  readonly #quietEnd: number;
  readonly #isWorkday: (date: string) => boolean;

  /** `quietHours` as in QUIET_HOURS, e.g. 21:00-08:00 (may wrap midnight). */
  constructor(quietHours: string, isWorkday: (date: string) => boolean = (d) => chineseDays.isWorkday(d)) {
    const [start, end] = quietHours.split('-');
    this.#quietStart = minutes(start ?? '00:00');
    this.#quietEnd = minutes(end ?? '00:00');
    this.#isWorkday = isWorkday;
  }

  /** Whether a Shanghai calendar date (YYYY-MM-DD) is a working day. */
  isWorkday(date: string): boolean {
    return this.#isWorkday(date);
  }

  /** Whether an instant falls in quiet hours. */
  isQuiet(at: Date): boolean {
    const m = shanghaiMinutes(at);
    const [s, e] = [this.#quietStart, this.#quietEnd];
    if (s === e) return false;
    return s < e ? m >= s && m < e : m >= s || m < e;
  }

  /** Whether the bot may push at this instant. */
  isWorkingTime(at: Date): boolean {
    return this.isWorkday(shanghaiDate(at)) && !this.isQuiet(at);
  }

  /**
   * The first working time at or after `at`: a holiday or weekend moves to the next
   * working day at the same time of day; a time in quiet hours moves to their end.
   */
  next(at: Date): Date {
    let t = at;
    for (let i = 0; i < 400; i++) {
      const date = shanghaiDate(t);
      if (!this.isWorkday(date)) {
        t = new Date(shanghaiTime(addDays(date, 1)).getTime() + shanghaiMinutes(t) * 60_000 + (t.getTime() % 60_000));
        continue;
      }
      if (this.isQuiet(t)) {
        const m = shanghaiMinutes(t);
        const endDate = this.#quietStart > this.#quietEnd && m >= this.#quietStart ? addDays(date, 1) : date;
        t = shanghaiTime(endDate, hhmm(this.#quietEnd));
        continue;
      }
      return t;
    }
    return t;
  }

  /** A daily cron expression at the end of quiet hours (e.g. "0 8 * * *"). */
  morningCron(): string {
    return `${this.#quietEnd % 60} ${Math.floor(this.#quietEnd / 60)} * * *`;
  }

  /** Whether a whole ISO week (Monday..Sunday) has at least one working day. */
  hasWorkday(monday: string): boolean {
    for (let i = 0; i < 7; i++) if (this.isWorkday(addDays(monday, i))) return true;
    return false;
  }
}
