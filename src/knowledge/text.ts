import { pinyin } from 'pinyin-pro';
import { STOPWORDS, SYNONYM_PAIRS, SYNONYMS, VARIANT_BESIDE, VARIANT_RUNS_ON } from './synonyms.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** NFKC, lower case, without spaces; punctuation kept as separators. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const CANONICAL_FORMS = Object.keys(SYNONYMS);
const REPLACEMENTS: readonly (readonly [string, string])[] = [...SYNONYM_PAIRS, ...CANONICAL_FORMS.map((c) => [c, c] as const)].sort(
  (a, b) => b[0].length - a[0].length,
);
const BY_FIRST_CHAR = new Map<string, (readonly [string, string])[]>();
for (const pair of REPLACEMENTS) {
  const list = BY_FIRST_CHAR.get(pair[0][0]!) ?? [];
  list.push(pair);
  BY_FIRST_CHAR.set(pair[0][0]!, list);
}

/** Rewrites every domain variant to its canonical form in one left-to-right pass (canonical forms stay). */
export function canonicalise(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const candidates = BY_FIRST_CHAR.get(text[i]!);
    const hit = candidates?.find(([variant]) => text.startsWith(variant, i) && !VARIANT_RUNS_ON[variant]?.test(text.slice(i + variant.length)));
    if (hit) {
      const beside = VARIANT_BESIDE[hit[0]];
      out += beside?.[0].test(text) ? beside[1] : hit[1];
      i += hit[0].length;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

const STOP_SET = new Set(STOPWORDS);
// Multi-character stop phrases are cut before segmenting; single characters only when the segmenter isolates them.
const STOP_PATTERN = new RegExp(
  STOPWORDS.filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

const pinyinCache = new Map<string, string>();
/** Toneless pinyin of one character, context-free so the notice and questions agree. */
export function charPinyin(ch: string): string {
  let p = pinyinCache.get(ch);
  if (p === undefined) {
    p = HAN.test(ch) ? pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch : ch;
    pinyinCache.set(ch, p);
  }
  return p;
}

/** The tokens of one text, by family: whole words, character bigrams, and pinyin bigrams (for typos). */
export interface Tokens {
  readonly words: string[];
  readonly bigrams: string[];
  readonly pinyin: string[];
}

/**
 * 民俗类产品, 餐饮类的: 类 after a thing's name only classes it; it is no subject, and 同类产品 holds it by chance.
 * (哪类, 各类, 这类 keep it: the kind is asked or counted there.)
 */
const KIND_SUFFIX = /(?<=\p{Script=Han}{2})(?<![哪啥么各同这那几每一两多])类(?=产品|商品|的|项目|企业)/gu;

/** Tokenises canonicalised text: Intl.Segmenter words, Han bigrams and pinyin bigrams, stopwords removed. */
export function tokenise(canonical: string): Tokens {
  const words: string[] = [];
  const runs: string[][] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (const s of segmenter.segment(canonical.replace(STOP_PATTERN, '|').replace(KIND_SUFFIX, '|'))) {
    if (!s.isWordLike || STOP_SET.has(s.segment)) {
      endRun();
      continue;
    }
    words.push(s.segment);
    run.push(...s.segment);
  }
  endRun();
  // Canonical domain terms count as words even when the segmenter splits them.
  for (const term of CANONICAL_FORMS) if (term.length > 1 && canonical.includes(term)) words.push(term);
  const bigrams: string[] = [];
  const py: string[] = [];
  for (const chars of runs) {
    if (chars.length === 1) bigrams.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) {
      bigrams.push(chars[i]! + chars[i + 1]!);
      py.push(`${charPinyin(chars[i]!)} ${charPinyin(chars[i + 1]!)}`);
    }
  }
  return { words, bigrams, pinyin: py };
}

/** Canonicalised form of raw text, ready for tokenising or pattern matching. */
export function prepare(text: string): string {
  return canonicalise(normalise(text));
}
