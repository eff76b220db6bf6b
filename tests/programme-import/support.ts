import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { cleanLayout } from '../../src/programme-import/clean.ts';
import { normaliseText } from '../../src/programme-import/normalise.ts';
import { loadProgramme, PROGRAMMES_DIR, type Programme } from '../../src/programme.ts';

/** The raw OCR seed (../shared/seeds/000_1cf4353fe0e761cf.txt), committed so that a clean clone has it. */
export const SEED = new URL('../fixtures/programme-import/seed-000-ocr.txt', import.meta.url).pathname;
export const HAND_MADE = join(PROGRAMMES_DIR, 'gansu-2018');

/** A fresh programme folder holding the hand-made programme.json and the clauses' example questions, but no notice yet. */
export function freshFolder(prefix: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), `shifan-${prefix}-`)), 'gansu-2018');
  mkdirSync(folder);
  copyFileSync(join(HAND_MADE, 'programme.json'), join(folder, 'programme.json'));
  // The examples are indexed by clause id: the imported notice, with the same ids, takes them as they are.
  if (existsSync(join(HAND_MADE, 'examples.json'))) copyFileSync(join(HAND_MADE, 'examples.json'), join(folder, 'examples.json'));
  return folder;
}

export const loadFolder = (folder: string): Programme => loadProgramme(basename(folder), dirname(folder));

/** The seed's paragraphs as a document would hold them (OCR line breaks joined, noise out, words untouched). */
export function seedParagraphs(): { text: string; cells?: readonly string[] }[] {
  return cleanLayout(readFileSync(SEED, 'utf8')).paragraphs.map((p) => (p.cells ? { text: p.text, cells: p.cells } : { text: p.text }));
}

/**
 * The corrections a person made when transcribing the seed by hand (the 更正清单 at the top of the
 * hand-made notice.md), applied to an imported notice as an administrator would after reading the
 * review list: each 原文 is cleaned as the importer cleans, and replaced where the import has it.
 */
export function applyHandCorrections(imported: string): { text: string; applied: string[] } {
  const hand = readFileSync(join(HAND_MADE, 'notice.md'), 'utf8');
  const clean = (s: string) => normaliseText(s.replace(/↵/g, ''), 0, []);
  let text = imported;
  const applied: string[] = [];
  for (const m of hand.matchAll(/^- 原文「(.+?)」→「(.*?)」（/gm)) {
    const from = clean(m[1]!);
    let to = clean(m[2]!);
    // Skip what is already so, and an expansion already made (附件1 before an annex title).
    if (from === to || !text.includes(from) || (to.includes(from) && text.includes(to))) continue;
    // The hand-made title carries its 文号, which the imported heading already has after it.
    const number = /（[^（）]*〔\d{4}〕\d+号）$/.exec(to)?.[0];
    if (number && text.includes(`${from}${number}`)) to = to.slice(0, -number.length);
    text = text.split(from).join(to);
    applied.push(`${from} → ${to}`);
  }
  return { text, applied };
}
