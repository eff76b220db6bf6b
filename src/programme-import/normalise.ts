import type { CleanNote } from './types.ts';
import { ORG_END } from './patterns.ts';

/**
 * Spaces and half-width punctuation in Chinese text, normalised with a note for each kind:
 * OCR puts spaces around figures and between characters (甘肃省 2018 年, 综合 示范), and
 * reads full-width marks as half-width ones ((一), ",", ":").
 */

const HAN = /\p{Script=Han}/u;
/** An organisation's name opening a title (甘南州扶贫开发办公室关于…) or a letterhead (…办公室文件). */
const ORG_THEN = /^\p{Script=Han}{2,16}?(?:局|厅|室|委员会|委|部|办|政府)(?=$|关于|文件)/u;
const WIDE = /[\p{Script=Han}，。、；：？！“”‘’（）《》〈〉〔〕【】…—%％]/u;

const tail = (s: string, n = 6) => s.slice(Math.max(0, s.length - n));
const head = (s: string, n = 6) => s.slice(0, n);

/** Spaces that separate nothing in Chinese removed; kept between two organisations' names (甘南州商务局 甘南州财政局). */
export function normaliseSpaces(text: string, line: number, notes: CleanNote[]): string {
  const words = text.trim().split(/[ \t\u3000]+/);
  let out = words[0] ?? '';
  for (let i = 1; i < words.length; i++) {
    const left = words[i - 1]!;
    const right = words[i]!;
    const keep =
      (ORG_END.test(left) && (ORG_END.test(right) || ORG_THEN.test(right))) || /^\d+[.．]$/.test(left) || !(WIDE.test(left.slice(-1)) || WIDE.test(right[0]!));
    if (keep) {
      out += ` ${right}`;
      continue;
    }
    notes.push({ kind: 'spaces', line, before: `${tail(out)} ${head(right)}`, after: `${tail(out)}${head(right)}`, reason: '删除中文间多余空格' });
    out += right;
  }
  return out;
}

interface Swap {
  readonly re: RegExp;
  readonly to: string | ((m: string, ...groups: string[]) => string);
  readonly from: string;
  readonly into: string;
  readonly what: string;
}

const SWAPS: readonly Swap[] = [
  // (财建〔2015〕256号), (一): brackets around Chinese.
  { re: /\(([^()]*[\p{Script=Han}〔〕][^()]*)\)/gu, to: (_m, inner) => `（${inner}）`, from: '()', into: '（）', what: '半角括号改为全角' },
  // <管理办法> inside a 《title》 is 〈…〉, elsewhere 《…》.
  {
    re: /《([^《》]*)<([^<>]+)>([^《》]*)》/gu,
    to: (_m, a, b, c) => `《${a}〈${b}〉${c}》`,
    from: '<>',
    into: '〈〉',
    what: '半角尖括号改为书名号内的单书名号',
  },
  { re: /<([\p{Script=Han}][^<>]*)>/gu, to: (_m, inner) => `《${inner}》`, from: '<>', into: '《》', what: '半角尖括号改为书名号' },
  { re: /(?<!\d),|,(?!\d)/g, to: '，', from: ',', into: '，', what: '半角逗号改为全角' },
  { re: /(?<!\d):|:(?!\d)/g, to: '：', from: ':', into: '：', what: '半角冒号改为全角' },
  { re: /;/g, to: '；', from: ';', into: '；', what: '半角分号改为全角' },
  { re: /\?/g, to: '？', from: '?', into: '？', what: '半角问号改为全角' },
  { re: /!/g, to: '！', from: '!', into: '！', what: '半角叹号改为全角' },
];

/** Half-width marks in a Chinese paragraph made full-width, one note per kind with the count and an example. */
export function normalisePunctuation(text: string, line: number, notes: CleanNote[]): string {
  if (!HAN.test(text)) return text;
  let out = text;
  for (const swap of SWAPS) {
    const found = [...out.matchAll(swap.re)];
    if (!found.length) continue;
    const first = found[0]!;
    const example = out.slice(Math.max(0, first.index - 4), first.index + first[0].length + 4);
    const to = swap.to;
    const apply = (s: string) => (typeof to === 'string' ? s.replace(swap.re, to) : s.replace(swap.re, to));
    out = apply(out);
    notes.push({ kind: 'punctuation', line, before: example, after: apply(example), reason: `${swap.what}${found.length > 1 ? `，${found.length}处` : ''}` });
  }
  return out;
}

/** Spaces first (so “(一) 促进” loses its space), then the marks, then spaces left after a full-width mark. */
export function normaliseText(text: string, line: number, notes: CleanNote[]): string {
  const marks = normalisePunctuation(text, line, notes);
  return normaliseSpaces(marks, line, notes);
}
