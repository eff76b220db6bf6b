import { DATE_LINE, DOC_NUMBER_LINE, ORG_END } from './patterns.ts';

/** The frame of a document: 版头, 文号, dates, the 附件 list, and the ids and citations documents get. */

/** The organisations of a 版头 line (甘南州财政局文件 → 甘南州财政局), or undefined when the line is not one. */
export function letterheadOrgs(text: string): string[] | undefined {
  const words = text.replace(/文件$/, '').split(/\s+/).filter(Boolean);
  return words.length && words.every((w) => ORG_END.test(w) && w.length <= 20) ? words : undefined;
}

export const isDocNumber = (text: string): boolean => DOC_NUMBER_LINE.test(text.replace(/\s+/g, ''));

/** 州商办发(2018)183号 → 州商办发〔2018〕183号: the 文号 with its proper brackets. */
export function docNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/[[［(（](\d{4})[\]］)）]/, '〔$1〕');
}

const CN_DIGIT: Readonly<Record<string, number>> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [a, b] = s.split('十');
    return (a ? (CN_DIGIT[a] ?? 0) : 1) * 10 + (b ? (CN_DIGIT[b] ?? 0) : 0);
  }
  return [...s].reduce((n, ch) => n * 10 + (CN_DIGIT[ch] ?? 0), 0);
}

/** 2018年9月10日 or 二〇一八年九月十日 → 2018-09-10; undefined when the line is not a date. */
export function isoDate(text: string): string | undefined {
  const m = DATE_LINE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const year = m[1] ? Number(m[1]) : cnNumber(m[2]!);
  const month = cnNumber(m[3]!);
  const day = cnNumber(m[4]!);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 附件：1. 《…》 2. … → the annex titles in order. */
export function annexTitles(list: string): string[] {
  const text = list.replace(/^附件\s*[：:]?\s*/, '');
  const items = text.split(/(?:^|\s+)\d{1,2}\s*[.．、]\s*/).map((t) => t.replace(/[《》]/g, '').trim());
  return items.filter(Boolean);
}

/** 附件1, 附件 2, 附件一: an annex's own marker line. */
export function annexMarker(text: string): number | undefined {
  const m = /^附件\s*([\d一二三四五六七八九十]{1,3})\s*[：:]?$/.exec(text.replace(/\s+/g, ' ').trim());
  return m ? cnNumber(m[1]!) : undefined;
}

/** The id a document gets from what it is: letter (a numbered notice), plan (方案), rules (办法), annex-N, doc. */
export function documentKind(title: string, hasNumber: boolean): string {
  if (/(?:通知|函|意见|决定|批复|通报)$/.test(title) && hasNumber) return 'letter';
  if (/方案$/.test(title)) return 'plan';
  if (/(?:办法|细则|规定)$/.test(title)) return 'rules';
  if (/(?:通知|函)$/.test(title)) return 'notice';
  return 'doc';
}

/** A fresh id: the wanted one, or it with -b, -c… (a letter, so that it never reads as a clause number: letter-2 is 二 of the letter). */
export function uniqueId(wanted: string, used: ReadonlySet<string>): string {
  if (!used.has(wanted)) return wanted;
  let n = 1;
  while (used.has(`${wanted}-${String.fromCharCode(97 + n)}`)) n++;
  return `${wanted}-${String.fromCharCode(97 + n)}`;
}

/** Issuers named before 关于 in a title (甘南州商务局 甘南州财政局 … 关于…). */
export function issuersOfTitle(title: string): string[] {
  const before = /^(.+?)关于/.exec(title)?.[1] ?? '';
  return before.split(/\s+/).filter((w) => ORG_END.test(w));
}
