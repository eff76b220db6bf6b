import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';

/**
 * Torn between two clauses (市州是啥责任: 二“上下联动，各负其责” and 五、责任分工), the one whose heading names
 * what is asked speaks first, when the other does not speak of it at all and few clauses do. A word of the
 * documents' own names (实施方案) names a document, not a subject; a word most clauses use (方案) places nothing.
 */
export function headedBy(kb: KnowledgeBase, subject: readonly string[], r: Ranked, other: Ranked): boolean {
  const own = Object.values(kb.data.documents).map((d) => d.cite);
  const heads = (w: string) => r.clause.title.includes(w) && !`${other.clause.title}${other.clause.body}`.includes(w) && !own.some((c) => c.includes(w));
  return subject.some((w) => heads(w) && kb.clauses.filter((c) => c.body.includes(w)).length * 6 <= kb.clauses.length);
}
