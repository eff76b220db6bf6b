import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { bestSentences, queryTokens, rank } from '../retrieval.ts';
import { canonicalise } from '../text.ts';
import { intent } from './types.ts';

/**
 * Where the notice says something: 培训在方案哪一块讲的, “严格项目资金管理纪律”这话是州文哪条里的.
 * Answered with the part's place and heading, and the sentence that says it; the words of
 * asking where (哪一块, 第几条) are not part of the subject, so they do not dilute the ranking.
 */

/** Which part, in the words officials use. */
const WHICH_PART = /哪一?(?:块|部分|条|节|段|项|处)|第几(?:条|部分|块|项|节|段)|哪个(?:部分|地方|条款?)/;
/** 物流配送在方案里归哪一条: where a thing (or spending on it) belongs in the text. */
const BELONGS = /归|属于|算|放在|放到|列在|列入|归到|归在/;
/** 打算花500万, 准备投200万元: the sum told of a spending, which is not what the part is found by. */
const SPENDING_TOLD = /(?:打算|计划|准备|想|拟)?(?:花|投|投入|用|安排|拿出?)(?:了|个)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千几]+)(?:万|千)?元?/gu;

/** 啥意思, 怎么理解 after the place asked: what the phrase means, which the sentences around it tell. */
const MEANING = /(?:是|指)?(?:啥|什么|何)意思|(?:怎么|咋|如何)理解|具体指(?:啥|什么)/;
/** …said of the text: 出自 before it, a speaking verb after it, a document before it (方案哪一块, 州文哪条), or a phrase that 是哪条 (啥意思 may follow). */
const SAID = new RegExp(`(?:出自|来自|源自|出处是|出处在)(?:${WHICH_PART.source})|(?:${WHICH_PART.source})(?:里|中|上)?(?:讲|说|提|写|规定|出现|定)|^[^，,。？?]{4,}是(?:${WHICH_PART.source})(?:里的|的|里)?[?？吗呢]*(?:[，,\\s]*(?:${MEANING.source})[?？吗呢]*)?$|(?:方案|文件|通知|文|号文件?|规定)(?:的|里|中|上)?(?:${BELONGS.source})?(?:${WHICH_PART.source})`);
/** The words of pointing and asking, set aside to leave the subject; 啥意思 after it asks what the phrase means, which its place's sentence tells. */
const ASKING = new RegExp(`${MEANING.source}|(?:出自|来自|源自|出处是|出处在)|(?:${WHICH_PART.source})(?:里|中|上)?(?:讲|说|提|写|规定|出现|定)?(?:的|了)?|这(?:句)?话|这句|这个(?:说法|提法)?|(?:那|这)一?(?:条|块|部分|项|段|节)|(?:实施)?方案|文件|通知|州(?:上|里)?的?文件?|省(?:上|里)?的?文件?|\\d+号文件?|[在是里的呢吗啊]|[\\p{P}\\p{S}\\s]`, 'gu');

/** A level-2 or deeper heading's words without its numbering: 加强组织领导、强化项目管理. */
const bareTitle = (c: Clause) => c.title.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\.\s*/, '');

export const locate = intent({
  id: 'locate',
  recognise: ({ q, raw }) => {
    if (!SAID.test(q)) return undefined;
    // 冷库归方案哪块管: 归…管 says where a thing belongs, no part of the thing.
    const subject = raw.replace(SPENDING_TOLD, '').replace(ASKING, '').replace(/^(\p{Script=Han}{2,}?)(?:归|属于|算|放在|放到|列在|列入|归到|归在)(?:管|负责)?$/u, '$1');
    return subject.length >= 2 ? subject : undefined;
  },
  answer: (subject, { q }, kb) => {
    // The document the question names: 州文 is the letter, 方案 the plan.
    const letter = /州(?:上|里)?的?文|州里|\d+号/.test(q);
    const plan = /方案/.test(q) && !letter;
    const inDocument = (c: Clause) => (letter ? c.documentId === 'letter' : plan ? c.documentId === 'plan' : true);
    // Words of the notice quoted as they stand: the clauses holding them.
    const verbatim = subject.length >= 4 ? kb.clauses.filter((c) => c.level >= 2 && c.body.includes(subject) && inDocument(c)) : [];
    // Read in the notice's words (冷库 is its 预冷), as the ranking reads every question.
    const query = queryTokens(kb, canonicalise(subject));
    const ranked = rank(kb, query).filter((r) => r.clause.level >= 2 && inDocument(r.clause));
    // A heading that names the subject (开展多种形式的电子商务培训) is its place, before a clause that mentions it in passing.
    const titled = ranked.slice(0, 4).find((r) => r.coverage >= 0.99 && query.words.some((w) => w.length >= 2 && bareTitle(r.clause).includes(w)));
    const first = ranked[0] && ranked[0].coverage >= 0.99 ? ranked[0] : undefined;
    // 讲政务公开的那条是第几条: a heading both documents give (州文三, 方案四（四）) is both places, the forwarding letter first.
    const headed = verbatim.length || subject.length < 4 ? [] : kb.clauses.filter((c) => c.level >= 2 && inDocument(c) && bareTitle(c).includes(subject));
    if (headed.length === 2 && headed[0]!.documentId !== headed[1]!.documentId) return both(kb, headed[0]!, headed[1]!);
    const place = verbatim.length === 1 ? verbatim[0] : verbatim.length ? undefined : (titled ?? first)?.clause;
    if (!place) return undefined;
    const found = bestSentences(kb, place, query);
    const named = place.section.includes(bareTitle(place));
    const said = verbatim.length ? (place.sentences.find((s) => s.includes(subject)) ?? found.quote) : found.quote || bareTitle(place);
    // 县负全责是哪条说的，啥意思: the sentence and the ones after it that spell it out (a short part is quoted whole).
    const at = place.sentences.indexOf(said);
    // 物流配送的钱归哪一条: where a thing belongs is told by the part's heading and its opening sentence, which sets out its work.
    const belongs = new RegExp(`(?:${BELONGS.source})(?:${WHICH_PART.source})`).test(q);
    const quote = MEANING.test(q) && at >= 0 ? place.sentences.slice(at, at + 3).join('') : belongs ? (place.sentences[0] ?? said) : said;
    return {
      answered: true,
      // A principle's place already carries its title (二“上下联动，各负其责”): it is not said twice.
      // 考核在第几部分: a numbered heading is given as written (六、绩效目标考核), its number being what is asked.
      answer: `见${citationLabel(place)}${named ? '' : place.title !== bareTitle(place) ? `，标题为“${place.title}”` : `“${bareTitle(place)}”`}：${quote !== said ? quote : found.lead || quote}`,
      citations: [kb.cite(place.id, quote, named ? undefined : `${place.section} ${bareTitle(place)}`)],
      clauseId: place.id,
      intent: 'locate',
    };
  },
});

/** Both places of a heading the two documents share, each with its heading as written (三、…, （四）…). */
function both(kb: KnowledgeBase, a: Clause, b: Clause): Draft {
  const place = (c: Clause) => `${citationLabel(c)}，标题为“${c.title}”`;
  return {
    answered: true,
    answer: `通知中有两处：见${place(a)}；又见${place(b)}。`,
    citations: [a, b].map((c) => kb.cite(c.id, c.sentences[0] ?? bareTitle(c), c.section.includes(bareTitle(c)) ? undefined : `${c.section} ${bareTitle(c)}`)),
    clauseId: a.id,
    intent: 'locate',
  };
}
