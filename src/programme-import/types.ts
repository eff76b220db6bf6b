/** What the importer reads, finds and reports; shared by its steps. */

/** One paragraph of the source after layout cleaning: text, or a table row (cells). */
export interface Paragraph {
  readonly text: string;
  /** 1-based line of the source where the paragraph starts. */
  readonly line: number;
  /** Cells, when the paragraph is a table row. */
  readonly cells?: readonly string[];
  /** A page break (or several blank lines) came right before it. */
  readonly afterBreak: boolean;
}

/** Layout noise removed or normalised, listed for the administrator (never silently). */
export interface CleanNote {
  readonly kind: 'watermark' | 'page-number' | 'line-break' | 'spaces' | 'punctuation' | 'letterhead';
  readonly line: number;
  readonly before: string;
  readonly after: string;
  /** Why, in Chinese. */
  readonly reason: string;
}

/** A suspected OCR or typing error: flagged for a person, never corrected. */
export interface Suspect {
  readonly line: number;
  /** The suspect text as it stands in the imported notice. */
  readonly text: string;
  /** What it probably should read, when that is clear. */
  readonly suggestion?: string;
  /** Why it is suspect, in Chinese (e.g. which clause reads otherwise). */
  readonly reason: string;
}

/** A table found in a document: its header and rows, kept as a table. */
export interface ImportedTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The unit line above it (单位：万元), if any. */
  readonly unit?: string;
}

/** One numbered (or run-in) clause of a document. */
export interface ImportedClause {
  /** Same scheme as notice.md: <document>-3-1-2. */
  readonly id: string;
  /** Depth below the document, 1 for 一、. */
  readonly depth: number;
  /** The heading as written in notice.md (with its number mark: 一、目标任务, （一）促进…, 1. 支持…). */
  readonly heading: string;
  readonly body: BodyPart[];
  readonly line: number;
}

/** A paragraph of a clause, or a table kept as a table. */
export type BodyPart = string | ImportedTable;

/** One document (a letter, the plan it forwards, an annex): its particulars and clauses. */
export interface ImportedDocument {
  readonly id: string;
  readonly title: string;
  /** 文号, e.g. 州商办发〔2018〕183号. */
  readonly number?: string;
  /** 发文机关 (from the 版头 or the title). */
  readonly issuers: readonly string[];
  /** The 版头 line as merged (甘南州商务局 甘南州财政局 甘南州扶贫开发办公室文件). */
  readonly letterhead?: string;
  readonly signer?: string;
  /** 主送 line, without the colon. */
  readonly addressees?: string;
  /** ISO date of the 成文日期, when found. */
  readonly date?: string;
  /** 抄送 line. */
  readonly copies?: string;
  /** 附件 list: titles in order. */
  readonly annexes: readonly string[];
  /** The opening text before the first numbered clause (after the header lines). */
  readonly opening: BodyPart[];
  readonly clauses: ImportedClause[];
  readonly tables: ImportedTable[];
  /** The annex number, when the document is an annex of another. */
  readonly annex?: number;
  /** How the document is cited: its 文号, 《title》 or 附件N. */
  readonly cite: string;
  readonly line: number;
}
