import type { DateReading } from './dates.ts';

/**
 * Dates said with another date beside them, for the date reader: a date taken back for another
 * (10月12日 不对 10月16日), a deadline moved from the day first set to a new one (原定X，现改为Y),
 * a span of days written with a dash (10月8-12日), and a deadline "before the first" of a month
 * (12月1日前), which may mean the month before's last day or the first itself.
 */

const WHICH_DAY = '请告诉我具体哪一天，例如 下周五 或 9月28日。';
type Reader = (raw: string, now: Date) => DateReading;

/** 10月12日 不对 10月16日: the date after the one taken back. */
export function corrected(raw: string, now: Date, read: Reader): DateReading | undefined {
  const m = /^(.+?)[，,\s]*(?:不对|错了|说错了|打错了|更正一下|更正|应该是|改成|改为)[，,\s]*(?:是|应该是)?(.+)$/.exec(raw.normalize('NFKC').trim());
  if (!m || !read(m[1]!, now).ok) return undefined;
  const after = read(m[2]!, now);
  return after.ok ? after : undefined;
}

// 原定10月8日，现推迟到10月15日 / 之前定的是周五，已改到下周三: the day first set, then the day it moved to.
// (从10月8日推迟到10月15日, 由9月30日改10月9日: the first day said bare, or after 从 or 由.)
const MOVED =
  /^(?:原定|原来定?的?是?|原先定?的?是?|原计划|原截止(?:时间|日期)?(?:是|为)?|之前定的?是?|本来定?的?是?|从|由)?(?:于|在|为|是)?(.+?)[，,\s]*(?:现在?|现已|已经?|目前)?(?:改为|改成|改到|调整为|调整到|推迟到|推迟至|延期到|延期至|延到|延至|推到|顺延到|顺延至|延后到|延后至|变更为|更改为|提前到|提前至|改(?=[\d一二三四五六七八九十下本这])|->|→)(.+)$/;

/** 原定9月28日，现改为10月8日: the new day is the answer (read as any date is, with its own questions). */
export function moved(raw: string, now: Date, read: Reader): DateReading | undefined {
  const m = MOVED.exec(raw.normalize('NFKC').trim());
  if (!m || !read(m[1]!, now).ok) return undefined;
  const after = read(m[2]!, now);
  return after.ok ? after : undefined;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
// 10月8-12日, 10月8日-12日: two days of one month joined by a dash (2018-10-12, a year first, is not).
const DASH_SPAN = new RegExp(`^(?:\\d{4}年)?(${NUM})月(${NUM})[日号]?[-–—~～](${NUM})[日号]?$`);

/** A span of days written with a dash names no one day: asked. */
export function dashSpan(s: string, raw: string): DateReading | undefined {
  return DASH_SPAN.test(s) ? { ok: true, value: null, confirm: `“${raw.trim()}”是一段时间。${WHICH_DAY}` } : undefined;
}

// 12月1日前, 十二月一号之前: before the first of a month, with no hour said (2018年12月1日上午9点前 names the day).
// (下个月1号前, 12月1日前完成招标: the next month named, or what is to be done by then said after.)
const BEFORE_FIRST = new RegExp(
  `^(?:(?:\\d{4}年)?${NUM}月|下个?月)(?:1|一|01)[日号](?:之前|以前|前)(?!后)(?:必须|务必|要|得)?(?:完成|报送|提交|上报|报|交|办结|结束|弄完|搞完)?[^，,]*$`,
);

/** 12月1日前: the 30th of November (the day before), or the first itself? Both are named, neither is chosen. */
export function beforeFirst(raw: string, read: (s: string) => DateReading): DateReading | undefined {
  const s = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.!！]+$/, '')
    .replace(/(?:吧|啊|呀|哈|了)+$/, '');
  if (!BEFORE_FIRST.test(s)) return undefined;
  const first = read(s.replace(/(?:之前|以前|前)[^前]*$/, ''));
  if (!first.ok || !first.value) return undefined;
  const [y, m] = first.value.split('-').map(Number);
  const eve = new Date(Date.UTC(y!, m! - 1, 0));
  const said = `${eve.getUTCMonth() + 1}月${eve.getUTCDate()}日`;
  return { ok: true, value: null, confirm: `“${raw.trim()}”可以理解为截止到${said}，也可以理解为${m}月1日当天截止。${WHICH_DAY}` };
}

// 11月1日，之前通知的10月25日作废 / 原定的10月25日作废，11月1日: one day given, another said to be void.
const VOID = /(?:作废|取消|不算|不作数|无效|废止)了?$/;
const EARLIER_SAID = /^(?:之前|原来|原先|此前|先前|上次|前面|原)?(?:通知|定|说|发|报)?的?/;

/** A day given beside another said to be void: the day given is the answer (read as any date is). */
export function voided(raw: string, now: Date, read: Reader): DateReading | undefined {
  const clauses = raw
    .normalize('NFKC')
    .replace(/[。.!！]+$/, '')
    .split(/[，,；;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length !== 2) return undefined;
  const i = clauses.findIndex((c) => VOID.test(c));
  if (i < 0 || VOID.test(clauses[1 - i]!)) return undefined;
  const gone = read(clauses[i]!.replace(VOID, '').replace(EARLIER_SAID, ''), now);
  const kept = read(clauses[1 - i]!.replace(/^(?:改为|改成|改到|现在?(?:是|为)?|新的?(?:是|为)?)/, ''), now);
  if (!gone.ok || !gone.value || !kept.ok || !kept.value || gone.value === kept.value) return undefined;
  return kept;
}
