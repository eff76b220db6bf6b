import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { cleanLayout } from './clean.ts';
import { locator } from './locate.ts';
import { mergeNotice, provenanceComment, splitNotice } from './markdown.ts';
import { readDocument } from './read.ts';
import { importReport } from './report.ts';
import { structure } from './structure.ts';
import { findSuspects } from './suspects.ts';
import { proposeAllocation, type ProposedAllocation } from './tables.ts';
import type { CleanNote, ImportedDocument, Suspect } from './types.ts';

/**
 * `programme import`: a document into a programme folder. Reads it, cleans the layout,
 * finds its documents and clauses, flags suspects, writes the documents into the folder's
 * notice (replacing a document of the same id, adding a new one), records each document's
 * particulars in programme.json, and leaves a proposal of the programme data (counties and
 * allocations) and a review report for the administrator.
 */

export interface ImportOptions {
  readonly file: string;
  readonly folder: string;
  /** The id of the main document (e.g. supplement-1); its annexes become <id>-annex-N. */
  readonly as?: string;
  /** How the source is named in the notice's comment (default: the file name). */
  readonly sourceLabel?: string;
  readonly progress?: (message: string) => void;
}

export interface ImportResult {
  readonly documents: readonly ImportedDocument[];
  readonly notes: readonly (CleanNote & { readonly where: string })[];
  readonly suspects: readonly (Suspect & { readonly where: string })[];
  readonly allocation?: ProposedAllocation;
  readonly report: string;
  readonly files: readonly string[];
}

type DocumentEntry = { title: string; cite: string; number?: string; date?: string; supersededBy?: string };
interface ProgrammeJson {
  notice?: string;
  documents?: Record<string, DocumentEntry>;
  counties?: { name: string; allocationWan: number }[];
  totalWan?: number;
  [key: string]: unknown;
}

function readJson(file: string): ProgrammeJson | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ProgrammeJson;
}

/** Documents of the folder that the import would wrongly replace: same id, another document (other 文号 or title). */
function otherDocuments(
  docs: readonly ImportedDocument[],
  known: Readonly<Record<string, DocumentEntry>>,
  ids: readonly string[],
  explicit: string | undefined,
): Set<string> {
  const taken = new Set<string>();
  for (const id of ids) {
    const doc = docs.find((d) => d.id === id);
    const entry = known[id];
    if (doc && id === explicit) continue;
    if (doc && entry && (entry.cite === doc.cite || entry.title === doc.title)) continue;
    if (doc) taken.add(id);
  }
  return taken;
}

export async function importDocument(options: ImportOptions): Promise<ImportResult> {
  const say = options.progress ?? (() => {});
  say(`读取 ${basename(options.file)}…`);
  const text = await readDocument(options.file);
  say(`已读取 ${text.length} 个字符，正在清理版面（断行、空格、半角标点、水印、页码）…`);
  const cleaned = cleanLayout(text);
  say(`得到 ${cleaned.paragraphs.length} 个段落，正在识别文件结构（版头、文号、标题、条款层级、表格）…`);
  const programmeFile = join(options.folder, 'programme.json');
  const programme = readJson(programmeFile);
  const noticeFile = join(options.folder, programme?.notice ?? 'notice.md');
  const existing = existsSync(noticeFile) ? readFileSync(noticeFile, 'utf8') : undefined;
  const existingIds = existing ? splitNotice(existing).documents.map((d) => d.id) : [];
  // Every id in the notice, clauses too: a document's id must not be a clause's (letter-2 is 二 of the letter).
  const clauseIds = new Set([...(existing ?? '').matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]!).filter((id) => !existingIds.includes(id)));
  if (options.as && clauseIds.has(options.as)) throw new Error(`编号 ${options.as} 已是通知中某一条款的编号，请换一个（例如 supplement-1）`);
  let documents = structure(cleaned.paragraphs, cleaned.notes, { ...(options.as ? { mainId: options.as } : {}) });
  const taken = new Set([...otherDocuments(documents, programme?.documents ?? {}, existingIds, options.as), ...clauseIds]);
  if (taken.size) documents = structure(cleaned.paragraphs, [], { ...(options.as ? { mainId: options.as } : {}), taken });
  say(`识别出 ${documents.length} 份文件、${documents.reduce((n, d) => n + d.clauses.length, 0)} 个条款，正在查找疑似OCR错误…`);
  const where = locator(documents);
  const titleLine = (title: string, fallback: number) => cleaned.paragraphs.find((p) => p.text === title)?.line ?? fallback;
  const suspects = findSuspects({
    paragraphs: cleaned.paragraphs,
    titles: documents.map((d) => ({ title: d.title, line: titleLine(d.title, d.line) })),
    joinsAfterStop: cleaned.joinsAfterStop,
    label: (p) => where(p.line),
  }).map((s) => ({ ...s, where: where(s.line) }));
  const notes = cleaned.notes.map((n) => ({ ...n, where: where(n.line) }));
  const allocation = documents
    .flatMap((d) => d.tables)
    .map(proposeAllocation)
    .find((a) => a !== undefined);

  say('写入通知文件与报告…');
  await mkdir(options.folder, { recursive: true });
  const files: string[] = [];
  const source = options.sourceLabel ?? basename(options.file);
  // The notice as it was, in case the import replaced a document by mistake.
  if (existing !== undefined) {
    await writeFile(`${noticeFile}.bak`, existing);
    files.push(`${noticeFile}.bak`);
  }
  await writeFile(noticeFile, mergeNotice(existing, documents, provenanceComment(documents, { source, notes, suspects })));
  files.push(noticeFile);
  if (programme) {
    const entries = { ...(programme.documents ?? {}) };
    for (const d of documents) {
      const before = entries[d.id];
      entries[d.id] = { ...before, title: d.title, cite: d.cite, ...(d.number ? { number: d.number } : {}), ...(d.date ? { date: d.date } : {}) };
    }
    await writeFile(programmeFile, `${JSON.stringify({ ...programme, documents: entries }, null, 2)}\n`);
    files.push(programmeFile);
  }
  if (allocation) {
    const proposal = join(options.folder, 'import-proposal.json');
    await writeFile(
      proposal,
      `${JSON.stringify({ about: '由 programme import 从表格识别的县区与资金，请核对后再写入 programme.json（counties、totalWan）', ...allocation }, null, 2)}\n`,
    );
    files.push(proposal);
  }
  const report = importReport({ file: options.file, folder: options.folder, documents, notes, suspects, allocation, programme });
  const reportFile = join(options.folder, 'import-report.md');
  await writeFile(reportFile, report);
  files.push(reportFile);
  say('完成。');
  return { documents, notes, suspects, ...(allocation ? { allocation } : {}), report, files };
}
