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
  if (!asked.length) return best;
  return ranked.slice(0, 5).find((r) => r !== best && asked.every((w) => r.clause.body.includes(w))) ?? best;
}
