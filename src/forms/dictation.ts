/**
 * Figures as speech-to-text and phone keyboards leave them: spaces inside a number (368 000元,
 * 12 .5万, 1 2 8 个), 是 heard for 十 (二是五万, 三是个, 一百二是三), a decimal point with nothing
 * after it (12.). Each is rewritten to the figure it most likely is; a rewrite that is a guess
 * carries `why`, and the form asks with the reading spelled out instead of storing it.
 */

import { readNumeral } from './numbers.ts';
import { heardFigure } from './sound-alike.ts';

export interface Dictated {
  /** The text with the figure as it most likely was meant. */
  readonly text: string;
  /** Why the rewrite is a guess (the question's first words); absent when it is certain (368 000 → 368000). */
  readonly why?: string;
  /** The words name no one figure (是五万: 十五万, or "yes, 五万"?): asked for the figure again. */
  readonly unclear?: boolean;
  /** For an unclear one, the two figures it may be (十五万, 五万). */
  readonly readings?: readonly [string, string];
}

const DIGIT = '[一二三四五六七八九两]';
// 是 between a digit and a digit, a unit or the end: 十 heard as 是 (二是五万 = 二十五万, 三是个 = 三十个;
// 三百是户 reads as no numeral then, and is asked again).
const SHI_FOR_TEN = new RegExp(`(?<=${DIGIT}|[百千])是(?=${DIGIT}|[万千个人场户次项家村元块圆]|$)`);
const SHI_FOR_FOUR = /(?<=十)是(?=[万千个人场户次项家村元块圆]|$)/;
// 是五万 at the very start: 十五万, or "是，五万" (yes, five)? Nothing tells them apart.
const LEADING_SHI = new RegExp(`^是(?=${DIGIT}|十)`);
// 时万, 二时五个, 一共是时万: 十 as a pinyin keyboard or dictation wrote it (shí: 时, 实, 石), after a digit, at the
// start or after 是/共/了 (not 有时, sometimes), and before a digit (then a unit or a point: 时二点五万), 万 or 千, or a count's unit (not 小时, 同时, 实际: no digit or unit follows).
const SHI_HEARD = new RegExp(`(?<=^|${DIGIT}|[是共了])[时实石](?=[万千点个人场户次项家村元块]|${DIGIT}(?:[万千点个人场户次项家村元块]|$))`);
// 量万, 量万五, 量点五万, 量个: 两 as dictation wrote it (liǎng heard as liàng), at the start or after 是/共/了 and before 万, 千,
// 百 or a unit (not 数量, 工作量, 销量: a word before it); after 万 too (一万量千).
const LIANG_HEARD = /(?<=^|[是共了万])量(?=[万千百点个人场户次项家村元块])/;
const SPACE = '[ \\t\\u3000\\u00a0]+';

/** The certain rewrites: thousands separated by spaces, a space beside a decimal point, 1万 2千. */
function joinCertain(s: string): string {
  return s
    .replace(new RegExp(`(?<![\\d.])\\d{1,3}(?:${SPACE}\\d{3})+(?![\\d.])`, 'g'), (m) => m.replace(/\s+|\u3000/g, ''))
    .replace(new RegExp(`(?<=\\d)${SPACE}(?=\\.\\d)|(?<=\\d\\.)${SPACE}(?=\\d)`, 'g'), '')
    .replace(new RegExp(`(?<=\\d[万亿])${SPACE}(?=\\d+[千百])`, 'g'), '');
}

/** Reads what dictation or a phone keyboard did to a figure; undefined when nothing was done. */
export function dictated(raw: string): Dictated | undefined {
  // (酒万, 是场, l个, 五 十 六 个: a lone figure as voice input or hurried typing left it; sound-alike.ts.)
  const heard = heardFigure(raw);
  // (五十个人 五十个人: the same words sent twice are read once, as any other figure.)
  if (heard) return heard.why || heard.unclear ? heard : (dictated(heard.text) ?? heard);
  const typed = raw.normalize('NFKC').trim();
  // (The words shown back as they were typed: ，not the NFKC comma.)
  const shown = raw.trim();
  const s = joinCertain(typed);
  const certain = s !== typed;
  const unfilled = s.replace(/^(?:嗯+|呃+|额+|那个|就是|这个)+[\s,，]*/, '');
  // (事二万: 是 as dictation wrote it, shì, before a figure: as unclear as 是二万.)
  const trimmed = unfilled.replace(/^事(?=[零〇一二两三四五六七八九十])/, '是');
  // (是二十七人次: 十二十七 is no numeral, so 是 is only "it is".)
  const numeral = /^是([零〇一二三四五六七八九两十百千万点.\d]+)/.exec(trimmed)?.[1];
  // (是十五万: 四 heard as 是 — 四十五万 — or "it is 十五万".)
  const digit = numeral === undefined ? undefined : ['十', '四'].find((d) => readNumeral(`${d}${numeral}`)?.kind === 'value');
  if (LEADING_SHI.test(trimmed) && digit) {
    const rest = trimmed.slice(1);
    return { text: s, unclear: true, readings: [`${digit}${rest}`, rest], why: `“${shown}”中的“${unfilled[0]}”可能是“${digit}”，也可能是“是的”。` };
  }
  // 十二o万, 三l个: a letter among Chinese numerals (〇 or 一 mistyped, or a stray key?): no one figure; asked again.
  if (/[零〇一二两三四五六七八九十百千万][oOlI](?![a-zA-Z])|(?<![a-zA-Z])[oOlI][零〇一二两三四五六七八九十百千万]/.test(s)) {
    return { text: s, unclear: true, readings: [s.replace(/[oOlI]/g, ''), s.replace(/[oO]/g, '〇').replace(/[lI]/g, '一')], why: `“${shown}”中含有字母。` };
  }
  // 9月18、19日各一场: a list of days, then so much each; the days counted, times the figure, and asked.
  // (Without this, 18 in 18、19日 looks like a figure.)
  const days =
    /^(?:\d{1,2}月)?((?:\d{1,2}[日号]?[、,，和及]){1,6}\d{1,2}[日号])各(?:办了?|举办了?|开了?|培训了?|付了?|花了?|支出了?)?([\d一二两三四五六七八九十]+)(万元|万|元|场|次|期|人次|人|个)$/.exec(
      s,
    );
  const each = days ? readNumeral(days[2]!) : undefined;
  if (days && each?.kind === 'value') {
    const k = days[1]!.split(/[、,，和及]/).length;
    return { text: `${k * each.value}${days[3]}`, why: `“${shown}”按 ${k} 天、每天 ${days[2]}${days[3]} 计算。` };
  }
  // 9.18支出8万: a day written as month.day right before what happened that day, then the figure with its unit;
  // the figure is read, and asked (9.18 might be 9.18万 all the same). (1.5，其中培训0.5万 is a total and a part.)
  const day =
    /^(\d{1,2})\.(\d{1,2})(?![\d.万元千百亿块个场人户次])(?!\s*(?:其中|包括|含))[^\d零〇一二两三四五六七八九十，,。；;、]{1,8}(?=[\d零〇一二两三四五六七八九十][\d.零〇一二两三四五六七八九十百千]*(?:万|元|块|个|场|人|户|次|项|家))/.exec(
      s,
    );
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 12 && Number(day[2]) >= 1 && Number(day[2]) <= 31) {
    const rest = s.slice(`${day[1]}.${day[2]}`.length).replace(/^[，,、\s]+/, '');
    return { text: rest, why: `“${day[1]}.${day[2]}”按日期（${day[1]}月${day[2]}日）理解。` };
  }
  // 12万，还有 / 8万 其中: a message that stops on a word leading to more, as if sent before it was finished.
  const cut = /^(.*[\d零〇一二两三四五六七八九十百千万元块])[，,、\s]*(?:还有|另外|然后|以及|加上|再加|外加|其中|包括|除了)[。.…]*$/.exec(s);
  if (cut) return { text: cut[1]!, why: `“${shown}”似乎还没有说完，按“${cut[1]}”理解。` };
  // 1 2万, 1 2 8 个: digits dictated one by one, or a space typed by mistake.
  const spaced = new RegExp(`(?<![\\d.])\\d+(?:${SPACE}\\d+)+(?![\\d.])`, 'g');
  if (spaced.test(s)) {
    const joined = s.replace(spaced, (m) => m.replace(/[ \t\u3000\u00a0]+/g, ''));
    return { text: joined, why: `“${shown}”的数字中间有空格，按“${joined.trim()}”理解。` };
  }
  // 二十是个: after 十 the 是 cannot be 十 again; 四 heard as 是 (二十四个) is the likely reading, asked.
  if (SHI_FOR_FOUR.test(s)) {
    const four = s.replace(new RegExp(SHI_FOR_FOUR.source, 'g'), '四');
    return { text: four, why: `“${shown}”中的“是”按“四”理解（${four.trim()}）。` };
  }
  if (SHI_FOR_TEN.test(s)) {
    const ten = s.replace(new RegExp(SHI_FOR_TEN.source, 'g'), '十');
    return { text: ten, why: `“${shown}”中的“是”按“十”理解（${ten.trim()}）。` };
  }
  // (嗯那个时三万: the fillers before it are no word 时 belongs to.)
  if (SHI_HEARD.test(trimmed)) {
    const ten = trimmed.replace(new RegExp(SHI_HEARD.source, 'g'), '十');
    return { text: ten, why: `“${shown}”中的“${SHI_HEARD.exec(trimmed)![0]}”按“十”理解（${ten.trim()}）。` };
  }
  if (LIANG_HEARD.test(trimmed)) {
    const two = trimmed.replace(LIANG_HEARD, '两');
    return { text: two, why: `“${shown}”中的“量”按“两”理解（${two.trim()}）。` };
  }
  // 12. : a decimal point with nothing after it, as if the message was sent half-way.
  const point = /^(.*\d)\.$/.exec(s);
  if (point && !/\d\.\d/.test(point[1]!)) return { text: point[1]!, why: `“${shown}”的小数点后没有数字，按“${point[1]}”理解。` };
  return certain ? { text: s } : undefined;
}
