import type { ChoiceOption } from './parsers.ts';

/** The kinds of answer a form field takes. */
export type FieldKind = 'amount' | 'count' | 'percentage' | 'yesno' | 'choice' | 'text' | 'date';

/**
 * A parsed answer in storage units: amount integer 元 (asked in 万元), count
 * integer, percentage basis points, yes/no boolean, choice its value, text and
 * date (YYYY-MM-DD) strings. `null` means the field was skipped.
 */
export type FieldValue = number | string | boolean;
export type Answers = Readonly<Record<string, FieldValue | null>>;

export interface FieldSpec {
  readonly key: string;
  /** Short name used in summaries and `修改 名称`. */
  readonly label: string;
  /** Other names people use for it in `修改 名称` (培训次数, 花了多少). */
  readonly aliases?: readonly string[];
  /** Words that name this field's matter in a sentence (上行 and 物流 at the upstream spending), to pick its figure among several. */
  readonly topics?: readonly string[];
  /**
   * The separate things a yes or no asks about at once, each by the words that name it, its name first
   * (网络交易平台, 楼堂馆所…): a no that names only some of them says nothing of the others.
   */
  readonly asksAbout?: readonly (readonly string[])[];
  /** The field this one is a part of (其中…): given "8万，其中培训2万", a part field never takes the total. */
  readonly partOf?: string;
  /** A planned figure (计划招标项目数): 计划 is its own word there, not a doubt. */
  readonly plan?: boolean;
  /** The field that holds the details of a yes (有，买了2万的流量 → its text is offered there). */
  readonly detailField?: string;
  /** The question put to the person. */
  readonly prompt: string;
  readonly kind: FieldKind;
  /** Required unless false; a function decides from the other answers. */
  readonly required?: boolean | ((answers: Answers) => boolean);
  /** Asked only when this holds; its answer is dropped when it stops holding. */
  readonly askIf?: (answers: Answers) => boolean;
  /** The fields `askIf` reads: while one is unanswered the field is counted as still to come in "（第3项，还剩约10项）". */
  readonly dependsOn?: readonly string[];
  readonly options?: readonly ChoiceOption[];
  /** Unit shown after counts in summaries (个, 场, 人次…). */
  readonly unit?: string;
  /** Upper bound in storage units (e.g. 元), checked with the field's zod schema. */
  readonly max?: number;
  /** Above this (in storage units: 元 for amounts) a figure is possible but unusual: the form asks before storing it (below `max`, which refuses). */
  readonly plausible?: number;
  readonly maxLength?: number;
  /** A running total: a value below last period's asks for the reason. */
  readonly cumulative?: boolean;
  /** Example shown with the question. */
  readonly example?: string;
}

/** Rules across fields, checked by the form's zod schema after every answer. */
export type CrossFieldRule =
  /** Each part is at most the total, and all parts together too. */
  | { readonly kind: 'parts'; readonly total: string; readonly parts: readonly string[] }
  /** `part` is at most `whole` (e.g. trainees from poor households ≤ trainees). */
  | { readonly kind: 'at-most'; readonly part: string; readonly whole: string };

/** A versioned form: bump `version` when fields change; open forms of an older version are dropped. */
export interface FormTemplate {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly rules?: readonly CrossFieldRule[];
}

export function isRequired(field: FieldSpec, answers: Answers): boolean {
  if (typeof field.required === 'function') return field.required(answers);
  return field.required !== false;
}

export function isVisible(field: FieldSpec, answers: Answers): boolean {
  return field.askIf ? field.askIf(answers) : true;
}

/** The fields asked given the answers so far, in order. */
export function visibleFields(template: FormTemplate, answers: Answers): FieldSpec[] {
  return template.fields.filter((f) => isVisible(f, answers));
}

export function fieldByKey(template: FormTemplate, key: string): FieldSpec | undefined {
  return template.fields.find((f) => f.key === key);
}

/** The label without a trailing unit in brackets, e.g. 本周培训人次. */
export function bareLabel(field: FieldSpec): string {
  return field.label.replace(/[（(][^（）()]*[)）]$/, '');
}

/** The fields still expected given the answers so far: those asked, and those whose condition is not yet decided. */
export function expectedFields(template: FormTemplate, answers: Answers): FieldSpec[] {
  return template.fields.filter((f) => isVisible(f, answers) || (f.dependsOn ?? []).some((k) => answers[k] === undefined));
}
