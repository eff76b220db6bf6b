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
