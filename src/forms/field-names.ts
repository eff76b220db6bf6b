import type { FormState } from './state.ts';
import { bareLabel, visibleFields, type FieldSpec, type FormTemplate } from './template.ts';

/** Character pairs of a name, for near matches (培训次数 ~ 本周培训场次). */
function bigrams(s: string): string[] {
  const chars = [...s];
  return chars.length < 2 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice similarity of two names over their character pairs, 0 to 1. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const namesOf = (f: FieldSpec): string[] => [bareLabel(f), f.label, f.key, ...(f.aliases ?? [])];
// Below this a name is too unlike any field to guess; a tie is asked, not guessed.
const NEAR = 0.5;

/** The field `修改 3` / `修改 培训次数` points at: by number, name, alias, or a near spelling; else why not. */
export function findField(template: FormTemplate, state: FormState, target: { index: number } | { name: string }): { key?: string; error?: string } {
  const visible = visibleFields(template, state.answers);
  if ('index' in target) {
    const f = visible[target.index - 1];
    return f ? { key: f.key } : { error: `没有第${target.index}项，请回复1到${visible.length}之间的序号。` };
  }
  const name = target.name.replace(/^(?:一下|下)/, '').replace(/(?:这一?项|那一?项)$/, '');
  const exact = visible.find((f) => namesOf(f).includes(name));
  if (exact) return { key: exact.key };
  let found = visible.filter((f) => f.label.includes(name) || (f.aliases ?? []).some((a) => a.includes(name)));
  if (found.length > 1) found = found.filter((f) => bareLabel(f).endsWith(name)).length ? found.filter((f) => bareLabel(f).endsWith(name)) : found;
  if (found.length === 1) return { key: found[0]!.key };
  if (found.length > 1) {
    const list = found.map((f) => `${visible.indexOf(f) + 1}. ${bareLabel(f)}`).join('；');
    return { error: `“${name}”对应多项：${list}。请回复“修改 序号”。` };
  }
  const scored = visible.map((f) => ({ f, score: Math.max(...namesOf(f).map((n) => similarity(name, n))) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score >= NEAR && (!second || best.score - second.score >= 0.1)) return { key: best.f.key };
  return { error: `没有找到“${name}”这一项，请回复“修改 序号”，例如“修改 3”。` };
}
