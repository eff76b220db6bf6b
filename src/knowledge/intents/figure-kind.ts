import { wan } from '../phrasing.ts';
import { hanNumber } from './ratios.ts';
import { intent } from './types.ts';

/**
 * 这1500万是补贴资金还是总投资, 那3亿算啥钱: what kind of money the annex's figure is. The table heads it 补贴资金
 * (万元), so the annex answers; a total investment or local money it does not list is said not to be listed.
 * Only the table's own figures (each county's, the total) are read so, not an amount the asker spends.
 */

/** The figure, then what it is asked to be: a choice (还是) or a kind (啥钱, 什么性质). */
const KIND = /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(万|亿)元?(?:块钱?)?(?:到底|究竟)?(?:是|指|算|属于)(?:的是)?(?:\p{Script=Han}{2,8}还是\p{Script=Han}{2,8}|(?:什么|啥|哪种|哪类)(?:钱|资金|性质|款))/u;

export const figureKind = intent({
  id: 'fact:figure-kind',
  recognise: ({ raw }, kb) => {
    const m = KIND.exec(raw);
    // 是中央的还是省里的: which level pays, which the table does not say (fund-source.ts and retrieval).
    // 是一次拨还是分开拨: a choice of how it is paid, not of what money it is; the choice must name kinds of money.
    if (!m || /中央|国家|省|州|地方财政/.test(m[0]) || !/资金|投资|补贴|补助|奖补|贷款|经费|钱|款|性质/.test(m[0].slice(m[1]!.length + 1))) return undefined;
    const n = /\d/.test(m[1]!) ? Number(m[1]) : hanNumber(m[1]!);
    const said = n === undefined ? undefined : n * (m[2] === '亿' ? 10000 : 1);
    const each = kb.data.counties[0]?.allocationWan;
    if (!kb.data.counties.every((c) => c.allocationWan === each)) return undefined;
    return said === each || said === kb.data.totalWan ? { total: said === kb.data.totalWan, other: /总投资|自筹|配套|社会资本|企业/.test(raw) } : undefined;
  },
  answer: ({ total, other }, _q, kb) => {
    const each = kb.data.counties[0]?.allocationWan ?? 0;
    const what = total ? `${kb.data.counties.length}个示范县的补贴资金合计${wan(kb.data.totalWan)}` : `每个示范县的补贴资金${wan(each)}`;
    return {
      answered: true,
      answer: `附件1的表头为“补贴资金（万元）”，所列是${what}。${other ? '通知没有列出项目总投资或地方、企业自筹的数额。' : ''}`,
      citations: [kb.tableCite(`补贴资金（万元）：每个示范县 ${each}；合计 ${kb.data.totalWan}`)],
      clauseId: kb.data.allocationClause,
      intent: 'fact:figure-kind',
    };
  },
});
