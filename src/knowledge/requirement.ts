import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';

/**
 * A yes/no about what the notice requires (公共仓储要不要对其他企业开放, read as 开放共享) is answered by the clause
 * that states the requirement (有关支持项目应开放共享), not by the clause that only names the thing asked about
 * (集中仓储), when the ranking found it among the first few. A requirement is a phrase the notice writes after
 * 应 / 应当 / 必须 / 须; the question must carry it (after the officials' words are read as the notice's).
 */
// 应 as a modal, not inside a word (供应链, 相应, 适应, 响应, 应用, 应对).
const REQUIRED = /(?:(?<![供相适响对反答回效感理])应(?![用对急聘])当?|必须|(?<!必)须)(\p{Script=Han}{3,6})/gu;

const cache = new WeakMap<KnowledgeBase, readonly string[]>();

function requirements(kb: KnowledgeBase): readonly string[] {
  let found = cache.get(kb);
  if (!found) {
    found = [...new Set([...kb.allText.matchAll(REQUIRED)].map((m) => m[1]!))];
    cache.set(kb, found);
  }
  return found;
}

export function statesRequirement(kb: KnowledgeBase, question: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const asked = requirements(kb).filter((r) => question.includes(r) && !best.clause.body.includes(r));
  if (!asked.length) return namedInText(kb, question, best, ranked);
  return ranked.slice(0, 5).find((r) => r !== best && asked.every((w) => r.clause.body.includes(w))) ?? best;
}

/** The runs of four characters or more of the question that the notice writes (产销对接). */
function noticePhrases(kb: KnowledgeBase, question: string): string[] {
  const found: string[] = [];
  for (const run of question.match(/\p{Script=Han}{4,}/gu) ?? []) {
    for (let i = 0; i + 4 <= run.length; i++) {
      let n = 4;
      while (i + n < run.length && kb.allText.includes(run.slice(i, i + n + 1))) n++;
      if (kb.allText.includes(run.slice(i, i + n))) found.push(run.slice(i, i + n));
    }
  }
  return found;
}

/**
 * 产销对接要不要搞: a thing the best clause names only in its heading (支持农村产品产销对接) is answered by a clause nearly
 * as good whose own text states it (促进产销对接), so the answer quotes the words asked about.
 */
function namedInText(kb: KnowledgeBase, question: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const asked = noticePhrases(kb, question).filter((p) => best.clause.title.includes(p) && !best.clause.body.includes(p));
  if (!asked.length) return best;
  // Not the parallel clause of the other document (四（五） beside the letter's 四): the two say the same, in an order of their own.
  const parallel = kb.parallels.get(best.clause.id) ?? [];
  return ranked.slice(0, 3).find((r) => r !== best && !parallel.includes(r.clause) && r.score >= best.score * 0.8 && asked.every((p) => r.clause.body.includes(p))) ?? best;
}
