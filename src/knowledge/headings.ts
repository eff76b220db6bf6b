import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';
import { prepare } from './text.ts';

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

/** Two subject words this close in the question (监督县里 → 监督示范县) are said as one thing… */
const PAIR_GAP = 2;

/** …and a clause says them so when they stand as close there, in the question's order (监督各示范县). */
function pairs(text: string, words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const a of words) for (const b of words) if (a !== b && new RegExp(`${a}.{0,${PAIR_GAP}}${b}`).test(text)) out.add(`${a}|${b}`);
  return out;
}

/**
 * Torn between two clauses (市州资金管理上要监督县里干啥: 四（三）'s 日常监督 and 四（一）'s 监督各示范县加强资金使用管理),
 * the one that puts together two words the question puts together speaks first, when the other puts together none the first does not.
 */
export function pairedAsAsked(q: string, subject: readonly string[], r: Ranked, other: Ranked): boolean {
  const words = [...new Set(subject)].filter((w) => /^\p{Script=Han}+$/u.test(w));
  const asked = pairs(q, words);
  const mine = [...pairs(prepare(`${r.clause.title}${r.clause.body}`), words)].filter((p) => asked.has(p));
  const theirs = [...pairs(prepare(`${other.clause.title}${other.clause.body}`), words)].filter((p) => asked.has(p));
  return mine.some((p) => !theirs.includes(p)) && theirs.every((p) => mine.includes(p));
}

/** 对接贫困户的机制, 跟贫困户对接的机制 → 对接机制: a verb (and its object) before 的 and a noun, which the notice writes as one compound. */
function compounds(q: string): string[] {
  const out: string[] = [];
  for (const m of q.matchAll(/的(\p{Script=Han}{2})/gu)) {
    for (const n of [0, 2, 3, 4]) {
      const verb = q.slice(m.index - n - 2, m.index - n);
      if (/^\p{Script=Han}{2}$/u.test(verb)) out.push(`${verb}${m[1]}`);
    }
  }
  return out;
}

/**
 * Torn between two clauses (没规定和贫困户的对接机制吧: 二's 精准对接…利益联结机制 and 四（三）'s 对接机制), the one writing as one
 * compound what the question says around its object speaks first, when the other does not write it.
 */
export function compoundAsked(q: string, r: Ranked, other: Ranked): boolean {
  const said = compounds(q).filter((c) => r.clause.body.includes(c));
  return said.length > 0 && !said.some((c) => other.clause.body.includes(c));
}
