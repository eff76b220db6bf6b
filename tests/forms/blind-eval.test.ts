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
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.97);
    expect(r.misread).toHaveLength(0);
  });

  it('prints its score on the third blind set and holds its floor', () => {
    // Written after the reader had been tuned (first run 270/320, 6 silent misreadings; 293/320 and 4 after dev sets 6 and 7).
    // The floor stops a regression; the goal, none, is not met yet (docs/cli.md).
    const r = runFormEval(loadFormSet('blind3'));
    console.log(formScoreLine('blind3', r));
    expect(r.total).toBe(320);
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.91);
    expect(r.misread.length).toBeLessThanOrEqual(4);
  });

  it('prints its score on the fourth blind set and holds its floor', () => {
    // First run 302/320, 2 silent misreadings; 308/320 and none after dev sets 6 and 7. The floor stops a regression.
    const r = runFormEval(loadFormSet('blind4'));
    console.log(formScoreLine('blind4', r));
    expect(r.total).toBe(320);
    expect(r.understood / r.total).toBeGreaterThanOrEqual(0.96);
    expect(r.misread).toHaveLength(0);
  });

  // (dev6 and dev7 were written from the field list alone; first runs 272/320 and 283/320, 7 and 2 silent misreadings.)
  for (const name of ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7'] as const) {
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
