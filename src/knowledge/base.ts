import type { Citation } from '../core/reply.ts';
import type { CountyData, ProgrammeData } from '../programme.ts';
import { Bm25Index } from './bm25.ts';
import { exampleNeighbours, exampleTokens, type Neighbour } from './examples.ts';
import { parseNotice, type Clause } from './notice.ts';
import { PinyinInput } from './pinyin-input.ts';
import { excerpt } from './quote.ts';
import { SoundAlikeSpeller } from './spelling.ts';
import { KEPT_AS_TYPED, STOPWORDS, SYNONYMS } from './synonyms.ts';
import { charPinyin, prepare, tokenise, type Tokens } from './text.ts';

/** What the engine needs from a loaded programme. */
export interface KnowledgeSource {
  readonly data: ProgrammeData;
  readonly noticeMarkdown: string;
  /** Questions officials asked, by the clause that answers them: their wording is indexed with the clause (examples.ts). */
  readonly examples?: Readonly<Record<string, readonly string[]>>;
  /** Questions officials asked that the notice does not answer (examples.json). */
  readonly unanswered?: readonly string[];
}

/** Words the intents look for, protected from and reachable by typo correction. */
const INTENT_WORDS = ['覆盖率', '比例', '截止', '期限', '多少', '补贴', '补助', '资金', '最多', '最少', '至少', '上限', '示范县', '名单', '招标', '备案', '实施方案', '公服中心', '上行', '流量', '楼堂馆所', '工作经费', '交易平台', '第三方', '配套', '拨付', '到账', '电话', '网址', '什么', '时候', '哪些', '怎么', '节点', '时间节点', '文号', '发文', '办发', '建档立卡', '对象', '验收', '资金', '几条', '几个', '几项', '几点', '几块', '几家', '几级'];

/** The letter's particulars (文号, 签发人, 抄送): a sound-alike typo of one is corrected even where the segmenter reads a word of its own (文浩). */
const LETTER_WORDS = ['文号', '签发人', '抄送', '主送'];

/** Two clauses of different documents sharing this share of their bigrams say the same thing. */
const PARALLEL_MIN_JACCARD = 0.3;

/**
 * The notice, parsed and indexed once: its clauses, the text-search index, the typo
 * speller, and the helpers that quote a clause. Everything an intent or the retrieval
 * needs to read; nothing here answers a question.
 */
export interface KnowledgeBase {
  readonly data: ProgrammeData;
  readonly clauses: readonly Clause[];
  readonly byId: ReadonlyMap<string, Clause>;
  /** The clauses text search may answer from (the annex table is answered from the data). */
  readonly searchable: readonly Clause[];
  readonly index: Bm25Index;
  /** Searchable clause texts (canonicalised, with their titles), by search index. */
  readonly docTexts: readonly string[];
  readonly docPinyin: readonly string[];
  /** All searchable text, joined: whether a word occurs anywhere in the notice. */
  readonly allText: string;
  readonly allPinyin: string;
  readonly sentenceTokens: ReadonlyMap<string, readonly Tokens[]>;
  /** Clauses of the letter that restate a clause of the plan (and back). */
  readonly parallels: ReadonlyMap<string, readonly Clause[]>;
  readonly speller: SoundAlikeSpeller;
  /** The question without county names, which no clause text shares, for text search. */
  stripForSearch(q: string): string;
  cite(clauseId: string, quote: string, section?: string): Citation;
  /** The first sentence of a clause containing every needle (or any), shortened around them. */
  sentenceWith(clauseId: string, needles: readonly string[]): string;
  /** A citation of the allocation table. */
  tableCite(quote: string): Citation;
  countyRow(c: CountyData): string;
  /** The example question nearest to a question (examples.ts). */
  neighbour(q: string): Neighbour | undefined;
  /** Pinyin typed for characters (zhuoni xian butie duoshao qian), read as the words it spells. */
  readonly pinyin: PinyinInput;
}

/** Words for reading pinyin input: place names, the domain's words, then the notice's words, most frequent first. */
function pinyinWords(data: ProgrammeData, clauses: readonly Clause[]): string[] {
  const counts = new Map<string, number>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const c of clauses) for (const s of segmenter.segment(`${c.title}。${c.body}`)) if (s.isWordLike && s.segment.length > 1) counts.set(s.segment, (counts.get(s.segment) ?? 0) + 1);
  const places = data.counties.flatMap((c) => [c.name, c.name.replace(/(县|区|市)$/, '')]);
  // The letter's particulars (qianfaren, chaosong) as typed in pinyin, too.
  return [...places, ...Object.keys(SYNONYMS), ...INTENT_WORDS, ...LETTER_WORDS, ...[...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w)];
}

export function buildKnowledgeBase(source: KnowledgeSource): KnowledgeBase {
  const { data } = source;
  const clauses = parseNotice(source.noticeMarkdown, data.documents);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // A document's letterhead answers nothing; the list of annexes names documents and rules nothing.
  const searchable = clauses.filter((c) => c.body && c.id !== data.allocationClause && c.level > 1 && !/^附件/.test(c.title));
  const parentTitle = (c: Clause) => (c.level > 2 ? (c.headingChain[c.headingChain.length - 1] ?? '') : '');
  // The index knows each clause by its own words and by those officials used asking about it; coverage (docTexts) by its own only.
  const asked = exampleTokens(searchable.map((c) => source.examples?.[c.id] ?? []));
  const index = new Bm25Index(
    searchable.map((c, i) => {
      const own = tokenise(prepare(`${c.title}。${c.title}。${parentTitle(c)}。${c.body}`));
      return { ...own, words: [...own.words, ...asked[i]!.words], bigrams: [...own.bigrams, ...asked[i]!.bigrams] };
    }),
  );
  const docTexts = searchable.map((c) => prepare(`${c.title}。${parentTitle(c)}。${c.body}`));
  const bigramSets = searchable.map((c) => new Set(tokenise(prepare(c.body)).bigrams));
  const parallels = new Map<string, Clause[]>();
  searchable.forEach((a, i) =>
    searchable.forEach((b, j) => {
      if (a.documentId === b.documentId) return;
      const x = bigramSets[i]!;
      const y = bigramSets[j]!;
      let shared = 0;
      for (const t of x) if (y.has(t)) shared++;
      if (shared / (x.size + y.size - shared) >= PARALLEL_MIN_JACCARD) parallels.set(a.id, [...(parallels.get(a.id) ?? []), b]);
    }),
  );
  // Known words for typo correction: the rule text (county names are matched separately, so the typed name can be echoed).
  const speller = new SoundAlikeSpeller(
    searchable.map((c) => `${c.title}。${c.body}`),
    [...Object.keys(SYNONYMS), ...data.milestones.flatMap((m) => m.aliases), ...INTENT_WORDS, ...Object.values(data.documents).flatMap((d) => d.cite.match(/\p{Script=Han}{2,4}/gu) ?? [])],
    [...Object.values(SYNONYMS).flat(), ...STOPWORDS, ...KEPT_AS_TYPED],
    LETTER_WORDS,
  );
  const docPinyin = docTexts.map((t) => [...t].map(charPinyin).join(' '));
  const allTexts = clauses.map((c) => prepare(`${c.title}。${c.body}`));
  const placeNames = new RegExp(
    data.counties
      .flatMap((c) => [c.name, c.name.replace(/(县|区|市)$/, '')])
      .filter((n) => n.length > 1)
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'g',
  );
  const allocation = data.documents[data.allocationClause];
  // The programme's own name (甘肃省2018年电商进农村综合示范项目) is in almost every question and every clause: it ranks nothing.
  const province = data.scope.province.replace(/省$/, '');
  const programmeName = new RegExp(
    `(?:${province}省?)?(?:${data.year}年?)?(?:的)?(?:电商进农村|电商)?(?:综合)?示范(?:项目|工作)(?:的)?|(?:电商进农村|电商)(?:综合)?示范(?:项目|工作)?|${province}省?|${data.year}年?|电商进农村(?:综合示范)?|综合示范`,
    'g',
  );

  const stripForSearch = (q: string) => q.replace(placeNames, '').replace(programmeName, '');
  const searchableIds = new Set(searchable.map((c) => c.id));
  const neighbour = exampleNeighbours(
    Object.fromEntries(Object.entries(source.examples ?? {}).filter(([id]) => searchableIds.has(id))),
    source.unanswered ?? [],
    stripForSearch,
  );

  const cite = (clauseId: string, quote: string, section?: string): Citation => {
    const c = byId.get(clauseId);
    return { source: c?.source ?? clauseId, section: section ?? c?.section ?? '', quote };
  };

  return {
    data,
    clauses,
    byId,
    searchable,
    index,
    docTexts,
    docPinyin,
    // Every clause, the annex table and the letter's head included: whether the notice mentions a word at all.
    allText: allTexts.join('|'),
    allPinyin: allTexts.map((t) => [...t].map(charPinyin).join(' ')).join(' | '),
    sentenceTokens: new Map(searchable.map((c) => [c.id, c.sentences.map((s) => tokenise(prepare(s)))])),
    parallels,
    speller,
    stripForSearch,
    neighbour,
    pinyin: new PinyinInput(pinyinWords(data, clauses)),
    cite,
    sentenceWith(clauseId, needles) {
      const c = byId.get(clauseId);
      if (!c) return '';
      const s =
        c.sentences.find((x) => needles.every((n) => x.includes(n))) ??
        c.sentences.find((x) => needles.some((n) => x.includes(n))) ??
        c.sentences[0] ??
        c.title;
      return excerpt(s, needles);
    },
    tableCite: (quote) => ({ source: allocation?.cite ?? '附件1', section: allocation?.title ?? '', quote }),
    countyRow: (c) => `${c.seq} ${c.name} ${c.allocationWan}（单位：万元）`,
  };
}
