import type { KnowledgeBase } from './base.ts';
import type { Clause } from './notice.ts';
import { adjacencyScore, adjacentPairs } from './adjacent-words.ts';
import { excerpt } from './quote.ts';
import { charPinyin, prepare, tokenise, type Tokens } from './text.ts';

/** How much more a question word found nowhere in the notice counts against coverage. */
const UNKNOWN_WORD_WEIGHT = 2;

/** Words naming the aspect asked about (对象, 内容, 要求…) that a rule rarely repeats; they do not count against coverage. */
export const ASPECT_WORDS =
  /^(?:要|需要|应|应该|有)?(对象|内容|要求|规定|办法|流程|程序|作用|职责|任务|措施|注意|事项|意思|用途|范围|情况|做法|具体|主要|工作|方面|干啥|干什么|做什么|负责|管|怎么办|处理|咋办|设置|设|担任|当|谁当|是|注意事项|会不会|谁是|随便|随意|不要|要不要|有没有|能不能|可不可以|是不是|几级|怎么样|咋样|体现|后果|结果|包括|包含|涉及|办理|落实|执行|进行|必须|有啥|干嘛|什么样|参加|参与|针对|面向|写|挂|放|合起来|一起|起来|行不行|中不中|算不算|超了没|超没超|够不够|达标|弄好|搞好|弄完|搞完|弄妥|搞定|弄好了|搞好了)$/;

/** A clause ranked for a question: BM25 score and the share of the question's words it covers. */
export interface Ranked {
  readonly doc: number;
  readonly clause: Clause;
  readonly score: number;
  readonly coverage: number;
}

/**
 * How much of the question a clause covers: the IDF-weighted share of the question's words found in its text
 * (a word spelled differently but sounding the same counts half). Words no clause has weigh the most, so a
 * question about something the notice never mentions scores low.
 */
export function coverage(kb: KnowledgeBase, words: readonly string[]): (doc: number) => number {
  const { docTexts, docPinyin, allText, allPinyin } = kb;
  const weighted = [...new Set(words)]
    .filter((w) => !ASPECT_WORDS.test(w))
    .map((w) => {
      const df = docTexts.reduce((n, t) => n + (t.includes(w) ? 1 : 0), 0);
      const py = w.length > 1 ? [...w].map(charPinyin).join(' ') : '';
      const pairs = w.length > 2 ? [...w].slice(1).map((ch, k) => w[k] + ch) : [];
      // A word no clause has, even by sound or in parts, names something the notice does not cover: it weighs more.
      const unknown = w.length > 1 && df === 0 && !allPinyin.includes(py) && !pairs.some((p) => allText.includes(p));
      return { w, py, pairs, idf: Math.log(1 + (docTexts.length - df + 0.5) / (df + 0.5)) * (unknown ? UNKNOWN_WORD_WEIGHT : 1) };
    });
  const total = weighted.reduce((a, x) => a + x.idf, 0);
  return (doc) => {
    if (!total) return 0;
    let have = 0;
    const text = docTexts[doc]!;
    for (const x of weighted) {
      if (text.includes(x.w)) have += x.idf;
      else if (x.py && docPinyin[doc]!.includes(x.py)) have += x.idf / 2;
      // A compound the notice words differently (总结经验 for 总结…经验): credit for its character pairs.
      else if (x.pairs.length) have += (x.idf * x.pairs.filter((p) => text.includes(p)).length) / x.pairs.length / 2;
    }
    return have / total;
  };
}

/** A clause's weight in the ranking: its BM25 score, with the share of the question it covers settling close calls. */
export const rankWeight = (r: Ranked): number => r.score * (0.5 + r.coverage);

/**
 * The one clause among the top `n` other than the best that `holds` what the question turns on (its phrase, its verb and
 * object, both sides of its choice), when it ranks within `close` of the best; else the best.
 */
export function soleCloseHolder(ranked: readonly Ranked[], best: Ranked, holds: (r: Ranked) => boolean, close: number, n = 4): Ranked {
  const holders = ranked.slice(0, n).filter((r) => r !== best && holds(r));
  return holders.length === 1 && rankWeight(holders[0]!) >= close * rankWeight(best) ? holders[0]! : best;
}

/** The searchable clauses for a query, best first: BM25 ranks, the share of the question covered settles close calls. */
export function rank(kb: KnowledgeBase, query: Tokens): Ranked[] {
  const cover = coverage(kb, query.words);
  return kb.index
    .search(query)
    .map((h) => ({ doc: h.doc, clause: kb.searchable[h.doc]!, score: h.score, coverage: cover(h.doc) }))
    .sort((a, b) => rankWeight(b) - rankWeight(a));
}

export const queryTokens = (kb: KnowledgeBase, q: string): Tokens => tokenise(kb.stripForSearch(q));

/** The longest quote of one sentence, in characters. */
const QUOTE_MAX = 130;

export interface Quoted {
  readonly quote: string;
  readonly lead: string;
  readonly score: number;
}

/** How often a text writes a word. */
const count = (text: string, w: string): number => text.split(w).length - 1;

/** The sentence(s) of a clause that answer the query: the quote, its best sentence (shortened) as the lead, and a score. */
export function bestSentences(kb: KnowledgeBase, clause: Clause, query: Tokens, options: { withoutFigures?: boolean } = {}): Quoted {
  const tokens = kb.sentenceTokens.get(clause.id) ?? clause.sentences.map((s) => tokenise(prepare(s)));
  // Words, and the character pairs inside long words (公服中心 → 公服, 中心); pairs across two words are noise here.
  const inner = query.words.filter((w) => w.length > 2).flatMap((w) => [...w].slice(1).map((ch, k) => w[k] + ch));
  const terms = new Set([...query.words, ...inner]);
  const pairs = adjacentPairs(query.words);
  const scored = clause.sentences
    .map((s, i) => {
      const have = new Set([...tokens[i]!.words, ...tokens[i]!.bigrams]);
      let score = 0;
      // Whole words say more than character pairs about which sentence answers.
      // A fragment of a word matched whole (第三方 → 第三, 方, 三方: one character, or never written in the notice outside it)
      // adds nothing to the whole; a piece the notice writes on its own (配送中心 → 配送, 中心) still counts.
      const whole = query.words.filter((w) => w.length > 2 && have.has(w));
      const fragment = (t: string) => whole.some((w) => w !== t && w.includes(t) && (t.length === 1 || count(kb.allText, t) === count(kb.allText, w)));
      for (const term of terms) if (have.has(term) && !fragment(term)) score += query.words.includes(term) ? 2 * kb.index.idf('words', term) : kb.index.idf('bigrams', term);
      // Words asked together and written together (重点查示范县: 重点检查各示范县) choose the sentence; the score compared elsewhere is the words'.
      const together = pairs.length ? adjacencyScore(kb, prepare(s), pairs) : 0;
      return { s, i, score, order: score + together, have };
    })
    // Quoted next to a refusal, a sentence with an amount or a share could be read as the answer; dates are fine.
    .filter((x) => !options.withoutFigures || !/\d|%/.test(x.s.replace(/\d{1,2}月(\d{1,2}日|底)|〔\d{4}〕\d+号/g, '')));
  if (!scored.length) return { quote: '', lead: '', score: 0 };
  const top = [...scored].sort((a, b) => b.order - a.order || a.i - b.i);
  const first = top[0]!;
  const keywords = [...terms].filter((t) => t.length > 1 && first.s.includes(t));
  const lead = excerpt(first.s, keywords, 64, !options.withoutFigures);
  // A clause that fits a phone screen (four sentences, 260 characters) is quoted whole: the rule is read in full.
  if (!options.withoutFigures && clause.sentences.length <= 4 && clause.body.length <= 260) return { quote: clause.sentences.join(''), lead, score: first.score };
  const second = top[1];
  // Long enough to carry the rule whole (a list of what to fill in, a full document title), short enough for a phone.
  // An answer's quote centres on the densest part naming the question's words; a refusal's nearest quote stays where it was.
  const one = excerpt(first.s, keywords, QUOTE_MAX, !options.withoutFigures);
  // 台账和存档: a word asked that only the second sentence holds brings it in, however much more the first holds.
  const completes = !options.withoutFigures && second !== undefined && query.words.some((w) => w.length > 1 && second.have.has(w) && !first.have.has(w));
  if (second && (second.score >= first.score * (options.withoutFigures ? 0.8 : 0.5) || completes) && second.score > 0 && one.length + second.s.length <= (options.withoutFigures ? 180 : 260)) {
    const pair = [first, second].sort((a, b) => a.i - b.i);
    return { quote: pair.map((x) => (x === first ? one : excerpt(x.s, keywords))).join(''), lead, score: first.score };
  }
  return { quote: one, lead, score: first.score };
}

/** Below this even the "nearest clause" of a refusal is too far to be worth showing. */
export const NEAREST_MIN_COVERAGE = 0.2;

/** The nearest clause to a question the notice does not answer; quotes no amount or share, so no number is implied. */
export function nearest(kb: KnowledgeBase, q: string, prefer?: string): { clause: Clause; quote: string } | undefined {
  const query = queryTokens(kb, q);
  const cover = coverage(kb, query.words);
  const preferred = prefer ? kb.byId.get(prefer) : undefined;
  const ranked = preferred ? [{ clause: preferred, coverage: 1 }] : rank(kb, query).slice(0, 3).map((h) => ({ clause: h.clause, coverage: cover(h.doc) }));
  for (const { clause, coverage: c } of ranked) {
    if (c < NEAREST_MIN_COVERAGE) break;
    const { quote } = bestSentences(kb, clause, query, { withoutFigures: true });
    if (quote) return { clause, quote };
  }
  return undefined;
}

