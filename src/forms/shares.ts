import type { Answer } from './answer.ts';
import { periodPart } from './period-part.ts';
import type { FieldSpec } from './template.ts';

/**
 * 贫困村已覆盖六成 / 花了一成多 / 百分之七十 / 完成率75%: a share said in words (N成, 百分之N) or with a percent
 * sign at an amount or a count, with no other figure. It gives no quantity of the field: the digit in 七成 is no
 * count of 7, nor 七十 two figures, nor 75% 75 of anything. It is asked back as a share, with no reading offered.
 * (A share beside a figure, 56个，占八成, is read for the figure.) A share said *of* the one figure (18万的一半,
 * 合同80万，付了四成, 一共16万，培训占三成) makes that figure the whole, not the answer: asked with no reading either.
 */

const SHARE =
  /(?:十[一二三四五六七八九]?|[一二两三四五六七八九\d])成(?:半|多|左右|上下|以上)?|百分之[零〇一二两三四五六七八九十百\d.点]+|\d+(?:\.\d+)?\s*[%％]/g;
const HALF = /一半|半数|大半|多半/;
// 18万的一半, 80万中的一半: half of the figure before it (a share in figures, 1500万的百分之二, is read as a product).
const OF_FIGURE = new RegExp(`[\\d零〇一二两三四五六七八九十百千万](?:万元|元|块|个|户|人次|人|场)?(?:的|中的|里的|里面的|当中的)(?:${HALF.source})`);
// 合同80万, 总投资: a figure named as a whole that is not what was paid; 一共16万 beside 培训占三成: a whole a part takes a share of.
const NAMED_WHOLE = /合同|总额|总价|总投资|预算|全年/;
const WHOLE = /总共|一共|合计|总计|全部/;

/** The reply to a message whose only quantity is a share said in words, or undefined when it is not one. */
export function shareAnswer(field: FieldSpec, raw: string): Answer | undefined {
  if (field.kind !== 'amount' && field.kind !== 'count') return undefined;
  const s = raw.normalize('NFKC');
  const what = field.kind === 'amount' ? '金额' : '数量';
  const how = field.kind === 'amount' ? '请直接输入金额，例如 45 或 45万' : '请直接输入整数，例如 3';
  const rest = s
    .replace(SHARE, '')
    .replace(HALF, '')
    .replace(/一共|一起|一下|统一/g, '');
  const figures = rest.match(/[\d零〇一二两三四五六七八九十百千万亿]+/g) ?? [];
  const shared = SHARE.test(s) || HALF.test(s);
  SHARE.lastIndex = 0;
  const clauses = s.split(/[，,。；;\s]+/);
  const shareSaid = (c: string) => /一半|半数|大半|多半|成|%|％|百分之/.test(c);
  const figureClause = clauses.filter((c) => !shareSaid(c)).join('，');
  const takes = clauses.some((c) => shareSaid(c) && /占/.test(c));
  // (总价20万，本周付了一半: the part paid after the whole is worked out and offered by period-part.ts.)
  if (shared && figures.length === 1 && !periodPart(field, s) && (OF_FIGURE.test(s) || NAMED_WHOLE.test(figureClause) || (takes && WHOLE.test(figureClause))))
    return { ok: true, value: null, confirm: `“${raw.trim()}”说的是一个总数和其中的比例，本项需要填写具体${what}。${how}。` };
  if (!s.match(SHARE) || figures.length) return undefined;
  return { ok: true, value: null, confirm: `“${raw.trim()}”是比例。本项需要填写具体${what}，不是比例或份额，${how}。` };
}
