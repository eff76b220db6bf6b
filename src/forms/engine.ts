import type { Reply } from '../core/reply.ts';
import { textReply } from '../core/reply.ts';
import { controlOf, editTarget, looksLikeQuestion, type Control } from './controls.ts';
import { findField } from './field-names.ts';
import { FIXES_EARLIER, intentOf } from './intents.ts';
import { countsNothing } from './one-of-speech.ts';
import { offerAt, placeOffers } from './offers.ts';
import { parseText } from './parsers.ts';
import { cancelConfirmReply, checkReply, pausedReply, progressLine, questionReply, reasonReply, summaryReply, whyReply } from './prompts.ts';
import { fieldIssue, formIssues } from './schema.ts';
import type { Said } from './several.ts';
import type { FormState, Step } from './state.ts';
import { bareLabel, fieldByKey, isRequired, isVisible, visibleFields, type Answers, type FieldValue, type FormTemplate } from './template.ts';
import { canonical, readAnswer, type AnswerLimits } from './values.ts';

/** A check that needs data beyond the form (e.g. the allocation): a Chinese sentence when the answer cannot stand. */
export type ExtraCheck = (answers: Answers, key: string) => Promise<string | undefined>;
/** What a field's figure may reach given the other data (e.g. the allocation still unspent). */
export type LimitsOf = (answers: Answers, key: string) => Promise<AnswerLimits>;

export interface StepInput {
  readonly template: FormTemplate;
  readonly state: FormState;
  readonly text: string;
  /** The text as typed (full-width punctuation kept), stored for text answers and reasons. */
  readonly raw?: string;
  readonly now: Date;
  /** Whether the text is a bot command (帮助, 我是谁…): answered by the router, then the form asks again. */
  readonly isCommand: boolean;
  readonly check?: ExtraCheck;
  readonly limits?: LimitsOf;
}

/** What one message did to a form. */
export type Outcome =
  | { readonly kind: 'continue'; readonly state: FormState; readonly replies: Reply[] }
  /** Not an answer: let the router answer it, then send `replies` (the question again). */
  | { readonly kind: 'ask-router'; readonly state: FormState; readonly replies: Reply[] }
  | { readonly kind: 'pause'; readonly state: FormState; readonly replies: Reply[] }
  | { readonly kind: 'close'; readonly status: 'cancelled' | 'submitted'; readonly replies: Reply[] }
  | { readonly kind: 'submit'; readonly state: FormState }
  | { readonly kind: 'save-edit'; readonly state: FormState; readonly reason: string };

/** The reply that asks for whatever the current step wants. */
export function promptFor(template: FormTemplate, state: FormState, before: readonly string[] = []): Reply {
  const step = state.step;
  switch (step.at) {
    case 'field':
      return questionReply(template, state, step.key, before);
    case 'reason':
      return reasonReply(template, state, step.key, before);
    case 'confirm':
      return summaryReply(template, state, before);
    case 'cancel':
      return cancelConfirmReply(state);
    case 'check':
      return checkReply(step.question, before, step.value !== null);
    case 'why':
      return whyReply(before);
  }
}

/** The longest text taken as a command rather than the answer at a text field. */
const SHORT_COMMAND = 6;

const at = (state: FormState, step: Step, patch: Partial<FormState> = {}): FormState => ({ ...state, ...patch, step });

function keep(template: FormTemplate, state: FormState, before: readonly string[] = []): Outcome {
  return { kind: 'continue', state, replies: [promptFor(template, state, before)] };
}

/** A running total below last period's without a reason yet. */
function pendingReason(template: FormTemplate, state: FormState): string | undefined {
  return visibleFields(template, state.answers).find((f) => {
    const now = state.answers[f.key];
    const before = state.previous[f.key];
    return f.cumulative && typeof now === 'number' && typeof before === 'number' && now < before && !state.reasons[f.key];
  })?.key;
}

/** Drops answers of fields no longer asked, then goes to the next reason, unanswered field or the summary. */
export function advance(template: FormTemplate, state: FormState, before: readonly string[] = []): Outcome {
  const visible = new Set(visibleFields(template, state.answers).map((f) => f.key));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([k]) => visible.has(k)));
  const reasons = Object.fromEntries(Object.entries(state.reasons).filter(([k]) => visible.has(k)));
  const cleaned: FormState = { ...state, answers, reasons, invalid: 0 };
  const reasonKey = pendingReason(template, cleaned);
  if (reasonKey) return keep(template, at(cleaned, { at: 'reason', key: reasonKey }), before);
  const next = visibleFields(template, answers).find((f) => answers[f.key] === undefined);
  const offer = next && offerAt(template, cleaned, next.key);
  if (offer) return keep(template, at(cleaned, offer.step, { offers: offer.offers }), before);
  if (next) return keep(template, at(cleaned, { at: 'field', key: next.key }), before);
  return keep(template, at(cleaned, { at: 'confirm' }, { reviewing: false }), before);
}

function invalid(template: FormTemplate, state: FormState, error: string): Outcome {
  const next = { ...state, invalid: state.invalid + 1 };
  return keep(template, next, [error]);
}

async function accept(input: StepInput, key: string, value: FieldValue | null, note?: string, others?: readonly Said[]): Promise<Outcome> {
  const { template } = input;
  const state = at(input.state, { at: 'field', key });
  const field = fieldByKey(template, key)!;
  const answers = { ...state.answers, [key]: value };
  if (value !== null) {
    const issue = fieldIssue(template, answers, key) ?? (await input.check?.(answers, key));
    if (issue) return invalid(template, state, issue);
  }
  const { [key]: _dropped, ...reasons } = state.reasons;
  const { [key]: _note, ...kept } = state.notes ?? {};
  const notes: Record<string, string> = kept;
  const detail = field.detailField ? fieldByKey(template, field.detailField) : undefined;
  const offerDetail = note && detail && isVisible(detail, answers) && answers[detail.key] === undefined;
  if (note && !offerDetail) notes[key] = note;
  const trail = state.reviewing || state.trail.at(-1) === key ? state.trail : [...state.trail, key];
  const echo = value === null ? [] : [`已记录：${bareLabel(field)} ${field.kind === 'text' ? `“${String(value)}”` : canonical(field, value)}。`];
  const offers = others?.length ? { offers: placeOffers(template, { ...state, answers }, key, others) } : {};
  const next = advance(template, { ...state, answers, reasons, notes, trail, ...offers }, echo);
  if (offerDetail && next.kind === 'continue' && next.state.step.at === 'field' && next.state.step.key === detail.key) {
    // 有，买了2万的流量: the words after the yes are offered as the details asked next.
    const question = `您提到：“${note}”。将其作为“${bareLabel(detail)}”，回复“是”确认，或直接输入新的说明。`;
    const checking = at(next.state, { at: 'check', key: detail.key, value: note, question });
    return keep(template, checking, echo);
  }
  return next;
}

/** Whether a message steers the form rather than answering it: a control word, or a sentence of the intent table that is not an answer to the current field. */
export function controlAt(template: FormTemplate, state: FormState, text: string, now: Date, isCommand = false): Control | undefined {
  const exact = controlOf(text);
  if (exact) return exact;
  const intent = intentOf(text);
  if (!intent && !isCommand && answerThenPause(template, state, text, now)) return 'pause';
  if (!intent || intent === 'start-report') return undefined;
  if (intent === 'back' && FIXES_EARLIER.test(text)) return 'back';
  // A command (帮助, 我县进度, 继续填报) is the router's; only "填到哪了" is the form's own.
  if (isCommand && !(intent === 'progress' && !/进度/.test(text))) return undefined;
  const key = state.step.at === 'field' || state.step.at === 'check' ? state.step.key : undefined;
  const field = key ? fieldByKey(template, key) : undefined;
  // "没有培训" at a count field is 0, not a control; any text answers a text field, so there the intent wins.
  // (还有好多个嘛 is asked back at a count as "not a figure", but it is no answer: the intent wins; 一 in 核实一下, 等一哈, 退一个 is no figure, nor the 1 a reader offers for it.)
  const read = field && field.kind !== 'text' ? readAnswer(field, text, now) : undefined;
  if (read?.ok && ((read.value !== null && read.confirm === undefined) || !countsNothing(text))) return undefined;
  return intent;
}

/** 先填12万，剩下的明天再说: an answer, then the rest put off; the form pauses and asks the question again on resuming. */
function answerThenPause(template: FormTemplate, state: FormState, text: string, now: Date): boolean {
  const field = state.step.at === 'field' ? fieldByKey(template, state.step.key) : undefined;
  const cut = /^(.+?[，,。；;\s]+)([^\d零〇一二两三四五六七八九十百千万]+)$/.exec(text.trim());
  if (!field || field.kind === 'text' || !cut || intentOf(cut[2]!) !== 'pause') return false;
  const read = readAnswer(field, cut[1]!.replace(/[，,。；;\s]+$/, ''), now);
  return read.ok && read.value !== null && read.value !== undefined;
}

async function fieldStep(input: StepInput, key: string, control: Control | undefined): Promise<Outcome> {
  const { template, state, text } = input;
  const field = fieldByKey(template, key);
  if (!field) return advance(template, state);
  if (control === 'back') {
    if (state.reviewing) return keep(template, at(state, { at: 'confirm' }, { reviewing: false, invalid: 0 }));
    const trail = [...state.trail];
    const previous = trail.pop();
    if (!previous) return keep(template, state, ['已经是第一项了。']);
    return keep(template, at(state, { at: 'field', key: previous }, { trail, invalid: 0 }));
  }
  if (control === 'skip') {
    if (isRequired(field, state.answers)) return keep(template, state, [`“${bareLabel(field)}”为必填项，不能跳过。`]);
    return accept(input, key, null);
  }
  if (control === 'keep' && state.answers[key] !== undefined) return accept(input, key, state.answers[key] ?? null);
  // 同上周, the words the question offers beside last period's figure, takes that figure; any other way of
  // saying the same (同上, 跟上周一样) is read below and asked with it.
  const previous = state.previous[key];
  if (control === 'same' && previous !== undefined && previous !== null) return accept(input, key, previous);
  const target = editTarget(text);
  if (target) {
    // 修改 2 mid-form: jump back to an answered field; the next answer returns to the first unanswered one.
    const found = findField(template, state, target);
    if (found.key && state.answers[found.key] !== undefined) return keep(template, at(state, { at: 'field', key: found.key }, { invalid: 0 }));
  }
  const askRouter: Outcome = { kind: 'ask-router', state, replies: [promptFor(template, state)] };
  // Any text answers a text field, so only a short command (帮助, 我县进度) is taken as one there;
  // "已完成招标，需协调物流" is an answer even though a command starts with 已完成.
  if (field.kind === 'text' && input.isCommand && text.length <= SHORT_COMMAND) return askRouter;
  const limits = field.kind === 'amount' ? await input.limits?.(state.answers, key) : undefined;
  const read = readAnswer(field, field.kind === 'text' ? (input.raw ?? text) : text, input.now, limits, previous);
  if (read.ok && read.confirm !== undefined) {
    const extra = { ...(read.note ? { note: read.note } : {}), ...(read.others ? { others: read.others } : {}) };
    const checking = at(state, { at: 'check', key, value: read.value, question: read.confirm, ...extra }, { invalid: 0 });
    return keep(template, checking);
  }
  if (read.ok) return accept(input, key, read.value, read.note);
  if (input.isCommand || looksLikeQuestion(text)) return askRouter;
  return invalid(template, state, read.error);
}

const NO_WORDS = /^(?:否|不是|不对|错了|不|没有|填错了|不是的)$/;

/** A reading awaiting its yes: 是 stores it, a new answer replaces it, 否 asks again. */
async function checkStep(input: StepInput, current: Extract<Step, { at: 'check' }>, control: Control | undefined): Promise<Outcome> {
  const { template, state, text } = input;
  const atField = at(state, { at: 'field', key: current.key });
  // Asked back with no reading (a range, 很多, 不清楚 at a yes/no): there is nothing to confirm, so 是 asks
  // for a figure, and anything else is read at the field as usual (否 answers a yes/no, 上一步 goes back).
  if (current.value === null) {
    const yesno = fieldByKey(template, current.key)?.kind === 'yesno';
    if (control === 'confirm' && !yesno) return keep(template, state, ['请直接输入准确数字。']);
    if (!yesno && NO_WORDS.test(text.replace(/[。.!！]+$/, ''))) return keep(template, atField, ['好的，请重新填写。']);
    return fieldStep({ ...input, state: atField }, current.key, control);
  }
  if (control === 'confirm') {
    return accept({ ...input, state: atField }, current.key, current.value, current.note, current.others);
  }
  if (control === 'back' || NO_WORDS.test(text.replace(/[。.!！]+$/, ''))) return keep(template, atField, ['好的，请重新填写。']);
  return fieldStep({ ...input, state: atField }, current.key, control);
}

function reasonStep(input: StepInput, key: string, control: Control | undefined): Outcome {
  const { template, state, text } = input;
  if (control === 'redo' || control === 'back') {
    const { [key]: _dropped, ...answers } = state.answers;
    return keep(template, at(state, { at: 'field', key }, { answers, invalid: 0 }));
  }
  if (input.isCommand) return { kind: 'ask-router', state, replies: [promptFor(template, state)] };
  const parsed = control === 'skip' ? undefined : parseText(input.raw ?? text, 200);
  if (!parsed?.ok || parsed.value.length < 2) return invalid(template, state, '请用一句话说明累计数减少的原因，不能跳过；填写有误请回复“重填”。');
  return advance(template, { ...state, reasons: { ...state.reasons, [key]: parsed.value } });
}

function confirmStep(input: StepInput, control: Control | undefined): Outcome {
  const { template, state, text } = input;
  if (control === 'confirm') {
    const issues = formIssues(template, state.answers);
    if (issues.length) {
      const first = issues[0]!;
      return keep(template, at(state, { at: 'field', key: first.key }, { reviewing: true, invalid: 0 }), [first.message]);
    }
    if (state.mode === 'fill') return { kind: 'submit', state };
    const changed = template.fields.some((f) => (state.original?.[f.key] ?? null) !== (state.answers[f.key] ?? null));
    if (!changed) return { kind: 'close', status: 'cancelled', replies: [textReply(`您没有修改任何内容，${state.title}保持不变。`)] };
    return keep(template, at(state, { at: 'why' }));
  }
  if (control === 'edit') return keep(template, state, ['请回复要修改的序号或名称，例如“修改 3”或“修改 培训人次”。']);
  const target = editTarget(text);
  if (target) {
    const found = findField(template, state, target);
    if (!found.key) return keep(template, state, [found.error!]);
    return keep(template, at(state, { at: 'field', key: found.key }, { reviewing: true, invalid: 0 }));
  }
  if (control === 'back') {
    const last = visibleFields(template, state.answers).at(-1)!;
    return keep(template, at(state, { at: 'field', key: last.key }, { reviewing: true, invalid: 0 }));
  }
  if (input.isCommand || looksLikeQuestion(text)) return { kind: 'ask-router', state, replies: [promptFor(template, state)] };
  return keep(template, { ...state, invalid: state.invalid + 1 }, ['请回复“确认”提交，或“修改 序号”修改某一项，或“取消”放弃。']);
}

function whyStep(input: StepInput, control: Control | undefined): Outcome {
  const { template, state, text } = input;
  if (control === 'back') return keep(template, at(state, { at: 'confirm' }));
  if (input.isCommand) return { kind: 'ask-router', state, replies: [promptFor(template, state)] };
  const parsed = parseText(input.raw ?? text, 200);
  if (!parsed.ok || parsed.value.length < 2) return invalid(template, state, '修改原因不能为空，请用一句话说明。');
  return { kind: 'save-edit', state, reason: parsed.value };
}

/** Applies one message to a form: a control, an answer, or something for the router. */
export async function step(input: StepInput): Promise<Outcome> {
  const { template, state, text } = input;
  const control = controlAt(template, state, text, input.now, input.isCommand);
  const current = state.step;
  if (current.at === 'cancel') {
    if (control === 'confirm' || control === 'cancel' || /^(确定取消|确认取消|确定放弃)$/.test(text)) {
      return { kind: 'close', status: 'cancelled', replies: [textReply(`已取消“${state.title}”，本次填写的内容未保存。如需重新填写，请再次发送“填报”。`)] };
    }
    const back = at(state, current.back);
    if (control === 'pause') return { kind: 'pause', state: back, replies: [pausedReply(template, back)] };
    return keep(template, back, ['好的，我们继续填写。']);
  }
  if (control === 'cancel') return keep(template, at(state, { at: 'cancel', back: current }));
  // 先报5万，其余的下午再填 pauses too (answerThenPause): its figure is said not to be recorded.
  if (control === 'pause') return { kind: 'pause', state, replies: [pausedReply(template, state, !controlOf(text) && !intentOf(text))] };
  if (control === 'resume') return keep(template, state, ['好的，我们继续。']);
  if (control === 'progress') return keep(template, state, [progressLine(template, state)]);
  switch (current.at) {
    case 'field':
      return fieldStep(input, current.key, control);
    case 'check':
      return checkStep(input, current, control);
    case 'reason':
      return reasonStep(input, current.key, control);
    case 'confirm':
      return confirmStep(input, control);
    case 'why':
      return whyStep(input, control);
  }
}
