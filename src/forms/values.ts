import type { Result } from '../core/errors.ts';
import { fail, ok } from '../core/errors.ts';
import { CONFIRM_TAIL, type Answer } from './answer.ts';
import { parseAmount, parseChoice, parseCount, parseDate, parsePercentage, parseText, readYesNo } from './parsers.ts';
import { pinyinNumeral } from './pinyin-numerals.ts';
import { tidy } from './typed.ts';
import { readYesNoAnswer } from './yesno-answer.ts';
import { readDate } from './dates.ts';
import { contextDoubt } from './context.ts';
import { differenceAnswer } from './difference.ts';
import { dictated } from './dictation.ts';
import { withCents } from './jiao-fen.ts';
import { PART_NOT_DONE_TEXT } from './none-said.ts';
import { readQuantity, unitWritten, type Quantity } from './quantity.ts';
import { readSeveral, type Several } from './several.ts';
import { countsOnly } from './counts-at-amount.ts';
import { withoutTimeOfDay } from './time-of-day.ts';
import { sameAsBefore, sameAsOther } from './same-as.ts';
import { ordinalAnswer } from './ordinals.ts';
import { shareAnswer } from './shares.ts';
import { allocationShare } from './allocation-share.ts';
import { vagueAnswer } from './vague.ts';
import { bareUnit, wrongMeasure } from './wrong-measure.ts';
import type { FieldSpec, FieldValue } from './template.ts';
import { formatValue, formatWan, groupDigits } from './format.ts';

export { formatValue, formatWan, groupDigits } from './format.ts';

/** What an answer's figure may reach: e.g. the allocation still unspent, for spending fields (元). */
export interface AnswerLimits {
  readonly maxYuan?: number;
  /** How the limit is named in the question, e.g. 剩余可用的中央财政资金. */
  readonly maxLabel?: string;
  /** The county's whole allocation (元), for a share of it said in words (总资金的百分之五). */
  readonly allocationYuan?: number;
}

export type { Answer } from './answer.ts';
// A figure typed without a unit at or above this many 万元 (1亿元) in one week was meant in 元;
// above the limit, a bare figure of four digits or more (5000 at a 万元 field) likely was too.
const UNITLESS_IMPLAUSIBLE_WAN = 10_000;
const UNITLESS_DOUBTFUL_WAN = 1_000;


function countText(field: FieldSpec, n: number): string {
  return `${n}${field.unit ?? '个'}`;
}

function askAmount(field: FieldSpec, q: Quantity, limits: AnswerLimits): Answer {
  const yuan = q.value;
  if (q.doubt === 'range') {
    return { ok: true, value: null, confirm: `您填写的是一个范围（${formatWan(yuan)}万至${formatWan(q.high ?? yuan)}万元），请直接输入准确数字，例如 45 或 45万。` };
  }
  if (q.doubt === 'bound') return { ok: true, value: null, confirm: boundAsk(q, '金额，例如 45 或 45万') };
  const reading = (y: number) => `${formatWan(y)}万元（${groupDigits(y)}元）`;
  // ¥5000, RMB 5000: a currency sign names 元, while the form asks in 万元, so the figure is never stored
  // as 万元 unasked. Four digits or more are offered in 元; a small one (¥45: 45元, or 45万 with a sign
  // in front?) is asked for its unit, with no reading offered.
  if (q.currency) {
    const asYuan = yuan / 10_000;
    if (asYuan >= UNITLESS_DOUBTFUL_WAN) return { ok: true, value: Math.round(asYuan), confirm: `本项的单位是万元，“${q.typed}”按“元”理解。您填写的是 ${reading(Math.round(asYuan))}吗？${CONFIRM_TAIL}` };
    return { ok: true, value: null, confirm: `“${q.typed}”没有写单位，本项的单位是万元。请写明单位重新输入，例如 ${formatWan(yuan)}万 或 ${asYuan}元。` };
  }
  if (q.doubt) return { ok: true, value: yuan, confirm: `${doubtLead(q)}您填写的是 ${reading(yuan)}吗？${CONFIRM_TAIL}` };
  const max = limits.maxYuan;
  const tooBig = max !== undefined && yuan > max;
  // 1.2亿 of online sales in one week: possible, but far more than a county sells.
  const unusual = field.plausible !== undefined && yuan > field.plausible;
  // A bare 1500000 at a 万元 field: the person most likely wrote 元.
  if (q.unitless && (yuan >= UNITLESS_IMPLAUSIBLE_WAN * 10_000 || ((tooBig || unusual) && yuan >= UNITLESS_DOUBTFUL_WAN * 10_000))) {
    const asYuan = yuan / 10_000;
    if (max === undefined || asYuan <= max) return { ok: true, value: Math.round(asYuan), confirm: `本项的单位是万元。您填写的是 ${reading(Math.round(asYuan))}吗？${CONFIRM_TAIL}` };
  }
  // 花了1500 at this week's spending: 1500万元 would be most of a county's whole allocation, 1500元 a small
  // bill; with no unit written nothing tells them apart, so neither is offered. (1.2k is asked as shorthand.)
  if (q.unitless && !tooBig && max !== undefined && yuan >= UNITLESS_DOUBTFUL_WAN * 10_000 && !/\d[kK]/.test(q.typed)) {
    return { ok: true, value: null, confirm: `“${q.typed}”没有写单位，可以理解为 ${formatWan(yuan)}万元，也可以理解为 ${yuan / 10_000}元。请写明单位重新输入，例如 ${formatWan(yuan)}万 或 ${yuan / 10_000}元。` };
  }
  if (tooBig) {
    return { ok: true, value: yuan, confirm: `您填写的是 ${reading(yuan)}吗？这超过了${limits.maxLabel ?? '本项的合理范围'}（${formatWan(max)}万元），请核对。${CONFIRM_TAIL}` };
  }
  if (unusual) return { ok: true, value: yuan, confirm: `您填写的是 ${reading(yuan)}吗？这个数字明显高于一般情况，请核对。${CONFIRM_TAIL}` };
  return { ok: true, value: yuan };
}

function doubtLead(q: Quantity): string {
  if (q.doubt === 'approx') return `“${q.typed}”是约数，周报需要准确数字。`;
  if (q.doubt === 'letter') return `“${q.typed}”中含有字母。`;
  if (q.doubt === 'several') return `您的回复中有多个数字。`;
  if (q.doubt === 'negated') return `“${q.typed}”中有否定的说法。`;
  if (q.doubt === 'slip') return q.slip ?? '';
  if (q.doubt === 'pinyin') return `“${q.typed}”是拼音，按“${pinyinNumeral(q.typed)}”理解。`;
  return '';
}

// 没到10万, 50人以上: the figure named is a bound, and offering it (10万 for 没到10万) would offer what was not meant.
const boundAsk = (q: Quantity, example: string): string => `“${q.typed}”说的是一个上限或下限，不是准确数字。周报需要准确数字，请直接输入${example}。`;

function askCount(field: FieldSpec, q: Quantity): Answer {
  if (q.doubt === 'bound') return { ok: true, value: null, confirm: boundAsk(q, `${bareUnit(field)}，例如 3`) };
  if (q.doubt === 'fraction') return { ok: true, value: null, confirm: `“${q.typed}”不是整数，${bareUnit(field)}应为整数，请直接输入准确数字，例如 2。` };
  if (q.doubt === 'range') return { ok: true, value: null, confirm: `您填写的是一个范围（${q.value}至${countText(field, q.high ?? q.value)}），请直接输入准确数字，例如 ${q.value}。` };
  if (q.doubt) return { ok: true, value: q.value, confirm: `${doubtLead(q)}您填写的是 ${countText(field, q.value)}吗？${CONFIRM_TAIL}` };
  // 5万 at a count of 场: beyond what the field can hold, so only a new figure will do.
  if (field.max !== undefined && q.value > field.max) {
    return { ok: true, value: null, confirm: `您填写的是 ${countText(field, q.value)}，超过了本项的合理范围（最多${countText(field, field.max)}），请核对后直接输入准确数字。` };
  }
  // 500场 in one week: possible, but far more than usual.
  if (field.plausible !== undefined && q.value > field.plausible && (field.max === undefined || q.value <= field.max)) {
    return { ok: true, value: q.value, confirm: `您填写的是 ${countText(field, q.value)}吗？这个数字明显高于一般情况，请核对。${CONFIRM_TAIL}` };
  }
  return { ok: true, value: q.value };
}

/** The ask for a context doubt: the reading spelled out, the words that raised it first. */
function withContext(field: FieldSpec, raw: string, answer: Answer, now: Date): Answer {
  if (!answer.ok || answer.confirm !== undefined || answer.value === null) return answer;
  const change = differenceAnswer(field, raw);
  if (change) return change;
  const why = contextDoubt(field, raw, Number(answer.value), now);
  if (why === undefined) return answer;
  const reading = field.kind === 'amount' ? `${formatWan(Number(answer.value))}万元（${groupDigits(Number(answer.value))}元）` : countText(field, Number(answer.value));
  const lead = why || `“${raw.trim()}”可以理解为不同的数。`;
  return { ok: true, value: answer.value, confirm: `${lead}您要填写的是 ${reading}吗？${CONFIRM_TAIL}` };
}

const reading = (field: FieldSpec, value: number): string => (field.kind === 'amount' ? `${formatWan(value)}万元（${groupDigits(value)}元）` : countText(field, value));

/** Several figures in one message: a correction is read as the answer; anything else is asked back, spelled out. */
function severalAnswer(field: FieldSpec, several: Several, now: Date, limits: AnswerLimits, raw = ''): Answer {
  if (several.kind === 'correction') {
    const read = readAnswer(field, several.text, now, limits);
    // 计划3场，实际办了2场: most likely the figure after 实际, but asked.
    if (several.sure || !read.ok || read.confirm !== undefined || typeof read.value !== 'number') return read;
    return { ok: true, value: read.value, confirm: `您的回复中有多个数字，按“${several.text}”理解，您要填写的是 ${reading(field, read.value)}吗？${CONFIRM_TAIL}` };
  }
  if (several.kind === 'unclear') {
    // 80人，共160人次 at 人次: the one figure in the field's very unit (not only one of its family) is offered.
    const exact = field.kind === 'count' && field.unit ? several.figures.filter((f) => new RegExp(`[\\d零〇一二两三四五六七八九十百千万]${field.unit}$`).test(f)) : [];
    const one = exact.length === 1 ? readQuantity(exact[0]!, 'count', field.unit) : undefined;
    if (one?.ok && !one.value.doubt && Number.isInteger(one.value.value))
      return { ok: true, value: one.value.value, confirm: `您的回复中有多个数字（${several.figures.join('、')}），按“${exact[0]}”理解，您要填写的是 ${countText(field, one.value.value)}吗？${CONFIRM_TAIL}` };
    return { ok: true, value: null, confirm: `您的回复中有多个数字（${several.figures.join('、')}），本项只填写一个数，请直接输入准确数字。` };
  }
  const { from } = several;
  // 讲课费8000，场地费2000 at a 万元 field: figures with no unit that add up past what is plausible were 元.
  const bare = field.kind === 'amount' && from.every((t) => { const q = readQuantity(t, 'amount'); return q.ok && q.value.unitless; });
  const tooMuch = (y: number) => y >= UNITLESS_IMPLAUSIBLE_WAN * 10_000 || (limits.maxYuan !== undefined && y > limits.maxYuan && y >= UNITLESS_DOUBTFUL_WAN * 10_000);
  // 每场5000，办了3场 / 8个站每个3000: so much each with no unit (said first or last), times the items, past what is plausible: the each was 元 too.
  const eachBare = several.how === 'product' && field.kind === 'amount' && from.some((t) => { const q = readQuantity(t, 'amount'); return q.ok && q.value.unitless; });
  // (讲课费4千，食宿费3千，共7千: the one figure picked, with no unit, past what is plausible in 万元, was 元 as well;
  // not beside figures written in 万: 上行1200万，培训800万，合计2000.)
  const oneBare = bare && several.how === 'one' && !/[\d零〇一二两三四五六七八九十百千]万/.test(raw.normalize('NFKC'));
  const inYuan = ((bare && several.how === 'sum') || oneBare || eachBare) && tooMuch(several.value);
  const value = inYuan ? Math.round(several.value) / 10_000 : several.value;
  if (field.kind === 'count' && (!Number.isInteger(value) || (field.max !== undefined && value > field.max))) return askCount(field, { value, unitless: false, typed: from.join('，'), doubt: 'fraction' });
  const shown = reading(field, value);
  const how = several.how === 'one' ? `按“${from[0]}”理解` : several.how === 'sum' ? `合计：${from.join(' + ')}` : `按 ${from.join(' × ')} 计算`;
  const max = field.kind === 'amount' ? limits.maxYuan : undefined;
  const over =
    max !== undefined && value > max
      ? `这超过了${limits.maxLabel ?? '本项的合理范围'}（${formatWan(max)}万元），请核对。`
      : field.kind === 'amount' && field.plausible !== undefined && value > field.plausible
        ? '这个数字明显高于一般情况，请核对。'
        : '';
  const others = several.others.length ? { others: several.others } : {};
  const unitNote = inYuan ? '本项的单位是万元，按“元”理解，' : '';
  return { ok: true, value, confirm: `您的回复中有多个数字，${how}，${unitNote}您要填写的是 ${shown}吗？${over}${CONFIRM_TAIL}`, ...others };
}

/** An amount or count: several figures, one figure (with its doubts), or none. */
/** 本周新增支出的中央财政资金（万元）：45.6 — the field's own label pasted before the figure is not part of it. */
function withoutLabel(field: FieldSpec, raw: string): string {
  const s = raw.normalize('NFKC').trim();
  const label = field.label.normalize('NFKC');
  const bare = label.replace(/\([^()]*\)$/, '');
  const head = [label, bare].find((l) => s.startsWith(l));
  if (!head) return raw;
  const rest = s
    .slice(head.length)
    .replace(/^\((?:万元|元|个|户|人次|场)\)/, '')
    .replace(/^[\s:：=]+/, '');
  return rest || raw;
}

function readFigure(field: FieldSpec & { kind: 'amount' | 'count' }, typed: string, now: Date, limits: AnswerLimits): Answer {
  // 368 000元, 二是五万, 12.: what dictation or a phone keyboard did to the figure (dictation.ts).
  const said = dictated(typed);
  if (said?.unclear) {
    const [a, b] = (said.readings ?? []).map((t) => readFigure(field, t, now, limits));
    const shown = [a, b].every((r) => r?.ok && typeof r.value === 'number') ? `例如 ${[...new Set([a, b].map((r) => canonical(field, Number(r!.ok && r!.value))))].join(' 或 ')}` : '';
    return { ok: true, value: null, confirm: `${said.why}请直接输入准确数字${shown ? `，${shown}` : ''}。` };
  }
  if (said?.why) {
    const read = readFigure(field, said.text, now, limits);
    if (!read.ok || read.confirm !== undefined || typeof read.value !== 'number') return read;
    return { ok: true, value: read.value, confirm: `${said.why}您填写的是 ${reading(field, read.value)}吗？${CONFIRM_TAIL}` };
  }
  const labelled = withoutLabel(field, said?.text ?? typed);
  const time = withoutTimeOfDay(field, labelled);
  if (time?.onlyTime) return { ok: true, value: null, confirm: `“${labelled.trim()}”说的是时间，不是${field.kind === 'amount' ? '金额' : '数量'}。请直接输入准确数字。` };
  const raw = time?.text ?? labelled;
  const share = allocationShare(field, raw, limits.allocationYuan) ?? shareAnswer(field, raw);
  if (share) return share;
  // (6780元3角2分: one figure to the 分, not three; the question quotes what was typed.)
  const counts = countsOnly(field, raw);
  if (counts) return counts;
  const several = readSeveral(field, withCents(raw));
  if (several) return severalAnswer(field, several, now, limits, raw);
  const q = readQuantity(raw, field.kind, field.unit);
  // 每个站2万, 各50人, 每个站点补贴2万: so much each, but not how many: the field holds the whole.
  if (q.ok && q.value.value > 0 && /(?:每|各)[^\d零〇一二两三四五六七八九十，,。]{0,8}[\d零〇一二两三四五六七八九十]/.test(raw.normalize('NFKC'))) {
    return { ok: true, value: null, confirm: `“${raw.trim()}”是每一项的数，本项填写合计数。请直接输入合计${field.kind === 'amount' ? '金额，例如 6 或 6万' : `${bareUnit(field)}，例如 120`}。` };
  }
  const wrong = q.ok && field.kind === 'count' && q.value.value !== 0 ? wrongMeasure(field, raw.normalize('NFKC').trim(), q.value.value) : undefined;
  // (People may still be what the person meant to count, so they are asked, with no reading; money is rejected,
  // and so is a bare figure of people where no people are counted: 36人 at the stations.)
  if (wrong) return wrong.people ? { ok: true, value: null, confirm: wrong.why } : { ok: false, error: wrong.why };
  if (q.ok) return withContext(field, raw, field.kind === 'amount' ? askAmount(field, q.value, limits) : askCount(field, q.value), now);
  // 20个站点, 60人 at an amount: a count, not money.
  const asCount = field.kind === 'amount' ? readQuantity(raw, 'count') : undefined;
  if (asCount?.ok && unitWritten(raw.normalize('NFKC'))) {
    return { ok: false, error: `“${raw.trim()}”是数量，本项填写金额（万元）。${q.ok ? '' : q.error}` };
  }
  const ordinal = ordinalAnswer(field, raw, bareUnit(field));
  if (ordinal) return ordinal;
  // (好多，还没细算: a vague quantity in a clause of its own, then "not counted yet", is asked, with how to pause.)
  const notYet = q.error.startsWith('还没有');
  // (很多站点还没结账: a part not done is re-asked as no figure, not as a vague quantity to confirm.)
  if (q.error.startsWith(PART_NOT_DONE_TEXT)) return q;
  return vagueAnswer(field, raw, notYet ? q.error : undefined) ?? q;
}

/** Said when 同上周 finds no figure of last period for the field. */
export const NO_PREVIOUS = '上期没有这一项的数据，请直接填写。';


function askSame(field: FieldSpec, previous: FieldValue | null | undefined): Answer {
  if (previous === undefined || previous === null) return { ok: true, value: null, confirm: NO_PREVIOUS };
  const shown = field.kind === 'count' || field.kind === 'amount' ? canonical(field, previous) : formatValue(field, previous);
  return { ok: true, value: previous, confirm: `按上期周报中本项的填写理解，您要填写的是 ${shown}吗？${CONFIRM_TAIL}` };
}

/** Reads a typed answer for a field the way the live form does: value, question, or the reason it cannot be read. */
export function readAnswer(field: FieldSpec, typed: string, now: Date, limits: AnswerLimits = {}, previous?: FieldValue | null): Answer {
  // (@张三 9月17号付了2万: a chat line copied with whom it was addressed to; the mention is no part of the answer.)
  const raw = field.kind === 'text' ? typed : tidy(typed).replace(/^\s*(?:@[^\s@:：,，]{1,12}[\s:：,，]+)+/, '');
  // ✅, 👌: a sign alone, which may mean yes, done or only "seen"; a yes or no is asked for in words.
  if (!raw.trim() && typed.trim() && field.kind === 'yesno') return { ok: true, value: null, confirm: '请用文字回复“是”或“否”。' };
  if (field.kind !== 'text' && sameAsBefore(raw)) return askSame(field, previous);
  const other = field.kind === 'amount' || field.kind === 'count' ? sameAsOther(raw) : undefined;
  if (other) return { ok: false, error: `“${other}”没有给出具体数字。${field.kind === 'amount' ? '请直接输入金额，例如 45 或 45万。' : `请直接输入${bareUnit(field)}，例如 3。`}` };
  switch (field.kind) {
    case 'amount':
    case 'count':
      return readFigure({ ...field, kind: field.kind }, raw, now, limits);
    case 'yesno':
      return readYesNoAnswer(field, raw);
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
      if (r.ok && r.value.reversed) return fail(`您的回答中既有“否”又提到“${r.value.note}”，请明确回复“是”或“否”。`);
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
