import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Paragraph, Suspect } from './types.ts';

/**
 * Suspected OCR errors, flagged and never corrected: a phrase that another clause writes with
 * one or two characters otherwise (直接主任主体 beside 直接责任主体), a title's 《…》 that the
 * body quotes otherwise, and a page that opens mid-sentence after a full stop.
 */

/** Characters that legitimately differ between parallel clauses (州/市/省, 局/厅, numbers). */
const LEVELS = /[省市州县区乡镇村厅局办部委一二三四五六七八九十百千万\d]/;
/** Set phrases of government documents: when one of two readings is one of them, it is the likely one. */
const SET_PHRASES = [
  '政务公开',
  '责任主体',
  '监管单位',
  '信息报送',
  '审核备案',
  '专项资金',
  '绩效评价',
  '组织实施',
  '贯彻落实',
  '资金管理',
  '项目管理',
  '工作机制',
  '督促指导',
  '统筹协调',
  '公共服务',
  '服务体系',
  '产销对接',
  '精准扶贫',
  '脱贫攻坚',
  '乡村振兴',
  '建档立卡',
  '实施方案',
  '验收程序',
  '招标工作',
  '集中仓储',
  '统采分销',
  '统配统送',
  '品牌培育',
];
const WINDOW = 8;

let jieba: Jieba | undefined;
const cut = (s: string) => (jieba ??= Jieba.withDict(dict)).cut(s, false);

interface Hit {
  readonly p: number;
  readonly at: number;
}

/** The words around the differing characters [from, to): the word(s) holding them and one on each side. */
function span(text: string, from: number, to: number): [number, number] {
  const lo = Math.max(0, from - 6);
  const words = cut(text.slice(lo, to + 6));
  let pos = lo;
  const bounds = words.map((w) => {
    const b: [number, number] = [pos, pos + w.length];
    pos += w.length;
    return b;
  });
  const first = bounds.findIndex(([, e]) => e > from);
  const last = bounds.findIndex(([, e]) => e >= to);
  return [bounds[Math.max(0, first - 1)]![0], bounds[Math.min(bounds.length - 1, last + 1)]![1]];
}

const count = (all: string, s: string) => all.split(s).length - 1;
/** Words that differ between parallel sentences without an error (和/及, 的/之). */
const FUNCTION_WORDS = /[和及与并或的地得之对于在等将要应以]/;
/** Shared characters around the difference needed to flag it without a set phrase to go by. */
const LONG_CONTEXT = 12;

/** Phrases another paragraph writes with one or two other characters. */
function nearDuplicates(paragraphs: readonly Paragraph[], label: (p: Paragraph) => string): Suspect[] {
  const texts = paragraphs.map((p) => (p.cells ? '' : p.text));
  const all = texts.join('\n');
  const buckets = new Map<string, Hit[]>();
  texts.forEach((t, p) => {
    for (let at = 0; at + WINDOW <= t.length; at++) {
      const w = t.slice(at, at + WINDOW);
      if (!/^\p{Script=Han}+$/u.test(w)) continue;
      for (let k = 0; k + 2 <= WINDOW; k++) {
        const key = `${k}|${w.slice(0, k)}${w.slice(k + 2)}`;
        let list = buckets.get(key);
        if (!list) buckets.set(key, (list = []));
        list.push({ p, at });
      }
    }
  });
  const seen = new Set<string>();
  const found: Suspect[] = [];
  for (const hits of buckets.values()) {
    if (hits.length < 2 || hits.length > 6) continue;
    for (const a of hits)
      for (const b of hits) {
        if (a.p >= b.p) continue;
        const ta = texts[a.p]!;
        const tb = texts[b.p]!;
        const wa = ta.slice(a.at, a.at + WINDOW);
        const wb = tb.slice(b.at, b.at + WINDOW);
        const diff = [...wa].map((ch, i) => (ch === wb[i] ? -1 : i)).filter((i) => i >= 0);
        if (!diff.length || diff.some((i) => LEVELS.test(wa[i]!) || LEVELS.test(wb[i]!) || FUNCTION_WORDS.test(wa[i]!) || FUNCTION_WORDS.test(wb[i]!)))
          continue;
        const da = a.at + diff[0]!;
        const db = b.at + diff[0]!;
        const len = diff[diff.length - 1]! - diff[0]! + 1;
        const key = `${a.p}:${da}|${b.p}:${db}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let before = 0;
        while (da - before > 0 && db - before > 0 && ta[da - before - 1] === tb[db - before - 1]) before++;
        let after = 0;
        while (da + len + after < ta.length && ta[da + len + after] === tb[db + len + after]) after++;
        if (before < 2 || after < 2) continue;
        const [fa, ea] = span(ta, da, da + len);
        const sa = ta.slice(fa, ea);
        const sb = tb.slice(fa - da + db, ea - da + db);
        const setA = SET_PHRASES.some((x) => sa.includes(x) && !sb.includes(x));
        const setB = SET_PHRASES.some((x) => sb.includes(x) && !sa.includes(x));
        if (setA === setB && (before + after < LONG_CONTEXT || (count(all, sa) > 1 && count(all, sb) > 1))) continue;
        const pick = setA !== setB ? (setA ? 'a' : 'b') : undefined;
        const [bad, good, badP, goodP] = pick === 'a' ? [sb, sa, b.p, a.p] : [sa, sb, a.p, b.p];
        found.push({
          line: paragraphs[badP]!.line,
          text: bad,
          ...(pick ? { suggestion: good } : {}),
          reason: pick ? `疑似OCR误识：${label(paragraphs[goodP]!)}作「${good}」` : `与${label(paragraphs[goodP]!)}「${good}」仅差一两字，请核对哪一处有误`,
        });
      }
  }
  return found;
}

/** A title quoting 《X的通知》 while the text quotes 《X》: the title's words may be misplaced. */
function titleQuotes(paragraphs: readonly Paragraph[], titles: readonly { readonly title: string; readonly line: number }[]): Suspect[] {
  const quoted = new Set(paragraphs.flatMap((p) => [...p.text.matchAll(/《([^》]+)》/g)].map((m) => m[1]!)));
  return titles.flatMap(({ title, line }) =>
    [...title.matchAll(/《([^》]+)》/g)].flatMap((m) => {
      const inner = m[1]!;
      const shorter = [...quoted].find((q) => q !== inner && inner.startsWith(q) && inner.length - q.length <= 4);
      return shorter
        ? [
            {
              line,
              text: `《${inner}》`,
              suggestion: `《${shorter}》`,
              reason: `标题书名号内文字与正文所引「《${shorter}》」不一致（多出「${inner.slice(shorter.length)}」），疑似排版或OCR所致`,
            },
          ]
        : [];
    }),
  );
}

export interface SuspectInput {
  readonly paragraphs: readonly Paragraph[];
  readonly titles: readonly { readonly title: string; readonly line: number }[];
  readonly joinsAfterStop: readonly { readonly line: number; readonly text: string }[];
  /** Where a paragraph is, as a person cites it (实施方案 四（四）). */
  readonly label: (p: Paragraph) => string;
}

/** Every suspect, in the order of the source. */
export function findSuspects(input: SuspectInput): Suspect[] {
  const pageJoins = input.joinsAfterStop.map((j) => ({
    line: j.line,
    text: j.text,
    reason: '分页处句号后的文字不能独立成句（按原文合并为一段，句号保留），疑似丢字或标点误识',
  }));
  return [...nearDuplicates(input.paragraphs, input.label), ...titleQuotes(input.paragraphs, input.titles), ...pageJoins].sort((a, b) => a.line - b.line);
}
