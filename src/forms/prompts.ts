import type { QuickReply, Reply, ReplyForm, ReplyFormField } from '../core/reply.ts';
import { reply, textReply } from '../core/reply.ts';
import type { FormState } from './state.ts';
import { bareLabel, expectedFields, fieldByKey, isRequired, visibleFields, type FieldSpec, type FormTemplate } from './template.ts';
import { formatValue } from './values.ts';

const KIND_HINT: Readonly<Record<FieldSpec['kind'], string>> = {
  amount: '单位：万元，例如 45、45万 或 450000元；没有请回复 0',
  count: '请填整数，例如 3；没有请回复 0',
  percentage: '例如 35%',
  yesno: '请回复“是”或“否”',
  choice: '可回复序号',
  text: '请直接输入文字',
  date: '例如 9月30日 或 2026-12-20',
};

export const CONTROLS_HINT = '填写中可回复：上一步、跳过（选填项）、同上周、暂停、取消。';

/**
 * Where the form stands at its current step: the question's place among the fields still expected, and
 * how many unanswered ones follow. Conditional fields come after the answer that decides them, so
 * answering removes fields only ahead of the current one: the number never jumps backwards.
 */
export function positionOf(template: FormTemplate, state: FormState): { n: number; answered: number; remaining: number } {
  const current = state.step.at === 'field' || state.step.at === 'check' ? state.step.key : undefined;
  const expected = expectedFields(template, state.answers);
  const answered = expected.filter((f) => f.key !== current && state.answers[f.key] !== undefined).length;
  const remaining = expected.filter((f) => f.key !== current && state.answers[f.key] === undefined).length;
  const index = expected.findIndex((f) => f.key === current);
  return { n: index >= 0 ? index + 1 : answered + 1, answered, remaining };
}

/** 第3项，还剩约10项 / 第16项，最后一项. */
export function positionLabel(template: FormTemplate, state: FormState): string {
  const { n, remaining } = positionOf(template, state);
  return `第${n}项，${remaining ? `还剩约${remaining}项` : '最后一项'}`;
}

/** A reading to confirm before it is stored; with nothing to confirm (a range), only a new answer will do, so no 是 button. */
export function checkReply(question: string, before: readonly string[] = [], confirmable = true): Reply {
  return reply({ paragraphs: [...before, question], ...(confirmable ? { buttons: [{ label: '是', value: '是' }] } : {}) });
}

/** The question for the current field: progress, prompt, example, current and last-period values. */
export function questionReply(template: FormTemplate, state: FormState, key: string, before: readonly string[] = []): Reply {
  const field = fieldByKey(template, key)!;
  const required = isRequired(field, state.answers);
  const lines = [...before];
  const options = field.kind === 'choice' ? `\n${(field.options ?? []).map((o, i) => `${i + 1}. ${o.label}`).join('\n')}` : '';
  lines.push(`（${positionLabel(template, state)}）${field.prompt}${required ? '' : '（选填，可回复“跳过”）'}${options}`);
  const notes: string[] = [];
  const current = state.answers[key];
  if (current !== undefined) notes.push(`当前填写：${formatValue(field, current)}${state.reviewing ? '（回复“不变”保留）' : ''}`);
  const previous = state.previous[key];
  if (previous !== undefined && previous !== null) notes.push(`上期填写：${formatValue(field, previous)}（回复“同上周”沿用）`);
  if (notes.length) lines.push(notes.join('；'));
  if (state.invalid >= 3) {
    lines.push(
      required
        ? '这一项已多次未能识别。如需稍后再填，请回复“暂停”，已填写的内容会保存；也可以向市州工作人员咨询填写口径。'
        : '这一项已多次未能识别。此项为选填，可回复“跳过”；或回复“暂停”稍后再填。',
    );
  }
  const buttons: QuickReply[] = [];
  if (field.kind === 'yesno') buttons.push({ label: '是', value: '是' }, { label: '否', value: '否' });
  if (field.kind === 'choice') for (const o of field.options ?? []) buttons.push({ label: o.label, value: o.label });
  if (!required) buttons.push({ label: '跳过', value: '跳过' });
  if (state.invalid >= 3) buttons.push({ label: '暂停', value: '暂停' });
  return reply({
    paragraphs: lines,
    footer: `${field.example ?? KIND_HINT[field.kind]}。${CONTROLS_HINT}`,
    buttons: buttons.length ? buttons : undefined,
  });
}

function summaryValue(field: FieldSpec, state: FormState): string {
  const value = formatValue(field, state.answers[field.key]);
  const notes: string[] = [];
  if (state.mode === 'edit' && state.original) {
    const was = state.original[field.key];
    if ((was ?? null) !== (state.answers[field.key] ?? null)) notes.push(`原为${formatValue(field, was)}`);
  }
  const reason = state.reasons[field.key];
  if (reason) notes.push(`低于上期，原因：${reason}`);
  const note = state.notes?.[field.key];
  if (note) notes.push(`说明：${note}`);
  return notes.length ? `${value}（${notes.join('；')}）` : value;
}

/** The summary to confirm: every visible field numbered with its answer. */
export function summaryReply(template: FormTemplate, state: FormState, before: readonly string[] = []): Reply {
  const fields = visibleFields(template, state.answers).map((f, i) => ({ label: `${i + 1}. ${f.label}`, value: summaryValue(f, state) }));
  const action = state.mode === 'edit' ? '确认修改' : '确认提交';
  return reply({
    title: `请核对：${state.title}`,
    paragraphs: [
      ...before,
      `请核对以下内容。无误请回复“确认”${state.mode === 'edit' ? '保存修改' : '提交'}；需要修改请回复“修改 序号”或“修改 名称”，例如“修改 3”或“修改 培训人次”；放弃请回复“取消”。`,
    ],
    fields,
    buttons: [
      { label: action, value: '确认' },
      { label: '修改', value: '修改' },
      { label: '取消', value: '取消' },
    ],
  });
}

/** The reason prompt when a running total is lower than last period's. */
export function reasonReply(template: FormTemplate, state: FormState, key: string, before: readonly string[] = []): Reply {
  const field = fieldByKey(template, key)!;
  return reply({
    paragraphs: [
      ...before,
      `您填写的“${bareLabel(field)}”为${formatValue(field, state.answers[key])}，低于上期的${formatValue(field, state.previous[key])}。累计数一般不会减少，请简要说明原因（例如统计口径调整、站点撤并），原因将随周报一并保存。`,
      '如果是填写有误，请回复“重填”。',
    ],
    buttons: [{ label: '重填', value: '重填' }],
  });
}

export function cancelConfirmReply(state: FormState): Reply {
  return reply({
    paragraphs: [`确定要取消“${state.title}”吗？已填写的内容将不会保存。`],
    footer: '回复“确定”放弃填写，回复“继续”接着填写。',
    buttons: [
      { label: '确定取消', value: '确定' },
      { label: '继续填写', value: '继续' },
    ],
  });
}

export function whyReply(before: readonly string[] = []): Reply {
  return reply({ paragraphs: [...before, '请简要说明修改原因（将记入修改记录），例如“财务对账后更正”。'], footer: '回复“上一步”返回核对。' });
}

/** The whole form for clients that can show it at once (a Lark card form). */
export function cardForm(template: FormTemplate): ReplyForm {
  const fields: ReplyFormField[] = template.fields.map((f) => ({
    name: f.key,
    label: f.label,
    kind:
      f.kind === 'amount' || f.kind === 'count' || f.kind === 'percentage'
        ? 'number'
        : f.kind === 'yesno' || f.kind === 'choice'
          ? 'select'
          : f.kind === 'date'
            ? 'date'
            : 'textarea',
    required: f.required === undefined || f.required === true,
    placeholder: f.example ?? KIND_HINT[f.kind],
    options:
      f.kind === 'yesno'
        ? [
            { label: '否', value: '否' },
            { label: '是', value: '是' },
          ]
        : f.kind === 'choice'
          ? (f.options ?? []).map((o) => ({ label: o.label, value: o.value }))
          : undefined,
  }));
  return { id: template.id, title: template.title, fields, submitLabel: '提交' };
}

/** The action name a submitted card form of this template carries. */
export const formSubmitAction = (formId: string): string => `form-submit:${formId}`;

/** Where the form stands, for the pause message and reminders: 已填 5 项，还剩约 11 项. */
export function progressOf(template: FormTemplate, state: FormState): { answered: number; remaining: number } {
  const { answered, remaining } = positionOf(template, state);
  return { answered, remaining: remaining + (state.step.at === 'field' || state.step.at === 'check' ? 1 : 0) };
}

export function progressLine(template: FormTemplate, state: FormState): string {
  const { answered, remaining } = progressOf(template, state);
  return remaining ? `您已填写${answered}项，还剩约${remaining}项。` : `您已填写全部${answered}项，请核对后提交。`;
}

export function pausedReply(template: FormTemplate, state: FormState, answerUnsaved = false): Reply {
  const { answered, remaining } = progressOf(template, state);
  const unsaved = answerUnsaved ? '您这条消息中的本项答案尚未记录，继续填报时请重新填写这一项。' : '';
  return textReply(
    `已暂停“${state.title}”，已填写的${answered}项已保存${remaining ? `（还剩约${remaining}项）` : ''}。${unsaved}需要继续时，请发送“继续填报”。`,
  );
}
