import type { KnowledgeBase } from '../base.ts';
import type { Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * A newcomer's questions about the document in hand, named only by a pointer (这个文件到底讲啥事的, 这份通知是关于什么的,
 * 这个是哪一年的项目): what the letter is (the plan it forwards and the requirements it adds) and the programme's year,
 * which its 文号 and the plan's title give. A part of the document named (第三条讲的啥, 培训这块文件咋说) is left to the others.
 */

/** The document pointed at, or named bare: 这个文件, 这份通知, 州里这个文, 咱们这个. */
const POINTER = '(?:这个?|这份|那个|那份|本|咱们?这个|我们这个|州里的?(?:这个|这份)?|州上的?(?:这个|这份)?)?';
const DOCUMENT = '(?:文件|通知|文)';
/** Asks what it is about: 讲啥事的, 是关于什么的, 说的是什么内容, 主要内容是啥. */
const ABOUT = new RegExp(
  `^${POINTER}${DOCUMENT}(?:到底|主要|究竟|大概|大致)*(?:是)?(?:(?:讲|说|写|关于|针对)(?:的|了)?(?:是)?(?:个)?(?:啥|什么)(?:事情?|事儿|内容|东西|方面)?(?:的)?|的?(?:主要|大概)?内容(?:是|有)?(?:啥|什么|哪些))$`,
);
/** Asks the year: 这个是哪一年的项目, 这是哪年的文件, 这个项目是几几年的. */
const YEAR = new RegExp(
  `^(?:这个?|这|本|咱们?这个?|我们这个?)(?:项目|示范项目|${DOCUMENT})?(?:是|管的是|说的是)?(?:哪一?年|几几年|哪个年度|什么年份|哪年度)的?(?:项目|示范项目|事|${DOCUMENT})?$`,
);
/** A part before the asking one that names a subject of its own (关于培训, 资金这块) is not background. */
const SUBJECT_BEFORE = /关于|对于|至于|这块|那块|方面|第[一二三四五六七八九十\d]+|条/;

/** The letter: the level-1 clause whose title carries a 文号, with its issuers. */
function letterOf(kb: KnowledgeBase): { clause: Clause; number: string; year: string; issuers: string[] } | undefined {
  for (const clause of kb.clauses.filter((c) => c.level === 1)) {
    const m = /([\p{Script=Han}]+〔(\d{4})〕\d+号)/u.exec(clause.title);
    if (m) return { clause, number: m[1]!, year: m[2]!, issuers: (/^(.+?)关于/.exec(clause.title)?.[1] ?? '').split(/\s+/).filter(Boolean) };
  }
  return undefined;
}

export const letterAbout = intent({
  id: 'fact:letter-about',
  recognise: ({ raw }) => {
    const parts = raw.split(/[，,；;。？?！!\s]+/).map((p) => p.replace(/[\p{P}\p{S}]|[啊呀呢吧嘛]$/gu, '')).filter(Boolean);
    const last = parts.at(-1)?.replace(/^(?:那|那么|请问|问一下)/, '');
    if (!last || parts.slice(0, -1).some((p) => SUBJECT_BEFORE.test(p))) return undefined;
    return ABOUT.test(last) ? ('about' as const) : YEAR.test(last) ? ('year' as const) : undefined;
  },
  answer: (asked, { raw }, kb): Draft | undefined => {
    const letter = letterOf(kb);
    const plan = kb.data.documents.plan;
    if (!letter || !plan) return undefined;
    const forwarding = letter.clause.sentences.find((s) => s.includes(plan.cite)) ?? plan.cite;
    const issuers = letter.issuers.join('、');
    if (asked === 'year') {
      return {
        answered: true,
        answer: `这是${letter.year}年的${/文件|通知|文/.test(raw) ? '文件' : '项目'}：${issuers}以${letter.number}转发了${plan.cite}。`,
        citations: [kb.cite(letter.clause.id, forwarding)],
        clauseId: letter.clause.id,
        intent: 'fact:letter-about:year',
      };
    }
    const parts = kb.clauses.filter((c) => c.documentId === letter.clause.documentId && c.level === 2).map((c) => c.title.replace(/^[一二三四五六七八九十]+、/, ''));
    return {
      answered: true,
      answer: `这份文件是${issuers}转发${plan.cite}的通知（${letter.number}），请各示范县一并贯彻落实${parts.length ? `，并提出${parts.length}项要求：${parts.join('；')}` : ''}。项目的具体内容见所转发的实施方案。`,
      citations: [kb.cite(letter.clause.id, forwarding)],
      clauseId: letter.clause.id,
      intent: 'fact:letter-about',
    };
  },
});
