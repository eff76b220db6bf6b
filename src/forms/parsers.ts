import { shanghaiDate } from '../core/clock.ts';
import type { Result } from '../core/errors.ts';
import { fail, ok } from '../core/errors.ts';
import { numeralValue } from './numbers.ts';
import { AMOUNT_EXPECTED, COUNT_EXPECTED, readQuantity, type Quantity } from './quantity.ts';

export { AMOUNT_EXPECTED, COUNT_EXPECTED };
import { clean } from './typed.ts';

export { parseYesNo, readYesNo, YESNO_EXPECTED, type YesNoReading } from './yesno.ts';

/**
 * Parsers for what officials really type. Each returns a Result whose error is
 * a Chinese sentence saying what was expected. Values are in storage units:
 * amounts integer 元, counts integers, percentages basis points, dates YYYY-MM-DD.
 */

export const PERCENT_EXPECTED = '请输入百分比，例如 35% 或 35（表示35%），应在0到100之间。';
export const DATE_EXPECTED = '请输入日期，例如 9月30日、2026-12-20 或 下周五。';

const ZERO_WORDS = new Set(['无', '没有', '没', '零', '暂无', '无支出', '本周无', '本周没有', '均无', '没有支出', '未支出', '无此项', 'none', '-', '—', '/']);
/** Chinese or Arabic numerals to a number (the grammar of numbers.ts); undefined when it is neither, or a range. */
export function parseNumeral(raw: string): number | undefined {
  return numeralValue(raw.normalize('NFKC').trim());
}

function isZeroWord(s: string): boolean {
  return ZERO_WORDS.has(s.toLowerCase()) || /^(?:0+(?:\.0+)?)(?:万元|万|元)?$/.test(s);
}

/** Why a doubtful reading cannot be stored as it stands (a card form cannot ask back). */
export function doubtSentence(q: Quantity, kind: 'amount' | 'count' = 'amount'): string {
  switch (q.doubt) {
    case 'range':
      return `“${q.typed}”是一个范围，请填写准确数字。`;
    case 'approx':
      return `“${q.typed}”是约数，请填写准确数字。`;
    case 'bound':
      return `“${q.typed}”说的是一个上限或下限，请填写准确数字。`;
    case 'letter':
      return `“${q.typed}”中含有字母，请只用数字填写。`;
    case 'fraction':
      return `数量应为整数。${COUNT_EXPECTED}`;
    case 'several':
      return `您的回复中有多个数字，请只填写一个数。${COUNT_EXPECTED}`;
    case 'pinyin':
      return `“${q.typed}”是拼音，请用数字填写，例如 10 或 十万。`;
    case 'slip':
      return `${q.slip ?? ''}${kind === 'amount' ? AMOUNT_EXPECTED : COUNT_EXPECTED}`;
    case 'negated':
      return `“${q.typed}”中有否定的说法，请直接填写准确数字。`;
    default:
      return '';
  }
}

function certain(q: Result<Quantity>, kind: 'amount' | 'count'): Result<number> {
  if (!q.ok) return q;
  // (¥5000: 元 by its sign, 万元 by the form; a card cannot ask which.)
  if (q.value.currency) return fail(`“${q.value.typed}”没有写单位，请写明“万”或“元”，例如 45万 或 450000元。`);
  return q.value.doubt ? fail(doubtSentence(q.value, kind)) : ok(q.value.value);
}

/** An amount in 万元 as officials type it (`45`, `45万`, `十二万五`, `1,500万`, `1.2亿`, `450000元`, `无`) → integer 元; doubtful readings fail. */
export function parseAmount(raw: string): Result<number> {
  return certain(readQuantity(raw, 'amount'), 'amount');
}

/** A whole count (`3`, `3个`, `三场`, `120人次`, `没有`, `共二十个村`) → integer; doubtful readings fail. */
export function parseCount(raw: string): Result<number> {
  return certain(readQuantity(raw, 'count'), 'count');
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
  const rel: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2, 大前天: -3 };
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
