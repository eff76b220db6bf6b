import { annexMarker, annexTitles, docNumber, documentKind, isDocNumber, isoDate, issuersOfTitle, letterheadOrgs, uniqueId } from './frame.ts';
import { isFrameLine, isTitle, markOf, type Mark } from './patterns.ts';
import { asTable } from './tables.ts';
import type { BodyPart, CleanNote, ImportedClause, ImportedDocument, ImportedTable, Paragraph } from './types.ts';

/**
 * The documents in a cleaned text and their clauses: a letter's frame (版头, 文号, 签发人,
 * title, 主送, 抄送, date), the numbering hierarchy 一、/（一）/1./（1）/① as nested
 * clauses with ids in notice.md's scheme (plan-3-1-2), run-in headings, the 附件 list,
 * and each annex as a document of its own.
 */

const MARK_RANK: Readonly<Record<string, number>> = { chapter: 0, article: 1, cn: 2, 'cn-paren': 3, arabic: 4, 'arabic-paren': 5, circled: 6 };
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const tens = (n: number) => (n <= 10 ? CN[n]! : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`);
const cn = (n: number) => (n < 100 ? tens(n) : `${CN[Math.floor(n / 100)]}百${n % 100 ? `${n % 100 < 10 ? '零' : ''}${tens(n % 100)}` : ''}`);

/** The mark as notice.md writes it: 一、 （一） 1. （1） ①. */
function writtenMark(mark: Mark): string {
  switch (mark.kind) {
    case 'chapter':
      return `第${cn(mark.number)}章 `;
    case 'article':
      return `第${cn(mark.number)}条 `;
    case 'cn':
      return `${cn(mark.number)}、`;
    case 'cn-paren':
      return `（${cn(mark.number)}）`;
    case 'arabic':
      return `${mark.number}. `;
    case 'arabic-paren':
      return `（${mark.number}）`;
    default:
      return mark.raw.trim();
  }
}

/** What a one-sentence item is about: the words before what it rules (原则上, 应, 不得…). */
function subjectOf(sentence: string): string {
  const m = /^(.{6,}?)(?:原则上|应当|必须|不得|不低于|不高于|不超过|不少于|须)/.exec(sentence);
  return m ? m[1]! : sentence;
}

export interface DocumentOptions {
  /** The id of the first (main) document; its annexes become <id>-annex-N. */
  readonly mainId?: string;
  /** Ids already taken in the folder's notice (other documents). */
  readonly taken?: ReadonlySet<string>;
}

interface Builder {
  doc: ImportedDocument & { title: string; number?: string; issuers: string[]; annexes: string[]; clauses: ImportedClause[]; tables: ImportedTable[] };
  annexNo?: number;
  stack: { rank: number; number: number; clause: ImportedClause }[];
  /** The frame is read until the first paragraph of text. */
  inFrame: boolean;
  ended: boolean;
  orgs: string[];
}

/** Splits cleaned paragraphs into documents with their clauses. */
export function structure(paragraphs: readonly Paragraph[], notes: CleanNote[], options: DocumentOptions = {}): ImportedDocument[] {
  const docs: Builder[] = [];
  const used = new Set(options.taken ?? []);
  let cur: Builder | undefined;
  let annexList: ImportedClause | undefined;

  const start = (line: number, annexNo?: number): Builder => {
    const b: Builder = {
      doc: { id: '', title: '', issuers: [], annexes: [], opening: [], clauses: [], tables: [], cite: '', line },
      annexNo,
      stack: [],
      inFrame: true,
      ended: false,
      orgs: [],
    };
    docs.push(b);
    annexList = undefined;
    return b;
  };
  const body = (b: Builder): BodyPart[] => b.stack[b.stack.length - 1]?.clause.body ?? b.doc.opening;

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = p.text;
    if (p.cells) {
      const b = (cur ??= start(p.line));
      const rows: (readonly string[])[] = [];
      while (i < paragraphs.length && paragraphs[i]!.cells) rows.push(paragraphs[i++]!.cells!);
      i--;
      const parts = body(b);
      const unit =
        typeof parts[parts.length - 1] === 'string' && /^单位[：:]/.test(parts[parts.length - 1] as string) ? (parts[parts.length - 1] as string) : undefined;
      const table = asTable(rows, unit);
      b.doc.tables.push(table);
      parts.push(table);
      b.inFrame = false;
      continue;
    }
    // The annex list goes on over numbered items and broken fragments until a page break or a title.
    // The 落款 and the date after the annex list end it.
    if (annexList && isFrameLine(text)) annexList = undefined;
    if (annexList && cur && !p.afterBreak && !isTitle(text) && !isFrameLine(text)) {
      const last = annexList.body.length - 1;
      const joined = markOf(text) ? `${annexList.body[last] as string} ${text}` : `${annexList.body[last] as string}${text}`;
      if (!markOf(text))
        notes.push({
          kind: 'line-break',
          line: p.line,
          before: `${(annexList.body[last] as string).slice(-4)}↵${text.slice(0, 4)}`,
          after: `${(annexList.body[last] as string).slice(-4)}${text.slice(0, 4)}`,
          reason: '合并附件目录断行',
        });
      annexList.body[last] = joined;
      continue;
    }
    const listedAnnex = listedAnnexes(docs).indexOf(text.replace(/^附件\s*\d+\s*/, ''));
    const marker = annexMarker(text);
    const awaitingTitle = cur?.inFrame === true && !cur.doc.title;
    const newDoc =
      !cur ||
      marker !== undefined ||
      (isTitle(text) && !awaitingTitle && (cur.ended || annexList !== undefined || listedAnnex >= 0)) ||
      (!cur.inFrame && (isDocNumber(text) || (letterheadOrgs(text) !== undefined && /文件$/.test(text))));
    if (newDoc) {
      const annexNo = marker ?? (listedAnnex >= 0 ? listedAnnex + 1 : undefined);
      cur = start(p.line, annexNo);
      if (marker !== undefined) continue;
    }
    const b = cur!;
    if (b.inFrame && !b.doc.title) {
      const orgs = letterheadOrgs(text);
      if (orgs && !isDocNumber(text)) {
        b.orgs.push(...orgs);
        b.doc.issuers.push(...orgs);
        continue;
      }
      if (b.orgs.length && !b.doc.letterhead) {
        b.doc.opening.push(((b.doc as { letterhead?: string }).letterhead = `${b.orgs.join(' ')}文件`));
        if (b.orgs.length > 1)
          notes.push({
            kind: 'letterhead',
            line: b.doc.line,
            before: b.orgs.join('↵'),
            after: `${b.orgs.join(' ')}文件`,
            reason: '联合行文版头分行排版，合并为一行',
          });
      }
      if (isDocNumber(text)) {
        b.doc.number = docNumber(text);
        b.doc.opening.push(b.doc.number);
        continue;
      }
      if (/^签发人[：:]/.test(text)) {
        (b.doc as { signer?: string }).signer = text.replace(/^签发人[：:]\s*/, '');
        b.doc.opening.push(text);
        continue;
      }
      if (isTitle(text)) {
        b.doc.title = text;
        if (!b.doc.issuers.length) b.doc.issuers.push(...issuersOfTitle(text));
        continue;
      }
    }
    if (b.inFrame && b.doc.title && /[：:]$/.test(text) && !/^附件/.test(text) && !markOf(text)) {
      (b.doc as { addressees?: string }).addressees = text.replace(/[：:]$/, '');
      b.doc.opening.push(text);
      continue;
    }
    b.inFrame = false;
    const date = isoDate(text);
    if (date) (b.doc as { date?: string }).date = date;
    if (/^(?:抄送|印发)[：:]/.test(text)) {
      if (/^抄送/.test(text)) (b.doc as { copies?: string }).copies = text.replace(/^抄送[：:]\s*/, '');
      b.ended = true;
    }
    if (/^附件\s*[：:]/.test(text)) {
      annexList = { id: `${b.doc.id || '?'}-annexes`, depth: 1, heading: '附件', body: [text], line: p.line };
      b.doc.clauses.push(annexList);
      b.stack = [{ rank: -1, number: 0, clause: annexList }];
      continue;
    }
    const mark = markOf(text);
    if (mark) {
      numbered(b, mark, text, p.line, paragraphs[i + 1]);
      continue;
    }
    body(b).push(text);
  }
  return docs.map((b) => finish(b, options, used, docs[0]!));
}

/** The annex titles every 附件 list so far names, in order. */
function listedAnnexes(docs: readonly Builder[]): string[] {
  return docs.flatMap((d) => d.doc.clauses.filter((c) => c.heading === '附件').flatMap((c) => annexTitles(String(c.body[0] ?? ''))));
}

/** A numbered paragraph opens a clause under the nearest higher mark; a run-in item's first sentence is its heading. */
function numbered(b: Builder, mark: Mark, text: string, line: number, next: Paragraph | undefined): void {
  const rank = MARK_RANK[mark.kind]!;
  while (b.stack.length && b.stack[b.stack.length - 1]!.rank >= rank) b.stack.pop();
  const rest = text.slice(mark.raw.length).trim();
  const stop = rest.search(/[。；]/);
  let heading = rest;
  const body: string[] = [];
  if (mark.kind === 'article' && stop >= 0) {
    // 第十二条 中央财政资金不得用于…: an article is cited by its number; its text is the rule.
    heading = '';
    body.push(rest);
  } else if (stop >= 0 && stop < rest.length - 1) {
    heading = rest.slice(0, stop);
    body.push(rest.slice(stop + 1).trim());
  } else if (stop === rest.length - 1) {
    heading = rest.slice(0, -1);
    // One sentence and nothing under it: a rule, titled by what it is about, stated in full below.
    if (!next || next.cells || markOf(next.text) || isTitle(next.text)) {
      heading = subjectOf(heading);
      body.push(rest);
    }
  }
  const path = [...b.stack.filter((s) => s.rank >= 0).map((s) => s.number), mark.number];
  const clause: ImportedClause = { id: path.join('-'), depth: path.length, heading: `${writtenMark(mark)}${heading}`.trim(), body, line };
  b.doc.clauses.push(clause);
  b.stack.push({ rank, number: mark.number, clause });
}

/**
 * Run-in headings (上下联动，各负其责。…) of a clause whose paragraphs open with them become its sub-clauses:
 * the first paragraph and at least half of them must; a paragraph without one goes on the run-in before it
 * (a PDF line that ends a sentence at its end looks like a new paragraph).
 */
const RUN_IN = /^([^，。；：、“”]{2,8}[，、][^，。；：、“”]{2,8})。(.+)$/;

function runIns(doc: ImportedDocument): ImportedClause[] {
  return doc.clauses.flatMap((c) => {
    const paras = c.body.filter((x): x is string => typeof x === 'string');
    const hasChildren = doc.clauses.some((d) => d.id.startsWith(`${c.id}-`));
    const opening = paras.filter((x) => RUN_IN.test(x)).length;
    if (hasChildren || opening < 2 || opening * 2 < paras.length || paras.length !== c.body.length || !RUN_IN.test(paras[0] ?? '')) return [c];
    const children: ImportedClause[] = [];
    for (const x of paras) {
      const m = RUN_IN.exec(x);
      if (m) children.push({ id: `${c.id}-${children.length + 1}`, depth: c.depth + 1, heading: m[1]!, body: [m[2]!], line: c.line });
      else children[children.length - 1]!.body.push(x);
    }
    return [{ ...c, body: [] }, ...children];
  });
}

function finish(b: Builder, options: DocumentOptions, used: Set<string>, main: Builder): ImportedDocument {
  const isMain = b === main;
  const prefix = options.mainId && !isMain ? `${options.mainId}-` : '';
  const wanted =
    b.annexNo !== undefined ? `${prefix}annex-${b.annexNo}` : isMain && options.mainId ? options.mainId : documentKind(b.doc.title, !!b.doc.number);
  const id = uniqueId(wanted, used);
  used.add(id);
  const listed = b.annexNo !== undefined ? listedAnnexes([main]) : [];
  const annexes = listedAnnexes([b]);
  const title = b.doc.title || listed[(b.annexNo ?? 1) - 1] || '';
  const mainCite = isMain ? '' : (main.doc.number ?? '');
  const cite = b.annexNo !== undefined ? `${options.mainId && mainCite ? mainCite : ''}附件${b.annexNo}` : (b.doc.number ?? `《${title}》`);
  const clauses = runIns({ ...b.doc, clauses: b.doc.clauses }).map((c) => ({ ...c, id: c.heading === '附件' ? `${id}-annexes` : `${id}-${c.id}` }));
  return { ...b.doc, id, title, annexes, clauses, cite, ...(b.annexNo !== undefined ? { annex: b.annexNo } : {}) };
}
