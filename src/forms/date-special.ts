import chineseDays from 'chinese-days';
import { dayOfMonth, lastDayOfMonth } from './date-days.ts';
import { addDays, chineseDay, festival, lunarToSolar, NUMERALS } from './holidays.ts';

/**
 * The dates said by name rather than by month and day (中秋节, 国庆后第一个工作日, 三天后, 下个月15号, 月底, 28号),
 * read relative to today; null for a week or a part of a month with no day, which is asked back.
 */

const small = (s: string): number | undefined => (/^\d{1,2}$/.test(s) ? Number(s) : NUMERALS[s]);

export const FESTIVAL = /^(国庆节?|十一|中秋节?|元旦|端午节?|春节|重阳节?|元宵节?|七夕节?|腊八节?)(?:当天|那天)?$/;

/** Reads the forms above, or undefined to fall back on parseDate. */
export function readSpecial(s: string, today: string): string | null | undefined {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const holiday =
    /^(国庆节?|十一|中秋节?|元旦|端午节?|春节)(?:前|之前)?(?:最后一个工作日)$/.exec(s) ??
    /^(国庆节?|十一|中秋节?|元旦|端午节?|春节|节|放假)(?:假期|长假|节日|放假)?(?:结束|过完|完)?(?:节?后|过后|以后|之后|收假(?:以?后)?|假期后|放假回来|过完)(?:的)?(?:第一个工作日|上班(?:第一天)?|第一天上班|第一天|头一天上班|上班头一天)$/.exec(
      s,
    );
  if (holiday) {
    // (节后上班第一天: which holiday is not said; asked.)
    const day = festival(holiday[1]!, year);
    if (!day) return null;
    return /最后一个工作日/.test(s) ? chineseDays.findWorkday(-1, day) : chineseDays.findWorkday(1, day);
  }
  const lunarDay = /^(?:农历|阴历)([一二三四五六七八九十冬腊正]{1,2})月([初十廿一二三四五六七八九]{1,3})$/.exec(s);
  if (lunarDay) return lunarToSolar(lunarDay[1]!, lunarDay[2]!, year);
  const fest = FESTIVAL.exec(s);
  if (fest) return festival(fest[1]!, year) ?? undefined;
  // 双十一, 双12: the shopping days, a month and a day said twice.
  const twice = /^双(十一|11|十二|12)(?:当天|那天)?$/.exec(s);
  if (twice) return /二|2/.test(twice[1]!) ? `${year}-12-12` : `${year}-11-11`;
  // (两周后的今天: the same day of the week two weeks on, as 两周后 is.)
  if (/^半个?月(?:以?后|之后)$/.test(s)) return addDays(today, 15);
  const later =
    /^([\d一两二三四五六七八九十]{1,2})(天|日|周|个?星期|个?礼拜|个月)(?:以?后|之后|内|以内|之内|(?:以?后|之后)的?(?:今天|这天|这一天|同一天|当天))$/.exec(s) ??
    /^(一)(周)(?:以?后|之后|内|以内)$/.exec(s);
  if (later) {
    const n = small(later[1]!);
    if (n === undefined) return undefined;
    if (later[2] === '个月') return dayOfMonth(year + Math.floor((month - 1 + n) / 12), ((month - 1 + n) % 12) + 1, Number(today.slice(8, 10))) ?? null;
    return addDays(today, /天|日/.test(later[2]!) ? n : 7 * n);
  }
  const nextMonthDay = /^下个?月([\d一二三四五六七八九十]{1,3})[日号]$/.exec(s);
  if (nextMonthDay) {
    const d = small(nextMonthDay[1]!) ?? (/^[\d]+$/.test(nextMonthDay[1]!) ? Number(nextMonthDay[1]) : undefined);
    return d === undefined ? undefined : (dayOfMonth(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, d) ?? undefined);
  }
  if (/^(?:本月|这个?月)?(?:月底|月末)$|^(?:本|这个?)月(?:底|末)$/.test(s)) return lastDayOfMonth(year, month);
  if (/^(?:本|这个?)月最后一天$/.test(s)) return lastDayOfMonth(year, month);
  // (上个月底: a day past, which the caller asks about as it does every day past.)
  if (/^上个?月(?:底|末|月底|月末|最后一天)$/.test(s)) return lastDayOfMonth(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1);
  if (/^下个?月(?:底|末|月底|最后一天)$/.test(s)) return lastDayOfMonth(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1);
  const yearEnd = /^(?:今年|(\d{4})年?)?(?:年底|年末)$/.exec(s);
  if (yearEnd) return `${yearEnd[1] ?? year}-12-31`;
  // 往后延三天, 推迟两周: from the deadline as it stands, which the date alone does not know.
  // (在原来基础上延后两周, 按原定时间推迟一周: the same, with the deadline as it stands named.)
  if (
    /^(?:(?:在|按|从)?(?:原来|原定|原先|原有|之前|现在|现有)的?(?:日期|时间|截止日期|截止时间)?的?(?:基础上|上)?)?(?:往后|向后)?(?:推迟|延后|推后|顺延|延期|延长|延|挪|推|拖)[\d一二两三四五六七八九十半]+(?:天|日|周|个?星期|个?礼拜|个?月)$/.test(
      s,
    )
  )
    return null;
  // 过几天再定, 下周找个时间: no day chosen yet, within a time that is named; asked back like that time.
  // (待定 or 到时候再说 alone names no time at all, and is no date.)
  const vague = s.replace(/(?<=.)(?:再(?:定|说|议|看|商量|通知|确定|安排)|另(?:定|行通知|行确定|行安排)|待定)$/, '');
  if (/^(?:下周|本周|这周|下个?月|本月|这个?月)(?:找个?时间|找个?日子|择日|择期|另行通知|再找时间)$/.test(vague)) return null;
  // A week, or a part of a month, with no day (下周, 本周内, 下个月初): asked back.
  if (
    /^(?:上|本|这|下|下下)?个?(?:周|星期|礼拜)(?:末|内|之内|以内)?$|^(?:本|这|下)个?月(?:内|之内|以内)$|^(?:本|这|下)?个?月(?:初|中|上旬|中旬|下旬)$|^[\d一二三四五六七八九十]{1,3}月(?:初|中|上旬|中旬|下旬)$|^(?:本|这|下)个?月$|^(?:\d{4}年)?[\d一二三四五六七八九十]{1,3}月份?$|^(?:上旬|中旬|下旬|月初|月中|过[两几些]天|这[两几]天|过一阵子?|过一段时间|回头|改天|抽空|尽早|越快越好|越早越好|抓紧|早点|近期|最近|尽快|过段时间|推迟一周|延后一周|往后推一周|推迟几天)$/.test(
      vague,
    )
  )
    return null;
  // 28号, 二十八号, 本月30号: a day of this month.
  const dayOnly = /^(?:本月|这个?月)?([\d一二三四五六七八九十]{1,3})[日号]$/.exec(s);
  if (dayOnly) {
    const d = /^\d+$/.test(dayOnly[1]!) ? Number(dayOnly[1]) : chineseDay(dayOnly[1]!);
    // (31号 in a month of 30 days: which month is meant is asked.)
    return d === undefined ? undefined : d <= 31 ? (dayOfMonth(year, month, d) ?? null) : undefined;
  }
  return undefined;
}
