/**
 * A date as it was typed, made ready for the date reader, and the day it gives checked against today:
 * traditional characters (國慶節), capital numerals (拾月贰拾日) and a digit written as a word that sounds
 * like it (酒月 for 九月, asked). A deadline that falls on a day already past, or on today without the words
 * naming today (20号 said on the 20th may mean next month's; 今天, 本周四 do not), is never set unasked:
 * the day is spelt out in full and confirmed.
 */
import { shanghaiDate } from '../core/clock.ts';
import { CONFIRM_TAIL } from './answer.ts';
import type { DateReading } from './dates.ts';
import { heardInDate } from './sound-alike.ts';
import { tidy } from './typed.ts';

type Reader = (raw: string, now: Date, options: { readonly endAsked?: boolean }) => DateReading;

// Words that name today itself, not a day of the month or a date that happens to fall on it.
const TODAY_NAMED = /今天|今日|当天|本周|这周|这个?星期|本星期|这礼拜|本礼拜/;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
// The capital numerals of contracts and receipts, read as the common ones (贰拾 → 二十).
const CAPITAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
};
const smallDigits = (s: string): string => s.replace(/[壹贰叁肆伍陆柒捌玖拾佰]/g, (c) => CAPITAL[c]!);

/** 2018-09-20 → 2018年9月20日（星期四）. */
export function spelledOut(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日（星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}）`;
}

/** Reads a typed date with `read` (the date reader) as described above. */
export function settledDate(raw: string, now: Date, options: { readonly endAsked?: boolean }, read: Reader): DateReading {
  const typed = smallDigits(tidy(raw));
  const heard = heardInDate(typed.normalize('NFKC'));
  if (heard) {
    const day = read(heard.text, now, options);
    if (!day.ok || !day.value) return day;
    return {
      ok: true,
      value: day.value,
      confirm: `“${raw.trim()}”中的“${heard.heard}”按数字理解（${heard.text.trim()}）。您指的是${spelledOut(day.value)}吗？${CONFIRM_TAIL}`,
    };
  }
  const day = read(typed, now, options);
  // (A command that moves a deadline cannot ask back; it reads the day as said.)
  if (options.endAsked === false || !day.ok || day.confirm !== undefined || !day.value) return day;
  const today = shanghaiDate(now);
  // (今天, 本周四 said on a Thursday: the words name today itself, and are taken as said.)
  if (day.value > today || (day.value === today && TODAY_NAMED.test(typed))) return day;
  const said = day.value === today ? `是今天，${spelledOut(day.value)}` : `${spelledOut(day.value)}已经过去`;
  return { ok: true, value: day.value, confirm: `您填写的日期${said}。请确认是否无误。${CONFIRM_TAIL}` };
}
