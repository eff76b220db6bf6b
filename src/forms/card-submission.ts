import { advance, promptFor, type Outcome } from './engine.ts';
import { formIssues } from './schema.ts';
import type { FormState } from './state.ts';
import { bareLabel, isRequired, visibleFields, type Answers, type FieldValue, type FormTemplate } from './template.ts';
import { parseAnswer } from './values.ts';

function parseCardValues(template: FormTemplate, values: Readonly<Record<string, string>>, now: Date) {
  const answers: Record<string, FieldValue | null> = {};
  const errors = new Map<string, string>();
  for (const f of template.fields) {
    const raw = (values[f.key] ?? '').trim();
    if (!raw) continue;
    const parsed = parseAnswer(f, raw, now);
    if (parsed.ok) answers[f.key] = parsed.value;
    else errors.set(f.key, parsed.error);
  }
  for (const f of visibleFields(template, answers)) {
    if (answers[f.key] === undefined && !errors.has(f.key) && !isRequired(f, answers)) answers[f.key] = null;
  }
  for (const issue of formIssues(template, answers)) if (!errors.has(issue.key)) errors.set(issue.key, issue.message);
  return { answers, errors, visible: visibleFields(template, answers) };
}

/**
 * What a submitted card form leads to: every field read and checked at once;
 * the answers that stand are kept and the first field to correct is asked
 * again, or, when all stand, the form moves on as after its last answer.
 */
export async function cardOutcome(
  template: FormTemplate,
  state: FormState,
  values: Readonly<Record<string, string>>,
  now: Date,
  checker: ((answers: Answers, key: string) => Promise<string | undefined>) | undefined,
): Promise<Outcome> {
  const { answers, errors, visible } = parseCardValues(template, values, now);
  if (checker) {
    for (const f of visible) {
      if (errors.has(f.key) || answers[f.key] === undefined || answers[f.key] === null) continue;
      const issue = await checker(answers, f.key);
      if (issue) errors.set(f.key, issue);
    }
  }
  const base: FormState = { ...state, reviewing: false, invalid: 0 };
  if (errors.size) {
    // One line per problem: a rule across fields names every field it involves; ask again only one of them.
    // The last field a rule names is the part that broke it (the total comes first).
    const firstOf = new Map<string, string>();
    for (const f of visible) {
      const message = errors.get(f.key);
      if (message) firstOf.set(message, f.key);
    }
    for (const [key, message] of errors) if (!firstOf.has(message)) firstOf.set(message, key);
    const redo = new Set(firstOf.values());
    const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => !redo.has(k)));
    const firstKey = visible.find((f) => redo.has(f.key))?.key ?? [...redo][0]!;
    const lines = [...firstOf].map(([message, key]) => `· ${bareLabel(template.fields.find((f) => f.key === key)!)}：${message}`);
    const next: FormState = { ...base, answers: kept, trail: Object.keys(kept), step: { at: 'field', key: firstKey } };
    return {
      kind: 'continue',
      state: next,
      replies: [promptFor(template, next, [`提交的表单有${firstOf.size}处需要更正，其余内容已保存：`, lines.join('\n'), '请先更正下面这一项：'])],
    };
  }
  return advance(template, { ...base, answers, trail: visible.map((f) => f.key), reasons: {} }, ['已收到您提交的表单。']);
}
