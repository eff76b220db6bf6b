import type { Knowledge, KnowledgeAnswer } from '../../src/knowledge/index.ts';
import type { EvalCase } from './eval-set.ts';

export const DEFAULT_NOW = '2018-09-20T10:00:00+08:00';

/** Everything the person reads: the answer and the quotes. */
export function visibleText(a: KnowledgeAnswer): string {
  return [a.answer, ...a.citations.map((c) => `${c.source} ${c.section} ${c.quote}`)].join('\n');
}

/** Why an answer fails its case, or undefined when it is right. */
export function judge(c: EvalCase, a: KnowledgeAnswer): string | undefined {
  const text = visibleText(a);
  if (c.answerable) {
    if (!a.answered) return 'refused an answerable question';
    if (c.clause && !c.clause.includes(a.clauseId ?? '')) return `served by ${a.clauseId}, expected ${c.clause.join(' or ')}`;
    const missing = (c.facts ?? []).filter((f) => !text.includes(f));
    if (missing.length) return `missing ${missing.join(', ')}`;
    return undefined;
  }
  if (a.answered) return `answered (${a.clauseId}) instead of refusing`;
  if (!a.answer.startsWith('通知中没有明确规定') && !a.answer.includes('通知中没有明确规定')) return 'refusal does not say 通知中没有明确规定';
  const trapped = (c.traps ?? []).filter((t) => text.includes(t));
  if (trapped.length) return `states ${trapped.join(', ')}`;
  // No figure at all beyond the programme year: a refusal must not imply a number.
  let bare = [a.answer, ...a.citations.map((c) => c.quote)].join('\n');
  for (const c of a.citations) bare = bare.split(c.source).join('').split(c.section).join('');
  bare = bare.replace(/2018|附件\d|\d{1,2}月(\d{1,2}日|底)|〔\d{4}〕\d+号/g, '');
  if (/\d/.test(bare)) return 'a refusal states a figure';
  return undefined;
}

/** Runs the whole set; returns the failures and the score. */
export function runEval(knowledge: Knowledge, set: readonly EvalCase[], typed: (q: string) => string = (q) => q) {
  const failures: { q: string; why: string; answer: string }[] = [];
  for (const c of set) {
    const a = knowledge.answer(typed(c.q), { now: new Date(c.now ?? DEFAULT_NOW) });
    const why = judge(c, a);
    if (why) failures.push({ q: c.q, why, answer: a.answer });
  }
  return { failures, passed: set.length - failures.length, total: set.length };
}
