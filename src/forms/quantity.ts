import { NEGATION, NOT_ONE, PART_NOT_DONE, PART_NOT_DONE_TEXT, saysNone, WHO_WHEN } from './none-said.ts';
import type { Result } from '../core/errors.ts';
import { fail, ok } from '../core/errors.ts';
import { normalise, rangeOf, spansOf, toUnits, unitAfter, weekdayOrFigure } from './figure-spans.ts';
import { NUMERAL_CHARS, readNumeral } from './numbers.ts';
import { pinyinNumeral } from './pinyin-numerals.ts';
import { saysCents } from './jiao-fen.ts';
import { slipOf, yuanMeantWan } from './slips.ts';

/**
 * Reads the one amount or count in what an official typed — a bare figure or
 * a short sentence (本周支出28万, 共二十个村, 这周没有培训) — and says why the
 * reading is not certain when it is not (a range, an approximation, a letter
 * standing in for a digit), so the form can ask instead of guessing.
 */

export type QuantityKind = 'amount' | 'count';

/** Why a reading needs the person's confirmation. */
export type Doubt = 'range' | 'approx' | 'bound' | 'letter' | 'several' | 'fraction' | 'negated' | 'pinyin' | 'slip';

export interface Quantity {
  /** Storage units: 元 for amounts, the count itself for counts. For a range, its low end. */
  readonly value: number;
  /** Amount typed with no unit at all (45): read as 万元, the form's unit. */
  readonly unitless: boolean;
  /** A currency marker (¥, RMB, 人民币) before a figure with no unit: the marker names 元, the form asks in 万元. */
  readonly currency?: boolean;
  readonly doubt?: Doubt;
  /** A range's high end, in the same units. */
  readonly high?: number;
  /** The words the value was read from, as typed (for the question). */
  readonly typed: string;
  /** Why a slip (5万万, 12.5元) is asked: slips.ts. */
  readonly slip?: string;
}

export const AMOUNT_EXPECTED = '请输入金额（单位：万元），例如 45、45万、四十五万 或 450000元；没有请回复 0 或“无”。';
export const COUNT_EXPECTED = '请输入整数，例如 3 或 3个；没有请回复 0。';
export const SEVERAL = '您的回复中有多个数字，请只填写一个数。';

const ZERO_WORDS = /^(?:无|没有|没|零|暂无|木有|莫得|没得|莫有|一个也没有|都不是.{0,6}|全都不是.{0,6}|无支出|本周无|本周没有|均无|没有支出|未支出|无此项|none|-|—|\/|否|未|未开展|没开展|尚无|还没有|目前没有)$/i;
// 还没统计出来, 商务局还没给数, 待定: there is a figure, but not yet; nothing to store.
const NOT_YET = /(?:还没|尚未|还未|暂未|没有?)(?:单独|分开|分别|专门|具体|详细)?(?:统计|定|确定|算|核|核实|汇总|出来|给数|报上来|拿到)|不清楚|不知道|待定|待统计|待核实|说不准|不好说|没数|没有?(?:具体)?(?:数据|数字)|无数据|问一下|问问/;
const NOT_YET_TEXT = '还没有确定的数字时，可以回复“暂停”，等数字确定后发送“继续填报”接着填写。';
// 3个都还没建成, 5场也没办: "not even" after a figure other than one; what it means is not said.
const NOT_EVEN = new RegExp(`^[^\\d，,。都也]{0,4}?(?:都|也)(?:还|暂时|目前|尚|仍)?${NEGATION.source}`);
// 3个没建成, 2场未办: the figure followed straight by a negated verb counts what was not done (没错, 没问题 confirm it).
const NOT_DONE = /^(?:还|暂时|目前|尚|仍)?(?:没有|没|未|尚未|莫得|木有)(?!错|问题|误|变|改)[\u4e00-\u9fff]/;
// 十几个, 几十万, 几百人: 几 inside a numeral is a range.
const SEVERAL_DIGIT = /[十百千万]几|几[十百千万]/;
// (应该是5万, 好像80人, 印象中12个: said from memory, which is asked like an estimate; 小十万: nearly.)
const APPROX_BEFORE =
  /(?:大概|大约|约|差不多|估计|将近|接近|大致|可能|也许|预计|预估|粗略|大体|不到|不足|至少|最多|最少|起码|少说|至多|顶多|最低|最高|保守|超过|大于|小于|少于|多于|不止|远超|(?<![不没未])超|逾|≥|≧|⩾|应该|好像|印象中|印象里|记得|估摸|约莫|大概齐|差不离|小(?=[一二两三四五六七八九十百千万\d])|(?<![最附接将邻靠])近(?=[一二两三四五六七八九十百千万\d])|将将|(?:快|奔)(?=[一二两三四五六七八九十百千万\d])|听说|据说|听人说)/;
// 15万多点, 8万冒头, 20万开外: the approximation written after the unit. (100+, 8万+: more than; 2万+3万 is a sum, read before.)
const APPROX_AFTER = /^(?:(?:是|肯定|总|起码|至少|应该)?有(?:的|了)?(?=$|[，,。])|有余|有零|\+(?![\d零〇一二两三四五六七八九十])|左右|上下|出头|以上|以下|不到|来|多|余|冒头|开外|不止|朝上|往上|打底|起步|挂零|冒尖|的样子|那样|这样|光景)/;
// 没到10万, 不足50人, 至少3场: a bound, which says only that the figure is below or above it; the bound is
// never offered as the figure (不到10万 is not 10万). (The lookahead keeps 资金没到位，花了5万 a figure.)
const BOUND_BEFORE =
  /(?:不到|不足|没有?到|未到|没够|不够|不满|未满|没满|不超过|不超|没超|未超|顶天|撑死|满打满算|刚过|过了|超了|破|差点到|差一点到|没有?超过|未超过|至少|最多|最少|起码|少说|至多|顶多|最低|最高|超过|大于|小于|少于|多于|低于|高于|不少于|不低于|不下于?|不止|远超|(?<![不没未])超|逾|≥|≧|⩾|≤|≦|⩽)(?=[\d零〇一二两三四五六七八九十百千万])/;
// 10万以上, 50人出头, 8万开外: a bound written after the figure.
// (8万以内, 50人之内: at most.)
// (10万冒点头, 10万还多点, 10万缺一点: a little over, or under.)
const BOUND_AFTER = /^(?:\+(?![\d零〇一二两三四五六七八九十])|有余|有零|出头|出点头|冒点头|还多|缺一点|缺点|差一点|差点|以上|以下|之上|之下|以内|之内|不到|多|余|冒头|开外|不止|朝上|往上|打底|起步|冒尖)/;
// 60多万, 3千余元: more than, said inside the numeral.
const BOUND_INSIDE = /(?<=[\d十百千万])[多余](?=[万亿千百元块个场次人户村家项名期]|$)/;
// 60多万, 二十来个, 3千余元: the approximation sits inside the numeral.
const APPROX_INSIDE = new RegExp(`(?<=[\\d十百千万])[多余来把](?=[万亿千百元块${'个场次人户村家项名期'}]|$)`);

// What may follow a count with no unit: particles, the things the form counts, and words about the figure.
const COUNT_FOLLOWS =
  /^(?:了|的|吧|啊|呀|哈|嘛|呢|哦|噢|啦|咧|哩|呗|吗|整|左右|上下|以上|以下|出头|不到|没有|都|也|还|就|已|目前|累计|共|总|是|站|点|村|户|人|场|次|期|班|项|家|所|处|座|名|位|贫困|建档|培训|招标|标|网店|企业|合作社|乡镇|行政村|服务)/;

// What may follow a bare figure at an amount: particles, and words about the money or the figure.
// (八千园, 五百圆: 元 as the keyboard wrote it, which the unit-less reading asks about in 元 already.)
const AMOUNT_FOLLOWS =
  /^(?:园|圆|原|员|远|源|了|的|吧|啊|呀|哈|嘛|呢|哦|噢|啦|咧|哩|呗|吗|整|左右|上下|以上|以下|出头|不到|多|来|余|都|也|还|就|已|是|其中|用于|用在|花在|投入|支出|资金|中央|财政|本周|这周|没有|没|未|一共|总共|合计|累计|元|块|钱|万|亿|千|百)/;

// 5个标段, 3个批次, 20个乡镇: 个 with a noun that counts a part or a place, not the field's own thing.
// (4个包: the lots a tender is split into, said short; not 包装 or 包裹.)
const OTHER_THING = /(?<![第周期拜])[\d零〇一二两三四五六七八九十百千万]个?(标段|标包|分包|包件|包(?![装括含裹])|合同段|批次|班|乡镇(?![站点级村])|乡(?![镇站点级村]))/;

/** The count unit written after a figure (场, 人, 户…, or the noun after 个 when it counts another thing: 标段), if any. */
export function unitWritten(s: string): string | undefined {
  const other = OTHER_THING.exec(s)?.[1];
  if (other) return other;
  // (第一场 is an ordinal: its 场 is not the figure's unit; 80来人, 30多场: an approximating word may stand before it.)
  return /(?<![第周期拜])[\d零〇一二两三四五六七八九十百千万](?:来|多|余)?(人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座|批|班|天|间|条|份|单|站|点|笔)/.exec(s)?.[1];
}

/** Units that count the same thing: 场/场次/次, 人次/人/名, 个/处/座/项/家/站/点/村, 户/家. */
const UNIT_FAMILIES: readonly (readonly string[])[] = [['场', '场次', '次'], ['人次', '人', '名'], ['个', '处', '座', '项', '家', '站', '点', '所', '村', '间'], ['户', '家']];
export const sameUnit = (fieldUnit: string, written: string): boolean => fieldUnit === written || UNIT_FAMILIES.some((f) => f.includes(fieldUnit) && f.includes(written));

/** Reads one amount (→ 元) or count from a short answer; a failure is a Chinese sentence saying what was expected. */
export function readQuantity(raw: string, kind: QuantityKind, unitOf?: string): Result<Quantity> {
  const expected = kind === 'amount' ? AMOUNT_EXPECTED : COUNT_EXPECTED;
  const { s: normalised, letter, currency } = normalise(raw);
  const s = normalised.replace(/[。.!！~～]+$/, '');
  const typed = raw.normalize('NFKC').trim();
  if (!s) return fail(expected);
  // 12万…, 3个。。。: a message that trails off, as if sent before it was finished; read, and always asked.
  // (NFKC has made … three dots.)
  if (/(?:\.{2,}|。{2,}|⋯+)$/.test(normalised) && !/^[.。⋯]/.test(normalised)) {
    const read = readQuantity(s, kind, unitOf);
    return read.ok ? ok({ ...read.value, doubt: read.value.doubt ?? 'slip', slip: read.value.slip ?? `“${raw.trim()}”似乎还没有说完，按“${s}”理解。`, typed }) : read;
  }
  // 万元 45, 单位：万元 45: the unit written first as a label, set apart from the figure, is the figure's unit.
  // (万45 or 万 45, the bare 万 before a figure, may be a slip for 一万五 and is asked below.)
  const label = /^(?:单位(?:是|为)?[:：]?\s*)?(万元)(?:\s*[:：]\s*|\s+)([\d.]+|[零〇一二两三四五六七八九十百千点]+)$/.exec(typed);
  if (kind === 'amount' && label) return readQuantity(`${label[2]}${label[1]}`, kind, unitOf);
  // 5万万, 万5, 4.5.万, 3。2: read as most likely meant, and always asked.
  const slip = slipOf(s, typed, kind);
  if (slip) {
    const read = readQuantity(slip.text, kind, unitOf);
    return read.ok ? ok({ ...read.value, doubt: read.value.doubt === 'fraction' ? 'fraction' : 'slip', slip: slip.why, typed }) : read;
  }
  // 八十八十, 12万12万: the same figure typed twice (a stutter, or pasted again); read once, always asked.
  // (Digits alone repeat in real figures, 1010 or 8080, and 五五 may be 55: only a figure with a unit or 十百千万 is one.)
  const twice = /^(.*[^\d.].*?)\1$/.exec(s);
  if (twice && /[\d零〇一二两三四五六七八九十]/.test(twice[1]!) && /[十百千万亿元块个场人户次项家村]/.test(twice[1]!)) {
    const read = readQuantity(twice[1]!, kind, unitOf);
    if (read.ok) return ok({ ...read.value, doubt: read.value.doubt ?? 'slip', slip: read.value.slip ?? `“${typed}”中同一个数字写了两遍，按“${twice[1]}”理解。`, typed });
  }
  // .3万, 本周支出.5万: a figure that starts with its decimal point (the 0, or a digit, left off): read as 0.3万, always asked.
  // (1万.5: a point after a numeral is no figure's start; read as before.)
  const pointFirst = s.replace(new RegExp(`(?:^[.。]|(?<=[^${NUMERAL_CHARS}。])\\.)(?=\\d)`), '0.');
  if (pointFirst !== s) {
    const read = readQuantity(pointFirst, kind, unitOf);
    const figure = /0\.\d+(?:万元|万|元)?/.exec(pointFirst)![0];
    return read.ok ? ok({ ...read.value, doubt: read.value.doubt ?? 'slip', slip: `“${typed}”的小数点前没有数字，按“${figure}”理解。`, typed }) : read;
  }
  // 点五万, 支出点五万: a figure in words that starts with its point; read as 零点五万, always asked (never as 五万).
  const wordPoint = /^(?:嗯+|呃+|额+|那个|就是|这个|本周|这周)*(?:支出了?|花了|用了|付了|投入了?|是|共|一共|总共)*点(?=[零〇一二两三四五六七八九])/.exec(s);
  if (wordPoint) {
    const figure = `零${s.slice(wordPoint[0].length - 1)}`;
    const read = readQuantity(figure, kind, unitOf);
    return read.ok ? ok({ ...read.value, doubt: read.value.doubt ?? 'slip', slip: `“${typed}”的小数点前没有数字，按“${figure}”理解。`, typed }) : read;
  }
  // 百十来个人: about a hundred.
  if (/^百十/.test(s)) {
    const about = readQuantity(s.replace(/^百十(?:来|多|几)?/, '一百'), kind, unitOf);
    return about.ok ? ok({ ...about.value, doubt: 'approx', typed }) : about;
  }
  // 百来个, 千把人, 万把块: a leading 百, 千 or 万 is one of it.
  // (The question quotes what was typed, not the 一 put in front.)
  if (/^[百千万](?:来|把|多|余)/.test(s)) {
    const one = readQuantity(`一${raw.normalize('NFKC').trim()}`, kind, unitOf);
    return one.ok ? ok({ ...one.value, typed }) : one;
  }
  // 上千户, 近万元, 成百人: up to, or toward, that order of magnitude; read as one of it, with its doubt.
  if (/^(?:上|近|成|小|好几)[百千万](?![百千万])/.test(s)) {
    const one = readQuantity(s.replace(/^(?:上|近|成|小|好几)/, '一'), kind, unitOf);
    return one.ok ? ok({ ...one.value, doubt: one.value.doubt ?? 'approx', typed }) : one;
  }
  // shi wan, ba ge: pinyin numerals, read and always asked.
  const pinyin = pinyinNumeral(typed);
  if (pinyin) {
    const read = readQuantity(pinyin, kind, unitOf);
    return read.ok ? ok({ ...read.value, doubt: read.value.doubt ?? 'pinyin', typed }) : read;
  }
  // O alone: the letter typed for the digit 0 it looks like; offered as 0, asked.
  if (/^[Oo]$/.test(s)) return ok({ value: 0, unitless: false, typed, doubt: 'letter' });
  // Code, formulas and Latin words are not figures (<script>1</script>, 1e9).
  if (s.length > 40 || /[a-z<>{}=;'"\\^*#@]/i.test(s.replace(/rmb|ok/gi, ''))) return fail(expected);
  // 还没统计出来: nothing yet; 12万出头，零头还没算: a figure, not final (asked back as approximate).
  const notYet = NOT_YET.test(s);
  if (notYet && !spansOf(s, kind).length) return fail(NOT_YET_TEXT);
  // 卓尼县报的是25万，我们还没统计出来: the figure is another county's (or another's); this one's is not yet.
  if (notYet && /(?:^|[^我本咱全这那])[^\s，,。我本咱全这那的]{1,4}[县区市](?:报的|报了|填的|说|的是)|别的县|其他县|人家|他们/.test(s)) return fail(NOT_YET_TEXT);
  if (ZERO_WORDS.test(s) || NOT_ONE.test(s) || saysNone(s) || /^(?:0+(?:\.0+)?|[零〇]+)(?:万元|万|元|块钱|块)?$/.test(s)) return ok({ value: 0, unitless: false, typed });
  // 站点还在建，一个都没建成: "not one" after words that give no figure of their own.
  const said = s.split(/[，,；;]+/).filter(Boolean);
  if (said.length > 1 && NOT_ONE.test(said.at(-1)!) && said.slice(0, -1).every((c) => !spansOf(c, kind).length)) return ok({ value: 0, unitless: false, typed });
  if (SEVERAL_DIGIT.test(s)) {
    // 十几个 → 11 to 19; 几十万 → 10万 to 90万: asked back as a range, never stored.
    const lowText = s.replace(/几/g, '一');
    const highText = s.replace(/几/g, '九');
    const low = readQuantity(lowText, kind);
    const high = readQuantity(highText, kind);
    if (low.ok && high.ok) return ok({ value: low.value.value, high: high.value.value, unitless: low.value.unitless, doubt: 'range', typed });
  }
  if (/^[-－负]\s*\d/.test(s) || /负[零一二两三四五六七八九十\d]/.test(s)) return fail((kind === 'amount' ? '金额不能为负数。' : '数量不能为负数。') + expected);
  let bound = BOUND_BEFORE.test(s) || BOUND_INSIDE.test(s);
  let approx = bound || notYet || APPROX_BEFORE.test(s) || APPROX_INSIDE.test(s);
  const text = s.replace(new RegExp(APPROX_INSIDE.source, 'g'), '');
  const spans = spansOf(text, kind);
  if (!spans.length) {
    // 这周没有培训, 本周无支出: a negation with no figure is zero.
    // (没填, 还剩多少没填 speak of the form, not of the figure.)
    // Only a short denial, or one about the figure's own matter, is zero: 数还没对完 and 快完了没 are not.
    const aboutTheMatter = text.length <= 6 || /支出|花|用钱|动用|用在|用到|培训|站点|站|招标|用于|开展|发生|建|卖|销售|带动|覆盖|活动|开班|开课|举办|办班|项目|贫困|参加|参训|人次|村|户|企业|网店|零售/.test(text);
    // 没有，中心还在选址: a bare no first, then why.
    // (没有，跟上周一样 / 没有，还在问财务: no change, or no figure yet, is not none; 本周没有，下周才办: the week named first.)
    const saidNone =
      said.length > 1 && ZERO_WORDS.test(said[0]!.replace(WHO_WHEN, '')) && !/一样|同上|相同|不变|变化|上周|上期|之前|原来|问|查|核|统计|算|确定|知道|清楚|数|等/.test(said.slice(1).join(''));
    // (很多站点还没结账, 有的村没覆盖: some of them not done says nothing of the others; not none.)
    if (NEGATION.test(text) && PART_NOT_DONE.test(text)) return fail(PART_NOT_DONE_TEXT + expected);
    if (NEGATION.test(text) && (aboutTheMatter || saidNone) && !/[?？吗]/.test(text) && !/填|写|报|问题|几项|多少|对完|核对|算完|完了没|明天|回头|先放/.test(text)) return ok({ value: 0, unitless: false, typed });
    return fail(expected);
  }
  const range = rangeOf(text, spans);
  if (range) {
    const highUnit = unitAfter(text, range.high, kind);
    const low = readNumeral(range.low.text);
    const high = readNumeral(range.high.text);
    if (low?.kind !== 'value' || high?.kind !== 'value' || highUnit.mismatch) return fail(expected);
    // 40-50万: the unit written once at the end belongs to both.
    const lowNumeral = /[万亿]/.test(range.low.text) ? range.low.text : range.low.text + (/[万亿]$/.test(range.high.text) ? range.high.text.at(-1) : '');
    const lowValue = readNumeral(lowNumeral);
    if (lowValue?.kind !== 'value') return fail(expected);
    const lo = toUnits(lowValue.value, lowNumeral, highUnit.unit, kind);
    const hi = toUnits(high.value, range.high.text, highUnit.unit, kind);
    return ok({ value: lo.value, high: hi.value, unitless: hi.unitless, doubt: 'range', typed });
  }
  // 3个站点共花了6万: a figure of the other kind (a count at an amount) is not this field's.
  const sameKind = spans.filter((sp) => !unitAfter(text, sp, kind).mismatch);
  // (乡镇站4万村级站2万, 讲课费8000场地费2000: 4万 before 村, 8000 before 场 read as counts of 4万 villages or 8000
  // sessions are amounts run into the next item's name; no one figure of such a message is offered.)
  const runOn = kind === 'amount' && spans.some((sp) => !sameKind.includes(sp) && /万|\d{4}/.test(sp.text));
  const mixedKinds = spans.length > 1 && sameKind.length === 1 && !runOn;
  if (spans.length > 1 && !mixedKinds) {
    // 办了2场，培训了80人 at a count: the one figure in the field's own unit is offered, never stored unasked.
    const own = unitOf ? spans.filter((sp) => { const u = unitAfter(text, sp, kind).unit; return u !== '' && sameUnit(unitOf, u); }) : [];
    const only = own.length === 1 ? readNumeral(own[0]!.text) : undefined;
    if (kind === 'count' && only?.kind === 'value' && Number.isInteger(only.value)) return ok({ value: only.value, unitless: false, doubt: 'several', typed });
    return fail(SEVERAL + expected);
  }
  const span = mixedKinds ? sameKind[0]! : spans[0]!;
  const numeral = readNumeral(span.text);
  const unit = unitAfter(text, span, kind);
  if (!numeral || unit.mismatch) return fail(expected);
  if (APPROX_AFTER.test(text.slice(span.end + unit.unit.length))) approx = true;
  if (BOUND_AFTER.test(text.slice(span.end + unit.unit.length))) bound = true;
  if (numeral.kind === 'range') {
    const lo = toUnits(numeral.low, span.text, unit.unit, kind);
    const hi = toUnits(numeral.high, span.text, unit.unit, kind);
    return ok({ value: lo.value, high: hi.value, unitless: lo.unitless, doubt: 'range', typed });
  }
  // 3个半, 3万半: a half after the figure and its unit is half of that unit (a count of 3.5 is asked).
  const halfUnit = /万$/.test(span.text + unit.unit.replace(/元$/, '')) ? '万' : unit.unit;
  const half = /^半(?![天年月日小钟时])/.test(text.slice(span.end + unit.unit.length)) && halfUnit ? (halfUnit === '万' ? 5_000 : 0.5) : 0;
  const whole = toUnits(numeral.value, span.text, unit.unit, kind);
  const read = { ...whole, value: whole.value + half };
  const wan = kind === 'amount' && spans.length === 1 ? yuanMeantWan(unit.unit, read.value, typed) : undefined;
  const asWan = wan && readQuantity(wan.text, kind);
  if (asWan?.ok) return ok({ ...asWan.value, doubt: 'slip', slip: wan!.why, typed });
  // 本周二十万, 周二十场: a weekday digit then 十/百/千/万 is a day and a figure, or one figure; the reading is asked.
  const day = weekdayOrFigure(text, span);
  if (day) return ok({ ...read, doubt: 'slip', slip: `“${typed}”中的“${day}”可能指星期${day}，也可能是数字的一部分，按“${span.text}${unit.unit}”理解。`, typed });
  // 1.5场: a count is whole; asked for again rather than rounded.
  if (kind === 'count' && !Number.isInteger(read.value)) return ok({ value: read.value, unitless: false, doubt: 'fraction', typed });
  if (!Number.isSafeInteger(Math.round(read.value))) return fail((kind === 'amount' ? '金额过大，请核对。' : '数量过大，请核对。') + expected);
  // (2万，别的都没有: nothing else, said of the rest.)
  const rest = text.slice(span.end + unit.unit.length);
  // 没有5万, 5万没有: a figure denied, or said as a bound not reached; 5万，不太准: said as not exact.
  const before = text.slice(0, span.start);
  // 一场没办, 一个没建: "not one" said without 都 or 也, nothing before it; zero is offered, never stored unasked.
  if (/^[一壹]$/.test(span.text) && !before.trim() && NOT_DONE.test(rest)) return ok({ value: 0, unitless: false, typed, doubt: 'negated' });
  const negated =
    (NOT_EVEN.test(rest) && !/^[，,]?(?:其他|其它|其余|别的|另外)/.test(rest)) ||
    /^(?:还)?(?:没有|没|不到|不足|未)$/.test(before) ||
    // (并非5万, 并不是8个: the figure said is denied.)
    /(?:不是|非)$/.test(before.split(/[，,。；;！!？?]/).at(-1) ?? '') ||
    // (没花10万, 还没用到5万: a denied verb before the figure says less, or none.)
    /^(?:还|都|也)?(?:没有?|未)(?:花|用|支出|花费|使用|动用|投入|达到|到|够|满)(?:了|过|到|够)?$/.test(before) ||
    /^[，,]?(?:没有|没)$/.test(rest) ||
    // (还少3个没建, 还剩2个没招: a shortfall, asked as one by context.ts.)
    (NOT_DONE.test(rest) && !/剩|差|少|还有/.test(before)) ||
    // (至今没建好一个, 没建成的有2个, 还没招完3个: a negation earlier in the figure's own clause may deny it, or count
    // what was not done; asked, never stored unasked.)
    /没|未|无(?!人机)|莫得|木有/.test(before.split(/[，,。；;！!？?]/).at(-1) ?? '');
  if (/不太?准|不一定准|不精确|不确定|估的|估算的?|估计的|大概的|约数|待[^，,。]{0,4}(?:核|确认|复核)|未核|没核|有待/.test(rest)) approx = true;
  // 3场吧, 5万吧: a figure said with 吧 is said tentatively (就3万吧, 先填5万吧 settle on it).
  if (/^吧/.test(rest) && !/(?:就|先|按|填|报)(?:是|填|报)?$/.test(before)) approx = true;
  if (half) return ok({ value: Math.round(read.value), unitless: false, typed, doubt: 'slip', slip: `“${typed}”中有“半”。` });
  // 十2万, 二十5万: 十 in Chinese, then Arabic digits; read as one figure (12万), always asked.
  if (/^[零〇一二两三四五六七八九]*十\d/.test(span.text))
    return ok({ value: Math.round(read.value), unitless: read.unitless, typed, doubt: 'slip', slip: `“${typed}”中汉字和阿拉伯数字混写。` });
  // 3楼, 3种, 3长 (场 mistyped?): a count followed by a word that is none of a count's units or the words that go
  // with one, which may be a unit mistyped or another thing counted: asked, never stored.
  const stray = kind === 'count' && !unit.unit && /^[\u4e00-\u9fff]/.test(rest) && !COUNT_FOLLOWS.test(rest) ? rest[0] : undefined;
  if (stray && !letter && !approx && !negated)
    return ok({ value: Math.round(read.value), unitless: false, typed, doubt: 'slip', slip: `“${typed}”中的“${stray}”不是常用的单位。` });
  // 十二点五晚, 培训了3晚: 万 heard as 晚 by speech-to-text, or evenings? Read as 万, always asked.
  if (kind === 'amount' && read.unitless && /^晚/.test(rest) && !letter && !negated)
    return ok({ value: Math.round(read.value), unitless: false, typed, doubt: 'slip', slip: `“${typed}”中的“晚”按“万”理解。` });
  // 12方, 12玩: a bare figure at an amount followed by a word that is no unit (万 mistyped?): read as 万元, asked.
  const strayAmount = kind === 'amount' && read.unitless && /^[\u4e00-\u9fff]/.test(rest) && !AMOUNT_FOLLOWS.test(rest) ? rest[0] : undefined;
  if (strayAmount && !letter && !approx && !negated && !bound)
    return ok({ value: Math.round(read.value), unitless: false, typed, doubt: 'slip', slip: `“${typed}”中的“${strayAmount}”不是金额的单位，按“万元”理解。` });
  // 52,100.80元, 6780元3角2分: the form keeps amounts to the 元, so a figure that says its 分 is asked before it is rounded.
  if (kind === 'amount' && !letter && !approx && !bound && !negated && !mixedKinds && !Number.isInteger(Math.round(read.value * 1e6) / 1e6) && saysCents(typed, read.value) && (!read.unitless || read.value < 10_000_000))
    return ok({ value: Math.round(read.value), unitless: false, typed, doubt: 'slip', slip: `“${typed}”含有角、分，周报金额只填到元（四舍五入）。` });
  const doubt: Doubt | undefined = letter ? 'letter' : bound ? 'bound' : approx ? 'approx' : negated ? 'negated' : mixedKinds ? 'several' : undefined;
  return ok({ value: Math.round(read.value), unitless: read.unitless, typed, ...(doubt ? { doubt } : {}), ...(currency && read.unitless ? { currency } : {}) });
}
