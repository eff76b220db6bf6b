import { ASKING, NOT_ASKING } from './asking-part.ts';
import { typeOf } from './asked-type.ts';
import type { KnowledgeBase } from './base.ts';
import type { Draft } from './phrasing.ts';
import { tag } from './words.ts';

/**
 * Two questions in one message (方案能随便改吗？信息往哪报; 原则里说服务谁、走啥模式): each part names its own subject
 * and asks. When two sibling clauses each answer one part, the answer is neither clause alone but the section that holds
 * both: both are quoted, and the section is what serves the answer. Parts that do not name anything of their own
 * (方案有说吗, 啥情况下) ask about the other part and are not split off.
 */

/** Words that point at the notice or its parts, not at a subject (方案有说吗, 原则里). */
const POINTING = /^(?:方案|实施方案|文件|通知|政策|原则|规定|要求|情况|事|东西)$/;

/** Whether a part names a thing of its own (物流算上行吗, 比例多少), not only what is done to the other part's (随便贴行吗). */
function namesThing(part: string): boolean {
  return thingsNamed(part).some((w) => !POINTING.test(w) || !/说|提|讲|写|规定|有|鼓励|支持|允许|认可|同意|要求|行|让|准/.test(part));
}

const thingsNamed = (part: string) => tag(part).flatMap((t) => (/^(?:n|nz|vn|nt|j)$/.test(t.tag) && t.word.length >= 2 ? [t.word] : []));

/** A closing word about the asking itself (两个问题, 麻烦一起说下, 谢谢): no question of its own. */
const CLOSING = /^(?:就?这?[一二两三]个问题|麻烦[^，,。？?]{0,8}|谢谢[^，,。？?]*|辛苦了?|一起(?:说|讲|回答|回复)一?下)[。！!？?]*$/;

/** Two slots asked of two subjects joined by 和 (公服中心资金比例和报方案截止日): the part before 和 ends on what it asks. */
const JOINED_SLOTS = /^(.{4,}?(?:比例|多少|时间|日期|截止日?期?|期限|标准|金额|上限|下限))(?:和|跟|与|还有|以及)(.{3,}(?:比例|多少|时间|日期|截止日?期?|期限|标准|金额|上限|下限|哪天|几号|什么时候|啥时候|在哪|哪里|是谁|谁))$/;

/** Two asking parts; `byAnd` when split at 和 (公服中心资金比例和报方案截止日). */
export type Pair = readonly [string, string] & { readonly byAnd?: boolean };

/** The two asking parts of a message, or undefined when it is not two questions. */
export function twoQuestions(q: string): Pair | undefined {
  const split = q.split(/(?<=[？?，,、；;])/).filter((p) => p.replace(/[\p{P}\s]/gu, '') && !CLOSING.test(p.replace(/[\p{P}\s]+$/u, '')));
  const joined = split.length === 1 ? JOINED_SLOTS.exec(split[0]!.replace(/[\p{P}\s]+$/u, '')) : null;
  const parts = joined ? [joined[1]!, joined[2]!] : split;
  if (parts.length !== 2) return undefined;
  // 那物流呢，比例多少: a part that points back (那, 这) is the topic of the other, not a question of its own.
  if (parts.some((p) => /^(?:那|这)/.test(p))) return undefined;
  const asks = (p: string) => ASKING.test(p.replace(/[\p{P}\s]+$/u, '').replace(NOT_ASKING, '')) && namesThing(p);
  // Each side of 和 asks by the slot it ends on (比例, 截止日).
  if (joined) return Object.assign([parts[0]!, parts[1]!] as const, { byAnd: true });
  return parts.every(asks) ? [parts[0]!, parts[1]!] : undefined;
}

/** The deepest section holding both clauses (plan-3-1 for plan-3-1-2 and plan-3-1-3). */
function common(a: string, b: string): string {
  const x = a.split('-');
  const y = b.split('-');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('-');
}

/**
 * Both parts answered from two clauses under one section: the two answers, and the section as what serves them. Two
 * clauses far apart (a whole document apart) are two answers, not one section's: the clause the whole message was
 * answered from serves them. Undefined otherwise.
 */
export function joinedAnswer(kb: KnowledgeBase, parts: Pair, first: Draft, second: Draft, lead?: string | null): Draft | undefined {
  if (!first.answered || !second.answered || !first.clauseId || !second.clauseId || first.clauseId === second.clauseId) return undefined;
  // 谁可以承担培训，协会行吗: one clause naming what the other part asks about answers both.
  // (Not when the other part asks a date or a figure: 公开招标等信息 names 招标, it does not say when tendering ends.)
  const names = (id: string, part: string) => {
    const things = thingsNamed(part).filter((w) => !POINTING.test(w));
    if (['time', 'quantity'].includes(typeOf(part))) return false;
    return things.length > 0 && things.every((w) => kb.byId.get(id)!.body.includes(w));
  };
  if (names(first.clauseId, parts[1]) || names(second.clauseId, parts[0])) return undefined;
  const section = kb.byId.get(common(first.clauseId, second.clauseId));
  if (section && (section.id === first.clauseId || section.id === second.clauseId)) return undefined;
  // Two clauses far apart (招标啥时候完成，专栏设在哪): two answers, each from its clause; the one the whole message leads to serves.
  // Only when the whole message was answered from one of them: two weak answers to a message refused whole are no answer.
  // Two asks joined by 和 under one section (公服中心比例和上行比例) are the intents' to answer together, as the whole.
  const far = !section || section.id === section.documentId;
  // Each part must name a thing of its own (not 是按什么文件定的, which asks about the other part's rule).
  // (方案 names the plan a county writes; 文件, 规定 point at the notice.)
  const own = parts.every((p) => thingsNamed(p).some((w) => !/^(?:文件|通知|政策|规定|要求|情况|事|东西)$/.test(w)));
  if (far ? !lead || !own || (lead !== first.clauseId && lead !== second.clauseId) : parts.byAnd) return undefined;
  return {
    answered: true,
    answer: `您问的两件事，通知中分别作了规定。其一，${first.answer}其二，${second.answer}`,
    citations: [...first.citations, ...second.citations],
    clauseId: far ? (lead === second.clauseId ? second.clauseId : first.clauseId) : section.id,
    intent: 'clause:two-questions',
    confidence: Math.min(first.confidence ?? 1, second.confidence ?? 1),
  };
}
