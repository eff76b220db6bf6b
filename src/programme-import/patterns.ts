/** The shapes of a Chinese government document's lines, shared by cleaning and structuring. */

/** Scanner apps' footers and stamps. */
export const WATERMARK = /^(?:扫描全能王\s*创建|由\s*扫描全能王\s*扫描创建|全能扫描王|CamScanner|Scanned\s+with\s+CamScanner)$/i;
/** — 3 —, -3-, 第3页, 第3页 共8页, 3/8. */
export const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
/** A paragraph that ends here: a sentence mark or the colon before a list or the addressees. */
export const HARD_END = /[。！？；：:]$/;
/** A line that cannot open a paragraph: it continues the one before, whatever mark precedes it. */
export const CONTINUATION = /^[和与及并的地得之、，。；：）》”〉]/;

const CN = '[一二三四五六七八九十]+';
/** The numbering marks, in the order of the hierarchy: 第一章 第一条 (rules), 一、 （一） 1. （1） ①. */
export const MARKS: readonly { readonly kind: string; readonly re: RegExp }[] = [
  { kind: 'chapter', re: /^第([一二三四五六七八九十]+)章\s*/ },
  { kind: 'article', re: /^第([一二三四五六七八九十百零]+)条\s*/ },
  { kind: 'cn', re: new RegExp(`^(${CN})\\s*[、．]\\s*`) },
  { kind: 'cn-paren', re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`) },
  { kind: 'arabic', re: /^(\d{1,2})\s*[、.．](?!\d)\s*/ },
  { kind: 'arabic-paren', re: /^[（(]\s*(\d{1,2})\s*[）)]\s*/ },
  { kind: 'circled', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/ },
];

export interface Mark {
  readonly kind: string;
  readonly number: number;
  /** The mark as written, e.g. 1、 or (一). */
  readonly raw: string;
}

const CN_VALUE: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零二 → 102. */
export function chineseValue(s: string): number {
  const hundred = s.indexOf('百');
  if (hundred >= 0)
    return (hundred === 0 ? 1 : (CN_VALUE[s[0]!] ?? 0)) * 100 + (hundred < s.length - 1 ? chineseValue(s.slice(hundred + 1).replace(/^零/, '')) : 0);
  if (s.length === 1) return CN_VALUE[s] ?? 0;
  const ten = s.indexOf('十');
  if (ten < 0) return 0;
  const tens = ten === 0 ? 1 : (CN_VALUE[s[0]!] ?? 0);
  const ones = ten === s.length - 1 ? 0 : (CN_VALUE[s[ten + 1]!] ?? 0);
  return tens * 10 + ones;
}

/** The numbering mark a paragraph opens with, if any. */
export function markOf(text: string): Mark | undefined {
  for (const { kind, re } of MARKS) {
    const m = re.exec(text);
    if (!m) continue;
    const v = m[1]!;
    const number = kind === 'circled' ? v.codePointAt(0)! - 0x2460 + 1 : /\d/.test(v) ? Number(v) : chineseValue(v);
    // 2018年… is a year, not item 2018; 1.5万元 is a figure.
    if (number > 0 && number <= (kind === 'article' ? 300 : 50)) return { kind, number, raw: m[0] };
  }
  return undefined;
}

/** 州商办发〔2018〕183号: a 文号 alone on its line. */
export const DOC_NUMBER_LINE = /^[\p{Script=Han}]{1,16}[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$/u;
/** A 文号 anywhere. */
export const DOC_NUMBER = /[\p{Script=Han}]{1,16}〔\d{4}〕\d{1,4}号/u;
/** 2018年9月10日, 二〇一八年九月十日. */
export const DATE_LINE = /^(?:(\d{4})|([〇零○一二三四五六七八九]{4}))\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$/;
/** An organisation's name ends so. */
export const ORG_END = /(?:局|厅|室|委员会|委|部|办|政府|院|社|中心|公司|署|会)$/;
/** A title: no sentence inside it, ending with what a document is. */
export const TITLE_END = /(?:通知|方案|办法|细则|规定|意见|决定|批复|函|报告|请示|通报|计划|计划表|一览表|明细表|分配表|表|规划|指南|要点)$/;

/** Whether a line reads as a document title (not numbered, no sentence marks). */
export function isTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length >= 6 && t.length <= 100 && !/[。；，]/.test(t) && !markOf(t) && TITLE_END.test(t) && !/^(?:附件|抄送|印发)/.test(t);
}

/** Lines of the document's frame: 版头 organisations, 文号, 签发人, 抄送, 印发, dates, units, 附件. */
export function isFrameLine(text: string): boolean {
  const t = text.trim();
  if (DOC_NUMBER_LINE.test(t) || DATE_LINE.test(t.replace(/\s+/g, ''))) return true;
  if (/^(?:签发人|抄送|印发|主送|附件|单位)\s*[：:]?/.test(t) && t.length < 120) return true;
  // 甘南州商务局 / 甘南州财政局 文件: organisations alone on a line (the 版头 or the 落款).
  return t.split(/\s+/).every((w) => ORG_END.test(w) || w === '文件' || /^[\p{Script=Han}]{2,20}(?:局|厅|室|委|部|办|政府)文件$/u.test(w));
}

/** A line that stands alone: never merged with the next one. */
export function standsAlone(text: string): boolean {
  const t = text.trim();
  if (isTitle(t) || isFrameLine(t) || /[：:]$/.test(t)) return true;
  const mark = markOf(t);
  // 一、加强组织领导 or (一) 促进农村产品上行: a heading line; a run-in item (（一）加强组织领导。各市州…) is a paragraph.
  return mark !== undefined && t.length <= 40 && !/[。；]/.test(t.slice(0, -1));
}
