import type { Said } from './several.ts';
import type { FormState, Step } from './state.ts';
import { bareLabel, fieldByKey, type FieldSpec, type FormTemplate } from './template.ts';
import { sameUnit } from './quantity.ts';
import { canonical } from './values.ts';

/**
 * Figures said in passing for a later field — 办了3场，80人参加 at the sessions, 本周支出12万，
 * 其中培训3万 at the total — kept with the form and offered, as a question, when that field is
 * reached. A figure goes to the first later field still unanswered that takes its kind and unit,
 * and whose matter it names when the field has words for it (培训 → 其中用于电商培训).
 */

type Offers = NonNullable<FormState['offers']>;

function fits(field: FieldSpec, said: Said): boolean {
  if (field.kind !== said.kind || Boolean(field.plan) !== Boolean(said.plan)) return false;
  if (said.kind === 'count' && said.unit && field.unit && !sameUnit(field.unit, said.unit)) return false;
  return !field.topics?.length || field.topics.some((t) => said.text.includes(t));
}

/** The offers after `key` was answered with these figures said alongside. */
export function placeOffers(template: FormTemplate, state: FormState, key: string, others: readonly Said[]): Offers {
  const { [key]: _answered, ...rest } = state.offers ?? {};
  const offers: Record<string, Offers[string]> = rest;
  const later = template.fields.slice(template.fields.findIndex((f) => f.key === key) + 1);
  for (const said of others) {
    const open = later.filter((f) => state.answers[f.key] === undefined && !offers[f.key] && fits(f, said));
    // An amount must name its matter (there are several amount fields); a count goes by its unit.
    const field = open.find((f) => f.topics?.length) ?? (said.kind === 'count' ? open[0] : undefined);
    if (field) offers[field.key] = { value: said.value, said: said.text };
  }
  return offers;
}

/** At a field with a figure on offer: the question that offers it, and the state without it. */
export function offerAt(template: FormTemplate, state: FormState, key: string): { step: Step; offers: Offers } | undefined {
  const { [key]: offer, ...offers } = state.offers ?? {};
  const field = fieldByKey(template, key);
  if (!offer || !field) return undefined;
  const question = `您刚才提到“${offer.said}”。“${bareLabel(field)}”填写 ${canonical(field, offer.value)}吗？回复“是”确认，或直接输入。`;
  return { step: { at: 'check', key, value: offer.value, question }, offers };
}
