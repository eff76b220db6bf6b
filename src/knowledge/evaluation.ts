import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Knowledge, KnowledgeAnswer } from './engine.ts';

/**
 * Scoring the Q&A against question sets: the development sets (tuned on) and the
 * blind set (written by someone who saw only the notice, never tuned on). Used by
 * the tests, `qa eval` and the bench, so all three judge alike.
 */

/** A fact a right answer must state: one string, or alternatives of which any one will do. */
const fact = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const evalCase = z.object({
  id: z.string(),
  q: z.string().min(1),
  answerable: z.boolean(),
  /** Every one must appear in the answer or its quotes. */
  facts: z.array(fact).optional(),
  /** The clause that must serve the answer (any of these). */
  clause: z.array(z.string()).optional(),
  /** None may appear anywhere in what the bot says. */
  traps: z.array(z.string()).optional(),
  /** ISO time for "now" (default 2018-09-20 10:00 Shanghai). */
  now: z.string().optional(),
});

export type EvalCase = z.infer<typeof evalCase>;

const evalFile = z.object({ about: z.string(), cases: z.array(evalCase).min(1) });

export const DEFAULT_NOW = '2018-09-20T10:00:00+08:00';

/** The sets, by name: dev (written with the engine), dev2…dev7 (written apart from the code, tuned on), blind, blind2, blind3 and blind4 (never tuned on). */
export const EVAL_SETS = {
  dev: 'tests/knowledge/dev-set.json',
  dev2: 'tests/knowledge/dev-set-2.json',
  dev3: 'tests/knowledge/dev-set-3.json',
  dev4: 'tests/knowledge/dev-set-4.json',
  dev5: 'tests/knowledge/dev-set-5.json',
  dev6: 'tests/knowledge/dev-set-6.json',
  dev7: 'tests/knowledge/dev-set-7.json',
  dev8: 'tests/knowledge/dev-set-8.json',
  dev9: 'tests/knowledge/dev-set-9.json',
  dev10: 'tests/knowledge/dev-set-10.json',
  dev11: 'tests/knowledge/dev-set-11.json',
  dev12: 'tests/knowledge/dev-set-12.json',
  dev13: 'tests/knowledge/dev-set-13.json',
  dev14: 'tests/knowledge/dev-set-14.json',
  dev15: 'tests/knowledge/dev-set-15.json',
  dev16: 'tests/knowledge/dev-set-16.json',
  dev17: 'tests/knowledge/dev-set-17.json',
  dev18: 'tests/knowledge/dev-set-18.json',
  dev19: 'tests/knowledge/dev-set-19.json',
  dev20: 'tests/knowledge/dev-set-20.json',
  dev21: 'tests/knowledge/dev-set-21.json',
  dev22: 'tests/knowledge/dev-set-22.json',
  dev23: 'tests/knowledge/dev-set-23.json',
  dev24: 'tests/knowledge/dev-set-24.json',
  dev25: 'tests/knowledge/dev-set-25.json',
  dev26: 'tests/knowledge/dev-set-26.json',
  dev27: 'tests/knowledge/dev-set-27.json',
  dev28: 'tests/knowledge/dev-set-28.json',
  dev29: 'tests/knowledge/dev-set-29.json',
  dev30: 'tests/knowledge/dev-set-30.json',
  dev31: 'tests/knowledge/dev-set-31.json',
  dev32: 'tests/knowledge/dev-set-32.json',
  dev33: 'tests/knowledge/dev-set-33.json',
  dev34: 'tests/knowledge/dev-set-34.json',
  dev35: 'tests/knowledge/dev-set-35.json',
  dev36: 'tests/knowledge/dev-set-36.json',
  dev37: 'tests/knowledge/dev-set-37.json',
  dev38: 'tests/knowledge/dev-set-38.json',
  dev39: 'tests/knowledge/dev-set-39.json',
  dev40: 'tests/knowledge/dev-set-40.json',
  dev41: 'tests/knowledge/dev-set-41.json',
  dev42: 'tests/knowledge/dev-set-42.json',
  dev43: 'tests/knowledge/dev-set-43.json',
  dev44: 'tests/knowledge/dev-set-44.json',
  dev45: 'tests/knowledge/dev-set-45.json',
  dev46: 'tests/knowledge/dev-set-46.json',
  dev47: 'tests/knowledge/dev-set-47.json',
  dev48: 'tests/knowledge/dev-set-48.json',
  dev49: 'tests/knowledge/dev-set-49.json',
  dev50: 'tests/knowledge/dev-set-50.json',
  dev51: 'tests/knowledge/dev-set-51.json',
  dev52: 'tests/knowledge/dev-set-52.json',
  dev53: 'tests/knowledge/dev-set-53.json',
  blind: 'tests/knowledge/blind/blind-set.json',
  blind2: 'tests/knowledge/blind/blind-set-2.json',
  blind3: 'tests/knowledge/blind/blind-set-3.json',
  blind4: 'tests/knowledge/blind/blind-set-4.json',
  blind5: 'tests/knowledge/blind/blind-set-5.json',
  blind6: 'tests/knowledge/blind/blind-set-6.json',
  blind7: 'tests/knowledge/blind/blind-set-7.json',
  blind8: 'tests/knowledge/blind/blind-set-8.json',
  blind9: 'tests/knowledge/blind/blind-set-9.json',
  blind10: 'tests/knowledge/blind/blind-set-10.json',
  blind11: 'tests/knowledge/blind/blind-set-11.json',
  blind12: 'tests/knowledge/blind/blind-set-12.json',
  blind13: 'tests/knowledge/blind/blind-set-13.json',
  blind14: 'tests/knowledge/blind/blind-set-14.json',
  blind15: 'tests/knowledge/blind/blind-set-15.json',
  blind16: 'tests/knowledge/blind/blind-set-16.json',
} as const;

export type EvalSetName = keyof typeof EVAL_SETS;

export function isEvalSetName(name: string): name is EvalSetName {
  return Object.hasOwn(EVAL_SETS, name);
}

/** Loads a named set from the repository (the path is relative to the repository root). */
export function loadEvalSet(name: EvalSetName): EvalCase[] {
  const url = new URL(`../../${EVAL_SETS[name]}`, import.meta.url);
  return evalFile.parse(JSON.parse(readFileSync(url, 'utf8'))).cases;
}

/** Everything the person reads: the answer and the quotes. */
export function visibleText(a: KnowledgeAnswer): string {
  return [a.answer, ...a.citations.map((c) => `${c.source} ${c.section} ${c.quote}`)].join('\n');
}

const factText = (f: string | readonly string[]) => (typeof f === 'string' ? f : f.join('|'));

/** Why an answer fails its case, or undefined when it is right. */
export function judge(c: EvalCase, a: KnowledgeAnswer): string | undefined {
  const text = visibleText(a);
  const trapped = (c.traps ?? []).filter((t) => text.includes(t));
  if (c.answerable) {
    if (!a.answered) return 'refused an answerable question';
    if (c.clause && !c.clause.includes(a.clauseId ?? '')) return `served by ${a.clauseId}, expected ${c.clause.join(' or ')}`;
    const missing = (c.facts ?? []).filter((f) => (typeof f === 'string' ? !text.includes(f) : !f.some((x) => text.includes(x))));
    if (missing.length) return `missing ${missing.map(factText).join(', ')}`;
    if (trapped.length) return `states ${trapped.join(', ')}`;
    return undefined;
  }
  if (a.answered) return `answered (${a.clauseId}) instead of refusing`;
  if (!a.answer.includes('通知中没有明确规定')) return 'refusal does not say 通知中没有明确规定';
  if (trapped.length) return `states ${trapped.join(', ')}`;
  // No figure at all beyond the programme year: a refusal must not imply a number.
  let bare = [a.answer, ...a.citations.map((x) => x.quote)].join('\n');
  for (const x of a.citations) bare = bare.split(x.source).join('').split(x.section).join('');
  bare = bare.replace(/20\d\d年?|附件\d|\d{1,2}月(\d{1,2}日|底)|〔\d{4}〕\d+号/g, '');
  if (/\d/.test(bare)) return 'a refusal states a figure';
  return undefined;
}

export interface EvalFailure {
  readonly id: string;
  readonly q: string;
  readonly why: string;
  readonly answer: string;
  readonly clause: string | null;
}

export interface EvalResult {
  readonly answerable: { readonly right: number; readonly total: number };
  readonly unanswerable: { readonly refused: number; readonly total: number };
  readonly failures: readonly EvalFailure[];
}

/** Runs a set; `typed` rewrites each question (e.g. to add punctuation) before it is asked. */
export function runEval(knowledge: Knowledge, set: readonly EvalCase[], typed: (q: string) => string = (q) => q): EvalResult {
  const failures: EvalFailure[] = [];
  let right = 0;
  let refused = 0;
  for (const c of set) {
    const a = knowledge.answer(typed(c.q), { now: new Date(c.now ?? DEFAULT_NOW) });
    const why = judge(c, a);
    if (why) failures.push({ id: c.id, q: c.q, why, answer: a.answer, clause: a.clauseId });
    else if (c.answerable) right++;
    else refused++;
  }
  const answerable = set.filter((c) => c.answerable).length;
  return { answerable: { right, total: answerable }, unanswerable: { refused, total: set.length - answerable }, failures };
}

const pct = (n: number, d: number) => (d ? `${Math.round((1000 * n) / d) / 10}%` : '—');

/** One line: 答对 N/M (x%)，拒答 N/M. */
export function scoreLine(name: string, r: EvalResult): string {
  return `${name}: answerable ${r.answerable.right}/${r.answerable.total} right (${pct(r.answerable.right, r.answerable.total)}), unanswerable ${r.unanswerable.refused}/${r.unanswerable.total} refused (${pct(r.unanswerable.refused, r.unanswerable.total)})`;
}

/** The score line and every miss with the clause the engine chose. */
export function evalReport(name: string, r: EvalResult): string {
  return [scoreLine(name, r), ...r.failures.map((f) => `  ✘ ${f.id} ${f.q}\n    ${f.why} [chose ${f.clause ?? '—'}]\n    ${f.answer}`)].join('\n');
}
