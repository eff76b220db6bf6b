import { z } from 'zod';
import { bareLabel, fieldByKey, isRequired, visibleFields, type Answers, type FieldSpec, type FormTemplate } from './template.ts';
import { formatValue } from './values.ts';

function valueSchema(field: FieldSpec): z.ZodType {
  const name = bareLabel(field);
  switch (field.kind) {
    case 'amount':
    case 'count': {
      const max = field.max ?? Number.MAX_SAFE_INTEGER;
      return z
        .number()
        .int(`${name}应为整数。`)
        .min(0, `${name}不能为负数。`)
        .max(max, `${name}超出合理范围（最多${formatValue(field, max)}），请核对。`);
    }
    case 'percentage':
      return z.number().int().min(0, `${name}应在0到100%之间。`).max(10_000, `${name}应在0到100%之间。`);
    case 'yesno':
      return z.boolean();
    case 'choice':
      return z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], { message: `${name}不是可选项之一。` });
    case 'date':
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${name}应为日期。`);
    case 'text':
      return z
        .string()
        .min(1, `请填写${name}。`)
        .max(field.maxLength ?? 500, `${name}过长，请精简到${field.maxLength ?? 500}字以内。`);
  }
}

const num = (answers: Answers, key: string): number | undefined => {
  const v = answers[key];
  return typeof v === 'number' ? v : undefined;
};

/**
 * The zod schema of a form's answers: each field's range, and the template's
 * rules across fields. Missing answers are allowed (the form may be half
 * filled); `complete` also demands every visible required field.
 */
export function formSchema(template: FormTemplate, options: { complete?: boolean } = {}) {
  // Built once per template and mode: building a zod object costs more than checking answers with it
  // (rebuilding it for every answer cut the load bench's throughput to about a third).
  const complete = Boolean(options.complete);
  let built = SCHEMAS.get(template);
  if (!built) SCHEMAS.set(template, (built = new Map()));
  let schema = built.get(complete);
  if (!schema) built.set(complete, (schema = buildFormSchema(template, complete)));
  return schema;
}

const SCHEMAS = new WeakMap<FormTemplate, Map<boolean, ReturnType<typeof buildFormSchema>>>();

function buildFormSchema(template: FormTemplate, complete: boolean) {
  const options = { complete };
  const shape = Object.fromEntries(template.fields.map((f) => [f.key, valueSchema(f).nullable().optional()]));
  return z.object(shape).superRefine((raw, ctx) => {
    const answers = raw as Answers;
    if (options.complete) {
      for (const f of visibleFields(template, answers)) {
        if (isRequired(f, answers) && (answers[f.key] === undefined || answers[f.key] === null)) {
          ctx.addIssue({ code: 'custom', path: [f.key], message: `${bareLabel(f)}为必填项，请填写。` });
        }
      }
    }
    for (const rule of template.rules ?? []) {
      if (rule.kind === 'at-most') {
        const part = num(answers, rule.part);
        const whole = num(answers, rule.whole);
        const pf = fieldByKey(template, rule.part)!;
        const wf = fieldByKey(template, rule.whole)!;
        if (part !== undefined && whole !== undefined && part > whole) {
          const message = `${bareLabel(pf)}（${formatValue(pf, part)}）不能超过${bareLabel(wf)}（${formatValue(wf, whole)}）。`;
          ctx.addIssue({ code: 'custom', path: [rule.part], message });
          ctx.addIssue({ code: 'custom', path: [rule.whole], message });
        }
        continue;
      }
      const total = num(answers, rule.total);
      if (total === undefined) continue;
      const totalField = fieldByKey(template, rule.total)!;
      const totalName = bareLabel(totalField);
      let sum = 0;
      let single = false;
      for (const key of rule.parts) {
        const part = num(answers, key);
        if (part === undefined) continue;
        sum += part;
        const pf = fieldByKey(template, key)!;
        if (part > total) {
          single = true;
          const message = `${bareLabel(pf)}（${formatValue(pf, part)}）不能超过${totalName}（${formatValue(totalField, total)}）。`;
          ctx.addIssue({ code: 'custom', path: [key], message });
          ctx.addIssue({ code: 'custom', path: [rule.total], message });
        }
      }
      // One part above the total already says it; the sum would only repeat it.
      if (sum > total && !single) {
        const answered = rule.parts.filter((k) => num(answers, k) !== undefined).map((k) => bareLabel(fieldByKey(template, k)!));
        const message = `${answered.join('、')}合计${formatValue(totalField, sum)}，超过了${totalName}（${formatValue(totalField, total)}）。各“其中”项之和不能超过总额。`;
        for (const key of [...rule.parts, rule.total]) if (num(answers, key) !== undefined) ctx.addIssue({ code: 'custom', path: [key], message });
      }
    }
  });
}

/** The schema's complaints about one field, given all answers; undefined when it is fine. */
export function fieldIssue(template: FormTemplate, answers: Answers, key: string): string | undefined {
  const result = formSchema(template).safeParse(answers);
  if (result.success) return undefined;
  return result.error.issues.find((i) => i.path[0] === key)?.message;
}

/** Every complaint about a complete set of answers, one per field, in template order. */
export function formIssues(template: FormTemplate, answers: Answers): { key: string; message: string }[] {
  const result = formSchema(template, { complete: true }).safeParse(answers);
  if (result.success) return [];
  const seen = new Map<string, string>();
  for (const i of result.error.issues) {
    const key = String(i.path[0] ?? '');
    if (!seen.has(key)) seen.set(key, i.message);
  }
  return template.fields.filter((f) => seen.has(f.key)).map((f) => ({ key: f.key, message: seen.get(f.key)! }));
}
