import { CONFIRM_TAIL } from './answer.ts';
import { parseNumeral } from './parsers.ts';
import type { DateReading } from './dates.ts';

/**
 * Days of a month for the date reader: a month's last day, a day that the month has (or not), and two
 * shapes of a typed date read here (15/10/2018 day first, 9月31日 past the month's end).
 */

const WHICH_DAY = '请告诉我具体哪一天，例如 下周五 或 9月28日。';

export function lastDayOfMonth(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function dayOfMonth(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === (m - 1 + 12) % 12 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined;
}

/** 15/10/2018: day first, as some people write it; asked when day and month could be either way round. */
export function dayFirst(s: string, today: string): DateReading | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = dayOfMonth(y, mo, d);
  if (!date || mo > 12) return undefined;
  if (d <= 12 && d !== mo) return { ok: true, value: null, confirm: `“${s}”可以理解为${y}年${mo}月${d}日，也可以理解为${y}年${d}月${mo}日。${WHICH_DAY}` };
  return date < today ? { ok: true, value: date, confirm: `您填写的日期（${date}）已经过去，请确认是否无误。${CONFIRM_TAIL}` } : { ok: true, value: date };
}

/**
 * 9月31日: a day one past the end of its month (not 10月32日, which no month has), asked as the month's last day.
 * (2月30日 is two days past it: no slip for the 28th, refused like 10月32日.)
 */
export function pastMonthEnd(s: string, today: string): DateReading | undefined {
  const m = /^(?:(\d{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[二三]十一?|二十九)[日号]$/.exec(s);
  if (!m) return undefined;
  const month = parseNumeral(m[2]!);
  const day = parseNumeral(m[3]!);
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 29 || day > 31) return undefined;
  // (2月29日 said in September with no year: next February, as for any month long past.)
  const year = Number(today.slice(0, 4));
  const y = m[1] ? Number(m[1]) : lastDayOfMonth(year, month) < lastDayOfMonth(year, Number(today.slice(5, 7)) - 2) ? year + 1 : year;
  const last = lastDayOfMonth(y, month);
  const lastDay = Number(last.slice(8));
  if (day <= lastDay || day > lastDay + 1) return undefined;
  return {
    ok: true,
    value: last,
    confirm: `${month}月只有${lastDay}天。您指的是${y > year && !m[1] ? `${y}年` : ''}${month}月${lastDay}日吗？${CONFIRM_TAIL}`,
  };
}

/**
 * 930, 0930, 1015: a month and a day typed as digits alone, as on a file name or a form (also a time of day:
 * always asked). Every month-and-day reading the digits allow; 108 allows two (1月8日, 10月8日).
 */
export function digitDays(s: string): readonly { readonly month: number; readonly day: number }[] {
  const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && dayOfMonth(2016, month, day) !== undefined;
  const four = /^(\d{2})(\d{2})$/.exec(s);
  if (four) return valid(Number(four[1]), Number(four[2])) ? [{ month: Number(four[1]), day: Number(four[2]) }] : [];
  if (!/^[1-9]\d{2}$/.test(s)) return [];
  const readings = [
    { month: Number(s[0]), day: Number(s.slice(1)) },
    { month: Number(s.slice(0, 2)), day: Number(s[2]) },
  ];
  // (A day written 08 keeps its 0; 1月08日 and 10月8日 are both read from 108.)
  return readings.filter((r) => valid(r.month, r.day));
}
