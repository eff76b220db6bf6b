import { wan } from '../phrasing.ts';
import { MONEY, SUB_ITEMS } from './places.ts';
import { intent } from './types.ts';

/**
 * A figure checked against the annex table without its unit (每个县都是1500吗, 20个县合计是不是30000):
 * each number the asker gives is said to agree with the table or not, and the table's own figures are stated.
 */

/** Numbers of three digits or more that are not years, document numbers, dates or shares. */
const FIGURE = /(?<![\d〔])(\d{3,6})(?![\d〕]|\s*(?:年|号|月|日|%|％|个|人|户|家))/g;
const CHECKED = /吗|么|是不是|对不对|对吧|没错|不[?？]*$|是否/;
const TABLE_SCOPE = /每个?县|各县|每个?示范县|各示范县|一个县|都是|合计|一共|总共|总额|加起来|全省|总计|共计/;

export const figureCheck = intent({
  id: 'fact:figure-check',
  recognise: ({ q, raw }, kb) => {
    const figures = [...raw.matchAll(FIGURE)].map((m) => Number(m[1]));
    if (!figures.length || !CHECKED.test(q) || !TABLE_SCOPE.test(q) || SUB_ITEMS.test(kb.stripForSearch(q))) return undefined;
    // 1500万 with its unit is the allocation intents' (they read 万 and 亿); a figure for anything else is not the table's.
    if (MONEY.test(q.replace(/万/g, '')) && !/多少|都是|合计|一共|总共/.test(q)) return undefined;
    return figures;
  },
  answer: (figures, _q, kb) => {
    const counties = kb.data.counties;
    const each = counties[0]?.allocationWan ?? 0;
    if (!counties.every((c) => c.allocationWan === each)) return undefined;
    const known = new Set([each, kb.data.totalWan]);
    const agree = figures.every((f) => known.has(f));
    return {
      answered: true,
      answer: `附件1所列${counties.length}个示范县每县补贴资金${wan(each)}，合计${wan(kb.data.totalWan)}（附件1金额单位为万元）。${agree ? '您所说的数字与附件1一致。' : '您所说的数字与附件1不一致，请以附件1为准。'}`,
      citations: [kb.tableCite(`每个示范县 ${each}；合计 ${kb.data.totalWan}（单位：万元）`)],
      clauseId: kb.data.allocationClause,
      intent: 'fact:figure-check',
    };
  },
});
