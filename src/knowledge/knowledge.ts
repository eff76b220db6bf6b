import { daysUntil } from '../core/clock.ts';
import type { Citation } from '../core/reply.ts';
import type { CountyData, MilestoneData, ProgrammeData } from '../programme.ts';
import { Bm25Index } from './bm25.ts';
import { findCounties, unknownPlaces, type CountyMention } from './county-match.ts';
import { citationLabel, parseNotice, type Clause } from './notice.ts';
import { followUpSubject, mentionedDate, QUANTITY_SLOT, slotWords, TIME_SLOT } from './question.ts';
import { excerpt } from './quote.ts';
import { SoundAlikeSpeller } from './spelling.ts';
import { STOPWORDS, SYNONYMS } from './synonyms.ts';
import { canonicalise, charPinyin, normalise, prepare, tokenise, type Tokens } from './text.ts';

/** What the engine needs from a loaded programme. */
export interface KnowledgeSource {
  readonly data: ProgrammeData;
  readonly noticeMarkdown: string;
}

export interface AnswerOptions {
  readonly now: Date;
  /** The `topic` of the previous answer in the same conversation, for follow-ups such as 那培训呢？ */
  readonly previousTopic?: string;
  /** The asker's county (e.g. 卓尼县), so that 我县/本县 can be read as it. */
  readonly county?: string;
}

/** An answer with its citations; `answered` is false when the notice does not say. */
export interface KnowledgeAnswer {
  readonly question: string;
  readonly answered: boolean;
  /** One or two sentences for the person who asked. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  /** The clause that served the answer (for a refusal: the nearest clause, if any). */
  readonly clauseId: string | null;
  /** What a follow-up in the same conversation may lean on. */
  readonly topic: string;
  /** Which rule produced the answer (a table fact, a deadline, a ratio, text retrieval or a refusal). */
  readonly intent: string;
  /** Retrieval confidence (0..1) for text answers; 1 for facts from the programme data. */
  readonly confidence: number;
}

/** The pure knowledge engine: parse once, answer many times, no I/O. */
export interface Knowledge {
  readonly clauses: readonly Clause[];
  clause(id: string): Clause | undefined;
  answer(question: string, options: AnswerOptions): KnowledgeAnswer;
  /** The clauses an answer quotes (what an LLM rephrasing may see). */
  servedBy(answer: KnowledgeAnswer): Clause[];
  /** The text-retrieval ranking for a question (clause id, BM25 score, coverage), for tuning and `qa explain`. */
  explain(question: string): { id: string; score: number; coverage: number }[];
}

/** Minimum share of the question's (IDF-weighted) words a clause must contain to be quoted as the answer; calibrated on the evaluation set. */
export const ANSWER_MIN_COVERAGE = 0.4;
/** Below this even the "nearest clause" of a refusal is too far to be worth showing. */
export const NEAREST_MIN_COVERAGE = 0.2;

const MONEY = /资金|万|亿|补贴|补助|补|预算|额度|分配|分到|拿到|安排|下达|给了|给多少|多少资金/;
const YES_NO_LIST = /是不是|是否|是否是|算不算|有没有|在不在|在名单|入选|列入|属于|包不包括|包括|是示范县|示范县吗|是吗|对吗|吗$/;
/** How much more a question word found nowhere in the notice counts against coverage; calibrated with the threshold. */
const UNKNOWN_WORD_WEIGHT = 2;

/** Two clauses of different documents sharing this share of their bigrams say the same thing. */
const PARALLEL_MIN_JACCARD = 0.3;

/** Gansu's prefecture-level cities and prefectures (临夏市 itself is a demonstration county, so only 临夏州 counts). */
const OTHER_PREFECTURES = /兰州|嘉峪关|金昌|白银|天水|武威|张掖|平凉|酒泉|庆阳|定西|陇南|临夏州|临夏回族自治州|甘南/;

/** Things a county spends on; money questions about them are not about the county's allocation. */
const SUB_ITEMS = /服务点|站|村|户|人|培训|物流|快递|配送|企业|合作社|平台|品牌|认证|贴息|以奖代补|工资|经费|学员|每期|每单|每次/;

/** Words the rules below look for, protected from and reachable by typo correction. */
const INTENT_WORDS = ['覆盖率', '比例', '截止', '期限', '多少', '补贴', '补助', '资金', '最多', '最少', '至少', '上限', '示范县', '名单', '招标', '备案', '实施方案', '公服中心', '上行', '流量', '楼堂馆所', '工作经费', '交易平台', '第三方', '配套', '拨付', '到账', '电话', '网址', '什么', '时候', '哪些', '怎么', '节点', '时间节点'];

/** Words naming the aspect asked about (对象, 内容, 要求…) that a rule rarely repeats; they do not count against coverage. */
const ASPECT_WORDS = /^(?:要|需要|应|应该|有)?(对象|内容|要求|规定|办法|流程|程序|作用|职责|任务|措施|注意|事项|意思|用途|范围|情况|做法|具体|主要|工作|方面|干啥|干什么|做什么|负责|管|怎么办|处理|咋办|设置|设|担任|当|谁当|是|注意事项|干啥|干什么|会不会|谁是|随便|随意|处理|不要|要不要|有没有|能不能|可不可以|是不是|几级|怎么样|咋样|体现|后果|结果|包括|包含|涉及|办理|落实|执行|进行|需要|必须|应该|具体|情况|有啥|干嘛|什么样|参加|参与)$/;
const OTHER_PROVINCES =
  /陕西|青海|宁夏|新疆|四川|云南|贵州|西藏|内蒙|河南|河北|山东|山西|湖南|湖北|江苏|浙江|广东|广西|福建|江西|安徽|黑龙江|吉林|辽宁|海南|重庆|北京|上海|天津|外省|其他省|其它省|别的省|兄弟省/;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function wan(n: number): string {
  return `${Number.isInteger(n) ? n : Math.round(n * 100) / 100}万元`;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

interface Draft {
  readonly answered: boolean;
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly clauseId: string | null;
  readonly intent: string;
  readonly confidence?: number;
}

/** Builds the engine over a programme's data and notice. */
export function createKnowledge(source: KnowledgeSource): Knowledge {
  const { data } = source;
  const clauses = parseNotice(source.noticeMarkdown, data.documents);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // The annex table is answered from the data; a document's letterhead and addressees answer nothing.
  // The list of annexes names documents and rules nothing.
  const searchable = clauses.filter((c) => c.body && c.id !== data.allocationClause && c.level > 1 && !/^附件/.test(c.title));
  const parentTitle = (c: Clause) => (c.level > 2 ? (c.headingChain[c.headingChain.length - 1] ?? '') : '');
  const index = new Bm25Index(searchable.map((c) => tokenise(prepare(`${c.title}。${c.title}。${parentTitle(c)}。${c.body}`))));
  const docTexts = searchable.map((c) => prepare(`${c.title}。${parentTitle(c)}。${c.body}`));
  // Clauses of the letter that restate a clause of the plan (and back), by shared character bigrams.
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
    [...Object.keys(SYNONYMS), ...data.milestones.flatMap((m) => m.aliases), ...INTENT_WORDS],
    [...Object.values(SYNONYMS).flat(), ...STOPWORDS],
  );
  const docPinyin = docTexts.map((t) => [...t].map(charPinyin).join(' '));
  const allText = docTexts.join('|');
  const allPinyin = docPinyin.join(' | ');
  const sentenceTokens = new Map(searchable.map((c) => [c.id, c.sentences.map((s) => tokenise(prepare(s)))]));
  const milestoneAliases = data.milestones.map((m) => ({ milestone: m, aliases: [m.title, ...m.aliases].map(prepare) }));
  const gannanCounties = (prefectureId: string) => data.counties.filter((c) => c.prefecture === prefectureId);
  const allocationSource = data.documents[data.allocationClause]?.cite ?? '附件1';
  const allocationTitle = data.documents[data.allocationClause]?.title ?? '';

  const placeNames = new RegExp(data.counties.flatMap((c) => [c.name, c.name.replace(/(县|区|市)$/, '')]).filter((n) => n.length > 1).sort((a, b) => b.length - a.length).join('|'), 'g');
  /** The question without county names, which no clause text shares, for text search. */
  const stripForSearch = (q: string) => q.replace(placeNames, '');

  const cite = (clauseId: string, quote: string, section?: string): Citation => {
    const c = byId.get(clauseId);
    return { source: c?.source ?? clauseId, section: section ?? c?.section ?? '', quote };
  };
  /** The first sentence of a clause containing every needle, shortened around them. */
  const sentenceWith = (clauseId: string, needles: readonly string[]): string => {
    const c = byId.get(clauseId);
    if (!c) return '';
    const s = c.sentences.find((x) => needles.every((n) => x.includes(n))) ?? c.sentences.find((x) => needles.some((n) => x.includes(n))) ?? c.sentences[0] ?? c.title;
    return excerpt(s, needles);
  };
  const tableCite = (quote: string): Citation => ({ source: allocationSource, section: allocationTitle, quote });
  const countyRow = (c: CountyData) => `${c.seq} ${c.name} ${c.allocationWan}（单位：万元）`;

  // ---- refusals -------------------------------------------------------------------------------------------
  /** The nearest clause to a question the notice does not answer; quotes no amount or share, so no number is implied. */
  const nearest = (q: string, prefer?: string): { clause: Clause; quote: string } | undefined => {
    const cover = coverage(tokenise(stripForSearch(q)).words);
    const ranked = prefer ? [{ clause: byId.get(prefer)!, coverage: 1 }] : search(q).slice(0, 3).map((h) => ({ clause: searchable[h.doc]!, coverage: cover(h.doc) }));
    for (const { clause, coverage } of ranked.slice(0, 3)) {
      if (!clause || coverage < NEAREST_MIN_COVERAGE) break;
      const { quote } = bestSentences(clause, tokenise(stripForSearch(q)), { withoutFigures: true });
      if (quote) return { clause, quote };
    }
    return undefined;
  };
  const refuse = (q: string, what: string, intent: string, prefer?: string): Draft => {
    const near = nearest(q, prefer);
    const lead = `通知中没有明确规定${what}。`;
    if (!near) return { answered: false, answer: `${lead}建议向州商务局或省商务厅咨询具体要求。`, citations: [], clauseId: null, intent };
    return {
      answered: false,
      answer: `${lead}与此最相关的是${citationLabel(near.clause)}的规定，供参考。`,
      citations: [cite(near.clause.id, near.quote)],
      clauseId: near.clause.id,
      intent,
    };
  };

  // ---- retrieval ------------------------------------------------------------------------------------------
  const search = (q: string) => index.search(tokenise(stripForSearch(q)));

  /** The sentence(s) of a clause that answer the query: the quote, its best sentence (shortened) as the lead, and a score. */
  function bestSentences(clause: Clause, query: Tokens, options: { withoutFigures?: boolean } = {}): { quote: string; lead: string; score: number } {
    const tokens = sentenceTokens.get(clause.id) ?? [];
    // Words, and the character pairs inside long words (公服中心 → 公服, 中心); pairs across two words are noise here.
    const inner = query.words.filter((w) => w.length > 2).flatMap((w) => [...w].slice(1).map((ch, k) => w[k] + ch));
    const terms = new Set([...query.words, ...inner]);
    const scored = clause.sentences
      .map((s, i) => {
        const t = tokens[i]!;
        const have = new Set([...t.words, ...t.bigrams]);
        let score = 0;
        // Whole words say more than character pairs about which sentence answers.
        for (const term of terms) if (have.has(term)) score += query.words.includes(term) ? 2 * index.idf('words', term) : index.idf('bigrams', term);
        return { s, i, score };
      })
      // Quoted next to a refusal, a sentence with an amount or a share could be read as the answer; dates are fine.
      .filter((x) => !options.withoutFigures || !/\d|%/.test(x.s.replace(/\d{1,2}月(\d{1,2}日|底)|〔\d{4}〕\d+号/g, '')));
    if (!scored.length) return { quote: '', lead: '', score: 0 };
    const top = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
    const first = top[0]!;
    const keywords = [...terms].filter((t) => t.length > 1 && first.s.includes(t));
    const lead = excerpt(first.s, keywords, 64);
    // A short clause is quoted whole: splitting two sentences helps nobody.
    if (!options.withoutFigures && clause.sentences.length <= 2 && clause.body.length <= 150) return { quote: clause.sentences.join(''), lead, score: first.score };
    const second = top[1];
    const one = excerpt(first.s, keywords);
    if (second && second.score >= first.score * 0.8 && second.score > 0 && one.length + second.s.length <= 150) {
      const pair = [first, second].sort((a, b) => a.i - b.i);
      return { quote: pair.map((x) => (x === first ? one : excerpt(x.s, keywords))).join(''), lead, score: first.score };
    }
    return { quote: one, lead, score: first.score };
  }

  /**
   * How much of the question a clause covers: the IDF-weighted share of the question's words found in its text
   * (a word spelled differently but sounding the same counts half). Words no clause has weigh the most, so a
   * question about something the notice never mentions scores low.
   */
  function coverage(words: readonly string[]): (doc: number) => number {
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
      for (const x of weighted) {
        const text = docTexts[doc]!;
        if (text.includes(x.w)) have += x.idf;
        else if (x.py && docPinyin[doc]!.includes(x.py)) have += x.idf / 2;
        // A compound the notice words differently (总结经验 for 总结…经验): credit for its character pairs.
        else if (x.pairs.length) have += (x.idf * x.pairs.filter((p) => text.includes(p)).length) / x.pairs.length / 2;
      }
      return have / total;
    };
  }

  function rank(query: Tokens) {
    const cover = coverage(query.words);
    // BM25 ranks; the share of the question each clause covers settles close calls.
    return index
      .search(query)
      .map((h) => ({ ...h, coverage: cover(h.doc) }))
      .sort((a, b) => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage));
  }

  function retrieve(question: string): Draft {
    // "What does <a body> do?": the notice states roles as 责任主体 or 监管单位.
    const q = /(厅|局|办|政府|部门|单位)(是)?(干啥|干什么|做什么|管啥|管什么|负责啥|负责什么|什么角色|啥角色)/.test(question) ? `${question}责任监管` : question;
    const query = tokenise(stripForSearch(q));
    const ranked = rank(query);
    // "Can the funds pay for X?": when X itself is nowhere in the notice, say so and show what is forbidden.
    const use =
      /(?:资金|钱|经费).{0,4}(?:能|可以|可不可以|能不能|能否|允许).{0,3}(?:用于|用来|用在|拿来|拿去)()(.+?)(?:吗|不|么|呢)?$/.exec(q) ??
      /(?:能|可以|可不可以|能不能|能否).{0,2}(?:(?:用|拿)(?:资金|钱|经费))?(买|购买|购置|建|盖|修|租|发|搞|做)(.+?)(?:吗|不|么|呢)?$/.exec(q);
    if (use) {
      const objectWords = tokenise(use[2]!).words;
      if (objectWords.length && coverage(objectWords)(ranked[0]?.doc ?? 0) < 0.5) {
        return refuse(q, `中央财政资金能否用于“${use[1]}${use[2]}”`, 'refusal:use-of-funds', data.fundRules.forbiddenUses.clauses[1]);
      }
    }
    const best = ranked[0];
    if (!best || best.coverage < ANSWER_MIN_COVERAGE || best.score <= 0) return refuse(q, '您所问的这一事项', 'refusal:low-confidence');
    const clause = searchable[best.doc]!;
    const main = bestSentences(clause, query);
    // The letter repeats parts of the plan: quote the parallel clause too when it says the same.
    const also = (parallels.get(clause.id) ?? [])
      .map((other) => ({ other, found: bestSentences(other, query) }))
      .filter(({ found }) => found.score >= main.score * 0.7 && found.quote)
      .slice(0, 1);
    return {
      answered: true,
      answer: `根据${citationLabel(clause)}：${main.lead}`,
      citations: [cite(clause.id, main.quote), ...also.map(({ other, found }) => cite(other.id, found.quote))],
      clauseId: clause.id,
      intent: 'clause',
      confidence: best.coverage,
    };
  }

  // ---- intents over the programme data --------------------------------------------------------------------
  const fuzzyNote = (mentions: readonly CountyMention[]) =>
    mentions
      .filter((m) => m.fuzzy)
      .map((m) => `（您输入的“${m.typed}”，按“${m.county.name}”理解。）`)
      .join('');

  /** 报省商务厅、省财政厅审核备案，并报州商务局、州财政局备案: the provincial bodies review, the others are informed. */
  function filedWithText(m: MilestoneData): string {
    const province = m.filedWith.filter((b) => b.startsWith('省'));
    const others = m.filedWith.filter((b) => !b.startsWith('省'));
    return `报${province.join('、')}审核备案${others.length ? `，并报${others.join('、')}备案` : ''}`;
  }

  function milestoneAnswer(m: MilestoneData, now: Date): Draft {
    const days = daysUntil(now, m.due);
    const date = formatDate(m.due);
    const [, month, day] = m.due.split('-').map(Number) as [number, number, number];
    // Say the date as the notice does (9月30日, or 12月底 for a month's last day) and quote the sentence that says it.
    const monthEnd = new Date(Date.UTC(2000, month, 0)).getUTCDate() === day;
    const said = monthEnd && byId.get(m.clauses[0]!)?.body.includes(`${month}月底`) ? `${month}月底` : `${month}月${day}日`;
    const filing = m.filedWith.length > 0;
    const name = filing ? '实施方案' : `示范县${m.title}`;
    const what = filing ? `须于${date}前${filedWithText(m)}` : `须在${date}${said.endsWith('底') ? `（${said}）` : ''}前完成并组织实施`;
    let answer: string;
    if (days > 0) answer = `${name}${what}。今天距截止还有${days}天。`;
    else if (days === 0) answer = `${name}${what}。今天（${date}）就是截止日。`;
    else answer = `${name}已于${date}截止，已过去${-days}天。按通知要求，${filing ? `实施方案应在此前${filedWithText(m)}` : `${m.title}工作应在${said}前完成并组织实施`}。`;
    return { answered: true, answer, citations: m.clauses.map((id) => cite(id, sentenceWith(id, [said]))), clauseId: m.clauses[0]!, intent: `deadline:${m.id}` };
  }

  function milestonesMentioned(q: string): MilestoneData[] {
    const date = mentionedDate(q);
    if (date) {
      const byDate = data.milestones.filter((m) => {
        const [, mm, dd] = m.due.split('-').map(Number);
        return mm === date.month && (date.day === undefined || date.day === dd);
      });
      if (byDate.length) return byDate;
    }
    if (/调整|变更/.test(q)) return [];
    return milestoneAliases.filter(({ aliases }) => aliases.some((a) => q.includes(a))).map((x) => x.milestone);
  }

  function intents(q: string, raw: string, now: Date): Draft | undefined {
    const counties = findCounties(data, raw);
    const note = fuzzyNote(counties);
    const rules = data.fundRules;
    const perCounty = data.counties[0]?.allocationWan ?? 0;
    const uniform = data.counties.every((c) => c.allocationWan === perCounty);

    // Out of scope: another year or province.
    const years = [...raw.matchAll(/(20\d\d)年?/g)].map((m) => Number(m[1])).filter((y) => y !== data.year && y !== 2015);
    if (years.length || /去年|明年|后年|下一年|下一批|上一批|往年/.test(raw) || OTHER_PROVINCES.test(raw) || /全国.{0,6}(几个|多少|哪些).{0,4}示范县/.test(q)) {
      return { answered: false, answer: `本通知只涉及甘肃省${data.year}年电子商务进农村综合示范项目，通知中没有明确规定其他年份、其他省份的安排，请以相应年度、相应地区的文件为准。`, citations: [], clauseId: null, intent: 'refusal:out-of-scope' };
    }

    // Traps: things officials ask that the notice leaves open.
    if (/附件2|附件二|考核办法|打分|评分|分值|权重|得分|多少分|考核指标|评价指标|指标体系|考核细则/.test(q))
      return refuse(q, '绩效考核的具体指标和评分办法（附件2《绩效目标考核办法》不在本通知正文中）', 'refusal:annex-2', 'plan-6');
    const evaluatorNamed =
      ((/第三方/.test(q) || /(评价|评估|考核|验收)(机构|公司|单位)/.test(q)) && /哪家|哪个|哪一家|什么公司|什么单位|什么机构|公司|名字|名称|叫啥|叫什么|是谁|谁家|哪些机构|怎么选|如何选|选定|确定|谁/.test(q)) ||
      /(哪家|哪个|什么|哪些)(机构|公司|单位).{0,4}(评价|评估|考核|验收)|谁来(搞|做|开展|进行)?(绩效)?(评价|评估|考核|验收)|(评价|评估|考核|验收)(是)?(由)?谁来?(做|搞)/.test(q);
    if (evaluatorNamed)
      return refuse(q, '由哪一家第三方机构开展绩效评价和验收，只写明“依托第三方机构”', 'refusal:evaluator', 'plan-6');
    if (/电话|号码|手机|网址|链接|邮箱|联系人|联系方式|地址|二维码|热线|微信号|qq/.test(q))
      return refuse(q, '具体的联系电话、网址或联系人', 'refusal:contact');
    if (/配套|自筹|地方财政.{0,4}(出|拿|投)|县级财政.{0,6}(比例|多少)|省级财政.{0,6}(比例|多少|配)|县财政.{0,4}(出|拿|投)/.test(q))
      return refuse(q, '地方配套资金的比例或金额', 'refusal:matching', 'plan-3');
    if (
      /(拨付|拨款|下达|到账|到位|打款|下拨|拨).{0,6}(时间|什么时候|啥时候|何时|几批|几次|进度|比例|多少|节奏|方式)|分几批|分批|几批|几期|分期|到账|预付|进度款|尾款|首付|(什么时候|啥时候|何时).{0,6}(拨|到账|下达|到位|给资金|下来)/.test(q)
    )
      return refuse(q, '资金拨付的时间、批次或比例', 'refusal:payment');
    if (/(每个|每一个|每|单个|一个)(服务点|村|户|人|乡镇|乡|镇|中心|企业|合作社|学员|贫困户|站|网点|点)/.test(q) && QUANTITY_SLOT.test(q) && !/每个?示范县|每个?县/.test(q))
      return refuse(q, '每个服务点、每村、每户或每人的补贴标准或金额', 'refusal:per-unit');
    if (/工资|薪酬|劳务费|人员经费|编制/.test(q) && QUANTITY_SLOT.test(q)) return refuse(q, '人员工资或劳务费用的标准', 'refusal:salary');

    // Other prefectures: the annex lists counties without their prefecture, so the notice cannot say which are whose.
    const otherPrefecture = OTHER_PREFECTURES.exec(raw)?.[0];
    if (otherPrefecture && !counties.length && !data.prefectures.some((p) => p.name.startsWith(otherPrefecture)) && /几个|多少|哪些|哪几|名单|有谁|都有/.test(q)) {
      return {
        answered: false,
        answer: `通知中没有明确规定各市州分别有哪些示范县：附件1只列出县名，未注明所属市州。您可以问某个县是否在名单中，例如：“${data.counties[0]?.name ?? ''}是示范县吗？”`,
        citations: [],
        clauseId: data.allocationClause,
        intent: 'refusal:other-prefecture',
      };
    }

    // The four Gannan counties, from the letter's addressees.
    const gannan = data.prefectures.find((p) => raw.includes(p.name.replace(/州$/, '')) || /本州|我州|州里|咱州|全州|我们州|咱们州/.test(raw));
    const bare = raw.replace(/[\p{P}\p{S}\s]/gu, '');
    if (gannan && !counties.length && !SUB_ITEMS.test(q) && (gannan.name.startsWith(bare) || gannan.fullName === bare ||/哪些|哪几|几个|多少个|名单|有谁|包括|都有|是谁|县有/.test(q) || (MONEY.test(q) && /多少|总|共|合计/.test(q)))) {
      const list = gannanCounties(gannan.id);
      const names = list.map((c) => c.name).join('、');
      const sum = list.reduce((s, c) => s + c.allocationWan, 0);
      const money = MONEY.test(q) && /多少|总|共|合计/.test(q);
      const letter = byId.get(gannan.clause);
      const addressees = letter?.sentences.find((s) => list.every((c) => s.includes(c.name))) ?? names;
      return {
        answered: true,
        answer: money
          ? `${gannan.name}有${list.length}个示范县（${names}），每县补贴资金${wan(perCounty)}，合计${wan(sum)}。`
          : `${gannan.name}的示范县有${list.length}个：${names}。`,
        citations: [cite(gannan.clause, addressees, '主送单位'), ...(money ? [tableCite(list.map(countyRow).join('；'))] : [])],
        clauseId: gannan.clause,
        intent: 'fact:prefecture-counties',
      };
    }

    // Ratios and the amounts they imply for one county.
    const countyPart = counties.length === 1 ? counties[0]!.county.name : '每个示范县';
    const base = counties.length === 1 ? counties[0]!.county.allocationWan : perCounty;
    // Money and shares, not floor space or staff.
    const asksAmount = (QUANTITY_SLOT.test(q) || (MONEY.test(q) && /多少|几|占/.test(q))) && !/面积|平方|米|人员|人数|几个人|几人|多大|几层|规模|配几|配多少/.test(q);
    // A question about part of a county's money (its service points, training…) is not about the county's allocation.
    const aboutPart = SUB_ITEMS.test(q);
    if (/上行/.test(q) && asksAmount && !/覆盖/.test(q)) {
      const r = rules.upstreamMinShare;
      return {
        answered: true,
        answer: `中央财政资金支持农村产品上行的比例原则上不低于${percent(r.share)}；${countyPart}${uniform || counties.length === 1 ? `${wan(base)}` : ''}中用于上行的不少于${wan(base * r.share)}。${note}`,
        citations: [cite(r.clause, r.text + '。')],
        clauseId: r.clause,
        intent: 'ratio:upstream',
      };
    }
    if (/公服中心/.test(q) && asksAmount) {
      const r = rules.serviceCentreMaxShare;
      return {
        answered: true,
        answer: `公共服务中心建设资金使用比例原则上不得高于${percent(r.share)}；${countyPart}${wan(base)}中，用于公共服务中心的最多${wan(base * r.share)}。${note}`,
        citations: [cite(r.clause, sentenceWith(r.clause, ['15%']))],
        clauseId: r.clause,
        intent: 'ratio:service-centre',
      };
    }
    if (/覆盖/.test(q) || (/服务点/.test(q) && /目标|达到|要求.{0,4}(多少|比例)/.test(q))) {
      const t = data.targets.serviceCoverage;
      return {
        answered: true,
        answer: `目标是示范县建档立卡贫困村和整体行政村电商服务点覆盖率达到${percent(t.share)}左右。`,
        citations: [cite(t.clause, t.text + '。')],
        clauseId: t.clause,
        intent: 'target:coverage',
      };
    }

    // Facts from the annex table.
    const unknown = counties.length ? [] : unknownPlaces(data, raw, counties);
    // A bare name (卓尼, 卓尼县?) asks whether it is on the list.
    const bareName = counties.length === 1 && raw.replace(/[\p{P}\p{S}\s]/gu, '').replace(/(县|区|市)$/, '').length <= counties[0]!.typed.replace(/(县|区|市)$/, '').length;
    const asksMembership = (YES_NO_LIST.test(q) || bareName) && !MONEY.test(q.replace(/多少资金/, ''));
    if (counties.length && (asksMembership || /名单|示范县/.test(q)) && !MONEY.test(q) && !SUB_ITEMS.test(q)) {
      const names = counties.map((m) => m.county.name).join('、');
      return {
        answered: true,
        answer: `是的，${names}在附件1所列的${data.counties.length}个示范县之中${uniform ? `，补贴资金${wan(perCounty)}` : ''}。${note}`,
        citations: [tableCite(counties.map((m) => countyRow(m.county)).join('；'))],
        clauseId: data.allocationClause,
        intent: 'fact:membership',
      };
    }
    if (unknown.length && (asksMembership || /名单|示范县|资金|多少|补贴/.test(q))) {
      const place = unknown[0]!;
      const asked = MONEY.test(q) || /多少/.test(q);
      return {
        answered: !asked,
        answer: asked
          ? `通知中没有明确规定${place}的补贴资金：附件1所列${data.counties.length}个示范县中没有${place}。`
          : `不是。附件1所列的${data.counties.length}个示范县中没有${place}。`,
        citations: [tableCite(`共${data.counties.length}个示范县：${data.counties.map((c) => c.name).join('、')}。`)],
        clauseId: data.allocationClause,
        intent: asked ? 'refusal:not-listed' : 'fact:not-listed',
      };
    }
    if (counties.length && (MONEY.test(q) || /多少|几/.test(q)) && !TIME_SLOT.test(q) && !aboutPart) {
      const lines = counties.map((m) => `${m.county.name}的补贴资金为${wan(m.county.allocationWan)}`).join('，');
      return {
        answered: true,
        answer: `${lines}。${note}`,
        citations: [tableCite(counties.map((m) => countyRow(m.county)).join('；'))],
        clauseId: data.allocationClause,
        intent: 'fact:allocation',
      };
    }
    const wholeProgramme = /总共|一共|合计|总额|总计|共计|总资金|总盘子|全省|所有|加起来|总的|总数|一起|整个|全部/.test(q);
    if (MONEY.test(q) && wholeProgramme && /多少|几|是|吗|对不对|对吧/.test(q) && !aboutPart) {
      return {
        answered: true,
        answer: `附件1所列${data.counties.length}个示范县的补贴资金合计${wan(data.totalWan)}（即${data.totalWan / 10000}亿元）${uniform ? `，每县${wan(perCounty)}` : ''}。`,
        citations: [tableCite(`合计 ${data.totalWan}（单位：万元）`)],
        clauseId: data.allocationClause,
        intent: 'fact:total',
      };
    }
    if (
      /(几个|多少个|多少|几家|数量|哪些|哪几个|名单|都有|有谁|都是)/.test(q) &&
      (/示范县|县区|几个县|多少个县|哪些县|哪几个县/.test(q) || /^(示范县)?名单$/.test(bare)) &&
      !TIME_SLOT.test(q) &&
      !/服务点|站|村|户|人|中心|企业|合作社|项目/.test(q)
    ) {
      const list = /哪些|哪几|名单|都有|有谁|都是/.test(q);
      return {
        answered: true,
        answer: list
          ? `共有${data.counties.length}个示范县：${data.counties.map((c) => c.name).join('、')}。`
          : `全省共有${data.counties.length}个示范县${uniform ? `，每县补贴资金${wan(perCounty)}` : ''}。`,
        citations: [tableCite(`序号1至${data.counties.length}：${data.counties.map((c) => c.name).join('、')}。`)],
        clauseId: data.allocationClause,
        intent: list ? 'fact:county-list' : 'fact:county-count',
      };
    }
    if (MONEY.test(q) && /每个?县|每个?示范县|一个县|一个示范县|各县|各示范县|单个县/.test(q) && uniform && !aboutPart) {
      return {
        answered: true,
        answer: `每个示范县的补贴资金为${wan(perCounty)}，${data.counties.length}个示范县合计${wan(data.totalWan)}。`,
        citations: [tableCite(`每个示范县 ${perCounty}；合计 ${data.totalWan}（单位：万元）`)],
        clauseId: data.allocationClause,
        intent: 'fact:allocation',
      };
    }

    // Forbidden uses of central funds.
    const forbidden = rules.forbiddenUses;
    const namesForbidden = /交易平台|楼堂馆所|工作经费|购买流量|流量|办公经费|发工资|人员工资|差旅/.test(q);
    if ((namesForbidden && /能|可以|可不可以|行不行|允许|让不让|吗|算不算|用于|花/.test(q)) || /不得用于|(?<!能)不能(用|花)|(?<!可)不可以用|不准|不许|禁止|负面清单|红线|哪些.{0,4}(?<!能)不(能|得|可以)|(?<!能)不能.{0,4}(干|做|买|支出)/.test(q)) {
      const items = forbidden.items.join('、');
      return {
        answered: true,
        answer: namesForbidden
          ? `不可以。中央财政资金不得用于${items}等支出，有关支持项目应开放共享。`
          : `中央财政资金不得用于${items}等支出；有关支持项目应开放共享。`,
        citations: [cite(forbidden.clauses[0]!, sentenceWith(forbidden.clauses[0]!, ['不得用于'])), cite(forbidden.clauses[1]!, sentenceWith(forbidden.clauses[1]!, ['不得用于']))],
        clauseId: forbidden.clauses[0]!,
        intent: 'rule:forbidden-uses',
      };
    }

    // The four principles, by their headings.
    if (/原则/.test(q) && !/实用|节约|公服中心|中心|建设/.test(q)) {
      const plan = clauses.filter((c) => c.id.startsWith('plan-2-'));
      return {
        answered: true,
        answer: `实施方案确定了${plan.length}条基本原则：${plan.map((c) => `“${c.title}”`).join('、')}。`,
        citations: [cite('plan-2-1', sentenceWith('plan-2-1', ['省上统筹']), '二（基本原则）')],
        clauseId: 'plan-2',
        intent: 'list:principles',
      };
    }

    // Deadlines, with today's date from the injected clock.
    const mentioned = milestonesMentioned(q);
    if (/晚了|逾期|超期|没报|未报|误了|错过|没按时|没完成/.test(q) && /怎么办|会怎样|怎么样|后果|处理|咋办|影响|处罚|追责/.test(q)) {
      return refuse(q, '逾期未完成的处理办法', 'refusal:late', mentioned[0]?.clauses[0]);
    }
    const date = mentionedDate(q);
    // A bare milestone word (招标, 报备) asks for its deadline.
    const bareMilestone = mentioned.length === 1 && milestoneAliases.some(({ aliases }) => aliases.includes(canonicalise(bare)));
    if (mentioned.length && (TIME_SLOT.test(q) || date || bareMilestone)) {
      const drafts = mentioned.map((m) => milestoneAnswer(m, now));
      if (drafts.length === 1) return drafts[0];
      return { ...drafts[0]!, answer: drafts.map((d) => d.answer).join(''), citations: drafts.flatMap((d) => d.citations), intent: 'deadline:all' };
    }
    const filing = data.milestones.find((m) => m.filedWith.length);
    if (filing && mentioned.includes(filing) && /谁|哪|部门|单位|哪里|哪儿/.test(q)) {
      const clauseId = filing.clauses[0]!;
      return {
        answered: true,
        answer: `实施方案、项目管理规定和资金管理规定须${filedWithText(filing)}（截止${formatDate(filing.due)}）。`,
        citations: [cite(clauseId, sentenceWith(clauseId, ['备案']))],
        clauseId,
        intent: 'deadline:filed-with',
      };
    }
    if (TIME_SLOT.test(q) && !mentioned.length) {
      const rest = q.replace(/有哪些|哪些|几个|重要|关键|主要|时间节点|节点|时间|截止|日期|期限|deadline|什么时候|啥时候|几号|哪天|哪一天|最近|下一个|下个|接下来|马上|快要|快|到期|项目|示范县|工作|要求|事项|的|有|都|是|啥|吗|呢|[?？,，。]/g, '');
      if (!rest) {
        // "The next deadline": the first one not yet passed, or all of them.
        const upcoming = /最近|下一个|下个|接下来|马上|快/.test(q) ? data.milestones.filter((m) => daysUntil(now, m.due) >= 0).slice(0, 1) : [];
        const drafts = (upcoming.length ? upcoming : data.milestones).map((m) => milestoneAnswer(m, now));
        return { ...drafts[0]!, answer: drafts.map((d) => d.answer).join(''), citations: drafts.flatMap((d) => d.citations), intent: drafts.length > 1 ? 'deadline:all' : drafts[0]!.intent };
      }
    }
    return undefined;
  }

  function answerResolved(raw: string, now: Date): Draft {
    const q = canonicalise(raw);
    const fact = intents(q, raw, now);
    if (fact) return fact;
    // Figures and dates come only from the programme data: a question asking for one that no rule above knows is not answered by quoting text.
    if (QUANTITY_SLOT.test(q) && !/几级|哪几|哪些/.test(q)) return refuse(q, '您所问的具体数额或比例', 'refusal:quantity');
    if (TIME_SLOT.test(q)) return refuse(q, '这一事项的具体时间', 'refusal:time');
    return retrieve(q);
  }

  return {
    clauses,
    clause: (id) => byId.get(id),
    servedBy(answer) {
      const fragments = answer.citations.flatMap((c) => c.quote.split('……')).filter((f) => f.length > 4);
      return clauses.filter((c) => c.id === answer.clauseId || fragments.some((f) => c.body.includes(f)));
    },
    explain: (question) =>
      rank(tokenise(stripForSearch(canonicalise(speller.correct(normalise(question))))))
        .slice(0, 5)
        .map((h) => ({ id: searchable[h.doc]!.id, score: Math.round(h.score * 100) / 100, coverage: Math.round(h.coverage * 100) / 100 })),
    answer(question, options) {
      const raw = speller.correct(normalise(question));
      if (!raw.replace(/[\p{P}\p{S}]/gu, '')) {
        return { question, answered: false, answer: '请输入您的问题，例如：“公共服务中心资金比例是多少？”', citations: [], clauseId: null, topic: '', intent: 'empty', confidence: 0 };
      }
      const subject = options.previousTopic ? followUpSubject(raw) : undefined;
      const own = options.county ? raw.replace(/我们县|咱们县|我县|本县|咱县/g, options.county) : raw;
      // A follow-up (那培训呢？) borrows what the previous question asked (什么时候截止, 比例多少, 要求) for its new subject.
      const resolved = subject !== undefined && options.previousTopic ? `${subject}${slotWords(options.previousTopic)}` : own;
      const draft = answerResolved(resolved, options.now);
      return { ...draft, question, topic: resolved, confidence: draft.answered ? (draft.confidence ?? 1) : 0 };
    },
  };
}
