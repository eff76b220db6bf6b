import type { ReplyChart, ReplyContent, ReplyTable } from './reply.ts';

const BAR_WIDTH = 10;

/** Renders a value as a text bar such as ▇▇▇▇▇░░░░░ for phones and plain-text chats. */
export function textBar(value: number, max: number, width = BAR_WIDTH): string {
  const ratio = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  const full = Math.round(ratio * width);
  return '▇'.repeat(full) + '░'.repeat(width - full);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function renderTable(table: ReplyTable): string[] {
  // Phones are narrow: one block per row, "column：value" lines, instead of a grid.
  const [first, ...rest] = table.columns;
  const blocks = table.rows.map((row) => {
    const head = `▪ ${first ?? ''}${first ? '：' : ''}${String(row[0] ?? '')}`;
    const cells = rest.map((col, i) => `  ${col}：${String(row[i + 1] ?? '')}`);
    return [head, ...cells].join('\n');
  });
  return table.title ? [table.title, ...blocks] : blocks;
}

function renderChart(chart: ReplyChart): string[] {
  const max = chart.max ?? Math.max(0, ...chart.series.map((s) => s.value));
  const unit = chart.unit ?? '';
  const lines = chart.series.map((s) => `${s.label} ${textBar(s.value, max)} ${formatNumber(s.value)}${unit}`);
  return chart.title ? [chart.title, ...lines] : lines;
}

/** Renders rich reply content as plain text that reads well on a phone. */
export function renderPlainText(content: ReplyContent): string {
  const blocks: string[] = [];
  if (content.title) blocks.push(`【${content.title}】`);
  for (const p of content.paragraphs ?? []) blocks.push(p);
  if (content.fields?.length) blocks.push(content.fields.map((f) => `${f.label}：${f.value}`).join('\n'));
  if (content.table) blocks.push(...renderTable(content.table));
  if (content.chart) blocks.push(renderChart(content.chart).join('\n'));
  for (const c of content.citations ?? []) blocks.push(`依据：${c.source}${c.section ? ' ' + c.section : ''}\n“${c.quote}”`);
  if (content.form && !content.paragraphs?.length) blocks.push(`请逐项回复：${content.form.fields.map((f) => f.label).join('、')}`);
  if (content.buttons?.length) blocks.push(`请回复：${content.buttons.map((b) => `「${b.value}」`).join(' ')}`);
  if (content.footer) blocks.push(content.footer);
  return blocks.join('\n\n');
}
