import { prepare, tokenise, type Tokens } from './text.ts';

/**
 * Document expansion from example questions: the words officials used when asking about a clause
 * (盯啥, 照顾哪些地方, 卖货) are indexed with it, so a later question worded the same way finds it.
 * Only the ranking uses them; whether a clause answers (its coverage of the question) is still
 * read from the notice's own text, so an example never makes the engine answer what the notice
 * does not say. The examples come from the development sets (scripts/clause-examples.ts), which
 * also measures them held out: built from three sets, scored on the fourth.
 */

/** A word used in the examples of this share of the clauses (请问, 要求, 什么) says how people ask, not about what. */
const COMMON_SHARE = 0.25;

/** The words and character pairs each clause's examples add to its index entry, one distinct token each. */
export function exampleTokens(examples: readonly (readonly string[])[]): Pick<Tokens, 'words' | 'bigrams'>[] {
  const tokens = examples.map((questions) => questions.map((q) => tokenise(prepare(q))));
  const spread = new Map<string, number>();
  for (const clause of tokens) for (const w of new Set(clause.flatMap((t) => t.words))) spread.set(w, (spread.get(w) ?? 0) + 1);
  const common = (w: string) => (spread.get(w) ?? 0) > COMMON_SHARE * examples.length;
  return tokens.map((clause) => ({
    words: [...new Set(clause.flatMap((t) => t.words))].filter((w) => [...w].length > 1 && !common(w)),
    bigrams: [...new Set(clause.flatMap((t) => t.bigrams))],
  }));
}

/** The example question nearest to a question: the clause it asked about (null for one the notice does not answer) and how alike they are. */
export interface Neighbour {
  readonly clauseId: string | null;
  readonly example: string;
  /** IDF-weighted cosine of their words and character pairs, 0..1. */
  readonly similarity: number;
  /** The similarity of the nearest example of any other clause (or answerability): how clear the vote is. */
  readonly runnerUp: number;
  /** The similarity of the nearest example of each clause (null: of the unanswerable ones). */
  readonly byClause: ReadonlyMap<string | null, number>;
  /** How many words and character pairs of the question were compared: a short question's nearest example says less. */
  readonly features: number;
}

/** A question's features for nearest-example search: its words of two or more characters and its character pairs. */
function features(text: string): Set<string> {
  const t = tokenise(text);
  return new Set([...t.words.filter((w) => [...w].length > 1).map((w) => `w:${w}`), ...t.bigrams.filter((b) => [...b].length > 1)]);
}

/**
 * Nearest-example search over the example questions (answered ones by clause, and those the notice does not
 * answer): a new question worded like an earlier one most likely asks the same thing.
 */
export function exampleNeighbours(byClause: Readonly<Record<string, readonly string[]>>, unanswered: readonly string[], strip: (q: string) => string): (q: string) => Neighbour | undefined {
  const rows = [
    ...Object.entries(byClause).flatMap(([id, qs]) => qs.map((q) => ({ id: id as string | null, q }))),
    ...unanswered.map((q) => ({ id: null as string | null, q })),
  ].map((r) => ({ ...r, f: features(strip(prepare(r.q))) }));
  // An inverted index: each feature, its weight (squared IDF) and the examples that have it.
  const postings = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const x of r.f) {
      const list = postings.get(x);
      if (list) list.push(i);
      else postings.set(x, [i]);
    }
  });
  const idf2 = (x: string) => Math.log(1 + rows.length / (1 + (postings.get(x)?.length ?? 0))) ** 2;
  const norm = (f: Set<string>) => Math.sqrt([...f].reduce((a, x) => a + idf2(x), 0));
  const norms = rows.map((r) => norm(r.f));
  return (q) => {
    const f = features(strip(prepare(q)));
    const n = norm(f);
    if (!n || !rows.length) return undefined;
    const dot = new Map<number, number>();
    for (const x of f) {
      const w = idf2(x);
      for (const i of postings.get(x) ?? []) dot.set(i, (dot.get(i) ?? 0) + w);
    }
    const best = new Map<string | null, { s: number; q: string }>();
    for (const [i, d] of dot) {
      const r = rows[i]!;
      const s = d / (n * norms[i]! || 1);
      if (s > (best.get(r.id)?.s ?? 0)) best.set(r.id, { s, q: r.q });
    }
    const sorted = [...best].sort((a, b) => b[1].s - a[1].s);
    const top = sorted[0];
    const byClause = new Map(sorted.map(([id, x]) => [id, x.s]));
    return top ? { clauseId: top[0], example: top[1].q, similarity: top[1].s, runnerUp: sorted[1]?.[1].s ?? 0, byClause, features: f.size } : undefined;
  };
}
