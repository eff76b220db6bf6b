import type { Result } from '../core/errors.ts';
import { ok } from '../core/errors.ts';
import { parseAmount, parseChoice, parseCount, parseDate, parsePercentage, parseText, readYesNo } from './parsers.ts';
import { readDate } from './dates.ts';
import { readQuantity, type Quantity } from './quantity.ts';
import type { FieldSpec, FieldValue } from './template.ts';

/** What an answer's figure may reach: e.g. the allocation still unspent, for spending fields (元). */
export interface AnswerLimits {
  readonly maxYuan?: number;
  /** How the limit is named in the question, e.g. 剩余可用的中央财政资金. */
  readonly maxLabel?: string;
}

/**
 * A typed answer as the live form reads it: a value to store, or a question to
 * ask first (`confirm`, with the value that "是" would store; null for a range,
 * where only a new figure will do), and any words after a yes or no (`note`).
 */
export type Answer =
  | { readonly ok: true; readonly value: FieldValue; readonly confirm?: undefined; readonly note?: string }
  | { readonly ok: true; readonly value: FieldValue | null; readonly confirm: string; readonly note?: string }
  | { readonly ok: false; readonly error: string };

const CONFIRM_TAIL = '回复“是”确认，或直接重新输入。';
// A figure typed without a unit at or above this many 万元 (1亿元) in one week was meant in 元;
// above the limit, a bare figure of four digits or more (5000 at a 万元 field) likely was too.
const UNITLESS_IMPLAUSIBLE_WAN = 10_000;
const UNITLESS_DOUBTFUL_WAN = 1_000;

/** 1500000 → 1,500,000. */
export const groupDigits = (n: number): string => Math.round(n).toLocaleString('en-US');

const bareUnit = (field: FieldSpec): string => (field.unit ? `${field.unit}数` : '数量');

function countText(field: FieldSpec, n: number): string {
  return `${n}${field.unit ?? '个'}`;
}

function askAmount(q: Quantity, limits: AnswerLimits): Answer {
  const yuan = q.value;
  if (q.doubt === 'range') {
    return { ok: true, value: null, confirm: `您填写的是一个范围（${formatWan(yuan)}万至${formatWan(q.high ?? yuan)}万元），请直接输入准确数字，例如 45 或 45万。` };
  }
  const reading = (y: number) => `${formatWan(y)}万元（${groupDigits(y)}元）`;
  if (q.doubt) return { ok: true, value: yuan, confirm: `${doubtLead(q)}您填写的是 ${reading(yuan)}吗？${CONFIRM_TAIL}` };
  const max = limits.maxYuan;
  const tooBig = max !== undefined && yuan > max;
  // A bare 1500000 at a 万元 field: the person most likely wrote 元.
  if (q.unitless && (yuan >= UNITLESS_IMPLAUSIBLE_WAN * 10_000 || (tooBig && yuan >= UNITLESS_DOUBTFUL_WAN * 10_000))) {
    const asYuan = yuan / 10_000;
    if (max === undefined || asYuan <= max) return { ok: true, value: Math.round(asYuan), confirm: `本项的单位是万元。您填写的是 ${reading(Math.round(asYuan))}吗？${CONFIRM_TAIL}` };
  }
  if (tooBig) {
    return { ok: true, value: yuan, confirm: `您填写的是 ${reading(yuan)}吗？这超过了${limits.maxLabel ?? '本项的合理范围'}（${formatWan(max)}万元），请核对。${CONFIRM_TAIL}` };
  }
  return { ok: true, value: yuan };
}

function doubtLead(q: Quantity): string {
  if (q.doubt === 'approx') return `“${q.typed}”是约数，周报需要准确数字。`;
  if (q.doubt === 'letter') return `“${q.typed}”中含有字母。`;
  if (q.doubt === 'several') return `您的回复中有多个数字。`;
  return '';
}

function askCount(field: FieldSpec, q: Quantity): Answer {
  if (q.doubt === 'fraction') return { ok: true, value: null, confirm: `“${q.typed}”不是整数，${bareUnit(field)}应为整数，请直接输入准确数字，例如 2。` };
  if (q.doubt === 'range') return { ok: true, value: null, confirm: `您填写的是一个范围（${q.value}至${countText(field, q.high ?? q.value)}），请直接输入准确数字，例如 ${q.value}。` };
  if (q.doubt) return { ok: true, value: q.value, confirm: `${doubtLead(q)}您填写的是 ${countText(field, q.value)}吗？${CONFIRM_TAIL}` };
  // 500场 in one week: possible, but far more than usual.
  if (field.plausible !== undefined && q.value > field.plausible && (field.max === undefined || q.value <= field.max)) {
    return { ok: true, value: q.value, confirm: `您填写的是 ${countText(field, q.value)}吗？这个数字明显高于一般情况，请核对。${CONFIRM_TAIL}` };
  }
  return { ok: true, value: q.value };
}

// 应该没有吧, 可能有吧, 有又没有: a yes or no said with doubt is asked back.
const HEDGED = /应该|可能|好像|大概|也许|估计|说不准|不确定|看怎么算|算不算|有又没有|没有又有|说有也有/;
// 不太清楚, 我不晓得得问财务, 可能有可能没有: no answer yet, leaning neither way.
const UNSURE = /不太清楚|不清楚|不是很清楚|不太确定|不晓得|不知道|记不清|说不准|不确定|得问|要问|问一下|可能有可能没有|说有也有/;

/**
 * What the words around a figure say about it, beyond the number itself: a share is not an
 * amount (占30%), a plan is not spending (计划支出300万), a running total is not this week's
 * figure and back (累计已支出120万 / 本周新建5个), another week is not this one (上周三花了5万),
 * money going back is not spending (退回了2万), what is left is not what is done (还剩3个没招),
 * and 三万零五 may be 30005元 or 3.05万. Each is asked back with the reading, never stored unasked.
 */
function contextDoubt(field: FieldSpec, raw: string): string | undefined {
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  if (/%|％|百分之|[一二三四五六七八九十\d]成|一半|半数|大半|比例|占比/.test(s)) return `本项需要填写${field.kind === 'amount' ? '金额' : '数量'}，不是比例或份额。`;
  if (/计划|预计|打算|准备|拟/.test(s)) return '这是计划数还是已经发生的数？周报填写已经发生的数。';
  if (/退回|退款|收回|冲减|减少了/.test(s)) return '这笔是退回或减少的金额吗？周报填写新增的数。';
  if (/还剩|剩下|还差|没招|未完成|没完成/.test(s)) return '这是剩余的数还是已完成的数？本项填写已完成的数。';
  if (field.cumulative && /本周|这周|这星期|新增|新建|新开|新完成|本周完成/.test(s)) return '本项填写截至目前的累计数，不是本周新增数。';
  if (field.cumulative && /\d{1,2}月份?|本月|这个月/.test(s)) return '这是某个月的数还是截至目前的累计数？本项填写截至目前的累计数。';
  if (!field.cumulative && /累计|总共已|一共已|截至目前|截止目前|到目前|9月份|本月|这个月/.test(s)) return '本项填写本周的数，不是累计数。';
  if (!field.cumulative && /上周|上个?星期|上礼拜|上个月/.test(s)) return '这是上周的数吗？本项填写本周的数。';
  if (/这周没有|本周没有|本周无|这周没/.test(s) && /\d|[一二三四五六七八九十]/.test(s.replace(/这周没有|本周没有|本周无|这周没/, ''))) return '本周是否有新发生的数？';
  if (/^[一二三四五六七八九十两]+万零[一二三四五六七八九]$/.test(s)) return '';
  // 1.2k: thousands of what? (5k元 and 30w say it.)
  if (/\d[kK](?![元块])/.test(s)) return `“${raw.trim()}”是简写。`;
  if (field.kind === 'count') {
    const unit = unitWritten(s);
    if (unit && field.unit && !sameUnit(field.unit, unit)) return `本项的单位是“${field.unit}”，您填写的单位是“${unit}”。`;
    // 2018 at a count: a year, or a count?
    if (/^(?:19|20)\d\d$/.test(s)) return '这个数字像年份。';
  }
  // 一千二 with no unit at a 万元 field: 1200万元, or 1200元?
  if (field.kind === 'amount' && /^[一二两三四五六七八九十百千零〇]+$/.test(s) && /千/.test(s) && !/万/.test(s)) return '本项的单位是万元，“' + raw.trim() + '”没有写单位。';
  return undefined;
}

/** The count unit written after the figure (场, 人, 户, 天…), if any. */
function unitWritten(s: string): string | undefined {
  return /[\d零〇一二两三四五六七八九十百千万](人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座|批|班|天|间|条|份|单|站|点)/.exec(s)?.[1];
}

/** Units that count the same thing: 场/场次/次, 人次/人/名, 个/处/座/项/家/站/点/村, 户/家. */
const UNIT_FAMILIES: readonly (readonly string[])[] = [['场', '场次', '次'], ['人次', '人', '名'], ['个', '处', '座', '项', '家', '站', '点', '所', '村', '间'], ['户', '家']];
const sameUnit = (fieldUnit: string, written: string): boolean => fieldUnit === written || UNIT_FAMILIES.some((f) => f.includes(fieldUnit) && f.includes(written));

/** The ask for a context doubt: the reading spelled out, the words that raised it first. */
function withContext(field: FieldSpec, raw: string, answer: Answer): Answer {
  if (!answer.ok || answer.confirm !== undefined || answer.value === null) return answer;
  const why = contextDoubt(field, raw);
  if (why === undefined) return answer;
  const reading = field.kind === 'amount' ? `${formatWan(Number(answer.value))}万元（${groupDigits(Number(answer.value))}元）` : countText(field, Number(answer.value));
  const lead = why || `“${raw.trim()}”可以理解为不同的数。`;
  return { ok: true, value: answer.value, confirm: `${lead}您要填写的是 ${reading}吗？${CONFIRM_TAIL}` };
}

/** Reads a typed answer for a field the way the live form does: value, question, or the reason it cannot be read. */
export function readAnswer(field: FieldSpec, raw: string, now: Date, limits: AnswerLimits = {}): Answer {
  switch (field.kind) {
    case 'amount': {
      const q = readQuantity(raw, 'amount');
      return q.ok ? withContext(field, raw, askAmount(q.value, limits)) : q;
    }
    case 'count': {
      const q = readQuantity(raw, 'count', field.unit);
      return q.ok ? withContext(field, raw, askCount(field, q.value)) : q;
    }
    case 'yesno': {
      const r = readYesNo(raw);
      const clarify = '这一项需要明确回答。请核实后回复“是”或“否”；如需先问清楚，可以回复“暂停”，稍后发送“继续填报”接着填。';
      // Not knowing is no answer (asked again); knowing both ways at once, or leaning one way, is asked back.
      if (UNSURE.test(raw) && !r.ok) return { ok: false, error: clarify };
      if (UNSURE.test(raw) && (HEDGED.test(raw) || /可能有可能没有|说有也有|又没有|又有/.test(raw))) return { ok: true, value: null, confirm: clarify };
      if (!r.ok) return r;
      const note = r.value.note ? { note: r.value.note } : {};
      if (HEDGED.test(raw)) return { ok: true, value: r.value.value, confirm: `您的回答是“${r.value.value ? '是' : '否'}”吗？${CONFIRM_TAIL}`, ...note };
      return { ok: true, value: r.value.value, ...note };
    }
    case 'date': {
      const d = readDate(raw, now);
      return d.ok && d.confirm !== undefined ? { ok: true, value: d.value, confirm: d.confirm } : d;
    }
    default: {
      const parsed = parseAnswer(field, raw, now);
      return parsed.ok ? { ok: true, value: parsed.value } : parsed;
    }
  }
}

/** The canonical form of a stored value, echoed when it is stored: 12.5万元, 3场, 是. */
export function canonical(field: FieldSpec, value: FieldValue): string {
  return field.kind === 'count' ? countText(field, Number(value)) : formatValue(field, value);
}

/** Parses an answer that cannot be asked back (a card form field): a doubtful figure fails with why. */
export function parseAnswer(field: FieldSpec, raw: string, now: Date): Result<FieldValue> {
  switch (field.kind) {
    case 'amount':
      return parseAmount(raw);
    case 'count':
      return parseCount(raw);
    case 'percentage':
      return parsePercentage(raw);
    case 'yesno': {
      const r = readYesNo(raw);
      return r.ok ? ok(r.value.value) : r;
    }
    case 'choice':
      return parseChoice(raw, field.options ?? []);
    case 'date':
      return parseDate(raw, now);
    case 'text':
      return parseText(raw, field.maxLength);
  }
}

/** 万元 with up to four decimals (exact to the 元), e.g. 45 or 12.3456. */
export function formatWan(yuan: number): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(Math.round(yuan));
  const whole = Math.floor(abs / 10_000);
  const frac = String(abs % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? '.' + frac : ''}`;
}

/** How an answer reads in a summary: 45万元, 3个, 35%, 是, 2018-09-30, （未填）. */
export function formatValue(field: FieldSpec, value: FieldValue | null | undefined): string {
  if (value === null || value === undefined) return '（未填）';
  switch (field.kind) {
    case 'amount':
      return `${formatWan(Number(value))}万元`;
    case 'count':
      return `${value}${field.unit ?? ''}`;
    case 'percentage':
      return `${Number(value) / 100}%`;
    case 'yesno':
      return value === true ? '是' : '否';
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    default:
      return String(value);
  }
}
