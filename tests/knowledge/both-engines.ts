import { expect } from 'vitest';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

/**
 * The Q&A classes' tests (wrong-answers, near-misses, asks-and-purses, everyday-mix) ask every question of two engines:
 * the shipped one and one without example questions, so each rule must hold on the notice's words alone.
 */
export const programme = loadProgramme('gansu-2018');
export const engines = [
  ['shipped', createKnowledge(programme)],
  ['no examples', createKnowledge({ ...programme, examples: {}, unanswered: [] })],
] as const;
export const NOW = new Date('2018-09-20T10:00:00+08:00');

/** Refused by both, saying 通知中没有明确规定, and none of `never` said. */
export function expectRefused(q: string, never: readonly string[] = []) {
  for (const [name, k] of engines) {
    const a = k.answer(q, { now: NOW });
    expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(false);
    expect(a.answer).toContain('通知中没有明确规定');
    for (const w of never) expect(a.answer, `${name}: ${q}`).not.toContain(w);
  }
}

/**
 * Answered by both from `clause` (or one of them), the answer or its quotes holding every fact
 * (with `sections`, the quoted sections' names count too).
 */
export function expectServed(q: string, clause: string | readonly string[], facts: readonly string[] = [], sections = false) {
  for (const [name, k] of engines) {
    const a = k.answer(q, { now: NOW });
    expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(true);
    expect(typeof clause === 'string' ? [clause] : clause, `${name}: ${q} → ${a.answer}`).toContain(a.clauseId);
    const text = [a.answer, ...a.citations.map((c) => (sections ? `${c.section} ${c.quote}` : c.quote))].join('\n');
    for (const f of facts) expect(text, `${name}: ${q}`).toContain(f);
  }
}
