/** Inline SVG charts for the dashboard: no script, no front-end build, readable when printed. */

/** Escapes text for HTML and SVG. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7480', '#6e7781', '#fb8500', '#3d5a80', '#2a9d8f', '#e76f51'];

export interface LineSeries {
  readonly label: string;
  /** One value per x label; null where there is nothing to draw. */
  readonly values: readonly (number | null)[];
}

const W = 720;
const H = 260;
const PAD = { left: 52, right: 16, top: 16, bottom: 48 };

/** The largest value, or 0; a loop, because spreading a long array into Math.max overflows the stack. */
export function maxOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function axes(labels: readonly string[], max: number, unit: string): string[] {
  const parts: string[] = [];
  const plotH = H - PAD.top - PAD.bottom;
  for (let i = 0; i <= 4; i++) {
    const y = PAD.top + plotH - (plotH * i) / 4;
    const v = Math.round(((max * i) / 4) * 10) / 10;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${y + 4}" text-anchor="end" font-size="11" fill="#57606a">${v}${esc(unit)}</text>`);
  }
  const every = Math.max(1, Math.ceil(labels.length / 10));
  labels.forEach((label, i) => {
    if (i % every !== 0 && i !== labels.length - 1) return;
    const x = xAt(i, labels.length);
    parts.push(`<text x="${x}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11" fill="#57606a">${esc(label)}</text>`);
  });
  return parts;
}

function xAt(i: number, n: number): number {
  const plotW = W - PAD.left - PAD.right;
  return n <= 1 ? PAD.left + plotW / 2 : PAD.left + (plotW * i) / (n - 1);
}

function legend(labels: readonly string[]): string {
  return labels.map((label, i) => `<span class="key"><i style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(label)}</span>`).join('');
}

/** A line chart with one line per series over the x labels, and a legend under it. */
export function lineChart(title: string, labels: readonly string[], series: readonly LineSeries[], options: { unit?: string; ceiling?: number } = {}): string {
  const unit = options.unit ?? '';
  // The axis fits the data, but never beyond the ceiling (100 for percentages).
  const top = Math.min(options.ceiling ?? Infinity, niceMax(maxOf(series.flatMap((s) => s.values.filter((v): v is number => v !== null)))));
  const plotH = H - PAD.top - PAD.bottom;
  const yAt = (v: number) => PAD.top + plotH - (plotH * Math.min(v, top)) / top;
  const lines = series.map((s, si) => {
    const color = PALETTE[si % PALETTE.length];
    const points = s.values.map((v, i) => (v === null ? null : `${xAt(i, labels.length).toFixed(1)},${yAt(v).toFixed(1)}`)).filter(Boolean);
    const dots =
      s.values.length <= 16
        ? s.values
            .map((v, i) =>
              v === null
                ? ''
                : `<circle cx="${xAt(i, labels.length).toFixed(1)}" cy="${yAt(v).toFixed(1)}" r="3" fill="${color}"><title>${esc(s.label)} ${esc(labels[i])}：${v}${esc(unit)}</title></circle>`,
            )
            .join('')
        : '';
    return `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.join(' ')}"/>${dots}`;
  });
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${axes(labels, top, unit).join('')}${lines.join('')}</svg><div class="legend">${legend(series.map((s) => s.label))}</div></figure>`;
}

/** A bar chart of one value per x label. */
export function barChart(title: string, labels: readonly string[], values: readonly number[], options: { unit?: string } = {}): string {
  const unit = options.unit ?? '';
  const top = niceMax(maxOf(values));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, labels.length);
  const bars = values.map((v, i) => {
    const h = (plotH * Math.max(0, v)) / top;
    const x = PAD.left + slot * i + slot * 0.15;
    return `<rect x="${x.toFixed(1)}" y="${(PAD.top + plotH - h).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[0]}"><title>${esc(labels[i])}：${v}${esc(unit)}</title></rect>`;
  });
  const every = Math.max(1, Math.ceil(labels.length / 10));
  const xLabels = labels.map((label, i) =>
    i % every === 0 || i === labels.length - 1
      ? `<text x="${(PAD.left + slot * (i + 0.5)).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11" fill="#57606a">${esc(label)}</text>`
      : '',
  );
  const grid = axes([], top, unit);
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${grid.join('')}${bars.join('')}${xLabels.join('')}</svg></figure>`;
}
