import type { Ranked } from './retrieval.ts';
import { canonicalise } from './text.ts';
import { contentWords } from './words.ts';

/**
 * 县政府在电商工作里负责啥, 州商务局在资金管理上要干啥: a body asked of within a field it names. Of the two clauses quoted,
 * the one that speaks of that field (为电子商务在农村的发展创造…营商环境) leads, not one that only states the body's role
 * (示范县人民政府是…直接责任主体), which does not name the field at all.
 */
const FIELD = /(?:厅|局|办|政府|部门|单位|[三几两]家|[省州市县](?:里|上|级))在(\p{Script=Han}{2,8}?)(?:里面?|里头|中|当中|上|方面|这块)/u;

/** The field's words (电商发展 → 电子商务, 发展), or none when no field is named or it is the programme itself (在这里头, 在项目里). */
function fieldWords(typed: string): string[] {
  const field = FIELD.exec(typed)?.[1];
  if (!field || /^(?:这个?|整个|本次|这次)?(?:项目|示范|综合示范|示范工作|工作|这里|这件事|其中)$/.test(field)) return [];
  return contentWords(canonicalise(field)).filter((w) => w.length >= 2);
}

/** `also` first when it speaks of every word of the field the question names and `best` does not. */
export function fieldFirst(typed: string, best: Ranked, also: Ranked | undefined): [Ranked, Ranked | undefined] {
  const words = fieldWords(typed);
  if (!also || !words.length) return [best, also];
  // 在市场化里: a field said with 化 (市场化, 品牌化) is spoken of where its stem is (充分发挥市场和企业的内生动力).
  const stem = (w: string) => (w.length >= 3 && /[化性]$/.test(w) ? w.slice(0, -1) : w);
  const speaks = (r: Ranked) => words.every((w) => canonicalise(r.clause.body).includes(stem(w)));
  return speaks(also) && !speaks(best) ? [also, best] : [best, also];
}
