import { carriedFigure, hanNumber } from './ratios.ts';

/**
 * The figures a share question carries, each read for what it is: the county's whole allocation
 * (我们县1500万, 1500万里头, 总盘子1500万), which the share is computed from, or the amount spent on
 * the share's subject (上行花了700万, 公服中心预算300万), which is checked against the rule. A figure
 * read the wrong way round says 1500万 meets a 750万 floor: worse than no check at all.
 */

export interface ShareFigures {
  /** The whole the asker gives (万元), if any. */
  readonly base?: number;
  /** What the asker says is (to be) spent on the subject: a share or an amount (万元). */
  readonly spent?: { readonly share?: number; readonly wan?: number };
}

/** After the figure: 1500万里, 1500万的话, 1500万元的补贴里, 1500万盘子. */
const BASE_AFTER = /^元?(?:的话|里头|里面|里|中|之中|当中|以内|盘子|总盘子|总额|总共|全部|的(?:补贴|资金|盘子|总额|预算|额度|总盘子))/;
/** Before it: 总共1500万, 我们县1500万, 卓尼1500万, 拿到1200万. */
const BASE_BEFORE = /(?:总共|一共|共计|合计|总盘子|盘子|总额|总|拿到了?|给了|下达了?|到位了?|分到了?|补贴资金是?|资金是?|补贴是?|我们县?|我县|咱县|咱们县?|本县|全县|县里|[县区市])$/;

/** A share quoted as the rule a figure is checked against: 够不够50%, 符不符合50%的要求, 超没超15%. */
const CHECKED_AGAINST = /(?:够不够|够没够|够|符不符合|符合|满不满足|满足|超没超|超不超|超没超过|超过没有?|不低于|不高于|不超过)(?:了|没)?(?:\d+(?:\.\d+)?\s*(?:%|％|个点)|百分之[\d零一二两三四五六七八九十]+)/g;

/** 700万, 3亿, 七百万, and 7000000元 (an amount in yuan, of five digits or more, read in 万元). */
const AMOUNT = /(\d+(?:\.\d+)?)\s*(万|亿)|([一二两三四五六七八九十][零一二两三四五六七八九十百千]*)万|(?<![\d.])(\d{5,})\s*元/g;

/** The amounts of a text in 万元, each with whether its words make it a whole. */
function amounts(text: string, counties: readonly string[]): { wan: number; base: boolean }[] {
  return [...text.matchAll(AMOUNT)].flatMap((m) => {
    const wan = m[1] ? Number(m[1]) * (m[2] === '亿' ? 10000 : 1) : m[4] ? Number(m[4]) / 10000 : hanNumber(m[3]!);
    if (wan === undefined) return [];
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const named = counties.some((c) => before.endsWith(c) || before.endsWith(c.replace(/[县区市]$/, '')));
    // 上行资金700万: the money of a share's subject is what is spent on it, not the whole.
    const subject = /(?:上行|中心)的?(?:资金|钱)是?$/.test(before);
    return [{ wan, base: BASE_AFTER.test(after) || (BASE_BEFORE.test(before) && !subject) || named }];
  });
}

/** The whole from the question as a whole; the spending from `part` (the words about this share's subject). */
export function shareFigures(q: string, part: string, counties: readonly string[]): ShareFigures {
  const base = amounts(q, counties).find((a) => a.base)?.wan;
  const spent = amounts(part, counties).find((a) => !a.base && a.wan !== base);
  // 上行放了600万够不够50%: a share named after the check, beside an amount, is the rule asked against, not what is spent.
  const share = carriedFigure(spent ? part.replace(CHECKED_AGAINST, '') : part)?.share;
  if (share !== undefined) return { base, spent: { share } };
  return { base, spent: spent ? { wan: spent.wan } : undefined };
}
