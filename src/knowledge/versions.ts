import type { KnowledgeBase } from './base.ts';
import type { Clause } from './notice.ts';
import { type Ranked, rankWeight } from './retrieval.ts';

/**
 * Several documents on one question: a supplementary notice issued later speaks before the
 * notice it changes, the older one is quoted after it with whether it agrees or differs, and a
 * document marked superseded says so whenever it is quoted. Documents are ordered by their
 * date in programme.json; an undated document (the programme's base notice) counts as older
 * than any dated one.
 */

const dateOf = (kb: KnowledgeBase, c: Clause): string => kb.data.documents[c.documentId]?.date ?? '';

/** A clause of another document, dated `newer` or `older` than the best one's, that speaks to the same question. */
function otherWord(kb: KnowledgeBase, best: Ranked, ranked: readonly Ranked[], newer: boolean): Ranked | undefined {
  const mine = dateOf(kb, best.clause);
  const parallel = new Set((kb.parallels.get(best.clause.id) ?? []).map((c) => c.id));
  return ranked
    .slice(0, 6)
    .filter((r) => r.clause.documentId !== best.clause.documentId)
    .filter((r) => (newer ? dateOf(kb, r.clause) > mine : mine > dateOf(kb, r.clause)))
    .filter((r) => parallel.has(r.clause.id) || (rankWeight(r) >= 0.85 * rankWeight(best) && r.coverage >= best.coverage))
    .sort((a, b) => (newer ? dateOf(kb, b.clause).localeCompare(dateOf(kb, a.clause)) : rankWeight(b) - rankWeight(a)))[0];
}

/** The later word and the earlier one on a question, when two documents of different dates speak to it. */
export function laterAndEarlier(kb: KnowledgeBase, best: Ranked, ranked: readonly Ranked[]): { later: Ranked; earlier: Ranked } | undefined {
  const later = otherWord(kb, best, ranked, true);
  if (later) return { later, earlier: best };
  const earlier = otherWord(kb, best, ranked, false);
  return earlier ? { later: best, earlier } : undefined;
}

const FIGURE = /\d+(?:\.\d+)?(?:%|万元|元|月\d+日|月底|个工作日|天|个)/g;

/** Whether a later text changes an earlier one: it says so (调整, 改为, 不再…) or states other figures or dates. */
export function differs(later: string, earlier: string): boolean {
  if (/调整|改为|不再|取消|废止|停止执行|变更为|以本通知为准/.test(later)) return true;
  const figures = (s: string) => [...new Set(s.match(FIGURE) ?? [])].sort().join('|');
  return figures(later) !== figures(earlier);
}

/** 请注意：… for an answer served by a document marked superseded; '' otherwise. */
export function supersededNote(kb: KnowledgeBase, clauseId: string | null): string {
  const clause = clauseId ? kb.byId.get(clauseId) : undefined;
  const doc = clause ? kb.data.documents[clause.documentId] : undefined;
  const by = doc?.supersededBy ? kb.data.documents[doc.supersededBy] : undefined;
  return doc && by ? `请注意：${doc.cite}已被${by.cite}取代，以下内容仅供参考，请以${by.cite}为准。` : '';
}
