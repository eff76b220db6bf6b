import type { KnowledgeBase } from './base.ts';
import { GENERIC } from './subject.ts';
import { tag } from './words.ts';

/**
 * 验收几月, 评价定在哪个月: a short message puts the act whose time is asked right before the question word. Only an act
 * the notice itself names as a piece of work (a word before 工作 or 程序: 验收工作, 验收程序, 绩效评价和项目验收工作) and
 * never dates (no sentence part holding it gives a date) is read so; a date beside it in the clause (…验收程序，…9月30日前报…)
 * is not its date. An act the notice dates (12月底前完成…招标工作) and a thing that is no act of the notice's (方案, 上报)
 * are left to the subject words, so 招标几月完成 and 方案几号报 are still answered.
 */

/** A date the notice gives (9月30日, 12月底, 年底, 2018年; not the programme's name 2018年电子商务…). */
export const DATE = /\d{1,2}月(?:\d{1,2}日|底|末)|年底|年内|(?<!\d)20\d\d年(?!电子商务)/;

/** The notice's nouns of acts: the word before 工作/程序, and the one joined to it by 和 (绩效评价和项目验收工作). */
const ACT = [/(\p{Script=Han}{2})(?=工作|程序)/gu, /(\p{Script=Han}{2})(?=和\p{Script=Han}{2,4}?(?:工作|程序))/gu];

/** A time asked right after the act, with a verb of placing between (定在, 放在, 安排在), or a few (具体定在, 大概要在). */
const ACT_BEFORE_WHEN =
  /(\p{Script=Han}{2})(?:是|在|要|得|定在|放在|安排在|大概|一般|具体){0,3}(?:几月|哪个月|哪一?年|几号|哪天|哪一天|什么时候|啥时候|何时|啥时|什么时间|啥时间)/u;

/** A piece of work the notice has done (开展绩效评价, 进行定期检查, 做好…信息报送工作), not a verb with its own object (建立工作机制). */
const done = (text: string, w: string): boolean => new RegExp(`(?:开展|进行|组织|做好|搞好|完成|加强|实施)\\p{Script=Han}{0,8}?${w}`, 'u').test(text);

const undatedActs = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function actsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let acts = undatedActs.get(kb);
  if (!acts) {
    const parts = kb.allText.split(/[，,。；;：:|]/);
    // (Only a word the tagger reads as one noun or verb: not 的 or 为 run on to the word before 工作, nor 具体, 健全.)
    const named = new Set(ACT.flatMap((re) => [...kb.allText.matchAll(re)].map((m) => m[1]!)).filter((w) => /^(?:v|vn|n)$/.test(tag(w).map((t) => t.tag).join(' ')) && !GENERIC.test(w) && done(kb.allText, w)));
    acts = new Set([...named].filter((a) => !parts.some((p) => p.includes(a) && DATE.test(p))));
    undatedActs.set(kb, acts);
  }
  return acts;
}

/** The act right before the question word, when the notice names it as a piece of work and gives it no date. */
export function undatedActBefore(kb: KnowledgeBase, q: string): string | undefined {
  const act = ACT_BEFORE_WHEN.exec(q)?.[1];
  return act && actsOf(kb).has(act) ? act : undefined;
}

/** For the tests and the report: the notice's undated acts. */
export const undatedActsOf = (kb: KnowledgeBase): readonly string[] => [...actsOf(kb)];

/** An act the notice names but never dates, named anywhere in the question (验收是不是定在12月中旬). */
export function undatedActNamed(kb: KnowledgeBase, q: string): string | undefined {
  return [...actsOf(kb)].find((a) => q.includes(a));
}
