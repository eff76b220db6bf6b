/** One heading of the notice with the text under it, addressable by its `{#id}`. */
export interface Clause {
  readonly id: string;
  /** Heading level 1..6. */
  readonly level: number;
  readonly title: string;
  /** Titles of the enclosing headings, outermost first (without this clause's own title). */
  readonly headingChain: readonly string[];
  /** The document this clause belongs to: the id of its level-1 heading (letter, plan, annex-1). */
  readonly documentId: string;
  /** The document as people cite it, e.g. 《甘肃省2018年电子商务进农村综合示范项目实施方案》 or 州商办发〔2018〕183号. */
  readonly source: string;
  /** The clause's place in its document, e.g. 三（一）3; empty for a document's opening text. */
  readonly section: string;
  /** Body text, paragraphs joined by newlines (table rows as "cell cell" lines). */
  readonly body: string;
  /** The body split into sentences, for quoting. */
  readonly sentences: readonly string[];
}

export interface DocumentCite {
  readonly title: string;
  readonly cite: string;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/;
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二 (enough for section numbers). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${CN_DIGITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** The section label of a clause id inside its document: plan-3-1-3 → 三（一）3, letter-2 → 二. */
export function sectionLabel(id: string, documentId: string, title: string): string {
  if (id === documentId) return '';
  // Rules are cited by their own chapter or article: 第十二条.
  const own = /^第[一二三四五六七八九十百零]+[章条]/.exec(title)?.[0];
  if (own) return own;
  const rest = id.slice(documentId.length + 1);
  const parts = rest.split('-').map(Number);
  if (parts.some((n) => !Number.isInteger(n) || n <= 0)) return title;
  const [a, b, c, d, e] = parts as [number, number?, number?, number?, number?];
  let label = chineseNumeral(a);
  if (b !== undefined) {
    // Unnumbered sub-headings (the four principles) are cited by their title, as the document has no number for them.
    label += /^（[一二三四五六七八九十]+）/.test(title) || c !== undefined ? `（${chineseNumeral(b)}）` : `“${title}”`;
  }
  if (c !== undefined) label += String(c);
  // Deeper items of an imported document: （1） and ①.
  if (d !== undefined) label += `（${d}）`;
  if (e !== undefined) label += String.fromCodePoint(0x2460 + e - 1);
  return label;
}

/** Splits Chinese text into sentences, keeping the end mark; table lines and short lines stay whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.match(/[^。！？；]+[。！？；]?/g) ?? [];
    for (const p of parts) {
      const s = p.trim();
      if (s) out.push(s.replace(/；$/, '。'));
    }
  }
  return out;
}

function tableLine(line: string): string | null {
  if (!line.startsWith('|')) return null;
  if (/^\|\s*-+/.test(line)) return '';
  return line
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' ');
}

/** Parses the notice Markdown (H1..H4 headings with `{#id}`) into clauses, in document order. */
export function parseNotice(markdown: string, documents: Readonly<Record<string, DocumentCite>>): Clause[] {
  const text = markdown.replace(/<!--[\s\S]*?-->/g, '');
  const clauses: Clause[] = [];
  const chain: { level: number; title: string; id: string }[] = [];
  let current: { level: number; title: string; id: string; chain: string[]; documentId: string; lines: string[]; section?: string } | undefined;

  const flush = () => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    const doc = documents[current.documentId];
    clauses.push({
      id: current.id,
      level: current.level,
      title: current.title,
      headingChain: current.chain,
      documentId: current.documentId,
      source: doc?.cite ?? current.documentId,
      section: current.section ?? sectionLabel(current.id, current.documentId, current.title),
      body,
      sentences: splitSentences(body),
    });
  };

  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      const title = heading[2]!.replace(/^\d+\.\s*/, '');
      const id = heading[3]!;
      while (chain.length && chain[chain.length - 1]!.level >= level) chain.pop();
      const documentId = level === 1 ? id : (chain[0]?.id ?? id);
      // An item inside an article of rules is cited by the article: 第四条（一）.
      const article = chain.map((c) => /^第[一二三四五六七八九十百零]+条/.exec(c.title)?.[0]).findLast((a) => a !== undefined);
      const mark = /^(?:（[一二三四五六七八九十]+）|（\d+）|\d+(?=\.)|[①-⑳])/.exec(heading[2]!)?.[0];
      current = { level, title, id, chain: chain.map((c) => c.title), documentId, lines: [], ...(article && mark ? { section: `${article}${mark}` } : {}) };
      chain.push({ level, title, id });
      continue;
    }
    if (!current || !line) continue;
    const cells = tableLine(line);
    if (cells === '') continue;
    current.lines.push(cells ?? line);
  }
  flush();
  return clauses;
}

/** How a person cites a clause: 《…实施方案》三（一）3, 州商办发〔2018〕183号 二, 附件1. */
export function citationLabel(clause: Pick<Clause, 'source' | 'section'>): string {
  return clause.section ? `${clause.source}${clause.source.endsWith('》') ? '' : ' '}${clause.section}` : clause.source;
}
