import { refuse, wan } from '../phrasing.ts';
import { MONEY, SUB_ITEMS } from './table-scope.ts';
import { hanNumber } from './ratios.ts';
import { intent } from './types.ts';

/**
 * A figure checked against the annex table without its unit (每个县都是1500吗, 20个县合计是不是30000):
 * each number the asker gives is said to agree with the table or not, and the table's own figures are stated.
 */

/** Numbers of three digits or more that are not years, document numbers, dates or shares. */
const FIGURE = /(?<![\d〔])(\d{3,6})(?![\d〕]|\s*(?:年|号|月|日|%|％|个|人|户|家))/g;
// 文件里有没有这标准: whether the notice holds the figure someone told.
const CHECKED = /吗|么|是不是|对不对|对吧|没错|不[?？]*$|是否|有没有|有没|吧[?？]*$/;
const TABLE_SCOPE = /每个?县|各县|有的县|有些县|个别县|某个?县|哪个县|每个?示范县|各示范县|一个县|都是|合计|一共|总共|总额|加起来|全省|总计|共计/;

export const figureCheck = intent({
  id: 'fact:figure-check',
  recognise: ({ q, raw, counties }, kb) => {
    const figures = [...raw.matchAll(FIGURE)].map((m) => Number(m[1]));
    // 舟曲也是1500不: a county named with a bare figure checks its own row.
    if (!figures.length || !CHECKED.test(q) || !(TABLE_SCOPE.test(q) || counties.length) || SUB_ITEMS.test(kb.stripForSearch(q))) return undefined;
    // 1500万 with its unit is the allocation intents' (they read 万 and 亿); a figure for anything else is not the table's.
    if (MONEY.test(q.replace(/万/g, '')) && !/多少|都是|合计|一共|总共/.test(q)) return undefined;
    return figures;
  },
  answer: (figures, { counties: named }, kb) => {
    const counties = kb.data.counties;
    const each = counties[0]?.allocationWan ?? 0;
    if (!counties.every((c) => c.allocationWan === each)) return undefined;
    const known = new Set([each, kb.data.totalWan]);
    const agree = figures.every((f) => known.has(f));
    return {
      answered: true,
      answer: `${named.length ? `${named.map((m) => m.county.name).join('、')}的补贴资金为${wan(each)}。` : ''}附件1所列${counties.length}个示范县每县补贴资金${wan(each)}，合计${wan(kb.data.totalWan)}（附件1金额单位为万元）。${agree ? '您所说的数字与附件1一致。' : '您所说的数字与附件1不一致，请以附件1为准。'}`,
      citations: [kb.tableCite(`每个示范县 ${each}；合计 ${kb.data.totalWan}（单位：万元）`)],
      clauseId: kb.data.allocationClause,
      intent: 'fact:figure-check',
    };
  },
});

/** 每个服务点都是100吗, 每户是不是2000: a figure checked for a unit the notice sets no figure for. */
const PER_UNIT = /(?:每个?|单个|一个|各)(?:服务点|村|户|人|乡镇|乡|镇|站点?|网点|企业|合作社|学员|贫困户|店|项目)/;

/** Any amount but a share, a year, a date or a count. */
const UNIT_FIGURE = /(?<![\d〔.])\d+(?:\.\d+)?(?![\d〕.]|\s*(?:%|％|年|号|月|日|个|人|户|家|成|点))/;

export const unitFigureCheck = intent({
  id: 'refusal:unit-figure',
  recognise: ({ q, raw }) => (UNIT_FIGURE.test(raw) && CHECKED.test(q) && PER_UNIT.test(q) ? true : undefined),
  // Not the asker's figure, nor 每户 as if the notice set a per-household amount: a refusal implies none.
  answer: (_m, { q }, kb) => refuse(kb, q, '按服务点、村、户、人或项目计算的具体数额', 'refusal:unit-figure'),
});

/**
 * 三个亿对不对, 1500万吧: an amount alone, checked, with nothing else named: the table's are the only amounts the notice
 * gives (each county's and the total), so it is checked against them.
 */
const BARE_AMOUNT = /^(?:那|就|是|就是|应该是)*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)个?(亿|万)(?:元|块钱?)?(?:对不对|对吗|对吧|吧|吗|是吧|没错吧|是不是|没错吗)$/;

export const bareAmountCheck = intent({
  id: 'fact:bare-amount',
  recognise: ({ bare }) => {
    const m = BARE_AMOUNT.exec(bare);
    const n = m && (/\d/.test(m[1]!) ? Number(m[1]) : hanNumber(m[1]!));
    return m && n ? { wan: n * (m[2] === '亿' ? 10000 : 1), said: `${m[1]}${m[2]}` } : undefined;
  },
  answer: ({ wan: said, said: typed }, _q, kb) => {
    const counties = kb.data.counties;
    const each = counties[0]?.allocationWan ?? 0;
    if (!counties.every((c) => c.allocationWan === each)) return undefined;
    const agree = said === each ? '每县补贴资金' : said === kb.data.totalWan ? '补贴资金合计' : undefined;
    return {
      answered: true,
      answer: `附件1所列${counties.length}个示范县每县补贴资金${wan(each)}，合计${wan(kb.data.totalWan)}（即${kb.data.totalWan / 10000}亿元）。${agree ? `您所说的${typed}元与附件1的${agree}一致。` : `您所说的${typed}元与附件1的数字不一致，请以附件1为准。`}`,
      citations: [kb.tableCite(`每个示范县 ${each}；合计 ${kb.data.totalWan}（单位：万元）`)],
      clauseId: kb.data.allocationClause,
      intent: 'fact:bare-amount',
    };
  },
});
