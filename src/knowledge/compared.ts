import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';

/**
 * Two notions compared (方案说的县负全责和州里说的直接责任主体是一回事吗): each is the notice's own phrase, held by a
 * different clause. Neither clause alone answers; both are quoted, the one named first speaking first, and the reader
 * compares them (the engine does not judge whether they are the same).
 */

/** A comparison of two sides: A 和/跟/与 B 是一回事吗, 一个意思吗, 一样吗. */
const COMPARED = /^(.+?)(?:和|跟|与|同)(.+?)(?:是不是|是)?(?:一回事|一个意思|一个概念|同一个意思|同一回事|一样|相同|等同)/u;

/** The shortest phrase of a side that counts: shorter ones (方案, 文件) name no notion of their own. */
const MIN_PHRASE = 4;

const textOf = (r: Ranked) => `${r.clause.title}${r.clause.body}`;

/** The longest run of the side the notice writes word for word (at least MIN_PHRASE characters). */
function phraseOf(kb: KnowledgeBase, side: string): string | undefined {
  const runs = side.split(/[^\p{Script=Han}]+/u).filter((r) => r.length >= MIN_PHRASE);
  const all = kb.clauses.map((c) => `${c.title}${c.body}`).join('|');
  for (let n = Math.max(0, ...runs.map((r) => r.length)); n >= MIN_PHRASE; n--) {
    for (const run of runs) for (let i = 0; i + n <= run.length; i++) if (all.includes(run.slice(i, i + n))) return run.slice(i, i + n);
  }
  return undefined;
}

/** The clauses holding the two sides' phrases, among the best ranked, when they differ and neither holds both. */
export function comparedClauses(kb: KnowledgeBase, q: string, ranked: readonly Ranked[]): [Ranked, Ranked] | undefined {
  const m = COMPARED.exec(q);
  if (!m) return undefined;
  const a = phraseOf(kb, m[1]!);
  const b = phraseOf(kb, m[2]!);
  if (!a || !b || a.includes(b) || b.includes(a)) return undefined;
  const top = ranked.slice(0, 5);
  const holdsBoth = top.some((r) => textOf(r).includes(a) && textOf(r).includes(b));
  const first = top.find((r) => textOf(r).includes(a));
  const second = top.find((r) => textOf(r).includes(b));
  return !holdsBoth && first && second && first !== second ? [first, second] : undefined;
}
