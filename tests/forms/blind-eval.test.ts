import { describe, expect, it } from 'vitest';
import { formScoreLine, loadFormSet, runFormEval, verdict } from '../../src/cli/form-eval.ts';

/**
 * The form reader against the blind answer set (365 answers written by a helper who saw only the
 * field list; frozen by tests/blind-sets.test.ts). Its misses are never printed here: reading them
 * would be tuning on it. The floors only stop a regression; the README and docs/features.md state the score.
 */
describe('the form reader on its answer sets', () => {
  it('prints its score and holds its floor', () => {
    const r = runFormEval(loadFormSet('blind'));
    console.log(formScoreLine('blind', r));
    expect(r.total).toBeGreaterThanOrEqual(300);
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.95);
    expect(r.misread).toHaveLength(0);
  });

  it('prints its score on the third blind set and holds its floor', () => {
    // Written this round after the reader had been tuned (first run 270/320, 6 silent misreadings).
    // The floor stops a regression; the goal, none, is not met yet (docs/cli.md).
    const r = runFormEval(loadFormSet('blind3'));
    console.log(formScoreLine('blind3', r));
    expect(r.total).toBe(320);
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.89);
    expect(r.misread.length).toBeLessThanOrEqual(5);
  });

  it('prints its score on the fourth blind set and holds its floor', () => {
    // Written this round (first run 302/320, 2 silent misreadings). The floor stops a regression; the goal is none.
    const r = runFormEval(loadFormSet('blind4'));
    console.log(formScoreLine('blind4', r));
    expect(r.total).toBe(320);
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.94);
    expect(r.misread.length).toBeLessThanOrEqual(2);
  });

  for (const name of ['dev2', 'dev3', 'dev4', 'dev5'] as const) {
    it(`the development answer set ${name} (tuned on) is read without a silent misreading; its misses are printed`, () => {
      const r = runFormEval(loadFormSet(name));
      console.log([formScoreLine(name, r), ...r.misread.map((m) => `  ✘ ${m.id} ${m.text} → ${m.got}`)].join('\n'));
      expect(r.misread).toEqual([]);
      expect(r.understood / r.total).toBeGreaterThanOrEqual(0.99);
    });
  }

  it('the verdict tells a silent misreading from a question asked and from a re-prompt', () => {
    const amount = { id: 't', kind: 'amount' as const, field: 'spent_total', text: 'x' };
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: true, value: 12.5, display: '12.5万元', confirm: false })).toBe('understood');
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: true, value: 120005, display: '120005万元', confirm: false })).toBe('misread');
    expect(verdict({ ...amount, expect: 'ask' }, { ok: true, value: 450, display: '450万元', confirm: false })).toBe('misread');
    expect(verdict({ ...amount, expect: 'ask' }, { ok: true, value: null, confirm: true, question: '？' })).toBe('understood');
    expect(verdict({ ...amount, expect: { value: 12.5 } }, { ok: false, error: '请输入' })).toBe('safe');
    expect(verdict({ ...amount, expect: 'reject' }, { ok: false, error: '请输入' })).toBe('understood');
  });
});
