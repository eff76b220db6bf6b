import type { ChatKind } from '../../src/core/message.ts';
import type { Reply, ReplyChart, ReplyForm, ReplyFormField, ReplyTable, ReplyTone } from '../../src/core/reply.ts';

/** A message body ready for im.v1.message create/reply. */
export interface LarkContent {
  readonly msgType: 'text' | 'interactive';
  /** The JSON string Lark expects in `content`. */
  readonly content: string;
}

/** What a card button or form carries back in card.action.trigger, so the click can be routed without state. */
export type CardActionValue =
  | { readonly shifan: 'button'; readonly value: string; readonly chat: ChatKind }
  | { readonly shifan: 'form'; readonly form: string; readonly chat: ChatKind };

type Element = Record<string, unknown>;

const TEMPLATES: Readonly<Record<ReplyTone, string>> = { info: 'blue', success: 'green', warning: 'orange', error: 'red' };
const TABLE_PAGE_SIZE = 10;

/** Whether a reply needs a card: anything beyond plain paragraphs. */
export function needsCard(reply: Reply): boolean {
  return Boolean(reply.title || reply.fields?.length || reply.table || reply.chart || reply.citations?.length || reply.buttons?.length || reply.form);
}

/** The plain-text form of a reply (also the fallback when Lark rejects a card). */
export function textContent(reply: Reply): LarkContent {
  return { msgType: 'text', content: JSON.stringify({ text: reply.text }) };
}

/** Renders a reply as a text message when it is plain, otherwise as an interactive card (JSON 2.0). */
export function renderReply(reply: Reply, chat: ChatKind): LarkContent {
  if (!needsCard(reply)) return textContent(reply);
  return { msgType: 'interactive', content: JSON.stringify(buildCard(reply, chat)) };
}

/** Builds a card JSON 2.0 object from a reply. */
export function buildCard(reply: Reply, chat: ChatKind): Record<string, unknown> {
  const elements: Element[] = [];
  for (const p of reply.paragraphs ?? []) elements.push(plainDiv(p));
  if (reply.fields?.length) {
    elements.push({ tag: 'markdown', content: reply.fields.map((f) => `**${escapeMd(f.label)}**：${escapeMd(f.value)}`).join('\n') });
  }
  if (reply.table) elements.push(tableElement(reply.table));
  if (reply.chart) elements.push(chartElement(reply.chart));
  for (const c of reply.citations ?? []) {
    elements.push({ tag: 'markdown', content: `**依据：${escapeMd(c.source)}${c.section ? ' ' + escapeMd(c.section) : ''}**` });
    elements.push(plainDiv(`“${c.quote}”`, { text_color: 'grey' }));
  }
  if (reply.form) elements.push(formElement(reply.form, chat));
  if (reply.buttons?.length) {
    elements.push({
      tag: 'column_set',
      flex_mode: 'flow',
      horizontal_spacing: '8px',
      columns: reply.buttons.map((b, i) => ({
        tag: 'column',
        width: 'auto',
        elements: [
          {
            tag: 'button',
            text: { tag: 'plain_text', content: b.label },
            type: i === 0 ? 'primary' : 'default',
            behaviors: [{ type: 'callback', value: { shifan: 'button', value: b.value, chat } satisfies CardActionValue }],
          },
        ],
      })),
    });
  }
  if (reply.footer) elements.push(plainDiv(reply.footer, { text_size: 'notation', text_color: 'grey' }));

  const summary = reply.title ?? reply.paragraphs?.[0] ?? reply.text;
  const card: Record<string, unknown> = {
    schema: '2.0',
    config: { update_multi: true, summary: { content: summary.slice(0, 60) } },
    body: { elements },
  };
  if (reply.title) {
    card.header = { title: { tag: 'plain_text', content: reply.title }, template: TEMPLATES[reply.tone ?? 'info'] };
  }
  return card;
}

function plainDiv(content: string, style: Record<string, string> = {}): Element {
  return { tag: 'div', text: { tag: 'plain_text', content, ...style } };
}

function tableElement(table: ReplyTable): Element {
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number'));
  return {
    tag: 'table',
    page_size: Math.min(Math.max(table.rows.length, 1), TABLE_PAGE_SIZE),
    row_height: 'low',
    header_style: { bold: true, background_style: 'grey', lines: 1 },
    columns: table.columns.map((name, i) => ({
      name: `c${i}`,
      display_name: name,
      data_type: numeric[i] ? 'number' : 'text',
      ...(numeric[i] ? { format: { precision: table.rows.every((r) => Number.isInteger(r[i])) ? 0 : 1, separator: true } } : {}),
      width: 'auto',
    })),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((_, i) => [`c${i}`, numeric[i] ? row[i] : String(row[i] ?? '')]))),
  };
}

function chartElement(chart: ReplyChart): Element {
  const spec: Record<string, unknown> = {
    type: 'bar',
    direction: 'horizontal',
    data: { values: chart.series.map((s) => ({ label: s.label, value: s.value })) },
    xField: 'value',
    yField: 'label',
    label: { visible: true },
    axes: [{ orient: 'bottom', ...(chart.max !== undefined ? { max: chart.max } : {}), title: { visible: Boolean(chart.unit), text: chart.unit ?? '' } }],
  };
  if (chart.title) spec.title = { text: chart.title };
  return { tag: 'chart', aspect_ratio: chart.series.length > 6 ? '4:3' : '16:9', chart_spec: spec };
}

function formElement(form: ReplyForm, chat: ChatKind): Element {
  const elements: Element[] = [];
  if (form.title) elements.push({ tag: 'markdown', content: `**${escapeMd(form.title)}**` });
  for (const field of form.fields) elements.push(...fieldElements(field));
  elements.push({
    tag: 'button',
    name: 'shifan_submit',
    text: { tag: 'plain_text', content: form.submitLabel },
    type: 'primary',
    form_action_type: 'submit',
    behaviors: [{ type: 'callback', value: { shifan: 'form', form: form.id, chat } satisfies CardActionValue }],
  });
  return { tag: 'form', name: 'shifan_form', elements };
}

function fieldElements(field: ReplyFormField): Element[] {
  const label = `${field.label}${field.required ? '' : '（选填）'}`;
  // Placeholders are written for the conversation ("请回复…"); on a card one fills in or picks.
  const hint = field.kind === 'select' ? '请选择' : field.kind === 'date' ? '请选择日期' : field.placeholder?.replace(/回复/g, '填写');
  const placeholder = hint ? { placeholder: { tag: 'plain_text', content: hint.slice(0, 100) } } : {};
  // Never `required` on the card: Lark would block the submit locally, also for fields that only
  // apply after another answer; the core validates every value exactly as in the conversation.
  const required = { required: false };
  switch (field.kind) {
    case 'select':
      return [
        { tag: 'markdown', content: escapeMd(label) },
        {
          tag: 'select_static',
          name: field.name,
          ...placeholder,
          ...required,
          ...(field.initial ? { initial_option: field.initial } : {}),
          options: (field.options ?? []).map((o) => ({ text: { tag: 'plain_text', content: o.label }, value: o.value })),
        },
      ];
    case 'date':
      return [
        { tag: 'markdown', content: escapeMd(label) },
        { tag: 'date_picker', name: field.name, ...placeholder, ...required, ...(field.initial ? { initial_date: field.initial } : {}) },
      ];
    default:
      return [
        {
          tag: 'input',
          name: field.name,
          label: { tag: 'plain_text', content: label },
          label_position: 'top',
          ...placeholder,
          ...required,
          ...(field.initial ? { default_value: field.initial } : {}),
          ...(field.kind === 'textarea' ? { input_type: 'multiline_text', rows: 3 } : {}),
          max_length: field.kind === 'textarea' ? 1000 : 100,
        },
      ];
  }
}

/** Escapes the characters card markdown would interpret (HTML entities are rendered literally). */
function escapeMd(s: string): string {
  return s.replace(/[&<>*_~`[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}
