import { describe, expect, it } from 'vitest';
import { formParse, type ParseOutput } from '../../src/cli/form-parse.ts';
import { DEV_SET, type Want } from './dev-set.ts';

type Verdict = 'right' | 'wrong' | 'silent-misreading';

function judge(out: ParseOutput, want: Want): Verdict {
  if (typeof want === 'object') {
    if ('control' in want) return 'control' in out && out.control === want.control ? 'right' : 'wrong';
    if ('intent' in want) return 'intent' in out && out.intent === want.intent ? 'right' : 'wrong';
    return out.ok && 'value' in out && !out.confirm && out.value === want.value && out.note === want.note ? 'right' : 'wrong';
  }
  const confirm = 'confirm' in out ? out.confirm : undefined;
  if (want === 'reject') return out.ok ? (confirm === false ? 'silent-misreading' : 'wrong') : 'right';
  if (want === 'ask') return confirm === true ? 'right' : confirm === false ? 'silent-misreading' : 'wrong';
  if (!out.ok || !('value' in out)) return 'wrong';
  if (out.confirm) return 'wrong'; // asked where the reading was certain: not silent, but a needless question
  return out.value === want ? 'right' : 'silent-misreading';
}

describe('the development set, scored through formParse', () => {
  const results = DEV_SET.map(([input, want]) => ({ input, want, out: formParse(input), verdict: judge(formParse(input), want) }));

  it('has at least 150 cases', () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(150);
  });

  it('reads them, with no silent misreading', () => {
    const right = results.filter((r) => r.verdict === 'right').length;
    console.log(`dev set: ${right}/${results.length} right (${((right / results.length) * 100).toFixed(1)}%)`);
    const misread = results.filter((r) => r.verdict === 'silent-misreading');
    expect(misread.map((r) => `${r.input.text} → ${JSON.stringify(r.out)}`)).toEqual([]);
    expect(results.filter((r) => r.verdict === 'wrong').map((r) => `${r.input.kind} ${r.input.text} want ${JSON.stringify(r.want)} got ${JSON.stringify(r.out)}`)).toEqual([]);
  });
});
