import { withCents } from './jiao-fen.ts';
import { NUMERAL_CHARS } from './numbers.ts';
import type { QuantityKind } from './quantity.ts';

/**
 * Finds the figures in what was typed, for the quantity reader: the text normalised (full-width forms,
 * separators, currency signs, letters standing for digits), the numeral spans in it that are figures
 * (not dates, times, ordinals or phone numbers), a range joining two of them, the unit written after
 * each, and a figure's value in storage units.
 */

const RANGE_JOIN = /^(?:-|~|～|—|–|到|至|或|或者)$/;

const GOODS = /^(?:台|辆|件|套|本|张|部|只|头|箱|袋|斤|公斤|千克|吨|亩|棵|株|栋|平米|平方|公里|条|份|单)/;
const AMOUNT_SUFFIX = /^(?:亿元|万元|元|块钱|块|圆)/;
const COUNT_SUFFIX = /^(?:人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座|批|班|天|间|条|份|单|期次|笔)/;
// What cannot follow an amount or a count: a date, a time, an ordinal, a floor of a building (3层).
const NOT_QUANTITY_AFTER = /^(?:月|日|号|年|周|季度|点钟|时|分钟|岁|层)/;
// (乡上两场, 县上三个: 上 after a place is where, as Gansu speech says it, not 上两周, the last two weeks; 最后一个 is the last one.)
// (头一回报, 头一次填: 头 before a numeral counts from the first, as 第 does.)
const NOT_QUANTITY_BEFORE = /(?:第|头|最后|周|星期|礼拜|(?<![乡县村镇州省市])上|下|统|万|唯|初)$/;
// 一 in ordinary words (一下, 一些, 一直, 一起, 一共, 一般, 一样, 一点儿, 一个月).
const IDIOM_AFTER_ONE = /^(?:下|些|直|起|步|题|放|共|般|样|点|边|会|律|定|切|旦|致|同|并|概|个月|周|趟|遍|阵|会儿|块儿|半)/;

const SPAN = new RegExp(`[${NUMERAL_CHARS}]+`, 'g');

/** 12。5万: a full stop typed between the digits of a lone figure and its unit is its decimal point (3。2 alone is asked: slips.ts). */
export const stopAsPoint = (s: string): string => s.replace(/^(\d+)。(\d+)(?=(?:万元|万|元|块)[。.!！~～]*$)/, '$1.$2');

/** NFKC, no spaces, no thousands separators or currency signs; letters that stand for digits replaced (and noted). */
export function normalise(raw: string): { s: string; letter: boolean; currency: boolean } {
  // 20（万元）: the unit in brackets after the figure, as on a printed form.
  // (6万 9月17号付的: a space before a day of the month parts it from the figure, as a comma would; 5万9 is 5.9万.)
  let s = stopAsPoint(
    raw
      .normalize('NFKC')
      .trim()
      .replace(/[\s\u3000]+(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])/g, '，')
      .replace(/[\s\u3000]+/g, '')
      .replace(/(?<=\d)\((万元|万|元|亿元|个|场|人次|户)\)$/, '$1'),
  );
  s = s.replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1').replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  // (6780元3角2分: the 角 and 分 made the decimals of one figure in 元.)
  s = withCents(s);
  // (26000人民币: the currency named after a bare figure is a sign as well; after 万 or 元 it adds nothing.)
  const currency = /^(?:人民币|rmb)|[¥￥$]|\d(?:rmb|人民币)$/i.test(s);
  s = s.replace(/^(?:人民币|rmb)/i, '').replace(/(?<=[\d万千百亿元])(?:rmb|人民币)$/i, '').replace(/[¥￥$]/g, '');
  // 俩, 仨: two, three; 0.5个亿: 亿.
  s = s.replace(/俩/g, '两').replace(/仨/g, '三').replace(/(?<=[\d零〇一二两三四五六七八九十百千])个(?=[亿万])/g, '');
  // 30w, 5k: the shorthand of people who type in pinyin.
  // (12wan, 12万yuan, 5000yuan: the units spelt out in pinyin.)
  s = s
    .replace(/(?<=\d)wan(?=yuan(?![a-zA-Z]))/gi, '万')
    .replace(/(?<=[\d万千])(?:wan)(?![a-zA-Z])/gi, '万')
    .replace(/(?<=[\d万千])(?:yuan|kuai)(?![a-zA-Z])/gi, '元')
    // (36ge, 120renci: a count's unit spelt out in pinyin.)
    .replace(/(?<=\d)(renci|ren|ge|chang|hu)(?![a-zA-Z])/gi, (u) => ({ renci: '人次', ren: '人', ge: '个', chang: '场', hu: '户' })[u.toLowerCase()] ?? u);
  s = s.replace(/(\d)[wW](?![a-zA-Z])/g, '$1万').replace(/(\d)[kK](?![a-zA-Z])/g, '$1千');
  const before = s;
  // 6O, l5, 1O0, 12OO: a letter next to digits that looks like one (again until none is left: OO).
  for (let last = ''; last !== s; ) {
    last = s;
    s = s.replace(/(?<=\d)[Oo]|[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI|]|[lI|](?=\d)/g, '1');
  }
  // (4S个, 1S万: S typed for the 5 beside it, before a digit, a unit or the end; 4S店 names a shop, no figure.)
  s = s.replace(/(?<=\d)[Ss](?=[\d个场户人万元]|$)/g, '5');
  return { s, letter: s !== before, currency };
}

interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function spansOf(s: string, kind: QuantityKind): Span[] {
  const out: Span[] = [];
  for (const m of s.matchAll(SPAN)) {
    let text = m[0];
    let start = m.index;
    // A trailing or leading 点 is a word (一点, 十点), not a decimal point.
    while (text.endsWith('点') || text.endsWith('.')) text = text.slice(0, -1);
    while (text.startsWith('点') || text.startsWith('.')) {
      text = text.slice(1);
      start++;
    }
    if (!text) continue;
    // 周二1场: a Chinese digit then an Arabic one are two figures (the first here a weekday).
    // (十2万, 二十5万: a Chinese 十 then an Arabic digit is one figure in mixed writing, read whole and asked.)
    const mixed = /^([零〇一二两三四五六七八九十]+)(\d.*)$/.exec(text);
    if (mixed && !(/十$/.test(mixed[1]!) && !/(?:周|星期|礼拜)$/.test(s.slice(0, start)))) {
      text = mixed[2]!;
      start += mixed[1]!.length;
    }
    // 周二一场: the weekday, then the figure. (周四十人 stays whole: 四十 is a figure too, and weekdayOrFigure asks which.)
    const weekday = /^[一二三四五六日天七]((?![十百千万])[零〇一二两三四五六七八九十百千万]+)$/.exec(text);
    if (weekday && /(?:周|星期|礼拜)$/.test(s.slice(0, start)) && COUNT_SUFFIX.test(s.slice(start + text.length))) {
      text = weekday[1]!;
      start++;
    }
    const before = s.slice(0, start);
    const after = s.slice(start + text.length);
    // 13893112345: a mobile number; 〔2018〕: a year in a document number; 下午3点前: a time.
    // 零售额, 零头, 零星: 零 in a word, not a figure.
    if (text === '零' && /^[售头星散工碎件用钱部花]/.test(after)) continue;
    if (/^1[3-9]\d{9}$/.test(text) || (/[〔[【]$/.test(before) && /^[〕\]】]/.test(after))) continue;
    if (/^点(?!\d)/.test(after) && (/(?:上午|下午|晚上|早上|中午|凌晨|傍晚|今天|明天)$/.test(before) || /^点(?:前|后|钟|半|以前|之前|整)/.test(after))) continue;
    // 第3期, 第2个项目: an ordinal, in figures or in words.
    // (本周十二万, 这周两场: after 周 only a lone weekday digit is a day; a numeral that cannot be one, or goes on, is a figure.)
    const weekWord = /(?:周|星期|礼拜)$/.test(before);
    // (本周二场, 这礼拜三个: a lone weekday digit with a counting word straight after it is the figure, not the day.)
    const dayOnly = /^[一二三四五六七日天]$/.test(text) && !/^(?:场|个|人|户|次|期|项|家|名)/.test(after);
    if (/第$/.test(before) || (NOT_QUANTITY_BEFORE.test(before) && !/^\d/.test(text) && (!weekWord || dayOnly))) continue;
    if (NOT_QUANTITY_AFTER.test(after) && !(kind === 'count' && /^天/.test(after))) continue;
    if (/^[一]$/.test(text) && (IDIOM_AFTER_ONE.test(after) || /[统万唯第这那每哪同]$/.test(before))) continue;
    out.push({ text, start, end: start + text.length });
  }
  return out;
}

/** Joins `40-50万`, `三到五场` into one span: the join word between two numerals. */
export function rangeOf(s: string, spans: readonly Span[]): { low: Span; high: Span } | undefined {
  for (let i = 0; i + 1 < spans.length; i++) {
    // 5个或6个, 3万到5万: a unit may stand on both sides of the join.
    const join = s.slice(spans[i]!.end, spans[i + 1]!.start).replace(AMOUNT_SUFFIX, '').replace(COUNT_SUFFIX, '');
    if (RANGE_JOIN.test(join)) return { low: spans[i]!, high: spans[i + 1]! };
  }
  return undefined;
}

export function unitAfter(s: string, span: Span, kind: QuantityKind): { unit: string; mismatch: boolean } {
  const after = s.slice(span.end).replace(/^[多余来]/, '');
  const amount = AMOUNT_SUFFIX.exec(after)?.[0];
  const count = COUNT_SUFFIX.exec(after)?.[0];
  // 一台电脑, 3辆车, 200斤: so many goods, which are neither money nor what a count field counts.
  if (!amount && !count && GOODS.test(after)) return { unit: '', mismatch: true };
  if (kind === 'amount') return { unit: amount ?? '', mismatch: !amount && Boolean(count) };
  // 共二十个村 at a count: 个 is the unit; 元 after a count is another kind of figure.
  return { unit: count ?? '', mismatch: !count && Boolean(amount) };
}

/** The value in storage units of a numeral read at a field of this kind. */
export function toUnits(value: number, numeral: string, unit: string, kind: QuantityKind): { value: number; unitless: boolean } {
  if (kind === 'count') return { value, unitless: false };
  if (unit.startsWith('亿')) return { value: value * 100_000_000, unitless: false };
  if (unit === '万元') return { value: value * 10_000, unitless: false };
  // 45万 / 450000元 / 2百万 are in 元 already; a figure with no unit at all is 万元.
  if (unit || /[万亿]/.test(numeral)) return { value, unitless: false };
  return { value: value * 10_000, unitless: true };
}

/** The weekday digit (二 of 本周二十万 or 周二十场) that could be a day or part of the figure after 周/星期/礼拜. */
export function weekdayOrFigure(text: string, span: { readonly text: string; readonly start: number }): string | undefined {
  const before = text.slice(0, span.start);
  if (/(?:周|星期|礼拜)$/.test(before)) return /^([一二三四五六七])[十百千万亿]/.exec(span.text)?.[1];
  return /^[十百千万亿]/.test(span.text) ? /(?:周|星期|礼拜)([一二三四五六七])$/.exec(before)?.[1] : undefined;
}
