import { type Asked, type Decision, lacksAsked, subjectWords } from './answerability.ts';
import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';

/**
 * The gate's decision, revised by the example question nearest to the question (examples.ts).
 * Calibrated held out on the development sets (scripts/clause-examples.ts): examples from the
 * other sets, scored on each; picking another clause by the nearest example did worse than the
 * ranking, so the nearest example only turns a refusal for low coverage into an answer, or an
 * answer into a refusal when it is an unanswerable question. A refusal because the notice never
 * names the subject (reason `absent`) stands, and so does any figure, date or object the clause lacks.
 */

/** An example this alike asks the same thing: its clause answers, if the ranking found that clause at all. */
export const RESCUE_SIMILARITY = 0.45;
/** An example this alike, of the clause the ranking put first, confirms that clause. */
export const AGREE_SIMILARITY = 0.25;
/** An unanswerable example this alike, and this much nearer than any answered one: the question is refused. */
export const VETO_SIMILARITY = 0.7;
export const VETO_MARGIN = 0.2;

export function byNeighbour(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], decision: Decision, asked: Asked): Decision {
  const nn = kb.neighbour(q);
  if (!nn) return decision;
  if (nn.clauseId === null) {
    return decision.kind === 'answer' && nn.similarity >= VETO_SIMILARITY && nn.similarity - nn.runnerUp >= VETO_MARGIN ? { kind: 'refuse', reason: 'low-coverage', nearest: decision.best } : decision;
  }
  if (decision.kind === 'answer' || decision.reason !== 'low-coverage') return decision;
  const hit = ranked.find((r) => r.clause.id === nn.clauseId);
  if (!hit) return decision;
  const confirmed = nn.similarity >= RESCUE_SIMILARITY || (hit === ranked[0] && nn.similarity >= AGREE_SIMILARITY);
  if (!confirmed) return decision;
  return lacksAsked(kb, q, hit, subjectWords(kb, q), asked) ?? { kind: 'answer', best: hit };
}
