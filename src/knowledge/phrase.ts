import { askingPart } from './asking-part.ts';
import type { KnowledgeBase } from './base.ts';
import { type Ranked, soleCloseHolder } from './retrieval.ts';
import { prepare } from './text.ts';
import { byTopicVerb } from './topic-verb.ts';

/**
 * The question's longest phrase the notice holds word for word (工作目标与任务, 第三方机构): when the
 * best clause lacks it and a clause ranked close holds it, that clause is the one asked about
 * (细化工作目标与任务 is 五、责任分工, not 一's 细化制定…工作目标; 第三方机构 is 六, not 三（一）2's 第三方物流).
 */

/** The shortest phrase that counts: shorter ones (电商培训, 领导小组) are words the ranking already weighs… */
const MIN_PHRASE = 5;
/** …and the share of the question's characters it must make: a phrase in passing (县乡村三级的服务体系…以哪些村和户为重点) does not say which clause. */
const MIN_SHARE = 0.45;
/** A clause ranked this close (by ranking weight) may answer instead. */
const CLOSE = 0.5;

/** Words that point at the notice itself. */
// (申报方案, 制定实施方案: a plan named as a thing done or filed is part of what is asked, not the notice pointed at.)
const NOTICE_WORDS = /(?<!申报|制定|细化|调整|编制)(?:省方案|实施方案|(?<!实施|省)方案|文件|通知)(?:里面?|上面?|中|说的?|对|是)?/g;

/** 要不要, 能不能: the form of a question, not its subject; 后面那句是啥来着 asks what follows the phrase quoted, likewise. */
const ASK_FORM = /要不要|能不能|可不可以|是不是|有没有|需不需要|会不会|用不用|(?:后面|前面|后头|前头|[上下])(?:那|一)?句(?:话)?|来着/g;

const textOf = (r: Ranked) => `${r.clause.title}${r.clause.body}`;

/** 仓储配送基础设施 is the notice's 仓储配送等基础设施: the 等 closing a list before its head noun is no part of the phrase. */
const LIST_END = /等(?=\p{Script=Han})/gu;

/** The phrase with a word or two inserted (多元化供应链 in 多元化电商供应链): the best clause words it too. */
const gapped = (p: string) => new RegExp([...p].join('.{0,2}'));

/** 市州商务部门要 (干啥): a modal closing the phrase is the question's (the best clause says 主管部门应), not the notice's wording. */
const MODAL_END = /(?<=\p{Script=Han}{4})(?:要|应|应该|得|该|需要)$/u;

const raw = new WeakMap<KnowledgeBase, string>();
/** The notice as written (kb.allText has the canonical words), for the question as typed. */
function rawText(kb: KnowledgeBase): string {
  let text = raw.get(kb);
  if (text === undefined) {
    text = kb.clauses.map((c) => `${c.title}。${c.body}`).join('|');
    raw.set(kb, text);
  }
  return text;
}

/** 培育啥供应链, 打造什么品牌, 聚焦的是啥地区: a verb, the question word, then its object. */
const VERB_WHAT_OBJECT = /(\p{Script=Han}{2})(?:的是)?(?:啥|什么|哪些|哪种|什么样的?)(\p{Script=Han}{2,6}?)(?:呢|吗|啊|$|[^\p{Script=Han}])/u;

/** 供应体系要不要建立, 品牌需不需要培育: the object, a yes-or-no, then a verb of two characters closing the question. */
const OBJECT_ASKED_VERB = /^(\p{Script=Han}{2,6}?)(?:要不要|需不需要|需要不需要|该不该|用不用|得不得)(\p{Script=Han}{2})[吗呢啊？?。]*$/u;

/**
 * 要培育啥供应链: the clause where that verb takes that object (培育农村电子商务供应链), when the best clause has the
 * object under another verb (发展…多元化电商供应链，培育区域公共品牌) and that clause is ranked close.
 */
function bySlot(q: string, ranked: readonly Ranked[], best: Ranked): Ranked {
  // 供应体系要不要建立: the object told first, the verb after the yes-or-no, is the same slot.
  const first = OBJECT_ASKED_VERB.exec(q);
  const m = first ? [first[0], first[2]!, first[1]!] : VERB_WHAT_OBJECT.exec(q);
  if (!m) return best;
  // 跟贫困户要建立啥机制: with whom (对/跟/和/与 X) too, in the same phrase as the verb and its object (利益联结机制, not 培训后服务追踪机制).
  const whom = new RegExp(`(?:对|跟|和|与|同)(\\p{Script=Han}{2,6}?)(?:之间)?(?:要|应该?|得|需要?|该)?${m[1]}`, 'u').exec(q)?.[1];
  const pair = new RegExp(`${m[1]}[^，。；：,;:]{0,10}${m[2]}`);
  const holds = (r: Ranked) => textOf(r).split(/[，。；：,;:]/).some((p) => pair.test(p) && (!whom || p.includes(whom)));
  if (holds(best)) return best;
  return soleCloseHolder(ranked, best, holds, CLOSE);
}

/** The longest phrases (of at least MIN_PHRASE characters) of the question found in the notice. */
function longestPhrases(text: string, q: string): string[] {
  const runs = q.split(/[^\p{Script=Han}]+/u).filter((r) => r.length >= MIN_PHRASE);
  for (let n = Math.max(0, ...runs.map((r) => r.length)); n >= MIN_PHRASE; n--) {
    const found = new Set<string>();
    for (const run of runs) for (let i = 0; i + n <= run.length; i++) if (text.includes(run.slice(i, i + n))) found.add(run.slice(i, i + n));
    if (found.size) return [...found];
  }
  return [];
}

/** The clause holding the question's longest phrase, when the best lacks it and that clause is ranked close; else the best. */
export function byPhrase(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], best: Ranked, typed: string = q): Ranked {
  const slotted = bySlot(q, ranked, best);
  if (slotted !== best) return slotted;
  const topical = byTopicVerb(q, ranked, best);
  if (topical !== best) return topical;
  // A long message's phrase is weighed against the part that asks (方案对贫困村电商服务水平咋要求), not the background told
  // before it; words pointing at the notice (方案里, 文件上说) are no part of what is asked. The question is read as typed
  // too: canonical words may have replaced the notice's own phrase (宣传推广力度 → 宣传力度).
  // 工作目标和任务 is the notice's 工作目标与任务: a conjunction typed otherwise is read as the notice's too.
  const readings = [
    [q, kb.allText],
    [typed, rawText(kb)],
    [typed.replace(/(?<=\p{Script=Han}{2})[和及跟](?=\p{Script=Han}{2})/gu, '与'), rawText(kb)],
    [typed, rawText(kb).replace(LIST_END, '')],
  ].map(([text, notice]) => {
    const asked = (askingPart(text!) ?? text!).replace(NOTICE_WORDS, '');
    // The share is of what is asked about: the words that make it a question (要不要, 能不能) are no part of it.
    return { phrases: longestPhrases(notice!, asked), chars: asked.replace(ASK_FORM, '').replace(/[^\p{Script=Han}]/gu, '').length };
  });
  const { phrases, chars } = readings.reduce((a, b) => ((b.phrases[0]?.length ?? 0) / (b.chars || 1) > (a.phrases[0]?.length ?? 0) / (a.chars || 1) ? b : a));
  // A phrase found in the canonical text (项目申报方案 read as 申报实施方案) is looked for there too, not only as written.
  const texts = (r: Ranked) => [textOf(r), prepare(textOf(r))];
  if (!phrases.length || phrases[0]!.length < MIN_SHARE * chars || phrases.some((p) => texts(best).some((t) => gapped(p.replace(MODAL_END, '')).test(t)))) return best;
  return soleCloseHolder(ranked, best, (r) => phrases.some((p) => texts(r).some((t) => t.includes(p) || t.replace(LIST_END, '').includes(p))), CLOSE);
}

/** A phrase this long, making this much of the question, says the question is about the one clause that holds it. */
const RESCUE_PHRASE = 6;
const RESCUE_SHARE = 0.5;

/**
 * 谁对具体工作负责: a question that is mostly the notice's own phrase (对具体工作负责) asks about the one clause holding it,
 * though its words are the aspect words coverage does not count; undefined when no such clause was ranked.
 */
export function phraseHolder(kb: KnowledgeBase, q: string, ranked: readonly Ranked[]): Ranked | undefined {
  const phrases = longestPhrases(kb.allText, q);
  const chars = q.replace(ASK_FORM, '').replace(/[^\p{Script=Han}]/gu, '').length;
  if (!phrases.length || phrases[0]!.length < RESCUE_PHRASE || phrases[0]!.length < RESCUE_SHARE * chars) return undefined;
  const holders = kb.clauses.filter((c) => phrases.some((p) => `${c.title}${c.body}`.includes(p)));
  return holders.length === 1 ? ranked.find((r) => r.clause.id === holders[0]!.id) : undefined;
}
