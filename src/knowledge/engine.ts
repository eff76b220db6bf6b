import { actingOnCounties, countiesOwnDuty } from './acts-on.ts';
import { aspectSaid } from './aspect.ts';
import type { AnswerOptions, Knowledge, KnowledgeAnswer } from './answer-types.ts';
import { askedLevel, bodyRole, levelActing, levelRole, namesWho } from './actors.ts';
import { askingPart, leadingQuestion } from './asking-part.ts';
import { type Decision, decide, type Gate, lacksAnyAsked, ruleGate, subjectWords } from './answerability.ts';
import { askedRule } from './asked-rule.ts';
import { askedType } from './asked-type.ts';
import { basisNamed, basisQuoted } from './basis.ts';
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeSource } from './base.ts';
import { findCounties } from './county-match.ts';
import { countyAsSubject } from './county-subject.ts';
import { everydayAsked } from './everyday.ts';
import { fieldFirst } from './field-first.ts';
import { whoBeforeGuess } from './guessed-doer.ts';
import { headingOpening } from './heading-asked.ts';
import { INTENTS, type Question } from './intents/index.ts';
import { correctedNumber, correctionNote } from './intents/number-claim.ts';
import { aboutElsewhere, oursPart } from './intents/scope.ts';
import { clauseNamed, sectionNamed, subsectionNamed } from './named-document.ts';
import { guessedReading, onlyLimitSubject } from './only-limit.ts';
import { byChoice } from './choice.ts';
import { comparedClauses } from './compared.ts';
import { claimedDoer, doerQuoted } from './claimed-doer.ts';
import { claimedApprover } from './claimed-approver.ts';
import { consequenceQuoted } from './consequence.ts';
import { listedQuoted } from './listed.ts';
import { citationLabel, type Clause } from './notice.ts';
import { refuse, type Draft } from './phrasing.ts';
import { withoutGreeting, withoutHearsay, withoutRemark, withoutOwnPast, withoutSelf, withoutWhyStress } from './reading.ts';
import { byExamples, byNeighbour, VETO_SIMILARITY, weigher } from './neighbours.ts';
import { byPhrase, phraseHolder } from './phrase.ts';
import { followUpSubject, slotWords } from './question.ts';
import { leadNamed } from './lead.ts';
import { levelsFirst } from './level-first.ts';
import { statesRequirement } from './requirement.ts';
import { actingBody, roleAssigning, roleSentences } from './role-clause.ts';
import { placeFirst } from './asked-place.ts';
import { byPrefectureLetter, prefectureLetters } from './prefecture-letter.ts';
import { bestSentences, queryTokens, type Ranked, rank } from './retrieval.ts';
import { slotLeads } from './slot.ts';
import { readSpaces } from './spaced.ts';
import { canonicalise, normalise } from './text.ts';
import { dropsToldFigure } from './told-figure.ts';
import { joinedAnswer, twoQuestions } from './two-part.ts';
import { differs, laterAndEarlier, supersededNote } from './versions.ts';

export type { KnowledgeSource } from './base.ts';

export type { AnswerOptions, Knowledge, KnowledgeAnswer };

/** Words about the notice itself (方案里提到了没有, 文件怎么说的, 按文件): they ask what it says, not about a subject. */
const ABOUT_THE_NOTICE =
  /[,，]?(?:实施方案|方案|文件|通知|政策)(?:里|上|中|里面|上面)?(?:有没有|提到了?没有?|提没提|提了(?:吗|没有?)|说了没有?|写了没有?|有说法吗?|有规定吗?|怎么说的?|咋说的?|是怎么规定的?|(?:有没有|有)依据(?:吗|没有?|不)?|是在哪一?部分提的|支持吗|允许吗)|按(?:照)?(?:文件|通知|方案)/g;

// (实施方案里都写些啥, 方案里验收程序也要写进去吗: what goes into the 实施方案 a county writes is asked, not what the notice says.)
// 用地的事方案提了没, 方案提没提餐饮: whether the notice mentions a thing, 方案 being the notice.
const POINTING_AT_PLAN = /(?<![制定订写报改调整项目级的县进入])(?:实施)?方案(?:里面?|中|上面?)(?!报|交|备案|要?(?:写|包括|包含|列)|[^，,。？?]{0,8}(?:写进|写入|写上|列进|列入|纳入))|(?<![制定订写报改调整项目级的县进入])(?:实施)?方案(?:是|里|上|中)?(?:(?:咋|怎么|如何)(?:说|表述|讲|提)的?|(?:提|说|讲|写)(?:到|过)?了?(?:没有?|吗)|提没提|说没说|有没有(?:提|说|讲|写)(?:到|过)?)/g;

/** Text retrieval for what no intent recognised: answer from the best clause(s), or refuse when the evidence is not there. */
function retrieve(kb: KnowledgeBase, asked: string, gate: Gate | undefined, typed: string = asked): Draft {
  // A remark is told by what was typed: a canonical word may have replaced its question word (是啥责任 → 是责任主体).
  const plain = typed.replace(ABOUT_THE_NOTICE, '') || typed;
  const told = withoutRemark(plain) === plain ? asked : withoutRemark(asked.replace(ABOUT_THE_NOTICE, '') || asked);
  // "What does <a body> do?" (省里那三家管啥; not 培训完了还要管啥): the notice states roles as 责任主体 or 监管单位.
  // 市州商务局对各县都干点啥, …在电商示范里干啥, …到底干啥: whom or where it acts on, between the body and the ask.
  // 州里是监管单位，那省里是什么: a level asked what it is, after another's role was told, asks its role too.
  const role = /(厅|局|办|政府|部门|单位|[三几两]家|[省州县](?:里|上|级))(是)?(?:在p{Script=Han}{0,8}?(?:里面?|中|当中)|对(?:各)?(?:示范)?县里?|到底)?(?:主要|具体|都|各)?(干啥|干什么|做什么|做啥|干嘛|管啥|管什么|负责啥|负责什么|对(?:啥|什么)负责|什么角色|啥角色|(?:要|得|需要|应该?)?负责(?:些|点)?(?:啥|什么)|(?:要|得|需要|应该?)?负责哪些(?:事|工作)?)|(?<=[省州县](?:里|上|级))是(?:什么|啥)(?:单位|角色)?[？?]?$/;
  const question = role.test(told) ? told.replace(/管(?:啥|什么)/, '责任监管') : told;
  const q = role.test(question) ? `${question}责任监管` : question;
  // 方案里物流瓶颈指啥, 方案是咋表述的: 方案 there points at the notice, it is not the 实施方案 asked about (解决方案, 制定实施方案).
  const query = queryTokens(kb, q.replace(POINTING_AT_PLAN, '') || q);
  // The example question nearest to this one: it lifts its clause in the ranking, may confirm a clause the wording alone
  // did not reach, or say the notice does not answer it (neighbours.ts); a gate given to the engine (to train or compare gates) decides alone.
  const neighbour = gate ? undefined : kb.neighbour(question);
  const ranked = byExamples(rank(kb, query), neighbour);
  // What is asked is read before 方案里有依据吗 is cut: it may be the part that asks.
  const type = askedType(asked);
  const decided = byNeighbour(kb, question, ranked, decide(kb, question, ranked, gate ?? ruleGate, type), type, neighbour);
  // 谁对具体工作负责: mostly the notice's own phrase, which one clause holds (phrase.ts), though its words count for little.
  const holder = decided.kind === 'refuse' && decided.reason === 'low-coverage' && !gate ? phraseHolder(kb, question, ranked) : undefined;
  const decision: Decision = holder ? (lacksAnyAsked(kb, question, holder, subjectWords(kb, question), type) ?? { kind: 'answer', best: holder }) : decided;
  if (decision.kind === 'refuse') {
    const what = decision.reason === 'no-figure' ? '您所问的具体数额或比例' : decision.reason === 'no-date' ? '这一事项的具体时间' : '您所问的这一事项';
    return refuse(kb, q, what, `refusal:${decision.reason}`, decision.nearest && decision.nearest.coverage >= 0.2 ? decision.nearest.clause.id : undefined);
  }
  // 验收谁组织: the clause that names who, where it speaks of the subject (actors.ts).
  // 那省里是什么: the clause, and then the sentence, that names that level's bodies.
  // Read as typed, too: 主要干啥 is canonicalised to 目标任务.
  const level = askedLevel(told) ?? askedLevel(withoutRemark(plain));
  let best = levelActing(told, ranked, levelRole(level, ranked, namesWho(kb, question, type, ranked, decision.best, weigher(neighbour))));
  // 要不要对其他企业开放: a yes/no about a requirement the notice states is answered by the clause that states it (requirement.ts).
  if (type === 'yesno') best = statesRequirement(kb, question, best, ranked);
  // 我们的仓库要不要挂牌: the rule asked after the modal, not the thing before it (asked-rule.ts).
  best = askedRule(kb, question, best, ranked);
  // 省商务厅和省财政厅谁牵头: the clause where one acts together with (会同) the other (lead.ts).
  best = leadNamed(kb, question, best, ranked);
  // 验收是州里自己组织吗: the clause saying who does the act, which the 州's letter below does not replace (claimed-doer.ts).
  const doer = claimedDoer(told, ranked) ?? claimedApprover(kb, question, ranked); // 州里点头就行吧: who approves (claimed-approver.ts).
  if (doer) best = doer;
  // 工作目标与任务要不要细化: the clause holding the question's phrase word for word (phrase.ts); it is not then torn.
  const phrased = byChoice(kb, withoutRemark(plain), ranked, byPhrase(kb, question, ranked, best, withoutRemark(plain)));
  let also = phrased === best ? decision.also : undefined;
  best = phrased;
  // 要引导哪类企业: of the two clauses quoted, the one whose sentence fills the question's slot leads (slot.ts).
  if (also && slotLeads([question, typed], best.clause, also.clause)) [best, also] = [also, best];
  // 市州要监督县里哪方面: the clause saying the act, its object and then what it is about (aspect.ts).
  const aspect = aspectSaid(question, ranked, best);
  if (aspect !== best) [best, also] = [aspect, also?.clause.id === aspect.clause.id ? best : also];
  // 聚焦哪里: the clause whose verb is followed by a place speaks first (asked-place.ts).
  if (type === 'where') [best, also] = placeFirst(query.words, best, also);
  // 省商务厅是啥角色, 三级各担什么责任: the clause that assigns roles by name speaks first (role-clause.ts); read as typed (啥角色 is canonicalised to 责任监管).
  [best, also] = roleAssigning(typed, ranked, best, also);
  [best, also] = actingBody(question, ranked, best, also, (r) => kb.docTexts[r.doc]!);
  // 县政府在电商工作里负责啥: the clause speaking of the field named leads (field-first.ts).
  [best, also] = fieldFirst(typed, best, also);
  // 市州那一级具体负责什么: the clause setting every level's part speaks first (level-first.ts).
  [best, also] = levelsFirst(question, best, also);
  // 州商务局会同哪些部门, 甘南这边谁监管: the prefecture's own letter, when it is what is asked (prefecture-letter.ts).
  const letters = prefectureLetters(kb);
  if (!doer) best = byPrefectureLetter(kb, typed, question, best, ranked);
  // 县里还要自己细化吗: the clause where the counties themselves must (acts-on.ts).
  best = countiesOwnDuty(question, actingOnCounties(question, best, ranked), ranked);
  // 县里的资金使用方向要怎么管: the county's own duty, where the county is the subject (county-subject.ts).
  best = countyAsSubject(question, query, best, ranked, letters);
  // 信息公开照啥要求来: the clause naming what the act is done by (basis.ts).
  best = basisNamed(question, query, best, ranked);
  // 市州商务局会同谁: the plan's word for every 市州 asks the plan's clause, not one 州's restatement of it.
  if (/市州/.test(question) && letters.has(best.clause.documentId)) {
    const plan = (kb.parallels.get(best.clause.id) ?? []).map((c) => ranked.find((r) => r.clause === c)).find((r) => r && r.score >= best.score * 0.7);
    if (plan) best = plan;
  }
  // 目标里说…, 原则里…: the part of the document the question names, when the ranking found a clause of it.
  const section = sectionNamed(kb, question);
  const inside = (r: Ranked) => r.clause.id === section || r.clause.id.startsWith(`${section}-`);
  if (section && !inside(best)) best = ranked.slice(0, 5).find(inside) ?? best;
  if (section && also && (also === best || !inside(also))) also = undefined;
  // 市州要干啥，组织领导那块: the part named after the question is no remark, though it is cut from what is searched.
  const part = section ? undefined : subsectionNamed(asked, question, best, ranked);
  if (part) [best, also] = [part, undefined];
  const limited = onlyLimitSubject(kb, question, best, ranked);
  if (limited) [best, also] = [limited, undefined];
  // 省方案里说…: the plan's clause, not the letter's restatement of it (and then no other version is put first).
  const planned = clauseNamed(kb, question, best.clause.id, ranked);
  const named = planned !== best.clause.id ? ranked.find((r) => r.clause.id === planned) : undefined;
  if (named) best = named;
  // 县负全责和直接责任主体是一回事吗: the two clauses holding the two notions compared are both quoted (compared.ts); read as typed.
  const compared = comparedClauses(kb, typed, ranked);
  if (compared) [best, also] = compared;
  // Two documents of different dates on the question: the later one speaks first, the earlier is said to agree or differ.
  const versions = named || compared ? undefined : laterAndEarlier(kb, best, ranked);
  if (versions) best = versions.later;
  // 不合格后果多严重: the sentence stating the sanction (consequence.ts); 绩效评价评哪些: the one listing what is evaluated (listed.ts).
  // 三级物流配送体系怎么搞: how the heading's work is done, told by the part's opening sentence (heading-asked.ts).
  const found = headingOpening(question, type, best.clause, query, basisQuoted(question, query, best.clause, doerQuoted(told, best.clause, listedQuoted(typed, best.clause, consequenceQuoted(typed, best.clause, bestSentences(kb, best.clause, level?.bodies.test(best.clause.body) ? queryTokens(kb, level.body) : query))))));
  // 三级分别是啥角色: every sentence assigning a role is quoted (role-clause.ts).
  const main = { ...found, quote: roleSentences(typed, best.clause.sentences) ?? found.quote };
  const earlier = versions ? { clause: versions.earlier.clause, found: bestSentences(kb, versions.earlier.clause, query) } : undefined;
  // The letter repeats parts of the plan: quote the parallel clause too when it says the same.
  const parallel = (kb.parallels.get(best.clause.id) ?? [])
    .filter((other) => other.id !== earlier?.clause.id)
    .map((other) => ({ other, found: bestSentences(kb, other, query) }))
    .filter(({ found }) => found.score >= main.score * 0.7 && found.quote)
    .slice(0, 1);
  // The 州 letter or a named section may have made the second clause the first: it is not quoted twice as two places.
  const second = also && !earlier && also.clause.id !== best.clause.id ? bestSentences(kb, also.clause, query) : undefined;
  // A yes/no is answered by stating the rule, not by a 可以 or 不可以 the clause does not say.
  const yesNo = type === 'yesno';
  const lead = second?.quote
    ? `通知中有两处相关规定，请结合来看：${citationLabel(best.clause)}：${main.lead.replace(/[。；]$/, '')}；${citationLabel(also!.clause)}：${second.lead}`
    : `${yesNo ? '按照' : '根据'}${citationLabel(best.clause)}${yesNo ? '的要求' : ''}：${main.lead}${earlier ? laterWord(best.clause, earlier.clause, main.quote, earlier.found.quote, earlier.found.lead) : ''}`;
  return {
    answered: true,
    answer: lead,
    citations: [
      // The heading says what the clause is about (县乡村三级…物流配送体系建设): shown with its place.
      kb.cite(best.clause.id, main.quote, best.clause.level > 2 && !best.clause.section.includes(best.clause.title) ? `${best.clause.section} ${best.clause.title}` : undefined),
      ...(earlier?.found.quote ? [kb.cite(earlier.clause.id, earlier.found.quote)] : []),
      ...parallel.map(({ other, found }) => kb.cite(other.id, found.quote)),
      ...(second?.quote ? [kb.cite(also!.clause.id, second.quote)] : []),
    ],
    clauseId: best.clause.id,
    intent: second?.quote ? 'clause:two' : 'clause',
    confidence: best.coverage,
  };
}

/** What the earlier document said beside the later one: the same, or otherwise (the later one governs). */
function laterWord(later: Clause, earlier: Clause, laterQuote: string, earlierQuote: string, earlierLead: string): string {
  if (!differs(laterQuote, earlierQuote)) return `${citationLabel(earlier)}的规定与此一致。`;
  return `此前${citationLabel(earlier)}的规定与此不同（${earlierLead.replace(/[。；]$/, '')}），请以较新的${later.source}为准。`;
}

function answerResolved(kb: KnowledgeBase, raw: string, now: Date, gate: Gate | undefined): Draft {
  // 电商示范县 is a 示范县: the programme's name before it adds nothing an intent needs.
  // 183号文说… is 183号文件 说…: the word segmenter would read 文说 as one word.
  // 培训那块主要干啥, 服务点主要干啥 ask what that part or site does, not the programme's 目标任务 (主要干啥 alone is canonicalised so).
  // 省里三家主要干啥 asks the bodies' role (bodyRole).
  // 文里提了吗 is 文件里: read so before synonyms, which might join 文 to the word before it (上行文).
  // 培训向谁倾斜 asks whom training is stepped up for (加大对…的培训力度), not where the programme 聚焦.
  const q = canonicalise(
    bodyRole(
      everydayAsked(withoutOwnPast(withoutWhyStress(withoutHearsay(raw))))
        .replace(/(那块|这块|那一块|这一块|方面|那部分|这部分|环节|服务点|服务站)主要(干啥|干什么|干哪几件事)/g, '$1要$2')
        .replace(/(?<![公原正全行发本条])文(?=里|中)/g, '文件')
        // Gansu dialect and voice input: 阿达 (阿搭) is 哪里; 报到哪个网 is a website.
        .replace(/阿[达搭]/g, '哪里')
        .replace(/哪个网(?![站上])/g, '哪个网站')
        // 排第一位的责任主体 is the 第一责任主体 (not a row of the table: 排第一的示范县).
        .replace(/排(?:在)?第一位?的(?!示范县|县|区|是)(?=\p{Script=Han}{2})/gu, '第一')
        .replace(/(培训[^，,。？?]{0,6})(?:向|往|对)(谁|哪些人|哪类人|哪些群体)(?:倾斜|照顾)/, '$1加大对$2的培训力度'),
    ),
  )
    .replace(/(?:电商进农村|电商)(?:综合)?(?=示范县)/g, '')
    .replace(/(\d+号)文(?![件号])/g, '$1文件')
    // 州上的文说…: 文 for 文件 before what it says, likewise.
    .replace(/([州省][上里]的?|的)文(?=说|讲|里|中|上|要求|规定|提|写)/g, '$1文件');
  // 州商办发2018 138号那个文签发人是谁: a 文号 told wrong is corrected, and the question answered of the notice's number.
  const fixed = correctedNumber(kb, raw);
  const asked = fixed?.asks && fixed.question ? answerResolved(kb, fixed.question, now, gate) : undefined;
  if (fixed && asked?.answered) return { ...asked, answer: `${correctionNote(fixed)}${asked.answer}` };
  // 培训由谁来承担？县里自己办吗: the who-question answers the guess at the doer (guessed-doer.ts).
  const who = whoBeforeGuess(raw);
  const named = who ? answerResolved(kb, who, now, gate) : undefined;
  if (named?.answered) return named;
  const question: Question = { raw, q, bare: raw.replace(/[\p{P}\p{S}\s]/gu, ''), counties: findCounties(kb.data, raw), now };
  // 听说外省每县给2000万，我们每县多少: answer about ours, and say the other figure is not this notice's.
  const ours = aboutElsewhere(question, kb) ? oursPart(question, kb) : undefined;
  // 据说去年上行要占六成，今年我们这里呢: ours, told by borrowing what the other part names, is asked as such (told-elsewhere.ts).
  const borrowed = ours && !raw.includes(ours) ? answerResolved(kb, ours, now, gate) : undefined;
  const full = borrowed ?? answerQuestion(kb, question, ours !== undefined, gate);
  // 方案能随便改吗？信息往哪报: two questions that two sibling clauses answer are answered from both (two-part.ts).
  const pair = ours ? undefined : twoQuestions(raw);
  const drafts = pair?.map((p) => answerResolved(kb, p, now, gate));
  const joined = pair && drafts && joinedAnswer(kb, pair, drafts[0]!, drafts[1]!, full.answered ? full.clauseId : undefined);
  if (joined && (!full.answered || drafts!.some((d) => d.clauseId === full.clauseId))) return joined;
  // A long message: the question without the background told before it, when the whole was refused.
  // Not when an unanswerable example is nearly the whole message: the background may be what makes it unanswerable.
  const nn = full.answered ? undefined : kb.neighbour(q);
  const vetoed = nn !== undefined && nn.clauseId === null && nn.similarity >= VETO_SIMILARITY;
  // The question asked first, when a remark follows it (…能参加培训不？有几个想学开网店): likewise, when the whole was refused.
  // (文件里有依据没 alone names no subject: the notice is what it asks about, not a part to answer alone.)
  const parts = full.answered || vetoed || borrowed ? [] : [askingPart(raw), leadingQuestion(raw)].filter((p): p is string => p !== undefined && /\p{Script=Han}/u.test(p.replace(ABOUT_THE_NOTICE, '')));
  // 标识只挂门口就行吗: the subject's own requirement, when the guess was what the notice's words missed (only-limit.ts).
  const guessed = () => (full.answered || vetoed || borrowed ? undefined : guessedReading(kb, raw, (p) => answerResolved(kb, p, now, gate)));
  const draft = parts.map((p) => answerResolved(kb, p, now, gate)).find((d) => d.answered && !dropsToldFigure(kb, q, d)) ?? guessed() ?? full;
  if (!ours || !draft.answered) return draft;
  return { ...draft, answer: `您提到的其他地区或年份的情况不出自本通知。按本通知：${draft.answer}` };
}

/** The intents in order, then text retrieval; `skipScope` when the question's part about elsewhere has been noted. */
function answerQuestion(kb: KnowledgeBase, question: Question, skipScope: boolean, gate: Gate | undefined): Draft {
  for (const intent of INTENTS) {
    if (skipScope && intent.id === 'refusal:out-of-scope') continue;
    const draft = intent.run(question, kb);
    if (draft) return draft;
  }
  return retrieve(kb, question.q, gate, question.raw);
}

/**
 * Builds the engine over a programme's data and notice; `gate` replaces the shipped answer decision
 * (ruleGate revised by the nearest example question, neighbours.ts), for training and comparing gates.
 */
export function createKnowledge(source: KnowledgeSource, gate?: Gate): Knowledge {
  const kb = buildKnowledgeBase(source);
  return {
    clauses: kb.clauses,
    clause: (id) => kb.byId.get(id),
    servedBy(answer) {
      const fragments = answer.citations.flatMap((c) => c.quote.split('……')).filter((f) => f.length > 4);
      return kb.clauses.filter((c) => c.id === answer.clauseId || fragments.some((f) => c.body.includes(f)));
    },
    explain: (question) =>
      rank(kb, queryTokens(kb, canonicalise(kb.speller.correct(normalise(kb.pinyin.convert(question).text)))))
        .slice(0, 5)
        .map((h) => ({ id: h.clause.id, score: Math.round(h.score * 100) / 100, coverage: Math.round(h.coverage * 100) / 100 })),
    answer(question, options) {
      // A space between two phrases (voice input, 决策过程也得公开吗 感觉有点敏感) separates them as a comma would; after a bare keyword, not (spaced.ts).
      // A greeting and who is asking (您好，我是卓尼县商务局的，…) are no part of the question.
      const placed = (office: string) => findCounties(kb.data, office).length > 0 || /\p{Script=Han}{2}[县州市区]/u.test(office);
      const typed = kb.pinyin.convert(withoutSelf(withoutGreeting(question.trim()), placed));
      const raw = kb.speller.correct(normalise(readSpaces(typed.text)));
      if (!raw.replace(/[\p{P}\p{S}]/gu, '')) {
        return { question, answered: false, answer: '请输入您的问题，例如：“公共服务中心资金比例是多少？”', citations: [], clauseId: null, topic: '', intent: 'empty', confidence: 0 };
      }
      const subject = options.previousTopic ? followUpSubject(raw) : undefined;
      const county = options.county ? raw.replace(/我们县|咱们县|我县|本县|咱县/g, options.county) : raw;
      const own = options.prefecture ? county.replace(/我们州|咱们州|本州|我州|咱州|我们市|咱们市|本市州|我市|本市|咱市/g, options.prefecture) : county;
      // A follow-up (那培训呢？) borrows what the previous question asked (什么时候截止, 比例多少, 要求) for its new subject.
      const resolved = subject !== undefined && options.previousTopic ? `${subject}${slotWords(options.previousTopic)}` : own;
      const draft = answerResolved(kb, resolved, options.now, gate);
      const superseded = draft.answered ? supersededNote(kb, draft.clauseId) : '';
      // Pinyin read as characters: say how it was read, so a misreading shows.
      const read = typed.converted ? `（您输入的拼音按“${typed.text.replace(/\s+/g, '')}”理解。）` : '';
      return { ...draft, answer: `${superseded}${draft.answer}${read}`, question, topic: resolved, confidence: draft.answered ? (draft.confidence ?? 1) : 0 };
    },
  };
}
