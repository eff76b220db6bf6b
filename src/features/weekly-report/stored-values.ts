import { bareLabel, isVisible, type Answers, type FieldValue } from '../../forms/template.ts';
import { formatValue } from '../../forms/values.ts';
import type { StoredValue } from '../../../storage/repositories/report.repository.ts';
import { reasonField, WEEKLY_TEMPLATE, ZERO_WHEN_HIDDEN } from './template.ts';

const FIELD = new Map(WEEKLY_TEMPLATE.fields.map((f) => [f.key, f]));

/** Answers → report_values rows in the units of fields.ts, with reasons for lower running totals. */
export function toStoredValues(answers: Answers, reasons: Readonly<Record<string, string>>): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const f of WEEKLY_TEMPLATE.fields) {
    const v = answers[f.key];
    if (v === undefined || v === null) {
      if (ZERO_WHEN_HIDDEN.includes(f.key as never) && !isVisible(f, answers)) out[f.key] = { num: 0, text: null };
      continue;
    }
    out[f.key] = typeof v === 'string' ? { num: null, text: v } : { num: typeof v === 'boolean' ? Number(v) : v, text: null };
  }
  for (const [key, reason] of Object.entries(reasons)) if (answers[key] !== undefined) out[reasonField(key)] = { num: null, text: reason };
  return out;
}

/** report_values rows → answers and reasons, for editing. */
export function fromStoredValues(values: Readonly<Record<string, StoredValue>>): { answers: Record<string, FieldValue>; reasons: Record<string, string> } {
  const answers: Record<string, FieldValue> = {};
  const reasons: Record<string, string> = {};
  for (const f of WEEKLY_TEMPLATE.fields) {
    const v = values[f.key];
    if (!v) continue;
    if (f.kind === 'text') {
      if (v.text !== null) answers[f.key] = v.text;
    } else if (v.num !== null) answers[f.key] = f.kind === 'yesno' ? v.num === 1 : v.num;
    const reason = values[reasonField(f.key)]?.text;
    if (reason) reasons[f.key] = reason;
  }
  return { answers, reasons };
}

/** A stored value as a person reads it (万元, 是/否, text); null when empty. */
export function describeStored(field: string, v: StoredValue | undefined): string | null {
  if (!v || (v.num === null && v.text === null)) return null;
  const spec = FIELD.get(field);
  if (!spec) return v.text ?? String(v.num);
  if (spec.kind === 'text') return v.text;
  return formatValue(spec, spec.kind === 'yesno' ? v.num === 1 : v.num);
}

/** A field's label without its unit, or 「…减少原因」 for a reason. */
export function labelOf(field: string): string {
  const spec = FIELD.get(field);
  if (spec) return bareLabel(spec);
  const base = FIELD.get(field.replace(/:reason$/, ''));
  return base ? `${bareLabel(base)}减少原因` : field;
}
