import type { BodyPart, CleanNote, ImportedDocument, ImportedTable, Suspect } from './types.ts';

/**
 * An imported document written in notice.md's format: one H1 per document with its {#id},
 * one heading per clause (## 一、 / ### （一） / #### 1. …), tables as Markdown tables, and
 * a comment above it listing what was cleaned and what needs a person's eye.
 */

function table(t: ImportedTable): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`;
  return [row(t.header), row(t.header.map(() => '---')), ...t.rows.map(row)];
}

function parts(body: readonly BodyPart[]): string[] {
  return body.flatMap((p) => (typeof p === 'string' ? [p, ''] : [...table(p), '']));
}

/** The H1 of a document as notice.md writes it: 附件1 title, or title（文号）. */
export function documentHeading(doc: ImportedDocument): string {
  if (doc.annex !== undefined) return `附件${doc.annex} ${doc.title}`;
  return doc.number ? `${doc.title}（${doc.number}）` : doc.title;
}

export interface Provenance {
  /** The source file as the administrator named it. */
  readonly source: string;
  readonly notes: readonly (CleanNote & { readonly where: string })[];
  readonly suspects: readonly (Suspect & { readonly where: string })[];
}

const comment = (s: string) => s.replace(/--/g, '—');

/** The comment that opens an import: where it came from, the conventions, what was cleaned, what to check. */
export function provenanceComment(docs: readonly ImportedDocument[], p: Provenance): string {
  const names = docs.map((d) => `${d.cite}（${d.id}）`).join('、');
  const lines = [
    `来源：${p.source}（由 programme import 导入）。文件：${names}。`,
    '格式约定（非文字改动）：标题层级与 {#id} 为结构标注；编号小标题取条目首句作标题并去掉句末「。」，条目其余文字作正文；编号「1、」在标题中写作「1.」；「↵」表示原文中的换行或分页断行。',
    '清理清单（版面噪声，非文字改动）：',
    ...p.notes.map((n) => `- 原文「${n.before}」→「${n.after}」（${n.where}）: ${n.reason}`),
    `需人工核对（疑似OCR错误，未改动，共${p.suspects.length}处）：`,
    ...p.suspects.map((s) => `- 第${s.line}行（${s.where}）「${s.text}」${s.suggestion ? `，建议改为「${s.suggestion}」` : ''}：${s.reason}`),
  ];
  return ['<!--', ...lines.map(comment), '-->'].join('\n');
}

/** The documents' Markdown (without the comment). */
export function documentsMarkdown(docs: readonly ImportedDocument[]): string {
  const out: string[] = [];
  for (const doc of docs) {
    out.push(`# ${documentHeading(doc)} {#${doc.id}}`, '', ...parts(doc.opening));
    for (const c of doc.clauses) out.push(`${'#'.repeat(Math.min(6, c.depth + 1))} ${c.heading} {#${c.id}}`, '', ...parts(c.body));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Splits a notice.md into its opening comment(s) and its documents (each from its H1 to the next). */
export function splitNotice(markdown: string): { head: string; documents: { id: string; text: string }[] } {
  const lines = markdown.split('\n');
  const documents: { id: string; lines: string[] }[] = [];
  const head: string[] = [];
  let inComment = false;
  for (const line of lines) {
    const h1 = /^#\s+.+\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (h1 && !inComment) documents.push({ id: h1[1]!, lines: [] });
    if (line.includes('<!--')) inComment = true;
    if (line.includes('-->')) inComment = false;
    (documents[documents.length - 1]?.lines ?? head).push(line);
  }
  // A comment right above an H1 belongs to that document, not to the one before it.
  for (let i = 1; i < documents.length; i++) {
    const prev = documents[i - 1]!.lines;
    const text = prev.join('\n');
    const m = /\n(<!--[\s\S]*?-->)\s*$/.exec(text);
    if (!m) continue;
    documents[i - 1]!.lines = text.slice(0, m.index).split('\n');
    documents[i]!.lines.unshift(m[1]!, '');
  }
  return { head: head.join('\n'), documents: documents.map((d) => ({ id: d.id, text: d.lines.join('\n') })) };
}

/**
 * The folder's notice with the imported documents in: a document with the same id is
 * replaced where it stood, a new one is added at the end; when every earlier document
 * is replaced, the earlier opening comment (about them) goes too.
 */
export function mergeNotice(existing: string | undefined, docs: readonly ImportedDocument[], provenance: string): string {
  const imported = `${provenance}\n\n${documentsMarkdown(docs)}`;
  if (!existing?.trim()) return imported;
  const { head, documents } = splitNotice(existing);
  const ids = new Set(docs.map((d) => d.id));
  const kept = documents.filter((d) => !ids.has(d.id));
  // A trailing comment of the last kept document that introduced the replaced ones would be stale; comments belong above their H1.
  const body = kept.map((d) => d.text.replace(/\s+$/, '')).join('\n\n');
  const opening = kept.length ? head.trim() : '';
  return `${[opening, body, imported.trim()].filter(Boolean).join('\n\n')}\n`;
}
