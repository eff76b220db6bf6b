import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, type ImportResult } from '../../src/programme-import/index.ts';
import type { ImportedDocument } from '../../src/programme-import/types.ts';
import { launchChromium } from '../support/browser.ts';
import { freshFolder, SEED } from './support.ts';

/**
 * The same document as Word and as PDF: the seed's paragraphs (its OCR line breaks joined as a
 * word processor would hold them, a page break where the scan had one, the annex as a real table)
 * written with the `docx` package and printed by Chromium; both import to the tree the text does.
 */

interface Block {
  readonly lines: readonly string[];
  readonly pageBreakBefore: boolean;
}

/** The seed as blocks of lines: paragraphs (blank-line separated) and the table's rows; two blank lines or more mark a page. */
function seedBlocks(): Block[] {
  const blocks: { lines: string[]; pageBreakBefore: boolean }[] = [];
  let current: string[] | undefined;
  let blank = 0;
  for (const line of readFileSync(SEED, 'utf8').split('\n')) {
    if (!line.trim()) {
      blank++;
      current = undefined;
      continue;
    }
    if (!current) blocks.push({ lines: (current = []), pageBreakBefore: blocks.length > 0 && blank >= 2 });
    blank = 0;
    current.push(line);
  }
  return blocks;
}

const isTable = (b: Block) => b.lines.every((l) => l.includes('\t'));
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 3000, type: WidthType.DXA } });

async function writeDocx(file: string): Promise<void> {
  const children: (Paragraph | Table)[] = [];
  for (const b of seedBlocks()) {
    if (isTable(b)) {
      children.push(new Table({ rows: b.lines.map((l) => new TableRow({ children: l.split('\t').map((c) => cell(c.trim())) })) }));
      continue;
    }
    children.push(new Paragraph({ children: [...(b.pageBreakBefore ? [new PageBreak()] : []), new TextRun(b.lines.join(''))], alignment: AlignmentType.LEFT }));
  }
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function seedHtml(): string {
  const body = seedBlocks()
    .map((b) => {
      const page = b.pageBreakBefore ? ' style="break-before: page"' : '';
      if (isTable(b))
        return `<table${page}>${b.lines
          .map(
            (l) =>
              `<tr>${l
                .split('\t')
                .map((c) => `<td>${html(c.trim())}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</table>`;
      return `<p${page}>${html(b.lines.join(''))}</p>`;
    })
    .join('\n');
  const style = 'body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:16px;line-height:1.5} p{margin:0.9em 0} td{padding:4px 48px 4px 0}';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;
}

const tree = (docs: readonly ImportedDocument[]) =>
  docs.map((d) => ({ id: d.id, cite: d.cite, title: d.title, clauses: d.clauses.map((c) => `${c.id} ${c.heading}`) }));

let fromText: ImportResult;
let fromDocx: ImportResult;
let fromPdf: ImportResult;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

beforeAll(async () => {
  const folder = freshFolder('formats');
  fromText = await importDocument({ file: SEED, folder: freshFolder('formats-text') });
  const docx = join(folder, 'seed.docx');
  await writeDocx(docx);
  fromDocx = await importDocument({ file: docx, folder: freshFolder('formats-docx') });
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(seedHtml());
  const pdf = join(folder, 'seed.pdf');
  await page.pdf({ path: pdf, format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  fromPdf = await importDocument({ file: pdf, folder: freshFolder('formats-pdf') });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the same document as .docx and as .pdf', () => {
  it('imports from .docx (mammoth) to the same documents and clause tree as from the OCR text', () => {
    expect(tree(fromDocx.documents)).toEqual(tree(fromText.documents));
    expect(fromDocx.allocation).toEqual(fromText.allocation);
  });

  it('imports from a text-layer .pdf (unpdf) to the same documents and clause tree as from the OCR text', () => {
    expect(tree(fromPdf.documents)).toEqual(tree(fromText.documents));
    expect(fromPdf.allocation).toEqual(fromText.allocation);
  });

  it('flags the same OCR suspects in all three', () => {
    const flagged = (r: ImportResult) => r.suspects.filter((s) => s.suggestion).map((s) => `${s.text}→${s.suggestion}`);
    expect(flagged(fromDocx)).toEqual(flagged(fromText));
    expect(flagged(fromPdf)).toEqual(flagged(fromText));
  });
});
