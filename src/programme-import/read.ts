import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * A document's text in the shape OCR text has: paragraphs separated by a blank line, table
 * rows as tab-separated cells, pages by two blank lines. Plain text is read as it is; .docx
 * through mammoth (its HTML keeps paragraphs and tables apart); a text-layer .pdf through
 * unpdf (pdf.js), its lines rebuilt from the text items' positions.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '');
const strip = (html: string) => decode(html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();

/** mammoth's HTML as paragraphs and tab-separated table rows. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  for (const m of html.matchAll(/<table[\s\S]*?<\/table>|<(p|h[1-6]|li)[^>]*>([\s\S]*?)<\/\1>/g)) {
    if (m[0].startsWith('<table')) {
      const rows = [...m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
        [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => strip(c[1]!).replace(/\s+/g, ' ')).join('\t'),
      );
      out.push(rows.join('\n'));
    } else {
      const text = strip(m[2]!);
      if (text) out.push(text);
    }
  }
  return out.join('\n\n');
}

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

/** One page's text items as lines: items on one baseline joined (a wide gap is a table's cell break), a wide line gap or an indent opening a paragraph. */
export function pageText(items: readonly Item[]): string {
  const lines: { y: number; x: number; size: number; items: Item[] }[] = [];
  for (const item of [...items].filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) < Math.max(2, item.fontSize * 0.5));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, x: item.x, size: item.fontSize, items: [item] });
  }
  const texts = lines.map((l) => {
    const sorted = l.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of sorted) {
      const gap = it.x - end;
      text += text && gap > l.size * 1.5 ? '\t' : text && gap > l.size * 0.25 ? ' ' : '';
      text += it.str;
      end = it.x + it.width;
    }
    return { text, x: sorted[0]!.x, y: l.y, size: l.size, row: text.includes('\t') };
  });
  const gaps = texts
    .slice(1)
    .map((t, i) => texts[i]!.y - t.y)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const left = Math.min(...texts.map((t) => t.x));
  return texts
    .map((t, i) => {
      const prev = texts[i - 1];
      if (!prev) return t.text;
      const gap = prev.y - t.y;
      const indent = t.x > left + t.size * 1.5;
      return `${gap > usual * 1.3 || (indent && !t.row) ? '\n\n' : '\n'}${t.text}`;
    })
    .join('');
}

/** The text of a .txt/.md, .docx or .pdf file. */
export async function readDocument(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ path: file });
    return htmlToText(value);
  }
  if (ext === '.pdf') {
    const { extractTextItems } = await import('unpdf');
    const { items } = await extractTextItems(new Uint8Array(await readFile(file)));
    return items.map(pageText).join('\n\n\n\n');
  }
  if (ext === '.doc' || ext === '.wps' || ext === '.ofd') throw new Error(`暂不支持 ${ext} 格式，请另存为 .docx 或 .pdf 后再导入`);
  return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
}
