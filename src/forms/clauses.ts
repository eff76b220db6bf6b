import { fail } from '../core/errors.ts';
import { AS_OF } from './context.ts';
import { readQuantity, SEVERAL, sameUnit, unitWritten, type Quantity } from './quantity.ts';
import { MATTERS, WHOLE_ONLY } from './several-words.ts';
import type { FieldSpec } from './template.ts';

/**
 * A message with several figures cut into clauses, each read at the field (its own figure, another kind's or
 * field's, a share, two rival figures), and what a clause says of its figure: whether it names the field's matter
 * and whether it is of the field's measure (this week's, a running total, a plan). Used by several.ts.
 */

export interface Clause {
  readonly text: string;
  /** After 其中, 里有 or inside brackets: a part of the figure before it. */
  readonly part: boolean;
  /** Read at the field's kind, in the field's unit family. */
  readonly own?: Quantity;
  /** A count read where the field is an amount, or a count in another unit (3场 at 人次). */
  readonly other?: Quantity;
  readonly otherKind?: 'amount' | 'count';
  readonly share?: boolean;
  /** Two figures in the clause itself (8万还是9万). */
  readonly several?: boolean;
  /** The clause without its figures: what the figure is about (乡镇站, 培训, 本周支出). */
  readonly label: string;
}

// (上午80下午70: a part of the day, straight after a figure, starts a clause of its own; so does a week,
// 上周3万这周5万, when a figure follows it; and an item of a list, 一笔9万一笔2万 or 第一期30人第二期25人.)
const SPLIT =
  /([，,。；;、\s]+|(?<=[\d零〇一二两三四五六七八九十百千万])(?=(?:上午|下午|中午|晚上|早上)[\d一二两三四五六七八九十])|(?<=[\d零〇一二两三四五六七八九十百千万元个场人次户])(?=(?:上周|这周|本周|上个?星期|这个?星期|本星期|上礼拜|这礼拜)[^，,。\d零〇一二两三四五六七八九十]{0,4}[\d零〇一二两三四五六七八九十])|(?<=[\d千万元块个场人次户])(?=(?:第[\d一二两三四五六七八九十]+|[一二两三四五六七八九十]|[头首另])(?:笔|次|期|批|场|个|项|家)[^，,。\d零〇一二两三四五六七八九十百千]{0,6}[\d零〇一二两三四五六七八九十])|其中|(?<=[\d万元个场人次户名站村])[里中](?:面)?有?|[（(]|[）)])/;
// (上周3万: Arabic digits and money after 周 are a figure, not a weekday.)
export const NUMERAL =
  /(?:(?<![周期拜第\d.])|(?<=[周拜])(?=\d+(?:\.\d+)?[万元块千]))[\d.零〇一二两三四五六七八九十百千万亿]+(?:亿元|万元|元|块钱|块|人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座)?/g;
export const RUNNING = /累计|截至|截止|到目前|至今|总共已|一共已/;
export const THIS_WEEK = /本周|这周|这星期|这礼拜|本星期|这一周|新增|新建|新开|又/;
const OTHER_TIME =
  /上周|上个?星期|上礼拜|上个?月|去年|今年|原有|原来|之前|以前|\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]/;
// (报名110人, 应到120人: who signed up or were expected, not who came: 实到98人 is the figure.)
export const PLAN = /计划|预计|打算|准备|拟|将要|下周|明天|还要|预算|合同|应付|应支付|报名|应到|应参加|应参训/;
// (另外还有3000元 adds to the rest; 在建15个 is not built yet; 6万元尚未支付 is not spent.)
const LEFT = /(?<!另外)还有|还剩|剩下|还差|在走|在挂|正在|在建|在招|在办|未完成|没完成|待|欠|未付|未(?:支付|拨付|付款|结算|兑付)|没(?:有)?(?:支付|付款|拨付)/;
// 其他的没有, 别的都没有: nothing else, which is no figure of its own.
const NOTHING_ELSE = /^(?:其他|其它|其余|别的|另外)的?(?:都|也|就)?(?:没有|没|无)/;
// 之前没有支出过, 以前都没花: nothing at an earlier time, which is no figure of this week's either.
const NOTHING_BEFORE = /^(?:之前|以前|此前|先前)(?:都|也|一直|从来|从)?(?:没有|没|未)(?:支出|花|用|支付|开支|发生)?(?:过)?(?:钱|资金|支出)?$/;
// 淘宝20万，其他10万: the rest of the same thing.
export const THE_REST = /^(?:其他|其余|另外|剩下的?)/;
const DONE = /完成|已|建成|建了|办了/;
// 财务说12万 项目办说15万 / 8万还是9万: figures that compete rather than add up.
export const COMPETING = /说|报的|认为|显示|还是|或者|或|要么/;
const SHARE = /%|％|百分之|[一二三四五六七八九十\d]成|比例|占比/;
// 租金一年12万, 每月2万: a rate over a year or a month, not what was paid this week.
const RATE = /一年|每年|全年|年租|一个月|每个?月|月租|一季度|每季度/;
// 80个站点覆盖了62个贫困村, 3场共150人次: two counts in one clause are two clauses, cut before the second
// (its noun may follow it); 3到5个 is a range and 3个还是4个 a rival, and stay one.
const COUNTED = /(?<![周期拜第\d.零〇一二两三四五六七八九十百千万])[\d零〇一二两三四五六七八九十百千]+(?:人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座)/g;
function twoCounts(text: string): string[] {
  const [a, b, ...more] = [...text.matchAll(COUNTED)];
  if (!a || !b || more.length || COMPETING.test(text) || /到|至|或|[-~～—]/.test(text.slice(a.index + a[0].length, b.index))) return [text];
  // (乡上两场县上一场: where the second is, said before it, is the second's; so is what was done, 103个贫困村覆盖了86个,
  // and what is left, 72个还差24个.)
  const where =
    /(?:[乡县村镇州省市](?:上|里)|乡镇|村级|县级|(?:已经?)?(?:覆盖|带动|建成|完成)了?|(?:还|尚|仍)(?:差|剩下?))$/.exec(
      text.slice(a.index + a[0].length, b.index),
    )?.[0] ?? '';
  return [text.slice(0, b.index - where.length), '', text.slice(b.index - where.length)];
}

export function clausesOf(field: FieldSpec, s: string): Clause[] {
  const out: Clause[] = [];
  let part = false;
  const pieces = s.split(SPLIT).flatMap((p, i) => (i % 2 === 0 && field.kind === 'count' ? twoCounts(p) : [p]));
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i]!;
    const sep = pieces[i - 1];
    if (sep !== undefined && /^(?:其中|里|中|[（(])/.test(sep)) part = true;
    if (!text || NOTHING_ELSE.test(text) || NOTHING_BEFORE.test(text)) continue;
    const label = text.replace(NUMERAL, '').replace(/^(?:是|有|了|的)+|(?:了|的|吧|啊)+$/g, '');
    const clause = { text, part, label };
    // 花了1.2万 beside 办了3场: at a count, a figure in 万 or 元 with no count unit is money, read below as another field's.
    const money = field.kind === 'count' && /\d[万亿]|[万亿元块]钱?$|元/.test(text) && !unitWritten(text.normalize('NFKC'));
    const mine = money ? fail('') : readQuantity(text, field.kind === 'amount' ? 'amount' : 'count', field.unit);
    // 占全县贫困村的60%: a share is a figure, but never this field's.
    if (mine.ok && SHARE.test(text)) {
      out.push({ ...clause, other: mine.value, share: true });
      continue;
    }
    if (mine.ok) {
      const unit = field.kind === 'count' ? unitWritten(text.normalize('NFKC')) : undefined;
      // 个 counts anything (20个贫困户 at 人次); another unit is another field's figure.
      if (unit && field.unit && unit !== '个' && !sameUnit(field.unit, unit)) out.push({ ...clause, other: mine.value, otherKind: 'count' });
      else out.push({ ...clause, own: mine.value });
      continue;
    }
    // 8万还是9万: two figures in one clause that are not a range.
    if (mine.error.startsWith(SEVERAL)) return [{ ...clause, several: true }];
    const otherKind = field.kind === 'amount' ? 'count' : 'amount';
    const asOther = readQuantity(text, otherKind);
    // (A bare figure reads as either; only one with its own unit is another kind's.)
    if (asOther.ok && asOther.value.value > 0 && !asOther.value.unitless && (otherKind === 'amount' || unitWritten(text.normalize('NFKC'))))
      out.push({ ...clause, other: asOther.value, otherKind });
  }
  return inYuanBeside(field, out);
}

// 讲课费2万，场地费5千 / 不是3万，是3千: beside a figure written in 万, a bare figure in 千 or 百 (no 万 or 元 after it)
// was said in 元, as people say 5千 for 5000元; read as 万元 it would be 5000万. Offered (asked), as every such reading is.
const BARE_THOUSANDS = /[\d一二两三四五六七八九十][千百](?:[\d零一二两三四五六七八九])?(?:块钱?)?$/;
function inYuanBeside(field: FieldSpec, clauses: Clause[]): Clause[] {
  if (field.kind !== 'amount' || !clauses.some((c) => c.own && !c.own.unitless && /万/.test(c.text))) return clauses;
  return clauses.map((c) =>
    c.own?.unitless && BARE_THOUSANDS.test(c.text.replace(/[了的吧啊]+$/, '')) ? { ...c, own: { ...c.own, value: c.own.value / 10_000, unitless: false } } : c,
  );
}

/** Whether a clause names this field's matter (上行 at 其中用于农村产品上行); 非贫困村 is not 贫困村. */
export function aboutField(field: FieldSpec, c: Clause): boolean {
  const label = c.label.replace(/非(?:贫困|建档立卡)[村户人]?/g, '');
  // (另外站点花了12万 at training: "the rest" naming another of the programme's matters is that matter's, not this field's.)
  const elsewhere = MATTERS.test(label) && !(field.topics ?? []).some((t) => label.includes(t));
  return (field.topics ?? []).some((t) => label.includes(t)) || (THE_REST.test(label) && Boolean(field.topics?.length) && !elsewhere);
}

/** Whether a clause's figure is of the kind the field holds: this week's, a running total, a plan. */
export function fitsMeasure(field: FieldSpec, c: Clause): boolean {
  // (截至9月20日: the day a running total is counted to, not another week.)
  const t = c.text.replace(AS_OF, '');
  if (field.plan) return !DONE.test(t) || PLAN.test(t);
  if (PLAN.test(t) || LEFT.test(t)) return false;
  if (!field.cumulative && RATE.test(t)) return false;
  if (field.cumulative) return !THIS_WEEK.test(t) && !OTHER_TIME.test(t);
  return !RUNNING.test(t) && !OTHER_TIME.test(t);
}

/**
 * 38个村，其中深度贫困村9个 at 覆盖贫困村: a part naming a narrower kind of the field's own matter (深度 before 贫困村),
 * after a whole given only by the matter's bare noun (个村), is a breakdown of the whole: the whole is the field's figure.
 */
const NARROWER = '(?:深度|极度|特困|特别|重点|边缘|插花|偏远|高寒)';
// (共80个，其中乡镇站9个 at 乡镇和村级站点: one level of a field that counts both levels is a narrower kind too.)
const LEVEL = '(?:乡镇|乡级|镇级|村级|乡|镇|村)(?:级)?(?:电商)?(?:服务)?';
export function narrowerKind(field: FieldSpec, whole: Clause, part: Clause): boolean {
  const topics = field.topics ?? [];
  const bareNoun =
    WHOLE_ONLY.test(whole.label) ||
    topics.some((t) => new RegExp(`^(?:覆盖|带动|建成|建了|一共|总共|共|累计|有)?了?(?:个|家|座)?${t.at(-1)}$`).test(whole.label));
  const levels = /乡镇和村|乡村两级|县乡村/.test(field.label);
  return bareNoun && topics.some((t) => new RegExp(`${NARROWER}${t}`).test(part.label) || (levels && new RegExp(`^${LEVEL}${t}`).test(part.label)));
}

// 听说临潭县花了30万, 别的县都建了80个: a figure of another county (or heard of one) is none of this county's answer.
// (我县, 我们县, 全县, 县里, 县级, 县乡村 are one's own.)
// (全州一共300万, 省里下达了1500万: the whole prefecture's or province's figure is no county's own either.)
const ANOTHER_COUNTY =
  /(?:别的|其他|其它|外|邻|兄弟|人家)县|全(?:州|市|省|国)|(?:州|省|市)(?:里|上)(?!场)|[\u4e00-\u9fff]{2}(?<![我们本咱全该整每])县(?![级里上委政城域乡镇村直财商电内区])/;

/**
 * 我县9万，据说卓尼县用了十几万: beside figures said of other counties, the one clause that names none, when it
 * is a plain figure of the field's measure; null when every figure is some named county's (临潭县12万，卓尼县18万:
 * one of them may be this county, and they are never added up); undefined when no county is named.
 */
export function ownCounty(field: FieldSpec, read: readonly Clause[]): Clause | null | undefined {
  const ours = read.filter((c) => !ANOTHER_COUNTY.test(c.text));
  if (ours.length === read.length) return undefined;
  if (!ours.length) return null;
  const [one] = ours;
  return ours.length === 1 && one!.own && !one!.own.doubt && !COMPETING.test(one!.label) && fitsMeasure(field, one!) ? one : undefined;
}
