import { numeralValue } from './numbers.ts';
import { readQuantity } from './quantity.ts';
import { partsListed } from './parts-listed.ts';
import { periodPart } from './period-part.ts';
import { MATTERS } from './several-words.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * 12万加1万, 50+60, 12万+1万=13万: figures added up in so many words; the sum offered, or the result
 * written after = when the figures add up to it (asked back either way; one that does not add up is unclear).
 */
export function addedUp(field: FieldSpec, s: string): Several | undefined {
  const share = shareOf(field, s) ?? periodPart(field, s);
  if (share) return share;
  const listed = itemsListed(field, s) ?? partsListed(field, s);
  if (listed) return listed;
  const broken = brokenDown(field, s) ?? partsInBrackets(field, s) ?? outOf(field, s);
  if (broken) return broken;
  const batches = batchesThenTotal(field, s);
  if (batches) return batches;
  const m = /^([^=＝]+?)(?:[，,]?(?:=|＝|等于|一共是?|总共是?|共计|合计|共)([^=＝+加]+))?$/.exec(s);
  // (参加, 增加, 加工: 加 inside a word adds nothing up; 加起来, 加在一起 say "in all" of what follows, no plus.)
  if (!m) return undefined;
  const terms = m[1]!.split(/\+|＋|(?<![参增追添附外更])加(?![工班油盟入强大起在到])上?/);
  if (terms.length < 2 || terms.some((x) => !x.trim())) return undefined;
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  // 12+1万: the unit written once at the end belongs to every term (as in 40-50万).
  const tail = /[万亿]元?$|元$/.exec(terms.at(-1)!)?.[0] ?? '';
  const read = terms.map((x) => readQuantity(/^[\d.]+$/.test(x.trim()) && tail ? x.trim() + tail : x, kind, field.unit));
  if (read.some((r) => !r.ok || r.value.doubt)) return undefined;
  const total = read.reduce((t, r) => t + (r.ok ? r.value.value : 0), 0);
  if (m[2]) {
    const result = readQuantity(m[2], kind, field.unit);
    if (!result.ok) return undefined;
    if (result.value.value !== total) return { kind: 'unclear', figures: [...terms, m[2]] };
    return { kind: 'pick', value: total, how: 'one', from: [m[2]], others: [] };
  }
  return { kind: 'pick', value: total, how: 'sum', from: terms, others: [] };
}

// 1500万的百分之二, 80万的5%, 60万的三分之一: a share of a figure, said as the answer; the product offered (asked), never either figure.
const SHARE_OF =
  /^(.*?[\d零〇一二两三四五六七八九十百千]+(?:万元|万|元|块))的(?:百分之([\d.零〇一二两三四五六七八九十]+)|([\d.]+)[%％]|([\d零〇一二两三四五六七八九十]+分之[\d零〇一二两三四五六七八九十]+))(?:吧|了|左右)?$/;
function shareOf(field: FieldSpec, s: string): Several | undefined {
  const m = SHARE_OF.exec(s);
  if (!m || field.kind !== 'amount') return undefined;
  const whole = readQuantity(m[1]!, 'amount');
  const [whole4, part4] = m[4]?.split('分之').map(numeralValue) ?? [];
  const pct = m[4] !== undefined ? (whole4 ? ((part4 ?? Number.NaN) * 100) / whole4 : undefined) : m[3] !== undefined ? Number(m[3]) : numeralValue(m[2]!);
  if (!whole.ok || whole.value.doubt || pct === undefined || !Number.isFinite(pct) || pct <= 0 || pct > 100) return undefined;
  return {
    kind: 'pick',
    value: Math.round((whole.value.value * pct) / 100),
    how: 'product',
    from: [m[1]!, m[4] ?? (m[3] !== undefined ? `${m[3]}%` : `百分之${m[2]}`)],
    others: [],
  };
}

// 支付了3笔：10万、5万、3万 / 付了两笔，3万和2万: so many payments, then each listed; when the list has as many
// figures as the count says, their sum is offered (asked). A list of another length is left to the clause reader.
const ITEMS = /^(.*?)([\d一二两三四五六七八九十]+)(笔|项|次|批)[:：，,]\s*(.+)$/;
function itemsListed(field: FieldSpec, s: string): Several | undefined {
  const m = ITEMS.exec(s);
  if (!m || field.kind !== 'amount') return undefined;
  const n = numeralValue(m[2]!);
  const items = m[4]!.replace(/[。.]$/, '').split(/[、，,]|和|及/);
  if (n === undefined || items.length !== n || n < 2) return undefined;
  const read = items.map((x) => readQuantity(x, 'amount'));
  if (read.some((r) => !r.ok || r.value.doubt || r.value.unitless)) return undefined;
  const total = read.reduce((t, r) => t + (r.ok ? r.value.value : 0), 0);
  return { kind: 'pick', value: total, how: 'sum', from: items, others: [] };
}

// 3场，周一一场、周三两场 / 5个：东乡2个、西乡3个: a figure, then the parts it is made of, each with the same unit;
// when the parts add up to it, the figure is offered (asked). Parts that do not add up are left to the clause reader.
const PART = /([\d.]+|[零〇一二两三四五六七八九十百千]+)(万元|万|元|个|场|次|人次|人|户|家|期|项|村)/g;
function brokenDown(field: FieldSpec, s: string): Several | undefined {
  const m = /^([^，,：:]+)[，,：:]+(.+)$/.exec(s);
  if (!m) return undefined;
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  const head = readQuantity(m[1]!, kind, field.unit);
  const unit = [...m[1]!.matchAll(PART)];
  if (!head.ok || head.value.doubt || unit.length !== 1 || unit[0]![0] !== m[1]!.trim()) return undefined;
  // (周二一场: the weekday, or 第二批, names a part and is no figure of it.)
  const parts = [...m[2]!.replace(/(?:周|星期|礼拜|第)[一二三四五六日天\d]/g, '，').matchAll(PART)];
  // (三场，不对，两场，有一场是上周的: figures after a correction are no breakdown, though they add up.)
  if (parts.length < 2 || parts.some((p) => p[2] !== unit[0]![2]) || /[%％]|其中|另外|还有|加|减|剩|没|未|不对|不是|错|应该|改|调整|算/.test(m[2]!))
    return undefined;
  const read = parts.map((p) => readQuantity(p[0], kind, field.unit));
  if (read.some((r) => !r.ok || r.value.doubt)) return undefined;
  const total = read.reduce((t, r) => t + (r.ok ? r.value.value : 0), 0);
  return total === head.value.value ? { kind: 'pick', value: total, how: 'one', from: [m[1]!], others: [] } : undefined;
}

// 分两批，头一批6个，后面又建了若干，总共15个: batches, some of them listed, then the total said last. The batches
// listed may not be all of them, so the total is offered (asked) when it is no less than what they add up to.
function batchesThenTotal(field: FieldSpec, s: string): Several | undefined {
  const clauses = s.split(/[，,；;。]+/).filter(Boolean);
  const total = /^(?:总共|一共|合计|共计|总计|共)(?:是|有)?(.+)$/.exec(clauses.at(-1) ?? '');
  const rest = clauses.slice(0, -1).filter((c) => !/^分[\d一二两三四五六七八九十]+[批期次][^\d一二两三四五六七八九十]{0,3}$/.test(c));
  if (!total || rest.length < 2 || !rest.every((c) => /^第[\d一二三四五六七八九十]+[批期次]/.test(c))) return undefined;
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  const whole = readQuantity(total[1]!, kind, field.unit);
  const read = rest.map((c) => readQuantity(c.replace(/^第[\d一二三四五六七八九十]+[批期次]/, ''), kind, field.unit));
  if (!whole.ok || whole.value.doubt || read.some((r) => !r.ok || r.value.doubt)) return undefined;
  const sum = read.reduce((t, r) => t + (r.ok ? r.value.value : 0), 0);
  return sum <= whole.value.value ? { kind: 'pick', value: whole.value.value, how: 'one', from: [clauses.at(-1)!], others: [] } : undefined;
}

// 75（乡镇9+村66）/ 15万(设备10万、培训5万): a figure, then in brackets the parts it is made of; when they add up
// to it, the figure is offered (asked). Parts that do not add up are left to the clause reader (asked with every figure).
function partsInBrackets(field: FieldSpec, s: string): Several | undefined {
  const m = /^([^()]+)\(([^()]+)\)[。.]?$/.exec(s);
  if (!m) return undefined;
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  const head = readQuantity(m[1]!, kind, field.unit);
  const items = m[2]!.split(/[+＋、，,；;]|和|及|加/).filter((x) => x.trim());
  if (!head.ok || head.value.doubt || items.length < 2 || /[%％]|其中|另外|还有|剩|没|未|减|-/.test(m[2]!)) return undefined;
  // (At a part of the spending, parts naming the programme's matters may hold the part asked: left to the clause reader.)
  if (field.partOf && MATTERS.test(m[2]!)) return undefined;
  const read = items.map((x) => readQuantity(x, kind, field.unit));
  if (read.some((r) => !r.ok || r.value.doubt || r.value.value === 0)) return undefined;
  const total = read.reduce((t, r) => t + (r.ok ? r.value.value : 0), 0);
  return total === head.value.value ? { kind: 'pick', value: total, how: 'one', from: [m[1]!], others: [] } : undefined;
}

// 3/5, 完成3/5个 at a count: so many done out of so many; the done figure is offered (asked), or at a planned
// figure the whole. (A larger figure first is no part of a whole: left to the clause reader.)
function outOf(field: FieldSpec, s: string): Several | undefined {
  const m =
    /^(?:已经?|累计|共|已?完成了?|已?建成了?|已?覆盖了?|招了)?\s*(\d+)\s*(?:个|项|场|户|村|家|处)?\s*[/／]\s*(\d+)\s*(个|项|场|户|村|家|处)?[。.]?$/.exec(s);
  if (!m || field.kind !== 'count') return undefined;
  const [done, whole] = [Number(m[1]), Number(m[2])];
  if (done > whole || whole === 0) return undefined;
  const unit = m[3] ?? '';
  return field.plan
    ? { kind: 'pick', value: whole, how: 'one', from: [`${m[2]}${unit}`], others: [] }
    : { kind: 'pick', value: done, how: 'one', from: [`${m[1]}${unit}`], others: [] };
}
