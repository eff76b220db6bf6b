import { normaliseText } from './normalise.ts';
import { CONTINUATION, HARD_END, markOf, PAGE_NUMBER, standsAlone, WATERMARK } from './patterns.ts';
import type { CleanNote, Paragraph } from './types.ts';

/**
 * Layout noise out of a document's text, every change listed: scanner watermarks and page
 * numbers removed, lines broken by the page width or a page break merged back, spaces
 * and half-width marks normalised. What the words say is never changed here.
 */

/** Blank lines in a row that mean a page break in OCR text (one blank line separates paragraphs). */
const PAGE_GAP = 2;

interface Block {
  readonly lines: { readonly text: string; readonly line: number }[];
  /** A page break (or a removed watermark or page number) came before it. */
  readonly afterBreak: boolean;
}

const tail = (s: string, n = 4) => s.slice(Math.max(0, s.length - n));
const head = (s: string, n = 4) => s.slice(0, n);

/** Splits the text into blocks of lines, dropping watermarks and page numbers (noted). */
function blocks(text: string, notes: CleanNote[]): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  let blank = 0;
  let broken = false;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.includes('\f')) broken = true;
      const trimmed = raw.replace(/\f/g, '').replace(/^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g, '');
      const text = trimmed.replace(/\u00a0/g, ' ');
      if (!text.trim()) {
        blank++;
        current = undefined;
        return;
      }
      if (WATERMARK.test(text.trim())) {
        notes.push({ kind: 'watermark', line, before: text.trim(), after: '', reason: '扫描软件水印，删除' });
        broken = true;
        current = undefined;
        return;
      }
      if (PAGE_NUMBER.test(text.trim())) {
        notes.push({ kind: 'page-number', line, before: text.trim(), after: '', reason: '页码，删除' });
        broken = true;
        current = undefined;
        return;
      }
      if (!current) {
        current = { lines: [], afterBreak: broken || blank >= PAGE_GAP };
        out.push(current);
        broken = false;
      }
      blank = 0;
      current.lines.push({ text, line });
    });
  return out;
}

/**
 * Whether a paragraph goes on in the next line (or block): it has not ended, and the next does not start anew.
 * Inside a block a line that looks numbered still goes on (a PDF line may wrap at 多站合↵一、资源共享).
 */
function continues(prev: string, next: string, afterBreak: boolean, inBlock: boolean): 'no' | 'yes' | 'suspect' {
  if (standsAlone(prev)) return 'no';
  if (inBlock && !HARD_END.test(prev)) return 'yes';
  if (markOf(next) || standsAlone(next)) return 'no';
  if (!HARD_END.test(prev)) return 'yes';
  // 提升产品品质。↵↵和价值: a page begins mid-sentence; the mark before it is doubtful.
  return afterBreak && CONTINUATION.test(next) ? 'suspect' : 'no';
}

export interface Cleaned {
  readonly paragraphs: Paragraph[];
  readonly notes: CleanNote[];
  /** Page breaks the text continued across although the mark before them ends a sentence (提升产品品质。↵和价值). */
  readonly joinsAfterStop: { readonly line: number; readonly text: string }[];
}

/** The paragraphs of a plain or OCR text, with what was cleaned. */
export function cleanLayout(text: string): Cleaned {
  const notes: CleanNote[] = [];
  const joinsAfterStop: { line: number; text: string }[] = [];
  const raw: { text: string; line: number; cells?: string[]; afterBreak: boolean; blockStart: boolean }[] = [];
  for (const block of blocks(text, notes)) {
    block.lines.forEach(({ text: t, line }, i) => {
      const first = i === 0;
      if (t.includes('\t')) {
        raw.push({ text: t, line, cells: t.split('\t').map((c) => c.trim()), afterBreak: first && block.afterBreak, blockStart: first });
        return;
      }
      const prev = raw[raw.length - 1];
      const text = t.trim();
      const verdict = prev && !prev.cells ? continues(prev.text, text, first && block.afterBreak, !first) : 'no';
      // A line that has not ended goes on (a paragraph never ends mid-sentence); one that has, only over a page break.
      const across = first;
      if (prev && (verdict === 'yes' || (verdict === 'suspect' && across && block.afterBreak))) {
        const reason = across && block.afterBreak ? '合并分页断行' : '合并断行';
        notes.push({ kind: 'line-break', line, before: `${tail(prev.text)}↵${head(text)}`, after: `${tail(prev.text)}${head(text)}`, reason });
        if (verdict === 'suspect') joinsAfterStop.push({ line, text: `${tail(prev.text, 8)}${head(text, 8)}` });
        prev.text += text;
        return;
      }
      raw.push({ text, line, afterBreak: first && block.afterBreak, blockStart: first });
    });
  }
  const paragraphs = raw.map((p): Paragraph => {
    if (p.cells) return { text: p.cells.join(' '), line: p.line, cells: p.cells.map((c) => normaliseText(c, p.line, notes)), afterBreak: p.afterBreak };
    return { text: normaliseText(p.text, p.line, notes), line: p.line, afterBreak: p.afterBreak };
  });
  return { paragraphs, notes, joinsAfterStop };
}
