import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import { type Draft, refuse } from '../phrasing.ts';
import { bestSentences, queryTokens } from '../retrieval.ts';
import { normalise } from '../text.ts';
import { intent } from './types.ts';

/**
 * A part named by its number as the notice prints it: 三（二）1 写的啥, 方案 四（三） 讲了什么, 州文 二 的标题.
 * The part is found by the label the notice cites it with (notice.ts sectionLabel), in the document the
 * question names (the letter: 州文, 183号; the plan: 方案); answered with its heading, and what it says
 * when that is asked (说的啥, 那个比例). Ordinals (第三条, 第三部分) are the outline's (outline.ts).
 */

const N = '一二三四五六七八九十';
/** 三（一）3, 四(四), 三、（二）2: a major number, its sub-part in brackets, and an item. */
const NESTED = new RegExp(`([${N}])[、.]?\\(([${N}])\\)(\\d)?`);
/** 州文 一, 方案，六: a bare major number right after the document named, standing alone (not 一共, 一下, 一样). */
/** 通知二那条: the 通知 is the 州's letter (the plan is its 方案); 那条, 这块 point at the part as 条 and 块 do. */
const BARE = new RegExp(`(州(?:上|里)?的?文件?|\\d+号文?件?|转发(?:的)?(?:文件?|通知)|(?<!方案的?)通知|(?:实施)?方案)[的里中，,、]?([${N}])(?=的|[，,。？?]|$|是|讲|说|写|标题|题目|叫|部分|块|[那这]一?(?:条(?!件)|块|部分|段|项)|条(?!件))`);
/** The words of naming the part and of asking what it is, set aside to leave what is asked of it. */
const ASKING =
  /(?:州(?:上|里)?的?文件?|\d+号文?件?|转发的?(?:文件?|通知)|(?:实施)?方案|通知|文件)|[一二三四五六七八九十][、.]?(?:\([一二三四五六七八九十]\)\d?)?|(?:的|是|讲|说|写|提)(?:了|的)?(?:啥|什么|哪些|些啥)?|标题|题目|名称|叫(?:啥|什么)|内容|主要|那个|这个|这条|那条|部分|[条块项点]|[吗呢啊呀？?，,。\s]/g;
/** Only the heading asked: 标题, 叫啥, 题目. */
const TITLE_ONLY = /标题|题目|名称|叫(?:啥|什么)|啥名/;

const LETTER_WORDS = /州(?:上|里)?的?文|\d+号|转发|(?<!方案的?)通知[的里中，,、]?[一二三四五六七八九十](?![一二三四五六七八九十])/;

/** The part named, or the label named when no part bears it (一（一）: the plan's 一 has no sub-parts). */
function labelled(kb: KnowledgeBase, raw: string): Clause | { readonly missing: string; readonly parent: string | undefined } | undefined {
  const nested = NESTED.exec(raw);
  const bare = nested ? undefined : BARE.exec(raw);
  if (!nested && !bare) return undefined;
  const label = nested ? `${nested[1]}(${nested[2]})${nested[3] ?? ''}` : bare![2]!;
  const letter = LETTER_WORDS.test(raw);
  const plan = /方案/.test(raw) && !letter;
  const inDocument = (c: Clause) => (letter ? c.documentId === 'letter' : plan ? c.documentId === 'plan' : true);
  // By the label it is cited with, or by its place (二（二） is the second of the principles, which the notice cites by title).
  const place = nested ? [nested[1], nested[2]].map((n) => N.indexOf(n!) + 1).join('-') + (nested[3] ? `-${nested[3]}` : '') : '';
  const found = kb.clauses.filter((c) => c.section && inDocument(c) && (normalise(c.section) === label || (place && c.id === `${c.documentId}-${place}`)));
  // A bare number is named by its document; a nested one is the plan's form, and must name one part only.
  if (found.length === 1) return found[0];
  if (!nested || found.length) return undefined;
  // The part it would be under (五 for 五（二）), as the nearest to quote.
  const parent = kb.clauses.find((c) => inDocument(c) && c.id === `${c.documentId}-${N.indexOf(nested[1]!) + 1}`);
  return { missing: label.replace('(', '（').replace(')', '）'), parent: parent?.id };
}

/** What the part says: a short text whole, else its first sentence; a heading without text lists its parts. */
export function content(kb: KnowledgeBase, c: Clause): { text: string; quote: string } {
  if (c.body) {
    const text = c.body.length <= 200 ? c.sentences.join('') : (c.sentences[0] ?? '');
    return { text, quote: text };
  }
  const parts = kb.clauses.filter((x) => x.id.startsWith(`${c.id}-`) && x.id.split('-').length === c.id.split('-').length + 1);
  const text = parts.map((x) => x.title).join('；');
  return { text: text ? `分为${parts.length}项：${text}。` : '', quote: parts[0]?.body ? (parts[0].sentences[0] ?? '') : '' };
}

export const clauseLabel = intent({
  id: 'clause:label',
  recognise: ({ raw }, kb) => labelled(kb, raw),
  answer: (c, { raw, q }, kb): Draft => {
    if ('missing' in c) return refuse(kb, q, `“${c.missing}”所指的内容（通知中没有这一编号的条目，请核对编号）`, 'refusal:no-such-part', c.parent);
    const title = c.title.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '');
    // A principle is cited by its title (二“聚焦精准，助力扶贫”): it is not said twice.
    const head = c.section.includes(title) ? `您所说的是${citationLabel(c)}。` : `${citationLabel(c)}是“${title}”。`;
    const rest = raw.replace(ASKING, '');
    // 三(一)3 的比例多少: what is asked of the part, from its sentences.
    const found = rest.length >= 2 && c.body ? bestSentences(kb, c, queryTokens(kb, rest)) : undefined;
    const asked = found && found.score > 0 && found.quote ? { text: found.lead, quote: found.quote } : undefined;
    const said = asked ?? (TITLE_ONLY.test(raw) && !/说|讲|写|内容/.test(raw) ? undefined : content(kb, c));
    const quote = said?.quote || (c.body ? (c.sentences[0] ?? c.title) : c.title);
    return {
      answered: true,
      answer: said?.text ? `${head}${c.body ? '其中写明：' : ''}${said.text}` : head,
      citations: [kb.cite(c.id, quote)],
      clauseId: c.id,
      intent: 'clause:label',
    };
  },
});
