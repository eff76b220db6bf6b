import type { Answer } from './answer.ts';
import { NUMERAL } from './clauses.ts';
import { readQuantity } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * At an amount field, a message whose figures are counts (办了4场共150人次) says how much was done, not
 * what it cost: it is re-asked for the amount. Beside the counts, one figure of money (办了4场共150人次，
 * 花了1.5万) is the amount, offered and asked back. A figure with no unit, so much per item, a running
 * total, a plan or another week leaves the message to the clause reader.
 */

const MONEY = /(?:亿元|万元|亿|万|元|块钱|块)$/;
// (3万村级站: a figure in 万 running into the next item's name is money, not a count of 村.)
const COUNT = /^[\d零〇一二两三四五六七八九十百千]+(?:人次|场次|个|场|次|人|户|家|期|村|项|名|所|座|批|班)$/;
const NOT_PLAIN =
  /每|各|平均|单价|一(?:场|个|次|期|人|户)[^\d，,。]{0,6}[\d零〇一二两三四五六七八九十]|累计|截至|计划|预计|预算|合同|上周|上个?月|比|其中|还是|或|没|未|剩|退|%|％|百分/;

const figuresOf = (s: string) => [...s.matchAll(NUMERAL)].map((m) => m[0]);

/** 办了4场共150人次 at an amount field: only counts, no money; re-asked for the amount. */
export function countsOnly(field: FieldSpec, raw: string): Answer | undefined {
  if (field.kind !== 'amount') return undefined;
  const s = raw.normalize('NFKC').trim();
  const figures = figuresOf(s);
  if (figures.length < 2 || !figures.every((f) => COUNT.test(f)) || /[万元块钱亿]/.test(s) || NOT_PLAIN.test(s)) return undefined;
  return { ok: false, error: `“${raw.trim()}”说的是数量，本项填写金额（万元）。请直接输入金额，例如 2 或 2万；没有支出请回复 0。` };
}

/** 办了4场共150人次，花了1.5万 at an amount field: the one figure of money beside counts, offered. */
export function moneyAmongCounts(field: FieldSpec, s: string): Several | undefined {
  if (field.kind !== 'amount' || NOT_PLAIN.test(s)) return undefined;
  const figures = figuresOf(s);
  const money = figures.filter((f) => MONEY.test(f));
  if (money.length !== 1 || figures.length < 2 || !figures.every((f) => MONEY.test(f) || COUNT.test(f))) return undefined;
  const q = readQuantity(money[0]!, 'amount');
  if (!q.ok || q.value.doubt) return undefined;
  return { kind: 'pick', value: q.value.value, how: 'one', from: [money[0]!], others: [] };
}
