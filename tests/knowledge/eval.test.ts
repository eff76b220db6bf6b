import { describe, expect, it } from 'vitest';
import { ANSWER_MIN_COVERAGE, createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';
import { EVAL_SET } from './eval-set.ts';
import { judge, runEval } from './eval-score.ts';

const knowledge = createKnowledge(loadProgramme('gansu-2018'));

describe('the Q&A evaluation set', () => {
  it('is large and colloquial enough: 80+ questions, at least a fifth unanswerable', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(80);
    expect(EVAL_SET.filter((c) => !c.answerable).length / EVAL_SET.length).toBeGreaterThanOrEqual(0.2);
    for (const c of EVAL_SET) {
      if (c.answerable) expect(c.facts?.length && c.clause?.length, c.q).toBeTruthy();
      // Every expected clause exists, so a renamed id cannot pass silently.
      for (const id of c.clause ?? []) expect(knowledge.clause(id), `${c.q}: ${id}`).toBeDefined();
    }
  });

  it('answers every answerable question right, from the right clause, and refuses every unanswerable one', () => {
    const result = runEval(knowledge, EVAL_SET);
    const answerable = EVAL_SET.filter((c) => c.answerable).length;
    console.log(
      `Q&A eval: ${result.passed}/${result.total} right (${answerable} answerable, ${result.total - answerable} unanswerable)` +
        result.failures.map((f) => `\n  ✘ ${f.q}: ${f.why}\n    ${f.answer}`).join(''),
    );
    expect(result.failures).toEqual([]);
  });

  it('has its refusal threshold between the text answers and the refused questions', () => {
    const now = new Date('2018-09-20T10:00:00+08:00');
    const routed = EVAL_SET.map((c) => ({ c, a: knowledge.answer(c.q, { now }) })).filter(({ a }) => a.intent === 'clause' || a.intent === 'refusal:low-confidence');
    const answered = routed.filter(({ a }) => a.answered).map(({ c }) => knowledge.explain(c.q)[0]!.coverage);
    const refused = routed.filter(({ a }) => !a.answered).map(({ c }) => knowledge.explain(c.q)[0]?.coverage ?? 0);
    console.log(`coverage of text answers ≥ ${Math.min(...answered)}; of refused questions ≤ ${Math.max(...refused)}; threshold ${ANSWER_MIN_COVERAGE}`);
    expect(Math.min(...answered)).toBeGreaterThanOrEqual(ANSWER_MIN_COVERAGE);
    expect(Math.max(...refused)).toBeLessThan(ANSWER_MIN_COVERAGE);
    expect(refused.length).toBeGreaterThanOrEqual(5);
  });

  it('does not depend on punctuation or full-width forms: the same set typed with ？ or a trailing space passes too', () => {
    expect(runEval(knowledge, EVAL_SET, (q) => `${q}？`).failures).toEqual([]);
    expect(runEval(knowledge, EVAL_SET, (q) => ` ${q.replace(/\?$/, '')}? `).failures).toEqual([]);
  });

  it('the judge itself catches a wrong clause, a missing fact, a false answer and a figure in a refusal', () => {
    const base = { question: 'q', answer: '', citations: [], clauseId: 'plan-1', topic: '', intent: 'clause', confidence: 1, answered: true };
    expect(judge({ q: 'q', answerable: true, facts: ['50%'], clause: ['plan-3-1-3'] }, { ...base, answer: '50%' })).toMatch(/served by plan-1/);
    expect(judge({ q: 'q', answerable: true, facts: ['50%'], clause: ['plan-1'] }, { ...base, answer: '一半' })).toMatch(/missing 50%/);
    expect(judge({ q: 'q', answerable: false }, base)).toMatch(/instead of refusing/);
    expect(judge({ q: 'q', answerable: false }, { ...base, answered: false, answer: '通知中没有明确规定。一般为2万元' })).toMatch(/figure/);
  });
});
