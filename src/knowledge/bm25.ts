import type { Tokens } from './text.ts';

type Family = keyof Tokens;
const FAMILIES: readonly Family[] = ['words', 'bigrams', 'pinyin'];
/** Pinyin bigrams only rescue typos, so they weigh less than the characters themselves. */
const FAMILY_WEIGHT: Readonly<Record<Family, number>> = { words: 1, bigrams: 1, pinyin: 0.4 };
const K1 = 1.2;
const B = 0.75;

interface FamilyIndex {
  readonly tf: Map<string, number>[];
  readonly length: number[];
  readonly avgLength: number;
  readonly df: Map<string, number>;
}

/** A scored document, by its index. */
export interface Hit {
  readonly doc: number;
  readonly score: number;
}

/** Okapi BM25 over several token families of the same documents. */
export class Bm25Index {
  readonly #families = new Map<Family, FamilyIndex>();
  readonly #size: number;

  constructor(docs: readonly Tokens[]) {
    this.#size = docs.length;
    for (const family of FAMILIES) {
      const tf = docs.map((d) => {
        const m = new Map<string, number>();
        for (const t of d[family]) m.set(t, (m.get(t) ?? 0) + 1);
        return m;
      });
      const length = docs.map((d) => d[family].length);
      const df = new Map<string, number>();
      for (const m of tf) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
      this.#families.set(family, { tf, length, avgLength: length.reduce((a, b) => a + b, 0) / Math.max(1, docs.length), df });
    }
  }

  /** Inverse document frequency; a token no document has gets the highest value. */
  idf(family: Family, token: string): number {
    const df = this.#families.get(family)!.df.get(token) ?? 0;
    return Math.log(1 + (this.#size - df + 0.5) / (df + 0.5));
  }

  /** Whether any document has the token. */
  known(family: Family, token: string): boolean {
    return this.#families.get(family)!.df.has(token);
  }

  /** Scores every document against the query, best first. */
  search(query: Tokens): Hit[] {
    const hits: Hit[] = [];
    const sets = Object.fromEntries(FAMILIES.map((f) => [f, [...new Set(query[f])]])) as Record<Family, string[]>;
    for (let doc = 0; doc < this.#size; doc++) {
      let score = 0;
      for (const family of FAMILIES) {
        const index = this.#families.get(family)!;
        const tf = index.tf[doc]!;
        const norm = K1 * (1 - B + (B * index.length[doc]!) / (index.avgLength || 1));
        for (const t of sets[family]) {
          const f = tf.get(t);
          if (!f) continue;
          const idf = this.idf(family, t);
          score += FAMILY_WEIGHT[family] * idf * ((f * (K1 + 1)) / (f + norm));
        }
      }
      hits.push({ doc, score });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}
