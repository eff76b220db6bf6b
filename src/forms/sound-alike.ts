/**
 * Figures as voice input and hurried typing leave them, beyond what dictation.ts reads: a numeral written
 * as a word that sounds like it (酒万 for 九万, 巴万 for 八万, 食物万 for 十五万), a lone letter for a digit
 * (l个), 是 heard for 十 before a unit (是场), and a Chinese numeral broken up by spaces (五 十 六 个,
 * 四百 零五户); and the same figure sent twice, read once. But for that last one, none of these is certain,
 * so each is read with its likely meaning and asked back, never stored unasked; a sound-alike that gives
 * no numeral is asked for the figure again.
 */
import type { Dictated } from './dictation.ts';
import { readNumeral } from './numbers.ts';

// Words that sound like a digit (toneless), taken for it only inside a message that is nothing but a figure.
// (Not 吧, 期, 无, 时: a particle, a measure word, "none", and 时 read by dictation.ts.)
const HEARD: Readonly<Record<string, string>> = {
  酒: '九',
  久: '九',
  韭: '九',
  巴: '八',
  扒: '八',
  芭: '八',
  疤: '八',
  食: '十',
  物: '五',
  舞: '五',
  午: '五',
  武: '五',
  溜: '六',
  遛: '六',
  伞: '三',
  死: '四',
  寺: '四',
  衣: '一',
  依: '一',
  医: '一',
  而: '二',
};
const HEARD_CHARS = Object.keys(HEARD).join('');
const DIGITS = '零〇一二两三四五六七八九十百千万点壹贰叁肆伍陆柒捌玖拾佰仟\\d.';
const UNIT = '(?:万元|万|元|块钱|块|人次|场次|个|场|人|户|次|项|家|村)';
const LONE_FIGURE = new RegExp(`^([${HEARD_CHARS}${DIGITS}]+)(${UNIT})?$`);

const asNumeral = (s: string): string => [...s].map((c) => HEARD[c] ?? c).join('');

/** 酒万元 → 九万元 (asked); undefined when no sound-alike stands in a lone figure. */
function soundAlike(s: string, shown: string): Dictated | undefined {
  const m = LONE_FIGURE.exec(s);
  if (!m || ![...m[1]!].some((c) => c in HEARD)) return undefined;
  // (A sound-alike alone, 物 or 医, is a word: read only with a unit or a true numeral beside it.)
  if (!m[2] && ![...m[1]!].some((c) => !(c in HEARD))) return undefined;
  const figure = asNumeral(m[1]!);
  const heard = [...new Set([...m[1]!].filter((c) => c in HEARD))];
  const why = `“${shown}”中的${heard.map((c) => `“${c}”`).join('、')}可能是${heard.map((c) => `“${HEARD[c]}”`).join('、')}（${figure}${m[2] ?? ''}）。`;
  if (readNumeral(figure)?.kind !== 'value') return { text: s, unclear: true, why };
  return { text: `${figure}${m[2] ?? ''}`, why };
}

/** 是场, 是个: 是 before a unit with no digit is 十 heard (it cannot be "yes, 场"); asked. */
function shiBeforeUnit(s: string, shown: string): Dictated | undefined {
  const m = new RegExp(`^是(${UNIT})$`).exec(s);
  return m ? { text: `十${m[1]}`, why: `“${shown}”中的“是”可能是“十”。` } : undefined;
}

/** l个, O场: a letter alone where the digit should be (1, or 0?); no one figure, asked again. */
function letterAlone(s: string, shown: string): Dictated | undefined {
  const m = new RegExp(`^([lIoO])(${UNIT})$`).exec(s);
  if (!m) return undefined;
  const one = /[lI]/.test(m[1]!) ? ([`1${m[2]}`, `1${m[2]}`] as const) : undefined;
  return { text: s, unclear: true, ...(one ? { readings: one } : {}), why: `“${shown}”中含有字母。` };
}

const SPACE_CHARS = ' \\t\\u3000\\u00a0';
const SPACE = new RegExp(`[${SPACE_CHARS}]+`);
const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * 五 十 六 个 (one character at a time, as dictated), 四百 零五户 (the part after the space starts with 零, which
 * no figure said alone does): one numeral broken by spaces, joined. Two whole numerals (五十 六十, 5 6) are not.
 */
function spacedNumeral(s: string, shown: string): Dictated | undefined {
  if (!SPACE.test(s)) return undefined;
  const m = new RegExp(`^([${CHINESE_DIGITS}${SPACE_CHARS}]+?)(${UNIT})?$`).exec(s);
  if (!m) return undefined;
  const parts = m[1]!.trim().split(SPACE);
  if (parts.length < 2) return undefined;
  const byChar = parts.every((p) => p.length === 1) && parts.some((p) => /[十百千万拾佰仟]/.test(p));
  const carried = parts.slice(1).every((p, i) => /^零[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(p) && /[十百千万拾佰仟]$/.test(parts[i]!));
  if (!byChar && !carried) return undefined;
  const joined = `${parts.join('')}${m[2] ?? ''}`;
  if (readNumeral(parts.join(''))?.kind !== 'value') return undefined;
  return { text: joined, why: `“${shown}”的数字中间有空格，按“${joined}”理解。` };
}

/** 五十个人 五十个人, 8个，8个: the same figure sent twice (the send pressed twice, or said again), read once. */
function sentTwice(s: string): Dictated | undefined {
  const m = /^(\S*[\d零〇一二两三四五六七八九十百千万]\S*?)[\s，,、。]+\1[。.！!]*$/.exec(s);
  return m ? { text: m[1]! } : undefined;
}

/** What voice input or hurried typing did to a lone figure (see above); undefined when nothing. */
export function heardFigure(typed: string): Dictated | undefined {
  const shown = typed.trim();
  const s = typed.normalize('NFKC').trim();
  const compact = s.replace(new RegExp(SPACE.source, 'g'), '');
  return sentTwice(s) ?? spacedNumeral(s, shown) ?? soundAlike(compact, shown) ?? shiBeforeUnit(compact, shown) ?? letterAlone(compact, shown);
}

/** 酒月二十八, 十月巴号: a sound-alike beside 月, 号 or 日 in a date, read as the digit (asked); undefined when none. */
export function heardInDate(typed: string): { readonly text: string; readonly heard: string } | undefined {
  const near = new RegExp(`[${HEARD_CHARS}](?=[${CHINESE_DIGITS}]*[月号日])|(?<=月[${CHINESE_DIGITS}]*)[${HEARD_CHARS}]`, 'g');
  const found = typed.match(near);
  if (!found || !new RegExp(`^[\\d\\s年月日号${CHINESE_DIGITS}${HEARD_CHARS}]+$`).test(typed.trim())) return undefined;
  return { text: typed.replace(near, (c) => HEARD[c]!), heard: [...new Set(found)].join('、') };
}
