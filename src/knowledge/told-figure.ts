import type { KnowledgeBase } from './base.ts';
import type { Draft } from './phrasing.ts';

/**
 * A figure of the asker's own, checked (带动就业300人达标吗, 每单补一块钱行不行, 贴息按2个点对不对, 是不是10月来检查):
 * the clause found may answer it only when it states a figure of the same kind (a share, a sum of money, a date or a
 * count). A clause with another kind of figure (覆盖率50%左右 for a count of people) or none is no standard to compare
 * with, so the check is refused rather than answered with a rule that does not govern it.
 */

/** A number, in digits or in Chinese (三, 二十, 两, 半). */
const NUM = String.raw`(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)`;

/**
 * Asked whether the figure passes (enough, up to standard, allowed, right), whether it is a condition (过100万才能),
 * why ours is less (咋只有这些), or what it must reach beside ours (要到多少，我们才…).
 */
const CHECKED = /够不够|够吗|够没|够了?吧|不够|达标|达不达|达到要求|合格|符合|行吗|行不行|行不|可以吗|可不可以|对吗|对不对|标准对|算不算|算完成|超不超|超没超|超了?吗|踩线|是不是|没问题吧|没毛病|才能|才可以|才算|才行|只有这些|只有这么|要到多少|要达到多少|得到多少|得达到多少/;

/**
 * A sum put to a use (拿100万给合作社建仓库行不, 花50万搞培训可以吗): asks whether the use is allowed, which the
 * clause on the use answers; the sum itself is no figure checked.
 */
const SPENT_ON = new RegExp(String.raw`(?:拿|花|用|投|出|掏)(?:了|出)?${NUM}\s*(?:万|元|块)(?:元|块钱?)?(?=给|来|去|在|建|搞|做|买|修|盖|办|支持|补)`, 'gu');

type Kind = 'share' | 'money' | 'date' | 'count';

/** The kinds of figure the question tells, each after its number. */
const TOLD: readonly [Kind, RegExp][] = [
  ['share', new RegExp(String.raw`${NUM}\s*(?:%|％|成(?![本果立员])|个?百分点|个点)|${NUM}分之${NUM}|一半`, 'u')],
  ['money', new RegExp(String.raw`${NUM}\s*(?:万|亿|元|块)`, 'u')],
  // (183号文 is a document's number, not a day.)
  ['date', /(?<![\d〔])(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月|[号日](?!常))|国庆|春节|元旦/u],
  // (商务局一家就行 is one body alone, not a count of firms.)
  ['count', new RegExp(String.raw`${NUM}\s*(?:个|名|位)?(?:人(?!民)|户|次(?!性)|所|单|场|期|批)|(?:\d+|[两二三四五六七八九十百千]+)\s*家`, 'u')],
];

/** What states a figure of each kind in a clause. */
const STATES: Record<Kind, RegExp> = {
  share: /\d\s*[%％]|[一二三四五六七八九十]成|分之/,
  // A share of the money (资金…比例不低于50%) is checked in money against the county's allocation.
  money: /\d\s*(?:万|亿|元)|资金[^。；]{0,16}比例/,
  date: /\d{1,2}\s*月|年底|月底|年内/,
  count: /\d\s*(?:个|名|位)?(?:人|户|次|家|所|场|期|批)/,
};

/** True when the question checks a figure of its own and the clause states no figure of any kind told. */
export function toldFigureUnstated(q: string, body: string): boolean {
  if (!CHECKED.test(q)) return false;
  const kinds = TOLD.filter(([, told]) => told.test(q.replace(SPENT_ON, ''))).map(([kind]) => kind);
  if (!kinds.length) return false;
  return kinds.every((kind) => !STATES[kind].test(body));
}

/**
 * 年底执行率要到多少，我们才执行了三成: when the whole message, with the figure it checks, was refused, a part answered
 * alone (要到多少) must not drop that figure for a clause that states none of its kind.
 */
export function dropsToldFigure(kb: KnowledgeBase, q: string, part: Draft): boolean {
  const body = part.clauseId ? kb.byId.get(part.clauseId)?.body : undefined;
  return body !== undefined && toldFigureUnstated(q, body);
}
