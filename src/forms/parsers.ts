import { shanghaiDate } from '../core/clock.ts';
import type { Result } from '../core/errors.ts';
import { fail, ok } from '../core/errors.ts';
import { numeralValue } from './numbers.ts';
import { AMOUNT_EXPECTED, COUNT_EXPECTED, readQuantity, type Quantity } from './quantity.ts';

export { AMOUNT_EXPECTED, COUNT_EXPECTED };

/**
 * Parsers for what officials really type. Each returns a Result whose error is
 * a Chinese sentence saying what was expected. Values are in storage units:
 * amounts integer 元, counts integers, percentages basis points, dates YYYY-MM-DD.
 */

export const PERCENT_EXPECTED = '请输入百分比，例如 35% 或 35（表示35%），应在0到100之间。';
export const YESNO_EXPECTED = '请回复“是”或“否”（也可以回复“有”或“没有”）。';
export const DATE_EXPECTED = '请输入日期，例如 9月30日、2026-12-20 或 下周五。';

const ZERO_WORDS = new Set(['无', '没有', '没', '零', '暂无', '无支出', '本周无', '本周没有', '均无', '没有支出', '未支出', '无此项', 'none', '-', '—', '/']);
const DECORATIONS = /^(?:约|大约|大概|共|共计|合计|累计|计|本周|人民币|rmb|¥|￥)+|(?:左右|上下|整|多|余|以上|。|\.)+$/gi;
/** Chinese or Arabic numerals to a number (the grammar of numbers.ts); undefined when it is neither, or a range. */
export function parseNumeral(raw: string): number | undefined {
  return numeralValue(raw.normalize('NFKC').trim());
}

function clean(raw: string, decorations = true): string {
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u3000]+/g, '')
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1');
  return decorations ? s.replace(DECORATIONS, '') : s.replace(/[。.]+$/, '');
}

function isZeroWord(s: string): boolean {
  return ZERO_WORDS.has(s.toLowerCase()) || /^(?:0+(?:\.0+)?)(?:万元|万|元)?$/.test(s);
}

/** Why a doubtful reading cannot be stored as it stands (a card form cannot ask back). */
export function doubtSentence(q: Quantity): string {
  switch (q.doubt) {
    case 'range':
      return `“${q.typed}”是一个范围，请填写准确数字。`;
    case 'approx':
      return `“${q.typed}”是约数，请填写准确数字。`;
    case 'letter':
      return `“${q.typed}”中含有字母，请只用数字填写。`;
    case 'fraction':
      return `数量应为整数。${COUNT_EXPECTED}`;
    case 'several':
      return `您的回复中有多个数字，请只填写一个数。${COUNT_EXPECTED}`;
    case 'negated':
      return `“${q.typed}”中有否定的说法，请直接填写准确数字。`;
    default:
      return '';
  }
}

function certain(q: Result<Quantity>): Result<number> {
  if (!q.ok) return q;
  return q.value.doubt ? fail(doubtSentence(q.value)) : ok(q.value.value);
}

/** An amount in 万元 as officials type it (`45`, `45万`, `十二万五`, `1,500万`, `1.2亿`, `450000元`, `无`) → integer 元; doubtful readings fail. */
export function parseAmount(raw: string): Result<number> {
  return certain(readQuantity(raw, 'amount'));
}

/** A whole count (`3`, `3个`, `三场`, `120人次`, `没有`, `共二十个村`) → integer; doubtful readings fail. */
export function parseCount(raw: string): Result<number> {
  return certain(readQuantity(raw, 'count'));
}

/** A percentage (`35%`, `35`, `百分之三十五`, `三成五`) → basis points (35% → 3500). */
export function parsePercentage(raw: string): Result<number> {
  const s = clean(raw);
  if (!s) return fail(PERCENT_EXPECTED);
  if (isZeroWord(s)) return ok(0);
  let value: number | undefined;
  const tenths = /^([一二两三四五六七八九十\d])成([一二三四五六七八九\d])?$/.exec(s);
  if (s.startsWith('百分之')) value = parseNumeral(s.slice(3));
  else if (tenths) value = (parseNumeral(tenths[1]!) ?? NaN) * 10 + (tenths[2] ? parseNumeral(tenths[2]) ?? NaN : 0);
  else value = parseNumeral(s.replace(/%$/, ''));
  if (value === undefined || !Number.isFinite(value)) return fail(PERCENT_EXPECTED);
  if (value < 0 || value > 100) return fail(PERCENT_EXPECTED);
  return ok(Math.round(value * 100));
}

const YES = /^(?:是|是的|有|有的|对|对的|对头|存在|涉及|有涉及|√|✓|✔|y|yes|是滴|嗯|确实有|有一点|有一些|有过|有点|用了|有用于|确实|属实|有啊|是啊|对头有|对有|是有)$/i;
const NO = /^(?:否|不是|无|没有|没|没有的|不|不存在|×|✗|✘|n|no|无此情况|没有此情况|均无|没有发生|未发生|未|没用|没有用|都没有|一律没有|从未|未曾|木有|莫得|没得|莫有|冇|不涉及|未涉及|绝对没有|肯定没有|真没有|一分都没有|一分钱都没有|一分也没有|没有没有|暂无|暂时没有|暂时没|尚无|没花|没花钱|这周没花钱|本周没花钱|本周未发生此类支出|本周无此类支出|么得|没有得|本周未发生此类情况|未发生此类情况|无此类情况)$/i;
// 没有用于这些, 没用于购买流量, 未发生此类支出: a sentence that starts by denying it.
const NO_LEAD = /^(?:没有|没|无|未|不存在|均未|都没有|从未|并未|不曾|木有|莫得|没得|绝对没有|肯定没有|当然没|根本没|压根没|都不涉及|均不涉及|不会有|从来没|一(?:分钱?|个|笔|项|次|点)(?:都|也)没)(?!问题|关系|吗)/;
const YES_LEAD = /^(?:确有此情况|确有此事|确实存在|确有|有此情况|有|是|存在|确实有|用了|有用于|对头|对)(?:一点|一些|点|的|过)?/;
// What is said before the answer and changes nothing (嗯嗯 没有, 这周 没有), and the doubt words the form asks back.
const YESNO_FILLER = /^(?:(?:嗯+|哦+|额+|呃+|这周|本周|目前|暂时|这个|那个|好像|应该|可能|估计|大概|也许|经核查|经核实|经查)[，,]?)+/;
const YESNO_TAIL = /(?:吧|啊|呀|哈|的|了|不确定|说不准)+$/;

// 有 不对 没有 / 没有，说错了，有一笔: what is said after taking the first answer back is the answer.
const TAKEN_BACK = /不对|说错了|错了|搞错了|打错了|更正一下|更正|纠正/g;
// 没有用于楼堂馆所，但是买了些流量: a no, then a use reported after 但是 (not one planned, not one denied).
const BUT = /^(.+?)[，,；;]*(?:但是|但|不过|可是|只是|就是|然而)[，,]?(.+)$/;
const USE_REPORTED = /买了|用了|花了|付了|支付|购买|用于|用在|投了|有(?:一|些|点|笔|过)|\d|[一两二三四五六七八九十][万千百]/;
const NOT_DONE = /没|未|无|不|打算|计划|准备|下周|以后|将要|拟/;
// 除了工作经费2万，其它没有: everything denied except the one named.
const EXCEPT = /^除了?(.+?)(?:以外|之外|外)?[，,]+(?:其[它他余]的?|别的|另外的?)(?:都|均|也)?(?:没有|没|无|未)/;

/** The answer in a message that takes one back (有 不对 没有); undefined when it takes nothing back. */
function takenBack(cleaned: string): Result<YesNoReading> | undefined {
  const last = [...cleaned.matchAll(TAKEN_BACK)].at(-1);
  if (!last?.index) return undefined;
  const before = readYesNo(cleaned.slice(0, last.index).replace(/[，,。.；;]+$/, ''));
  if (!before.ok) return undefined;
  const after = cleaned.slice(last.index + last[0].length).replace(/^[，,。.；;：:]+/, '');
  const read = after ? readYesNo(after) : undefined;
  // Taken back with nothing clear after it: asked again rather than read either way.
  return read?.ok ? read : fail(YESNO_EXPECTED);
}

/** A yes or no as read: `reversed` when a no went on to report a use (没有…但是买了些流量), which is asked back. */
export interface YesNoReading {
  readonly value: boolean;
  readonly note?: string;
  readonly reversed?: boolean;
  /** Some uses denied one by one (平台没有，楼堂馆所也没有): a no, asked back. */
  readonly partial?: boolean;
}

/** Yes or no with what follows it (`有一点，买了2万的流量` → true, note 买了2万的流量). */
export function readYesNo(raw: string): Result<YesNoReading> {
  const cleaned = clean(raw, false).replace(/[!！。,，]+$/, '');
  const corrected = takenBack(cleaned);
  if (corrected) return corrected;
  const except = EXCEPT.exec(cleaned);
  if (except) return ok({ value: true, note: except[1]!, reversed: true });
  const but = BUT.exec(cleaned);
  if (but && USE_REPORTED.test(but[2]!) && !NOT_DONE.test(but[2]!)) {
    const head = readYesNo(but[1]!);
    if (head.ok && !head.value.value) return ok({ value: true, note: but[2]!, reversed: true });
  }
  // 嗯嗯 没有 / 应该没有吧 / 可能有吧: the answer inside the padding (the doubt is asked back by the form).
  // 否否 / 没有没有: said twice is said once; 应该是没有: 是 before the answer is padding too.
  const unpadded = cleaned
    .replace(YESNO_FILLER, '')
    .replace(YESNO_TAIL, '')
    .replace(/^[，,\s]+/, '')
    .replace(/^是(?=没|有|无|不)/, '')
    .replace(/^(.+?)\1+$/, '$1');
  const s = YES.test(unpadded) || NO.test(unpadded) || NO_LEAD.test(unpadded) ? unpadded : cleaned;
  if (YES.test(s)) return ok({ value: true });
  if (NO.test(s)) return ok({ value: false });
  if (/[?？吗]$|有没有|是不是|是否/.test(s)) return fail(YESNO_EXPECTED);
  // "有，用于购买流量" / "没有，均按规定使用": the answer leads, the rest explains it.
  const lead = /^([^，,。.；;：:]+)[，,。.；;：:]+(.*)$/.exec(s);
  const note = lead?.[2]?.trim() || undefined;
  if (lead && YES.test(lead[1]!)) return ok({ value: true, ...(note ? { note } : {}) });
  if (lead && NO.test(lead[1]!)) return ok({ value: false, ...(note ? { note } : {}) });
  if (NO_LEAD.test(s)) return ok({ value: false });
  // 严格按规定使用，没有 / 买了流量，有: the answer last, after what explains it.
  const last = /^(.*?[^，,。.；;：:])[，,。.；;：:]+([^，,。.；;：:]+)$/.exec(s);
  const lastWord = last?.[2]?.replace(YESNO_TAIL, '');
  if (last && lastWord && (YES.test(lastWord) || NO.test(lastWord))) return ok({ value: YES.test(lastWord), note: last[1]! });
  // 本周资金都用于站点建设，没有违规: a denial last, in a sentence of its own.
  if (last && lastWord && NO_LEAD.test(lastWord) && !/[?？吗]/.test(lastWord)) return ok({ value: false, note: last[1]! });
  // 平台没有，楼堂馆所也没有: each use denied in turn, which may leave some unsaid (asked).
  const denials = s.split(/[，,；;、]+/).filter(Boolean);
  if (denials.length >= 2 && denials.every((d) => /^[^，,]{1,8}?(?:也|都|均)?(?:没有|没|无|未)$/.test(d))) return ok({ value: false, note: s, partial: true });
  const yes = YES_LEAD.exec(unpadded);
  if (yes && unpadded.length > yes[0].length && !/^有(?:关|些问题)/.test(unpadded)) return ok({ value: true, note: unpadded.slice(yes[0].length).replace(/^[，,：:]/, '') });
  return fail(YESNO_EXPECTED);
}

/** Yes or no (`是`, `否`, `有`, `没有`) → boolean. */
export function parseYesNo(raw: string): Result<boolean> {
  const read = readYesNo(raw);
  return read.ok ? ok(read.value.value) : read;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

/** One of the options, by its label, value, an alias or its number in the list. */
export function parseChoice(raw: string, options: readonly ChoiceOption[]): Result<string> {
  const s = clean(raw);
  const expected = `请从以下选项中选择一项（可回复序号）：${options.map((o, i) => `${i + 1}. ${o.label}`).join('；')}`;
  const index = parseNumeral(s);
  if (index !== undefined && Number.isInteger(index) && index >= 1 && index <= options.length) return ok(options[index - 1]!.value);
  const lower = s.toLowerCase();
  const found = options.find((o) => [o.value, o.label, ...(o.aliases ?? [])].some((x) => x.toLowerCase() === lower));
  return found ? ok(found.value) : fail(expected);
}

/** A short text, trimmed, at most `maxLength` characters. */
export function parseText(raw: string, maxLength = 500): Result<string> {
  // No NFKC here: full-width Chinese punctuation is part of the text people wrote.
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return fail('请输入文字内容。');
  if (s.length > maxLength) return fail(`内容过长（${s.length}字），请精简到${maxLength}字以内。`);
  return ok(s);
}

const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function lastDayOfMonth(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A date (`9月30日`, `2026-12-20`, `下周五`, `明天`, `12月底`) in Asia/Shanghai, relative to `now` → YYYY-MM-DD. */
export function parseDate(raw: string, now: Date): Result<string> {
  const s = clean(raw, false).replace(/^(?:在|于)/, '').replace(/(?:之?前|以前)$/, '');
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const rel: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3, 昨天: -1 };
  if (s in rel) return ok(addDays(today, rel[s]!));
  const week = /^(上|本|这|下|下下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天七1-7])$/.exec(s);
  if (week) {
    const todayDow = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
    const target = WEEKDAYS[week[2]!] ?? Number(week[2]);
    const monday = addDays(today, 1 - todayDow);
    const offset = { 上: -7, 本: 0, 这: 0, 下: 7, 下下: 14 }[week[1] as '上'] ?? undefined;
    // A bare 周五 means the coming one (today included).
    if (offset === undefined) return ok(addDays(today, (target - todayDow + 7) % 7));
    return ok(addDays(monday, offset + target - 1));
  }
  const full = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})[日号]?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (full) {
    const d = validDate(Number(full[1]), Number(full[2]), Number(full[3]));
    return d ? ok(d) : fail('这个日期不存在，请核对。' + DATE_EXPECTED);
  }
  const monthDay = /^([\d一二三四五六七八九十]{1,3})(?:月|[-/.])([\d一二三四五六七八九十]{1,3})[日号]?$/.exec(s);
  if (monthDay) {
    const m = parseNumeral(monthDay[1]!);
    const d = parseNumeral(monthDay[2]!);
    const date = m !== undefined && d !== undefined ? validDate(year, m, d) : undefined;
    return date ? ok(date) : fail('这个日期不存在，请核对。' + DATE_EXPECTED);
  }
  const monthEnd = /^(?:(\d{4})年)?([\d一二三四五六七八九十]{1,3})月(?:底|末|末尾)$/.exec(s);
  if (monthEnd) {
    const m = parseNumeral(monthEnd[2]!);
    if (m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12) return ok(lastDayOfMonth(monthEnd[1] ? Number(monthEnd[1]) : year, m));
  }
  return fail(DATE_EXPECTED);
}
