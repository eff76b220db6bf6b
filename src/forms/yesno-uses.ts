import { type Answer, CONFIRM_TAIL } from './answer.ts';
import type { FieldSpec } from './template.ts';

/**
 * Which of the uses a yes-or-no question asks about (网络交易平台, 楼堂馆所, 工作经费, 购买流量) a message names,
 * and whether it says they happened, were denied or undone; split from yesno-answer.ts.
 */

// 不到1万, 不多: a bound on the figure, not a denial of the use.
const BOUND = /不到|不足|不超过|不多|没到|没超过|没有超过|没有到|未超过|未达到|没达到/g;
export const denies = (t: string) => /没|未|无|不/.test(t.replace(BOUND, ''));
// 退回了, 已追回, 撤销了: what undoes the use just admitted.
export const UNDONE = /退回|退还|退了|收回|追回|撤回|撤销|取消|作废|冲销|冲回|没用成|没花成|纠正|整改/;

/**
 * 楼堂馆所没有，流量买了一些 / 工作经费1.5万 / 只有工作经费: a clause that names a use asked about and says it
 * happened (a figure, a verb of spending, 有, 只有), not denied or asked; the clause, or undefined.
 */
export function usedInClause(field: FieldSpec, raw: string): string | undefined {
  const names = (c: string) => namesUse(field, c);
  const said = /(?:买|用|花|付|租|购|交|缴|支付|装修)[^，,。；;]{0,6}了|有|\d|[两三四五六七八九十][千万百]|^(?:只|仅)有/;
  // (流量买了，后来退回了: a use undone in the same message is asked, not offered as a yes.)
  if (UNDONE.test(raw)) return undefined;
  return (
    raw
      .normalize('NFKC')
      .split(/[，,。；;\s]+/)
      // (平台上卖了5万: sales on a platform spend nothing.)
      .find((c) => names(c) && said.test(c) && !denies(c) && !/[?？吗]|算|属于|是否|有没有|卖|销售|销量|收入|成交/.test(c))
  );
}

/** Whether words name a use asked about. (经费 and 推广 alone name other things too, 培训经费, 推广产品: only 工作经费 and paid 推广 count.) */
export function namesUse(field: FieldSpec, c: string): boolean {
  return (field.topics ?? []).some((t) =>
    t === '经费' ? /(?:工作|办公)经费/.test(c) : t === '推广' ? /推广(?:费|流量)|(?:买|投|付)[^，,]{0,3}推广/.test(c) : c.includes(t),
  );
}

// 本周支出15万, 这周一共花了12万: the week's spending told as a total, with no use named, answers the amount
// question before; whether any of it went to the uses asked about is not said.
const TOTAL_SPENT =
  /^(?:本周|这周|这星期|本星期|这礼拜|本礼拜)?(?:的)?(?:共|一共|总共|合计|累计)?(?:新增)?(?:支出|拨付|花费|开支|花|用|支付|使用)了?(?:中央(?:财政)?资金|资金)?(?:共|一共|总共|合计)?[\d.,零〇一二两三四五六七八九十百千万]+(?:万元|万|元|块)$/;

/** A spending total said at a yes-or-no question about uses (本周支出15万): asked again, with what the item asks. */
export function spendingTotal(field: FieldSpec, raw: string): Answer | undefined {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！~～]+$/, '');
  if (!field.asksAbout?.length || !TOTAL_SPENT.test(text) || namesUse(field, text)) return undefined;
  // (支出20万 alone, said without 本周 or 共, could be the use's own figure: only a total's words are turned back.)
  if (!/^(?:本周|这周|这星期|本星期|这礼拜|本礼拜|共|一共|总共|合计|累计)|支出|拨付|开支/.test(text)) return undefined;
  // (本周支出0元: nothing spent, so nothing on those uses; a no, asked.)
  if (/(?<![\d.１-９1-9])0+(?:\.0+)?(?:万元|万|元|块)$|[^\d零〇一二两三四五六七八九十百千万][零〇](?:万元|万|元|块)$/.test(text))
    return { ok: true, value: false, confirm: `您说明本周支出为0，按“否”理解。您的回答是“否”吗？${CONFIRM_TAIL}` };
  const names = field.asksAbout.map((u) => u[0]!);
  const uses = names.length > 1 ? `${names.slice(0, -1).join('、')}或${names.at(-1)}` : names[0];
  return { ok: false, error: `您提到“${text}”，但没有说明这笔资金的用途。本项问的是本周是否有中央财政资金用于${uses}，请回复“是”或“否”。` };
}

/**
 * 没用在平台和流量上，办公经费花了6000元: a no that names some uses, and another clause that says a use asked
 * about happened (with a figure or a verb of spending): a yes — asked, that clause kept as its details. (A bare
 * 没有，买了2万流量 names no use in its no, contradicts itself, and is asked to be checked elsewhere.)
 */
export function usedBesideDenial(field: FieldSpec, raw: string): Answer | undefined {
  const clauses = raw
    .normalize('NFKC')
    .split(/[，,。；;\s]+/)
    .filter(Boolean);
  const deniedByName = clauses.filter((c) => denies(c) && namesUse(field, c));
  const used = deniedByName.length ? usedInClause(field, raw) : undefined;
  if (!used || deniedByName.includes(used) || !/\d|[两三四五六七八九十][千万百]|(?:支出|支付|花|用|付|买)了/.test(used)) return undefined;
  return { ok: true, value: true, confirm: `您说明了“${deniedByName.join('，')}”，又提到“${used}”，按“是”理解。您的回答是“是”吗？${CONFIRM_TAIL}`, note: used };
}
