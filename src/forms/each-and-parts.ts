import { readEach } from './each.ts';
import { NUMERAL } from './clauses.ts';
import { readQuantity, sameUnit, unitWritten } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

// (一天两场，办了三天: one day's figures times the days, another product, read by days-times.ts.)
export { daysTimes } from './days-times.ts';

/**
 * 4个站点每个3万，中心8万，总共20万 / 两个乡镇站各5万，村级站合计4万 / 10个乡镇各建了1个站，另外村级站20个:
 * a figure per item times the items, beside other parts, and perhaps a total said last. With a total,
 * the total is offered when the products and parts add up to it (asked); a total they miss is asked with
 * every figure. With no total, the parts are added up only when each names the thing the field itself
 * counts (站 at the stations, 场 at the sessions), never figures with different nouns. Always asked back.
 */

// 共/合计 said last, of the whole message.
const TOTAL_LAST = /^(?:总共|一共|合计|共计|总计|加起来|加在一起|共)(?:是|有|为)?(.+)$/;
// Words that make a figure no plain part: a running total, a plan, another week, a rival or a part of a part.
const NOT_PLAIN =
  /累计|截至|截止|至今|到目前|计划|预计|打算|准备|预算|上周|上个?月|上次|之前|以前|原来|原有|比|取消|流标|没|未|还差|剩|其中|说|还是|或|大概|左右|约|多万|几/;
// What a field may count or spend on, by its label: a part's words must name the same.
const NOUNS = ['站', '场', '村', '户', '项目'];

interface Piece {
  readonly text: string;
  readonly value: number;
  /** For so much each times the items: the items and the figure each. */
  readonly each?: readonly [string, string];
}

function inUnit(field: FieldSpec, figure: string, kind: 'amount' | 'count'): number | undefined {
  const q = readQuantity(figure, kind, field.unit);
  if (!q.ok || q.value.doubt || q.value.unitless || q.value.currency) return undefined;
  if (kind === 'amount') return /[万元块亿]/.test(figure) ? q.value.value : undefined;
  const unit = unitWritten(figure.normalize('NFKC'));
  return unit && field.unit && (sameUnit(field.unit, unit) || unit === '个') ? q.value.value : undefined;
}

export function eachAndParts(field: FieldSpec, s: string): Several | undefined {
  if (field.kind !== 'amount' && field.kind !== 'count') return undefined;
  const kind = field.kind;
  const clauses = s
    .replace(/[。.!！]+$/, '')
    .split(/[，,；;。]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2 || NOT_PLAIN.test(s)) return undefined;
  const totalMatch = TOTAL_LAST.exec(clauses.at(-1)!);
  const body = totalMatch ? clauses.slice(0, -1) : clauses;
  const pieces: Piece[] = [];
  let products = 0;
  let aside = 0;
  for (const c of body) {
    const each = /各|每/.test(c) ? readEach(c, kind, field.unit) : undefined;
    if (/各|每/.test(c) && !each) return undefined;
    if (each) {
      // (Each part at a count is in the field's own unit, 1个站 or 2场, or it counts something else.)
      if (kind === 'count' && inUnit(field, each.from[1], kind) === undefined) return undefined;
      if (kind === 'amount' && inUnit(field, each.from[1], kind) === undefined) return undefined;
      pieces.push({ text: c, value: each.value, each: each.from });
      products++;
      continue;
    }
    const figures = [...c.matchAll(NUMERAL)];
    if (figures.length !== 1) return undefined;
    const value = inUnit(field, figures[0]![0], kind);
    // (培训了150人次 beside 3个乡镇各办了2场 at the sessions: a count in another unit is another field's, set aside.)
    const otherCount = unitWritten(figures[0]![0].normalize('NFKC'));
    if (value === undefined && !totalMatch && otherCount && otherCount !== '个' && !(kind === 'count' && sameUnit(field.unit ?? '', otherCount))) {
      aside++;
      continue;
    }
    if (value === undefined) return undefined;
    pieces.push({ text: c, value });
  }
  if (!products) return undefined;
  const [only] = pieces;
  if (pieces.length === 1) return aside && only?.each ? { kind: 'pick', value: only.value, how: 'product', from: only.each, others: [] } : undefined;
  const sum = pieces.reduce((t, p) => t + p.value, 0);
  if (totalMatch) {
    const total = readQuantity(totalMatch[1]!, kind, field.unit);
    if (!total.ok || total.value.doubt) return undefined;
    if (total.value.value !== sum) return { kind: 'unclear', figures: [...s.matchAll(NUMERAL)].map((m) => m[0]) };
    return { kind: 'pick', value: sum, how: 'one', from: [clauses.at(-1)!], others: [] };
  }
  // (With no total, only parts that all name what the field counts or spends on are added up.)
  const label = field.label.normalize('NFKC');
  const noun = NOUNS.find((n) => label.includes(n) && pieces.every((p) => p.text.includes(n)));
  // (Parts naming different things, or none the field names, are asked with every figure, never added up.)
  if (!noun) return { kind: 'unclear', figures: [...s.matchAll(NUMERAL)].map((m) => m[0]) };
  return { kind: 'pick', value: sum, how: 'sum', from: pieces.map((p) => p.text), others: [] };
}
