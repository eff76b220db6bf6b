import type { KnowledgeBase } from './base.ts';
import { prepare } from './text.ts';

/**
 * Which sentence of a clause answers: two words the question says one after the other (重点查…示范县, 品牌建设)
 * are more likely asked of the sentence that writes them together too (重点检查各示范县, 加强品牌建设) than of one
 * that has each word somewhere apart (绩效评价不合格的示范县; 品牌培育…体系建设).
 */

/** At most this many characters between the two words in the sentence (重点[检]查, 查[各]示范县). */
const GAP = 2;

const HAN_ONLY = /^\p{Script=Han}+$/u;

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pairs of question words, in the order asked, worth checking together (no repeated or overlapping word). */
export function adjacentPairs(words: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a === b || a.includes(b) || b.includes(a) || !HAN_ONLY.test(a) || !HAN_ONLY.test(b)) continue;
    pairs.push([a, b]);
  }
  return pairs;
}

const sentencesOf = new WeakMap<KnowledgeBase, string[]>();
const heldBy = new WeakMap<KnowledgeBase, Map<string, number>>();

/** How many sentences of the whole notice write the pair together (绩效评价: several, a term of the notice; 品牌建设: one). */
function holders(kb: KnowledgeBase, pattern: RegExp): number {
  let sentences = sentencesOf.get(kb);
  if (!sentences) {
    sentences = kb.clauses.flatMap((c) => c.sentences.map(prepare));
    sentencesOf.set(kb, sentences);
  }
  let counts = heldBy.get(kb);
  if (!counts) {
    counts = new Map();
    heldBy.set(kb, counts);
  }
  let n = counts.get(pattern.source);
  if (n === undefined) {
    n = new Set(sentences.filter((s) => pattern.test(s))).size;
    counts.set(pattern.source, n);
  }
  return n;
}

/**
 * The weight a sentence (canonical text) earns for writing question words together: the rarer word of each pair,
 * once per pair, and only for a pair that one sentence of the notice alone writes together (a term the notice
 * uses throughout, 绩效评价, says nothing about which of its sentences is asked).
 */
export function adjacencyScore(kb: KnowledgeBase, sentence: string, pairs: readonly [string, string][]): number {
  let score = 0;
  for (const [a, b] of pairs) {
    const together = new RegExp(`${literal(a)}.{0,${GAP}}${literal(b)}`);
    if (!together.test(sentence) || holders(kb, together) !== 1) continue;
    score += 2 * Math.min(kb.index.idf('words', a), kb.index.idf('words', b));
  }
  return score;
}
