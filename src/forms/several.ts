import { aboutField, type Clause, clausesOf, COMPETING, fitsMeasure, narrowerKind, NUMERAL, ownCounty, PLAN, RUNNING, THE_REST, THIS_WEEK } from './clauses.ts';
import { namesOwnLabel } from './own-label.ts';
import { addedUp } from './added-up.ts';
import { perOne, readEach } from './each.ts';
import { daysTimes, eachAndParts } from './each-and-parts.ts';
import { afterCorrection, correctionTold } from './correction-told.ts';
import { moneyAmongCounts } from './counts-at-amount.ts';
import { batchesAtCount } from './several-batches.ts';
import { itemsMissing } from './items-listed.ts';
import { doneOutOfWhole } from './done-and-left.ts';
import { stopAsPoint } from './figure-spans.ts';
import { agreeingOnly, byNoun, nounsDiffer } from './figure-nouns.ts';
import { readQuantity, unitWritten } from './quantity.ts';
import { slipOf } from './slips.ts';
import { ACHIEVED, BASE, BEFORE_NOW, CORRECTION, FAILED, leftOut, MATTERS, NOT_A_PART, PER, REPORT, RESTATED, TOTAL, WHOLE_ONLY } from './several-words.ts';
import type { FieldSpec } from './template.ts';

/**
 * A message with two or more figures for one field, read clause by clause: a correction
 * (5万，哦不对，是6万 → 6万), a total and its parts (8万，其中培训2万), parts to be added up
 * (乡镇站18个，村级站102个), a figure per item times the items (每场50人，3场), a weekly figure
 * next to a running total, a plan or what is left (本周支出8万，累计120万; 计划8个，已完成5个),
 * or a figure of another kind or field (办了3场，80人参加). Apart from a plain correction, the
 * reading is always asked back with the figures it came from; what cannot be told apart is
 * asked back with every figure listed, never guessed.
 */

export type Several =
  /** Read the words after the correction as the answer; `sure` when the figure was taken back in so many words (不对，是6万), not only followed by 实际. */
  | { readonly kind: 'correction'; readonly text: string; readonly sure: boolean }
  /** One value, asked back: `how` says which words it came from; `others` are figures for other fields. */
  | {
      readonly kind: 'pick';
      readonly value: number;
      readonly how: 'one' | 'sum' | 'product';
      readonly from: readonly string[];
      readonly others: readonly Said[];
    }
  /** Several figures that cannot be told apart: the person must give one. */
  | { readonly kind: 'unclear'; readonly figures: readonly string[] };

/** A figure said in passing that belongs to another field (80人参加 while the sessions are asked), in storage units. */
export interface Said {
  readonly text: string;
  readonly kind: 'amount' | 'count';
  readonly value: number;
  readonly unit?: string;
  /** Said of a plan (计划8个): offered only to a planned figure's field. */
  readonly plan?: boolean;
}

const typedOf = (c: Clause) => c.text;

/** What a message with two or more figures means for this field; undefined when it has at most one. */
export function readSeveral(field: FieldSpec, raw: string): Several | undefined {
  if (field.kind !== 'amount' && field.kind !== 'count') return undefined;
  // 1,500,000元: thousands separators are not clause breaks.
  let s = stopAsPoint(raw.normalize('NFKC').trim())
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  // 3。2, 2。5。万: one figure with a slip in it, not two sentences (asked by the quantity reader).
  if (slipOf(s.replace(/[。.!！~～]+$/, ''), s)) return undefined;
  // 12.35万元（123500元）: the same figure said again in other units is said once.
  const again = /^(.+?)\((.+)\)$/.exec(s);
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  if (again) {
    const [a, b] = [readQuantity(again[1]!, kind, field.unit), readQuantity(again[2]!, kind, field.unit)];
    if (a.ok && b.ok && !a.value.doubt && !b.value.doubt && a.value.value === b.value.value) return { kind: 'correction', text: again[1]!, sure: true };
  }
  // 不是6万是9万: the figure denied and the one meant, said without a comma, are two clauses.
  s = s.replace(
    /^((?:不是|并非)[\d.零〇一二两三四五六七八九十百千万]+(?:万元|万|元|块钱|块|人次|场次|个|场|次|人|户)?)(?=(?:而)?是[\d零〇一二两三四五六七八九十])/,
    '$1，',
  );
  const arithmetic = addedUp(field, s);
  if (arithmetic) return arithmetic;
  // (4个站点每个5万，中心10万，总共30万; 8个，之前说的10个调整成8个了: each-and-parts.ts, correction-told.ts.)
  const told = eachAndParts(field, s) ?? correctionTold(field, s) ?? daysTimes(field, s);
  if (told) return told;
  const each = readEach(s, kind, field.unit);
  if (each) return { kind: 'pick', value: each.value, how: 'product', from: each.from, others: [] };
  // 6万，不对，应该是6千，打错了: the figure after the last marker that has one before it and one after it.
  for (const correction of [...s.matchAll(CORRECTION)].reverse()) {
    const before = s.slice(0, correction.index);
    const after = s
      .slice(correction.index + correction[0].length)
      .replace(/^[，,。\s]*(?:是|应该是|应为)?/, '')
      .replace(/[，,。\s]*(?:不好意思|抱歉|打错了|写错了|说错了|搞错了)+[。!！]*$/, '');
    if (!after || /^不/.test(after) || !readQuantity(before.replace(/[，,。\s]+$/, ''), kind, field.unit).ok) continue;
    // (上周填的12万不对，应该是15万: the figure taken back is another week's; the one after it is asked, not stored.)
    const sure = !/^(?:实际|其实)/.test(correction[0]) && !/上周|上期|上次|上回|上个?星期|上礼拜|上个?月|之前|以前|前面|上一题/.test(before);
    if (readQuantity(after, kind, field.unit).ok) return { kind: 'correction', text: after, sure };
    const meant = afterCorrection(field, after);
    if (meant) return meant;
    // 20万元，不对应该是26万元，还有6万包装费: what follows the correction has figures of its own, read as a message.
    // (The corrected figure is the first there; a reading that picks another is no reading of the correction.)
    const rest = readSeveral(field, after);
    if (rest?.kind === 'pick' && rest.how === 'one' && after.startsWith(rest.from[0]!)) return rest;
    // (Figures after a correction that cannot be told apart are asked, not read as if nothing was corrected.)
    if (rest) return { kind: 'unclear', figures: [...s.matchAll(NUMERAL)].map((m) => m[0]) };
    break;
  }
  const clauses = clausesOf(field, s);
  if (clauses.some((c) => c.several)) return moneyAmongCounts(field, s) ?? { kind: 'unclear', figures: [...s.matchAll(NUMERAL)].map((m) => m[0]) };
  const read = clauses.filter((c) => c.own || c.other);
  if (read.length < 2) return undefined;
  const unclear: Several = { kind: 'unclear', figures: read.map(typedOf) };
  // 四笔，一笔9万一笔2万: fewer (or more) items listed than said; no sum or item is offered (items-listed.ts).
  if (itemsMissing(read)) return unclear;
  // 我县9万，听说邻近的临潭县花了20多万: this county's one figure beside another county's is the answer (clauses.ts).
  const ours = ownCounty(field, read);
  if (ours) return { kind: 'correction', text: ours.text, sure: true };
  if (ours === null) return unclear;
  const done = doneOutOfWhole(field, read);
  if (done !== undefined) return done ? { kind: 'pick', value: done.own!.value, how: 'one', from: [done.text], others: [] } : unclear;
  // 45，另有几个边缘户没算: a figure said not to be counted is no part of the answer; the one left is offered.
  const counted = read.filter((c) => c.part || !leftOut(c.label, c.text));
  const left = counted[0];
  if (left?.own && counted.length === 1 && read.length > 1 && !left.own.doubt && fitsMeasure(field, left))
    return { kind: 'pick', value: left.own.value, how: 'one', from: [left.text], others: [] };
  // 不是12万，是13万: the figure denied first, then the one meant, offered. (13万，不是12万 is asked with no reading:
  // the figure said first may be what is denied.)
  const denied = read.filter((c) => /^(?:不是|并非)/.test(c.text));
  const kept = read.filter((c) => !denied.includes(c));
  if (denied.length && kept.length === 1 && kept[0]!.own && read.indexOf(denied[0]!) < read.indexOf(kept[0]!) && /^(?:而)?是/.test(kept[0]!.text))
    return { kind: 'pick', value: kept[0]!.own.value, how: 'one', from: [kept[0]!.text], others: [] };
  // 3万，不是30万: a figure, then a bare denial of another; the figure said is offered (asked), never the two added.
  const bareDenial = (c: Clause) => /^(?:不是|并非)[\d.零〇一二两三四五六七八九十百千万]+(?:万元|万|元|块钱|块|人次|场次|个|场|次|人|户)?$/.test(c.text);
  if (read.length === 2 && denied.length === 1 && read[1] === denied[0] && bareDenial(denied[0]!) && kept[0]!.own && !kept[0]!.own.doubt)
    return { kind: 'pick', value: kept[0]!.own.value, how: 'one', from: [kept[0]!.text], others: [] };
  // (Any other message with a denied figure is asked with every figure listed: a denied figure is no part of a sum.)
  if (denied.length) return unclear;
  // 120个站覆盖65个村 at 贫困村: the one figure counting what the field counts (figure-nouns.ts).
  const nouns = byNoun(field, read);
  if (nouns) return nouns;
  // (The figures agreeing with it, read alone: what they add up to, or one of them; anything else is asked.)
  const agreeing = agreeingOnly(field, read);
  if (agreeing)
    return ((r) => (r?.kind === 'pick' && r.how !== 'product' ? { ...r, others: [] } : unclear))(readSeveral(field, agreeing.map(typedOf).join('，')));
  const own = read.filter((c) => c.own);
  // 还没有招，0个: every figure says none.
  if (own.length === read.length && own.every((c) => c.own!.value === 0 && !c.own!.doubt)) return { kind: 'correction', text: '0', sure: true };
  // 上行用了二十万，嗯，二十万元整 / 品牌设计费3万，…，先报3万: one figure said again, or the one to report.
  const report = own.filter((c) => REPORT.test(c.label));
  if (report.length === 1) return { kind: 'pick', value: report[0]!.own!.value, how: 'one', from: [report[0]!.text], others: [] };
  if (
    own.length === read.length &&
    own.length >= 2 &&
    own.every((c) => c.own!.value === own[0]!.own!.value && !c.own!.doubt && !c.part) &&
    own.slice(1).every((c) => RESTATED.test(c.label))
  )
    return { kind: 'pick', value: own[0]!.own!.value, how: 'one', from: [own[0]!.text], others: [] };
  // (总的我前面报的是12.5 at a part: what was reported for the whole, no rival to the part's figure.)
  const rival = (c: Clause) => COMPETING.test(c.label) && !(field.partOf && TOTAL.test(c.label) && !aboutField(field, c));
  if (own.some((c) => c.own!.doubt === 'range') || own.some(rival)) return unclear;
  // 每场50人，3场 / 每个站点2万，建了3个: so much each, times how many.
  const perItem = own.find((c) => PER.test(c.text)) ?? perOne(own, read);
  // (3个班，每班40人: at a count, the number of 班 is read in the field's kind but in another unit.)
  const unitOf = (c: Clause) => unitWritten(c.text.normalize('NFKC'));
  const times = read.filter(
    (c) => c !== perItem && !PER.test(c.text) && (c.other || (field.kind === 'count' && c.own && perItem && unitOf(c) !== unitOf(perItem))),
  );
  if (perItem && times.length === 1) {
    const n = (times[0]!.other ?? times[0]!.own)!.value;
    if (Number.isInteger(n) && n > 0) return { kind: 'pick', value: perItem.own!.value * n, how: 'product', from: [perItem.text, times[0]!.text], others: [] };
  }
  // 站点花了60万，每个站12万: so much each, with nothing to multiply it by, is a rate; the one other figure is offered (asked).
  const rated = perItem && !times.length && read.length === 2 ? own.find((c) => c !== perItem && !PER.test(c.text)) : undefined;
  if (rated && !rated.own!.doubt && fitsMeasure(field, rated)) return { kind: 'pick', value: rated.own!.value, how: 'one', from: [rated.text], others: [] };
  const batches = batchesAtCount(field, read, own.length > 0);
  if (batches) return batches;
  if (!own.length) return unclear;
  // Unused figures of another kind, and unused parts of a total (其中培训2万), are offered to their fields.
  const others = (used: readonly Clause[]): Said[] =>
    read
      .filter((c) => !used.includes(c) && !c.share && ((c.other && c.otherKind) || (c.own && (c.part || (PLAN.test(c.text) && !field.plan)))))
      .map((c) => {
        const kind = c.own ? (field.kind === 'amount' ? 'amount' : 'count') : c.otherKind!;
        const unit = kind === 'count' ? unitWritten(c.text.normalize('NFKC')) : undefined;
        return { text: c.text, kind, value: (c.own ?? c.other)!.value, ...(unit ? { unit } : {}), ...(PLAN.test(c.text) ? { plan: true } : {}) };
      });
  const pick = (c: Clause): Several => ({ kind: 'pick', value: c.own!.value, how: 'one', from: [c.text], others: others([c]) });
  if (own.length === 1) return pick(own[0]!);
  // 8万，其中培训2万: the part at the part's field, the total at the total's.
  const parts = own.filter((c) => c.part);
  const wholes = own.filter((c) => !c.part);
  if (parts.length && wholes.length === 1) {
    // 9个里完成了7个 at 累计完成招标: the one part said, after 里 or 中 (not 其中, a breakdown), with the verb of the
    // field's own label (完成, 建成, 覆盖, 带动) that the whole lacks is the figure asked (asked back); the whole is
    // what it was done of.
    const verb = /完成|建成|覆盖|带动/.exec(field.label)?.[0];
    const among = s.includes(`${wholes[0]!.text}中`) || s.includes(`${wholes[0]!.text}里`) || s.includes(`${wholes[0]!.text}当中`);
    if (verb && among && !field.plan && parts.length === 1 && parts[0]!.label.includes(verb) && !wholes[0]!.label.includes(verb)) return pick(parts[0]!);
    // (乡镇12个、村级74个 adding up to the whole break it down: no part is the narrower figure.)
    const sum = parts.reduce((t, c) => t + c.own!.value, 0);
    const named = parts.filter((c) => aboutField(field, c) || (sum !== wholes[0]!.own!.value && namesOwnLabel(field, wholes[0]!, c)));
    // (六十七个，其中乡镇站八个: a bare whole, or one naming the field, answers a field that is no part.)
    // (38个村，其中深度贫困村9个: a narrower kind of the field's matter breaks the whole down.)
    // (上行6万，其中品牌2万 at 上行: a whole naming a part field's own matter is that field's figure, not its breakdown.)
    const wholeAnswers = field.partOf
      ? !!wholes[0]!.label && aboutField(field, wholes[0]!)
      : !wholes[0]!.label || aboutField(field, wholes[0]!) || parts.every((p) => narrowerKind(field, wholes[0]!, p));
    // 4.5万（分级包装2万、冷库租金2.5万）/ 10万，其中19日付了6万，20日付了4万 at a part: parts that add up to the whole
    // and name no other matter of the programme break down this field's own figure, which is the whole.
    const ownMatter = (c: Clause) => !THE_REST.test(c.label) && (aboutField(field, c) || !MATTERS.test(c.label));
    if (field.partOf && parts.length >= 2 && sum === wholes[0]!.own!.value && parts.every(ownMatter))
      return { kind: 'pick', value: sum, how: 'one', from: [wholes[0]!.text], others: [] };
    if (named.length === 1 && (!wholeAnswers || namesOwnLabel(field, wholes[0]!, named[0]!))) return pick(named[0]!);
    // 累计网销150万，其中本周12万 / 30万（本周5万） at a weekly field: a whole said as a running total, or of no
    // time beside a part said of this week (naming no other matter), is no answer; this week's part is (asked).
    const thisWeeks = parts.filter((c) => THIS_WEEK.test(c.text) && fitsMeasure(field, c) && !MATTERS.test(c.label));
    const whenless = !fitsMeasure(field, wholes[0]!) || !THIS_WEEK.test(wholes[0]!.text);
    if (!field.cumulative && !field.plan && whenless && thisWeeks.length === 1) return pick(thisWeeks[0]!);
    // 一共30万，其中设备15万 at a part: a whole said bare or only as a total, broken down into less than it by parts
    // that name no other matter, is this field's own figure (asked: the whole may have been the week's).
    const whole = wholes[0]!;
    if (field.partOf && WHOLE_ONLY.test(whole.label) && !whole.own!.doubt && parts.every(ownMatter) && sum < whole.own!.value) return pick(whole);
    return field.partOf && !wholeAnswers ? unclear : pick(wholes[0]!);
  }
  // 全县贫困村71个，覆盖了65个: the whole is not the figure asked.
  if (own.some((c) => BASE.test(c.text)) && own.some((c) => !BASE.test(c.text) && ACHIEVED.test(c.text))) {
    const achieved = own.filter((c) => !BASE.test(c.text));
    if (achieved.length === 1) return pick(achieved[0]!);
  }
  // (上周培训花了3万，这周还没有: a figure of another week names the matter, but is not this week's.)
  const named = own.filter((c) => aboutField(field, c) && fitsMeasure(field, c));
  const fitting = own.filter((c) => fitsMeasure(field, c));
  // 上行20万，服务中心15万，培训5万，合计40万: the total, where the parts add up to it. At a part field (其中用于上行)
  // only when no part names another of the programme's matters: 物流配送8万，品牌建设2万，共10万 at 上行, or
  // 讲课费6000、场地2000，合计8000元 at 培训, whose bare parts are in the total's 元.
  // (共建成乡镇站9个、村级站70个，合计79个: 共 opening the list says the same as 合计; the total is the one
  // figure the others add up to.)
  const totals = own.filter((c) => TOTAL.test(c.label) && !RUNNING.test(c.text));
  const addsUp = (t: Clause) => {
    const listed = own.filter((c) => c !== t);
    const partsOwn = !field.partOf || listed.every((c) => aboutField(field, c) || !MATTERS.test(c.label));
    const sum = listed.reduce((total, c) => total + c.own!.value, 0);
    const inYuan = !t.own!.unitless && listed.every((c) => c.own!.unitless) && Math.round(sum / 10_000) === t.own!.value;
    return partsOwn && listed.length >= 2 && (sum === t.own!.value || inYuan);
  };
  const listed = own.filter((c) => !totals.includes(c));
  const adding = totals.filter(addsUp);
  if (adding.length === 1 && (totals.length === 1 || adding[0] === totals.at(-1))) return pick(adding[0]!);
  // 培训两场，一场1万，一共2万: so much for one of them, and the total.
  if (
    totals.length === 1 &&
    listed.length &&
    listed.every((c) => PER.test(c.text) || /^一(?:个|场|次|期|家|户|人|站|村)/.test(c.text)) &&
    fitsMeasure(field, totals[0]!)
  )
    return pick(totals[0]!);
  // 培训讲课费8000元、场地费2000元: the first item names the field, the others continue its list.
  const [head, ...tail] = own;
  const continues = (c: Clause) => c.label && !MATTERS.test(c.label) && ![TOTAL, NOT_A_PART, COMPETING].some((w) => w.test(c.label)) && fitsMeasure(field, c);
  if (named.length === 1 && named[0] === head && tail.length && tail.every(continues) && !head!.own!.doubt && !field.cumulative && !nounsDiffer(field, own))
    return { kind: 'pick', value: own.reduce((sum, c) => sum + c.own!.value, 0), how: 'sum', from: own.map(typedOf), others: others(own) };
  if (named.length === 1) return pick(named[0]!);
  if (fitting.length === 1) return pick(fitting[0]!);
  // 原来30个，本周新建5个: at a running total, what there was plus what is new, asked.
  const was = own.filter((c) => BEFORE_NOW.test(c.text));
  const added = own.filter((c) => THIS_WEEK.test(c.text) && !BEFORE_NOW.test(c.text));
  if (field.cumulative && own.length === 2 && was.length === 1 && added.length === 1)
    return { kind: 'pick', value: was[0]!.own!.value + added[0]!.own!.value, how: 'sum', from: [was[0]!.text, added[0]!.text], others: [] };
  // 合同金额100万，本周付了30万: at a weekly field, the one figure said of this week.
  const thisWeek = fitting.filter((c) => THIS_WEEK.test(c.text));
  if (!field.cumulative && !field.plan && thisWeek.length === 1) return pick(thisWeek[0]!);
  // 2个完成，1个流标 / 办了3场，取消了1场: what failed or was called off is no part of the answer; the one figure left is offered.
  const standing = own.filter((c) => !FAILED.test(c.label));
  if (own.length >= 2 && standing.length === 1 && !standing[0]!.own!.doubt && fitsMeasure(field, standing[0]!)) return pick(standing[0]!);
  // 乡镇站18个，村级站102个 / 淘宝上卖了30万 京东卖了20万: named parts of one figure, added up.
  const labels = new Set(own.map((c) => c.label));
  const addable =
    labels.size === own.length && own.every((c) => c.label && !TOTAL.test(c.label) && !NOT_A_PART.test(c.label) && !c.own!.doubt && fitsMeasure(field, c));
  if (addable && (named.length === own.length || named.length === 0) && !nounsDiffer(field, own)) {
    return { kind: 'pick', value: own.reduce((sum, c) => sum + c.own!.value, 0), how: 'sum', from: own.map(typedOf), others: others(own) };
  }
  // 86个，覆盖贫困村40个: the bare figure first answers the question; the next is named as another matter.
  // (不是6万, 还是8万: a denial or a rival figure is no other matter.)
  const otherMatter = (c: Clause) =>
    c.label.length >= 2 &&
    !aboutField(field, c) &&
    !/不|没|非|错|对/.test(c.label) &&
    ![TOTAL, THE_REST, COMPETING, NOT_A_PART].some((w) => w.test(c.label)) &&
    !PER.test(c.text);
  // (截至9月20日共建成126个，覆盖贫困村80个: a first figure named only as a total, or by a date, answers likewise.)
  const plain = (c: Clause) =>
    !c.label ||
    (!MATTERS.test(c.label) &&
      ![THE_REST, COMPETING, NOT_A_PART].some((w) => w.test(c.label)) &&
      !/不|没|非|错|对/.test(c.label) &&
      !PER.test(c.text) &&
      fitsMeasure(field, c));
  const [first, ...rest] = own;
  if (first && plain(first) && !first.own!.doubt && rest.length && rest.every(otherMatter)) {
    return pick(first);
  }
  return unclear;
}
