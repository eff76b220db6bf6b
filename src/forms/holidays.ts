import chineseDays from 'chinese-days';
import type { DateReading } from './dates.ts';

/**
 * Holidays as officials name them in deadlines: the festival day of a year (中秋 by the lunar calendar,
 * 国庆 and 元旦 by the solar one), a lunar date, and a holiday's before or after (十一前, 节后), which
 * names no one day and is asked.
 */

export const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The festival day in the given year: 中秋 by the lunar calendar, 国庆 and 元旦 by the solar one. */
export function festival(name: string, year: number): string | undefined {
  if (/国庆|十一/.test(name)) return `${year}-10-01`;
  if (/元旦/.test(name)) return `${year}-01-01`;
  // (重阳, 元宵, 七夕, 腊八: by the lunar calendar, like 中秋.)
  const LUNAR: readonly (readonly [RegExp, number, number])[] = [
    [/中秋/, 8, 15],
    [/端午/, 5, 5],
    [/春节|过年|^年$/, 1, 1],
    [/重阳/, 9, 9],
    [/元宵/, 1, 15],
    [/七夕/, 7, 7],
    [/腊八/, 12, 8],
  ];
  const lunar = LUNAR.find(([words]) => words.test(name))?.slice(1);
  if (!lunar) return undefined;
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    const l = chineseDays.getLunarDate(d);
    if (!l.isLeap && l.lunarMon === lunar[0] && l.lunarDay === lunar[1]) return d;
  }
  return undefined;
}

/** 二十八 → 28 (a day of the month). */
export function chineseDay(s: string): number | undefined {
  const m = /^(?:([一二三])?十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const tens = s.includes('十') ? (m[1] ? NUMERALS[m[1]]! : 1) : 0;
  const ones = m[2] ? NUMERALS[m[2]]! : 0;
  return tens * 10 + ones || undefined;
}

const LUNAR_MONTHS: Readonly<Record<string, number>> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  冬: 11,
  十二: 12,
  腊: 12,
};

/** 农历八月十五 in the given year. */
export function lunarToSolar(monthText: string, dayText: string, year: number): string | undefined {
  const month = LUNAR_MONTHS[monthText];
  const day = chineseDay(dayText.replace(/^初/, '').replace(/^廿/, '二十'));
  if (!month || !day) return undefined;
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    const l = chineseDays.getLunarDate(d);
    if (!l.isLeap && l.lunarMon === month && l.lunarDay === day) return d;
  }
  return undefined;
}
// 十一之前, 国庆节后, 中秋前: a holiday is several days; before or after it names no one day.
export const AROUND_HOLIDAY =
  /^(国庆节?|十一|中秋节?|元旦|端午节?|春节|过年|年|五一|清明节?|放假|节)(之?前|以前|节?后|之后|以后|过后|过完(?:以?后)?|收假(?:以?后)?|(?:之?后|以后)(?:一|两|几)(?:周|个?礼拜|个?星期))$/;

/**
 * 十一前, 元旦之前: as a deadline, the last working day before the holiday is the likely day; it is
 * offered, spelled out, and asked (a holiday's after, or a holiday the calendar here does not know, is only asked).
 */
export function beforeHoliday(typed: string, m: RegExpExecArray, today: string): DateReading | undefined {
  if (!/前/.test(m[2]!)) return undefined;
  const year = Number(today.slice(0, 4));
  const day = [festival(m[1]!, year), festival(m[1]!, year + 1)].find((d) => d !== undefined && d > today);
  if (!day) return undefined;
  const value = chineseDays.findWorkday(-1, day);
  if (value < today) return undefined;
  const [y, mo, d] = value.split('-').map(Number);
  return {
    ok: true,
    value,
    confirm: `“${typed}”没有说具体是哪一天。按节前最后一个工作日${y}年${mo}月${d}日理解，对吗？回复“是”确认，或直接告诉我具体哪一天。`,
  };
}

// 中秋节前一天, 国庆节后三天: so many days before or after the holiday's own day.
// (国庆后第一天 is the first working day after the break, read in dates.ts.)
const DAYS_FROM_HOLIDAY =
  /^(国庆节?|十一|中秋节?|元旦|端午节?|春节|重阳节?|元宵节?|七夕节?|腊八节?)的?(前|之前|后|之后|过后)([一两二三四五六七八九十]|\d{1,2})天$/;

/**
 * The day before a holiday is one day, stored; more days before, or days after a holiday that is several days
 * off (from its first day or from the break's end?), are offered spelled out and asked. This year's holiday
 * if that day is still to come, else next year's (asked when it is more than half a year off).
 */
export function daysFromHoliday(s: string, today: string): DateReading | undefined {
  const m = DAYS_FROM_HOLIDAY.exec(s);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[3]!) ? Number(m[3]) : NUMERALS[m[3]!]!;
  const shift = /前/.test(m[2]!) ? -n : n;
  const year = Number(today.slice(0, 4));
  const day = [festival(m[1]!, year), festival(m[1]!, year + 1)].find((d) => d !== undefined && addDays(d, shift) >= today);
  if (!day || n < 1) return undefined;
  const value = addDays(day, shift);
  // (端午节前一天 said in September: next year's, many months off, is asked like 端午节 itself.)
  if (shift === -1 && value <= addDays(today, 183)) return { ok: true, value };
  const [y, mo, d] = value.split('-').map(Number);
  const [, fm, fd] = day.split('-').map(Number);
  return {
    ok: true,
    value,
    confirm: `按${m[1]}当天（${fm}月${fd}日）${shift < 0 ? '之前' : '之后'}${n}天理解，是${y}年${mo}月${d}日吗？回复“是”确认，或直接告诉我具体哪一天。`,
  };
}

// 国庆过后第一个周三, 春节过后的第一个星期五: the first such weekday after the holiday.
const WEEKDAY_AFTER =
  /^(国庆节?|十一|中秋节?|元旦|端午节?|春节)(?:假期|长假|放假)?(?:结束|过完|完)?(?:节?后|过后|以后|之后|收假(?:以?后)?)的?第一个(?:周|星期|礼拜)([一二三四五六日天])$/;
const WEEKDAYS: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const weekdayOf = (d: string): number => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * The first such weekday after the holiday's break (its days off, weekends joined to them): stored when it is also
 * the first after the festival day itself; when the two differ (a break that ends midweek), the break's is offered
 * and asked.
 */
export function weekdayAfterHoliday(s: string, today: string): DateReading | undefined {
  const m = WEEKDAY_AFTER.exec(s);
  if (!m) return undefined;
  const year = Number(today.slice(0, 4));
  const day = [festival(m[1]!, year), festival(m[1]!, year + 1)].find((d) => d !== undefined && d >= today);
  if (!day) return undefined;
  const target = WEEKDAYS[m[2]!]!;
  const firstFrom = (d: string) => {
    let at = d;
    while (weekdayOf(at) !== target) at = addDays(at, 1);
    return at;
  };
  let end = day;
  while (chineseDays.isHoliday(end)) end = addDays(end, 1);
  const value = firstFrom(end);
  // (A year whose break the calendar here does not know yet is asked: its days off are not known.)
  if (chineseDays.isHoliday(day) && value === firstFrom(addDays(day, 1))) return { ok: true, value };
  const [y, mo, d] = value.split('-').map(Number);
  return { ok: true, value, confirm: `按${m[1]}假期结束后的第一个周${m[2]}理解，是${y}年${mo}月${d}日吗？回复“是”确认，或直接告诉我具体哪一天。` };
}
