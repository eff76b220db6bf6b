import { z } from 'zod';
import { commandIntent, isCountyName, WEEKLY_TEMPLATE, weeklyAmountLimits } from '../features/weekly-report/index.ts';
import { loadProgramme, type ProgrammeData } from '../programme.ts';
import { controlAt } from '../forms/engine.ts';
import { readDate } from '../forms/dates.ts';
import { fieldIssue } from '../forms/schema.ts';
import { STATE_VERSION, type FormState } from '../forms/state.ts';
import { fieldByKey, type FieldSpec, type FormTemplate } from '../forms/template.ts';
import { canonical, readAnswer, type AnswerLimits } from '../forms/values.ts';
import { shanghaiTime } from '../core/clock.ts';

/** One line of `form parse --jsonl`. */
export const ParseInput = z.object({
  kind: z.enum(['amount', 'count', 'yesno', 'date', 'control', 'command']),
  text: z.string(),
  field: z.string().optional(),
  now: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type ParseInput = z.infer<typeof ParseInput>;

export type ParseOutput =
  | { readonly ok: true; readonly value: number | boolean | string; readonly display: string; readonly confirm: false; readonly note?: string }
  | { readonly ok: true; readonly value: number | boolean | string | null; readonly confirm: true; readonly question: string; readonly note?: string }
  | { readonly ok: true; readonly control: FormControl | null }
  | { readonly ok: true; readonly intent: 'start-report' | 'resume' | 'progress' | 'later' | 'none' }
  | { readonly ok: false; readonly error: string };

export interface ParseOptions {
  /** Today, when a line gives no `now` (default: the real clock). */
  readonly now?: Date;
  /** The county's allocation and what it has spent in other weeks (default: the programme's 1500万元, nothing spent). */
  readonly allocationYuan?: number;
  readonly spentYuan?: number;
  /** The counties a start-report request may name (default: the programme of PROGRAMME, else gansu-2018). */
  readonly programme?: ProgrammeData;
}

let defaultProgramme: ProgrammeData | undefined;
const programmeOf = (options: ParseOptions): ProgrammeData =>
  options.programme ?? (defaultProgramme ??= loadProgramme(process.env.PROGRAMME ?? 'gansu-2018').data);

const GENERIC: FormTemplate = {
  id: 'generic',
  version: 1,
  title: '通用字段',
  fields: [
    { key: 'amount', label: '金额', prompt: '金额是多少万元？', kind: 'amount' },
    { key: 'count', label: '数量', prompt: '数量是多少？', kind: 'count' },
    { key: 'yesno', label: '是否', prompt: '是否？', kind: 'yesno' },
  ],
};
type FormControl = 'cancel' | 'pause' | 'back' | 'skip' | 'resume' | 'progress';
const CONTROLS: readonly string[] = ['cancel', 'pause', 'back', 'skip', 'resume', 'progress'] satisfies readonly FormControl[];
const isFormControl = (c: string | undefined): c is FormControl => c !== undefined && CONTROLS.includes(c);

function stateAt(key: string | undefined): FormState {
  return {
    v: STATE_VERSION,
    mode: 'fill',
    title: '周报',
    subject: {},
    chatKind: 'direct',
    step: key ? { at: 'field', key } : { at: 'confirm' },
    answers: {},
    previous: {},
    reasons: {},
    trail: [],
    invalid: 0,
    reviewing: false,
  };
}

/**
 * Reads one line the way the live form would, for checking the parsers from
 * outside: the same readers, the same questions, the same limits (a county
 * with the programme's allocation and nothing spent yet).
 */
export function formParse(input: ParseInput, options: ParseOptions = {}): ParseOutput {
  const now = input.now ? shanghaiTime(input.now, '12:00') : (options.now ?? new Date());
  if (input.kind === 'command') {
    const data = programmeOf(options);
    return { ok: true, intent: commandIntent(input.text.normalize('NFKC').trim(), (name) => isCountyName(data, name)) };
  }
  const weekly = input.field ? fieldByKey(WEEKLY_TEMPLATE, input.field) : undefined;
  if (input.field && !weekly) return { ok: false, error: `unknown field "${input.field}"` };
  if (input.kind === 'control') {
    const control = controlAt(WEEKLY_TEMPLATE, stateAt(weekly?.key), input.text.normalize('NFKC').trim(), now);
    return { ok: true, control: isFormControl(control) ? control : null };
  }
  if (input.kind === 'date') {
    const date = readDate(input.text, now);
    if (!date.ok) return date;
    return date.confirm === undefined
      ? { ok: true, value: date.value, display: date.value, confirm: false }
      : { ok: true, value: date.value, confirm: true, question: date.confirm };
  }
  const template = weekly ? WEEKLY_TEMPLATE : GENERIC;
  const field: FieldSpec = weekly ?? fieldByKey(GENERIC, input.kind)!;
  if (field.kind !== input.kind) return { ok: false, error: `field "${field.key}" takes ${field.kind}, not ${input.kind}` };
  const allocation = options.allocationYuan ?? 15_000_000;
  const limits: AnswerLimits = weekly
    ? weeklyAmountLimits(weekly.key, allocation, options.spentYuan ?? 0)
    : { maxYuan: allocation - (options.spentYuan ?? 0), maxLabel: '示范县下达的中央财政资金', allocationYuan: allocation };
  const read = readAnswer(field, input.text, now, limits);
  if (!read.ok) return read;
  const note = read.note ? { note: read.note } : {};
  const shown = (v: number | boolean | string) => (field.kind === 'amount' && typeof v === 'number' ? v / 10_000 : v);
  if (read.confirm !== undefined) return { ok: true, value: read.value === null ? null : shown(read.value), confirm: true, question: read.confirm, ...note };
  const issue = fieldIssue(template, { [field.key]: read.value }, field.key);
  if (issue) return { ok: false, error: issue };
  return { ok: true, value: shown(read.value), display: canonical(field, read.value), confirm: false, ...note };
}

/** Parses one JSON line and reads it; a malformed line is an error line, not a crash. */
export function formParseLine(line: string, options: ParseOptions = {}): ParseOutput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not a JSON line' };
  }
  const input = ParseInput.safeParse(json);
  if (!input.success) return { ok: false, error: `bad line: ${input.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ')}` };
  return formParse(input.data, options);
}
