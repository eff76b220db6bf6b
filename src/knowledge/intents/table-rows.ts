import type { CountyData } from '../../programme.ts';
import type { KnowledgeBase } from '../base.ts';
import { fuzzyNote, wan, type Draft } from '../phrasing.ts';
import { MONEY } from './table-scope.ts';
import { intent, type Question } from './types.ts';

/**
 * The annex table by its rows: a county's 序号 (迭部县排第几), the county at a row (序号为8的是哪个县,
 * 第14行, 最后一个), and its neighbours (排在卓尼县前一位的). Read from the table's data, so another
 * year's table is answered alike.
 */

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 8, 十四, 二十: a row number as typed (up to 99). */
function rowNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** A row asked by its number: 序号为8, 序号2和序号4, 第14行, 第10个示范县, 排第1个. */
const ROW_BY_NUMBER = new RegExp(`序号(?:为|是)?第?${NUM}|第${NUM}(?:行|个|位|名)|排(?:在)?第?${NUM}(?:位|名|个)|排(?:在)?第${NUM}`, 'g');
/** A county's place asked: 序号是多少, 排第几, 第几位. */
const ASKS_PLACE = /序号|排第几|排名|排几|第几(?:位|个|行|名)?|排在第?几|位次|顺序/;
/** The county next to a named one. */
const BEFORE = /前一位|前一个|前面|之前|上一个|上一位/;
/** (最后一个 is the last row, not the one after.) */
const AFTER = /(?<!最)后一位|(?<!最)后一个|(?<!最)后面|之后|下一个|下一位|紧挨/;
const LAST = /最后一个|最后一位|最末|末尾|排最后|最后的/;
const FIRST = /第一个示范县|排第一|排在第一|头一个|最前面/;
const TABLE = /计划表|建设计划|附件1|附件一|表里|表中|表上|名单|序号|排|^\p{Script=Han}{1,5}是(?:不是)?(?:最后一个|第一个)(?:吗|吧|呢|对吧)?[？?]?$/u;

type Asked =
  | { readonly kind: 'place'; readonly counties: readonly CountyData[]; readonly claimed?: readonly number[] }
  | { readonly kind: 'rows'; readonly rows: readonly number[] }
  | { readonly kind: 'next'; readonly of: CountyData; readonly next: CountyData; readonly before: boolean }
  | { readonly kind: 'ending'; readonly ending: string };

/** 以“区”命名的, 名字带“市”的: the rows whose name ends so. */
const ENDING = /以[“"]?([县区市])[”"]?字?(?:命名|结尾)|名(?:字|称)?(?:里|中)?带[“"]?([县区市])[”"]?字?|([县区市])字?结尾/;

function recogniseRows({ q, counties }: Question, kb: KnowledgeBase): Asked | undefined {
  if (!TABLE.test(q)) return undefined;
  const ending = ENDING.exec(q);
  if (ending) return { kind: 'ending', ending: ending[1] ?? ending[2] ?? ending[3]! };
  const bySeq = (n: number) => kb.data.counties.find((c) => c.seq === n);
  const named = counties.map((m) => m.county);
  if (named.length === 1 && (BEFORE.test(q) || AFTER.test(q)) && !ASKS_PLACE.test(q.replace(/序号第?\d+/, ''))) {
    const before = BEFORE.test(q);
    const next = bySeq(named[0]!.seq + (before ? -1 : 1));
    return next ? { kind: 'next', of: named[0]!, next, before } : undefined;
  }
  const numbers = [...q.matchAll(ROW_BY_NUMBER)].map((m) => rowNumber(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')).filter((n): n is number => n !== undefined && bySeq(n) !== undefined);
  const ends = [...(FIRST.test(q) ? [1] : []), ...(LAST.test(q) ? [kb.data.counties.length] : [])];
  // 序号第7的皋兰县补贴多少: the county is named, the number only confirms it.
  if (named.length && ASKS_PLACE.test(q.replace(ROW_BY_NUMBER, ''))) return { kind: 'place', counties: named };
  // 碌曲排最后一个吗, 崆峒区是不是排第一: a named county's place told, to be checked against its 序号.
  if (named.length === 1 && (numbers.length || ends.length) && !MONEY.test(q) && /吗|吧|是不是|是否|对不对|对吗|没错/.test(q)) return { kind: 'place', counties: named, claimed: [...new Set([...numbers, ...ends])] };
  // 排第一位的责任主体是哪个部门: an ordinal of bodies, not of the table's counties (which a row asked by number names).
  const ofBodies = /部门|单位|主体|厅|局/.test(q) && !/县|区|计划表|附件|名单|序号|行/.test(q);
  if (!named.length && !ofBodies && (numbers.length || ends.length) && /哪|谁|什么|啥|是/.test(q)) return { kind: 'rows', rows: [...new Set([...numbers, ...ends])].sort((a, b) => a - b) };
  return undefined;
}

export const tableRows = intent({
  id: 'fact:table-row',
  recognise: recogniseRows,
  answer: (asked, question, kb): Draft => {
    if (asked.kind === 'next') {
      const { of, next, before } = asked;
      return {
        answered: true,
        answer: `附件1建设计划表中排在${of.name}（序号${of.seq}）${before ? '前一位' : '后一位'}的是${next.name}（序号${next.seq}）。${fuzzyNote(question.counties)}`,
        citations: [kb.tableCite([of, next].sort((a, b) => a.seq - b.seq).map(kb.countyRow).join('；'))],
        clauseId: kb.data.allocationClause,
        intent: 'fact:table-row',
      };
    }
    if (asked.kind === 'ending') {
      const rows = kb.data.counties.filter((c) => c.name.endsWith(asked.ending));
      return {
        answered: true,
        answer: `附件1建设计划表中名称以“${asked.ending}”结尾的示范县有${rows.length}个：${rows.map((c) => `${c.name}（序号${c.seq}）`).join('、')}。`,
        citations: [kb.tableCite(rows.map(kb.countyRow).join('；'))],
        clauseId: kb.data.allocationClause,
        intent: 'fact:table-row',
      };
    }
    const money = MONEY.test(question.q) && /多少|几/.test(question.q.replace(/序号是?多少|第?几/g, ''));
    const rows = asked.kind === 'place' ? asked.counties : asked.rows.map((n) => kb.data.counties.find((c) => c.seq === n)!);
    const said = rows.map((c) => (asked.kind === 'place' ? `${c.name}在附件1建设计划表中的序号为${c.seq}${claimedNote(c, asked.claimed, kb.data.counties.length)}` : `附件1建设计划表序号${c.seq}是${c.name}`) + (money ? `，补贴资金${wan(c.allocationWan)}` : ''));
    return {
      answered: true,
      answer: `${said.join('；')}。${asked.kind === 'place' ? fuzzyNote(question.counties) : ''}`,
      citations: [kb.tableCite(rows.map(kb.countyRow).join('；'))],
      clauseId: kb.data.allocationClause,
      intent: 'fact:table-row',
    };
  },
});

/** 排最后一个吗, 排第3吗: whether the place told is the county's (the table has `total` rows). */
function claimedNote(c: CountyData, claimed: readonly number[] | undefined, total: number): string {
  if (!claimed?.length) return '';
  const place = (n: number) => (n === total ? `最后一位（共${total}个示范县）` : n === 1 ? '第一位' : `第${n}位`);
  return claimed.includes(c.seq) ? `，即排在${place(c.seq)}` : `，不是排在${claimed.map(place).join('或')}`;
}
