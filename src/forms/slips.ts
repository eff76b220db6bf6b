/**
 * Slips of the keyboard that make a figure ten or ten thousand times off: a unit typed twice (5万万),
 * before the figure (万5), a stray point (4.5.万), a full stop between digits with nothing after them
 * (3。2), or 元 written where 万 was meant (12.5元). Each is read with its likely meaning and asked
 * back with the words that raised it: never stored unasked, and never refused when the meaning is plain.
 */
import { WRITTEN_CENTS } from './jiao-fen.ts';

export interface Slip {
  /** The figure as it was most likely meant (5万, 4.5万, 3.2), read again by the caller. */
  readonly text: string;
  /** Why it is asked, in the official's words (the question that follows offers the reading). */
  readonly why: string;
}

// (A full stop typed for the point inside the figure, 2。5。万, is a point too.)
const FIGURE = '\\d+(?:[.。]\\d+)?';
const point = (figure: string): string => figure.replace('。', '.');
const AMOUNT_UNIT = '(万元|万|元|块钱|块)?';

/** A slip in a lone figure (no other words): its likely reading and why it is asked; undefined when there is none. */
export function slipOf(s: string, typed: string, kind?: 'amount' | 'count'): Slip | undefined {
  // 5万万, 3.2万万元, 五万万: 万 typed twice. (万万 is an old word for 亿, which no weekly line of a county holds.)
  const twice = new RegExp(`^(${FIGURE}|[零〇一二两三四五六七八九十百千点]+)万{2,}(元)?$`).exec(s);
  if (twice) return { text: `${point(twice[1]!)}万${twice[2] ?? ''}`, why: `“${typed}”中“万”写了两次，按“${point(twice[1]!)}万”理解。` };
  // 万5: the unit typed before the figure; said aloud, 万五 may also be 一万五 (1.5万), which the question names.
  const before = new RegExp(`^万(${FIGURE})(元)?$`).exec(s);
  if (before) {
    const alt = /^[1-9]$/.test(before[1]!) ? `（如指一万${'一二三四五六七八九'[Number(before[1]) - 1]}千元，请输入 1.${before[1]}万）` : '';
    return { text: `${point(before[1]!)}万${before[2] ?? ''}`, why: `“${typed}”中“万”写在了数字前面，按“${point(before[1]!)}万”理解${alt}。` };
  }
  // 百二, 千五个: at a count, 一 left off before 百 or 千, as people say it; read as 一百二, 一千五. (At an amount
  // 千五 may be 1500元 as well as 1500万元: left to the reader, which asks for the unit.)
  const one = kind === 'count' && /^[百千][一二两三四五六七八九]十?(?:人次|场次|个|场|次|人|户|项|家|村)?$/.exec(s);
  if (one) return { text: `一${s}`, why: `“${typed}”按“一${s}”理解。` };
  // 4.5.万, 4.5。万元: a point left over between the figure and its unit.
  const stray = new RegExp(`^(${FIGURE})[.。]+(万元|万|元|块钱|块)$`).exec(s);
  if (stray) return { text: `${point(stray[1]!)}${stray[2]}`, why: `“${typed}”中数字后多了一个点，按“${point(stray[1]!)}${stray[2]}”理解。` };
  // 4..5万: the point typed twice.
  const doubled = new RegExp(`^(\\d+)(?:\\.{2,}|。{2,})(\\d+)${AMOUNT_UNIT}$`).exec(s);
  if (doubled) {
    const read = `${doubled[1]}.${doubled[2]}${doubled[3] ?? ''}`;
    return { text: read, why: `“${typed}”中小数点写了两次，按“${read}”理解。` };
  }
  // 1.000.000元: points grouping the thousands, as some keyboards and countries write them (two or more groups;
  // 1.000 alone may be one).
  const dots = new RegExp(`^(\\d{1,3}(?:\\.\\d{3}){2,})${AMOUNT_UNIT}$`).exec(s);
  if (dots) {
    // (With no unit, a figure grouped to the millions is in 元: no weekly line holds millions of 万元.)
    const read = `${dots[1]!.replace(/\./g, '')}${dots[2] ?? '元'}`;
    return { text: read, why: `“${typed}”中的点按千位分隔符理解，按“${read}”理解。` };
  }
  // 84.000, 12.500 with no unit at an amount: a point before three digits may be the decimal point (84万元) or, as
  // some keyboards group thousands, a separator (84000元); read as the point, and always asked, naming the other.
  const grouped = kind === 'amount' && /^([1-9]\d{0,2})\.(\d{3})$/.exec(s);
  if (grouped) return { text: `${s}万`, why: `“${typed}”中的点可能是小数点，也可能是千位分隔符（${grouped[1]}${grouped[2]}元），按小数点理解。` };
  // 12,5万: a comma before one or two digits and 万 is a decimal point typed as on some keyboards (1,500 groups thousands).
  const comma = /^(\d+)[,，](\d{1,2})(万元|万)$/.exec(s);
  if (comma) return { text: `${comma[1]}.${comma[2]}${comma[3]}`, why: `“${typed}”中的逗号按小数点理解。` };
  // 1,2500元: digits grouped by four, as 万 groups them.
  const byWan = /^(\d{1,4})[,，](\d{4})(元|块)$/.exec(s);
  if (byWan) return { text: `${byWan[1]}${byWan[2]}${byWan[3]}`, why: `“${typed}”按“${byWan[1]}${byWan[2]}${byWan[3]}”理解。` };
  // 3。2 with nothing after it: a full stop between digits is likely a decimal point, but may be a slip
  // (32, or 3 then a stray 2); with a unit after it (12。5万) the point is plain and read without asking.
  const stop = /^(\d+)。(\d+)$/.exec(s);
  if (stop) return { text: `${stop[1]}.${stop[2]}`, why: `“${typed}”中的“。”按小数点理解。` };
  return undefined;
}

/**
 * 12.5元, 12元 at a 万元 field: amounts are kept to the 元, and a figure in 元 with 角 or 分 that is below
 * 1,000元, or any below 100元, is far below anything a weekly line of the programme holds (the smallest
 * real ones are a few hundred 元, written whole: 500元); 万 was most likely meant. Undefined when the
 * figure in 元 is plausible.
 */
export function yuanMeantWan(unit: string, yuan: number, typed: string): Slip | undefined {
  // (80块5毛, 12元3角: the 角 or 分 written out says the sum was meant in 元; asked as that, by quantity.ts.)
  if (!/^(?:元|块钱|块|圆)$/.test(unit) || yuan >= 1_000 || (Number.isInteger(yuan) && yuan >= 100) || WRITTEN_CENTS.test(typed)) return undefined;
  return { text: `${yuan}万`, why: `“${typed}”按元计算不足 0.1万元，与周报的数额不符，可能是“${yuan}万元”。` };
}
