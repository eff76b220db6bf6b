import { type Decision, lacksAnyAsked, subjectWords } from './answerability.ts';
import { type Asked, askedType, askingParts, typeOf } from './asked-type.ts';
import type { KnowledgeBase } from './base.ts';
import type { Neighbour } from './examples.ts';
import { type Ranked, rankWeight } from './retrieval.ts';

/**
 * The ranking and the gate's decision, revised by the example questions nearest to the question
 * (examples.ts). Calibrated held out on the development sets (scripts/clause-examples.ts: examples
 * from the other sets, scored on each). Putting the nearest example's clause first did worse than
 * the ranking; weighing each clause's ranking score by how alike its nearest example is did better.
 * The nearest example turns a refusal for low coverage into an answer, or an answer into a refusal
 * when it is an unanswerable question. A refusal because the notice never names the subject
 * (reason `absent`) stands, and so does any figure, date or object the clause lacks.
 */

/** A clause's ranking score is multiplied by 1 + this × the similarity of its nearest example… */
export const EXAMPLE_WEIGHT = 1;
/** …in full for a question of this many words and character pairs, less for a shorter one (县里对什么负责), whose nearest example says less. */
export const FULL_FEATURES = 8;

/** An example this alike asks the same thing: its clause answers, if the ranking found that clause at all. */
export const RESCUE_SIMILARITY = 0.45;
/** An example this alike, of the clause the ranking put first, confirms that clause. */
export const AGREE_SIMILARITY = 0.25;
/** An unanswerable example this alike, and this much nearer than any answered one: the question is refused. */
export const VETO_SIMILARITY = 0.7;
export const VETO_MARGIN = 0.2;

/** The ranking (rank in retrieval.ts orders by score × (0.5 + coverage)), each clause weighed by its nearest example. */
export function byExamples(ranked: Ranked[], nn: Neighbour | undefined): Ranked[] {
  if (!nn) return ranked;
  const weighed = weigher(nn);
  return [...ranked].sort((a, b) => weighed(b) - weighed(a));
}

/** A clause's weight in that ranking. */
export function weigher(nn: Neighbour | undefined): (r: Ranked) => number {
  const weight = nn ? EXAMPLE_WEIGHT * Math.min(1, nn.features / FULL_FEATURES) : 0;
  return (r) => rankWeight(r) * (1 + weight * (nn?.byClause.get(r.clause.id) ?? 0));
}

export function byNeighbour(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], decision: Decision, asked: Asked, nn: Neighbour | undefined): Decision {
  if (!nn) return decision;
  if (nn.clauseId === null) {
    // 以奖代补具体奖多少 is unanswerable for the figure it asks: it vetoes no yes-or-no about the same subject (以奖代补可以用吗).
    const vetoes = askedType(nn.example);
    if ((vetoes === 'quantity' || vetoes === 'time') && asked !== vetoes) return decision;
    // 培训谁来办 is not 培训机构咋选: an example that asks none of what a part of the question asks (who) does not refuse it.
    const theirs = new Set(askingParts(nn.example).map(typeOf));
    const otherAsk = askingParts(q).map(typeOf).some((k) => k === 'who' && !theirs.has(k));
    return decision.kind === 'answer' && !otherAsk && nn.similarity >= VETO_SIMILARITY && nn.similarity - nn.runnerUp >= VETO_MARGIN ? { kind: 'refuse', reason: 'low-coverage', nearest: decision.best } : decision;
  }
  if (decision.kind === 'answer' || decision.reason !== 'low-coverage') return decision;
  const hit = ranked.find((r) => r.clause.id === nn.clauseId);
  if (!hit) return decision;
  const confirmed = nn.similarity >= RESCUE_SIMILARITY || (hit === ranked[0] && nn.similarity >= AGREE_SIMILARITY);
  if (!confirmed) return decision;
  return lacksAnyAsked(kb, q, hit, subjectWords(kb, q), asked) ?? { kind: 'answer', best: hit };
}
