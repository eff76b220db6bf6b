import { describe, expect, it } from 'vitest';
import { type FormCase, formEvalReport, runFormEval } from '../../src/cli/form-eval.ts';

// Made-up cases (never a set's own): one understood, one re-asked, one wrong intent, one silent misreading.
const cases: FormCase[] = [
  { id: 't-1', kind: 'amount', text: '十二万', expect: { value: 12 } },
  { id: 't-2', kind: 'amount', text: '大概花了一些吧', expect: { value: 7 } },
  { id: 't-3', kind: 'command', text: '今天天气不错', expect: { intent: 'progress' } },
  { id: 't-4', kind: 'count', text: '5', expect: { value: 6 } },
];

describe('form eval prints every miss of a development set, none of a blind set', () => {
  const r = runFormEval(cases);

  it('counts every case not understood as a miss, whatever its kind of failure', () => {
    expect(r.understood).toBe(1);
    expect(r.misses.map((m) => [m.id, m.verdict])).toEqual([
      ['t-2', 'safe'],
      ['t-3', 'wrong'],
      ['t-4', 'misread'],
    ]);
    expect(r.misread.map((m) => m.id)).toEqual(['t-4']);
    expect(r.wrong).toBe(1);
  });

  it('a dev set: the score line, then each miss with its id, text, expectation and what the reader did', () => {
    const lines = formEvalReport('dev99', r).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^dev99: understood 1\/4/);
    expect(lines[1]).toContain('t-2 大概花了一些吧');
    expect(lines[1]).toContain('expected {"value":7}');
    expect(lines[2]).toContain('t-3 今天天气不错');
    expect(lines[2]).toContain('"intent":"none"');
    expect(lines[3]).toContain('t-4 5');
    expect(lines[3]).toContain('got {');
  });

  it('a blind set: the score line alone', () => {
    const out = formEvalReport('blind99', r);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toContain('t-2');
  });
});
