import type { KnowledgeBase } from './base.ts';
import { ASPECT_WORDS, queryTokens, type Ranked } from './retrieval.ts';

/**
 * 我们的仓库要不要挂牌, 贴息的企业也要做标识吗: a thing of the county's (the facility built, the firm paid) and then, after
 * the modal, the rule asked of it. The thing's words are rare in the notice (预冷 is written once) and can outrank the
 * rule's; the clause that holds the rule's word answers, when the ranking found it among the first few and the clause
 * chosen lacks it and the other requires it. The thing's own clause says only that it may be built, not what it must do.
 */

/** The modal before the rule asked: a yes/no (要不要…, 也要…吗), not what is to be done (要重点盯哪类企业, 是不是就要开工). */
const ASKED = /(?<![是否就不])(?:(?:要不要|需不需要|用不用|得不得)(\p{Script=Han}{2,8}?)(?:吗|么|嘛)?|(?:也|还|都)?(?:要|需要|得|必须)(\p{Script=Han}{2,8}?)(?:吗|么|嘛))[？?。！!]*$/u;

/** A rule asked with a question word asks what it is, which the ranking reads whole. */
const WHAT = /哪|啥|什么|谁|怎么|咋|多少|几|如何/;

export function askedRule(kb: KnowledgeBase, question: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const last = question.split(/[，,；;。？?！!]/).filter((p) => p.length > 0).at(-1) ?? '';
  const m = ASKED.exec(last);
  const rule = m?.[1] ?? m?.[2];
  // The thing asked about comes before the modal: without it, the rule is all that is asked and the ranking saw it.
  if (!m || !rule || WHAT.test(rule) || m.index < 2) return best;
  const text = (r: Ranked) => kb.docTexts[r.doc]!;
  // Words most clauses write (示范, 资金) tell no rule from another.
  const rare = (w: string) => kb.docTexts.filter((t) => t.includes(w)).length * 4 <= kb.docTexts.length;
  const words = queryTokens(kb, rule).words.filter((w) => w.length > 1 && !ASPECT_WORDS.test(w) && kb.allText.includes(w) && rare(w));
  // 培训要讲求实效吗: a thing the chosen clause is headed by (培训) is its topic, and what it must do is said there or nowhere.
  const thing = queryTokens(kb, last.slice(0, m.index)).words.filter((w) => w.length > 1 && !ASPECT_WORDS.test(w));
  if (thing.some((w) => best.clause.title.includes(w))) return best;
  const missing = words.filter((w) => !text(best).includes(w));
  if (!missing.length || missing.length < words.length) return best;
  // Among the first three: the thing's words may outweigh the rule's many times, and which comes first then says little.
  // The holder requires it (要在…显著位置标识): a target it sets (覆盖率达到) is no rule to apply to a thing.
  const requires = (r: Ranked, w: string) => new RegExp(`(?:要|应当?|须|不得)[^，。；：]{0,24}${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(r.clause.body);
  const holders = ranked.slice(0, 3).filter((r) => r !== best && missing.every((w) => requires(r, w)));
  return holders.length === 1 ? holders[0]! : best;
}
