import { renderPlainText } from './render-text.ts';

/** A citation of the notice: the document, the clause label and the quoted words. */
export interface Citation {
  readonly source: string;
  readonly section: string;
  readonly quote: string;
}

export interface ReplyField {
  readonly label: string;
  readonly value: string;
}

export interface ReplyTable {
  /** A caption shown above the table (e.g. the unit of its amounts). */
  readonly title?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface ReplyChart {
  readonly title?: string;
  readonly unit?: string;
  /** Each bar: a label and a value; `max` lets bars be drawn against a ceiling (e.g. 100%). */
  readonly series: readonly { readonly label: string; readonly value: number }[];
  readonly max?: number;
}

/** A quick reply: tapping it sends `value` as if the user typed it. */
export interface QuickReply {
  readonly label: string;
  readonly value: string;
}

export type FormInputKind = 'text' | 'number' | 'select' | 'date' | 'textarea';

export interface ReplyFormField {
  readonly name: string;
  readonly label: string;
  readonly kind: FormInputKind;
  readonly required?: boolean;
  readonly placeholder?: string;
  readonly initial?: string;
  readonly options?: readonly { readonly label: string; readonly value: string }[];
}

/** A form a rich client can show at once (Lark card form); plain-text clients fall back to the conversation. */
export interface ReplyForm {
  readonly id: string;
  readonly title?: string;
  readonly fields: readonly ReplyFormField[];
  readonly submitLabel: string;
}

export type ReplyTone = 'info' | 'success' | 'warning' | 'error';

/** Platform-neutral rich content; every adapter renders it its own way. */
export interface ReplyContent {
  readonly title?: string;
  readonly tone?: ReplyTone;
  readonly paragraphs?: readonly string[];
  readonly fields?: readonly ReplyField[];
  readonly table?: ReplyTable;
  readonly chart?: ReplyChart;
  readonly citations?: readonly Citation[];
  readonly buttons?: readonly QuickReply[];
  readonly form?: ReplyForm;
  /** Short note below everything else (e.g. a hint about what to type next). */
  readonly footer?: string;
}

/** A reply with its plain-text rendering (what WeChat shows). */
export interface Reply extends ReplyContent {
  readonly text: string;
}

/** Builds a Reply and fills in its plain-text rendering. */
export function reply(content: ReplyContent): Reply {
  return { ...content, text: renderPlainText(content) };
}

/** Shorthand for a reply that is only one or more paragraphs of text. */
export function textReply(...paragraphs: string[]): Reply {
  return reply({ paragraphs });
}
