import { wan, type Draft } from '../phrasing.ts';
import { MONEY, perCounty, uniform } from './table-scope.ts';
import { intent } from './types.ts';

/** 一共列了多少钱，单位是啥: the unit asked with the sum, which is told too. */
const TOTAL_ASKED = /一共|总共|合计|加起来|总额|总数|共计/;

/** 计划表里的数是元还是万元 / 各县补贴一样吗: the table's unit and whether every county has the same. */
export const tableFacts = intent({
  id: 'fact:table',
  recognise: ({ q }) => {
    // 表里1500的单位是元还是万元: a figure of the table asks its unit as the table's; 计划表单位?: the unit named bare.
    // 资金那栏是元还是万元: the table's column (补贴资金（万元）) named by its heading; 表上1500是万元吧: the unit checked.
    if ((/万元?还是\d*元|元还是\d*万元?|金额单位|单位[^，,。？?]{0,4}[,，]?(?:是)?(?:万元|元)(?:吗|吧|么|不|嘛)|单位(?:标|写|注)在哪|计量单位|单位是(元|万元|啥|什么)|(啥|什么)单位|以什么为单位|是(?:万元|元)(?:吗|吧|不|么|对吧|没错)/.test(q) && /表|附件|计划|数|金额|资金|\d{3,}/.test(q) && !/(?:监管|承办|责任|实施|使用|主管|牵头|申报|执行|审核|管理)单位|单位(?:管|监管|负责|来)/.test(q)) || /^(?:附件1?|计划表|建设计划表|表)(?:里|上)?的?(?:金额)?单位[?？]?$/.test(q)) return 'unit' as const;
    // 计划表里列的是啥, 附件1上都写了些什么: what the table holds (its columns), not a row of it.
    if (/^(?:附件1|附件一|建设计划表|计划表)(?:里面?|上面?|中)?(?:都|主要|一共)?(?:列|写|登|记|填|有)?(?:的|了|着)?(?:都)?(?:是)?(?:些)?(?:啥|什么|哪些)(?:内容|东西|信息)?(?:呀|啊|呢)?[?？]?$/.test(q)) return 'contents' as const;
    // 补贴标准是省里统一定的吗 asks who sets a standard (each county details its own: 细化补贴标准), not the allocations.
    if (/一样|相同|有多有少|不一样|差别|区别|统一|平均/.test(q) && MONEY.test(q) && /示范县|各县|每县|每个县|县/.test(q) && !/标准/.test(q)) return 'uniform' as const;
    // 每个县都一样多吗: how much, without a word for money.
    if (/一样多|多少一样|多少不一|一般多/.test(q) && /示范县|各县|每县|每个县/.test(q)) return 'uniform' as const;
    // 各县是平均分的吗, 是不是都一个数: the sharing out among the counties, without a word for money (not a target or a standard).
    if (/(?:平均|均)分|(?:一刀切|都是?|是不是都?|同)一个数/.test(q) && /示范县|各县|每县|每个县|各个县|[\d一二三四五六七八九十两]+个县/.test(q) && !/标准|目标|任务|比例|覆盖率|增速|人数|名额/.test(q)) return 'uniform' as const;
    // 每县一样吗: every county compared with nothing else named, which only the table's money sets apart.
    if (/^(?:那)?(?:每个?|各个?)(?:示范)?县(?:之间)?(?:都|是不是都|是否)?(?:一样|相同|一致)(?:吗|不|么|呢|的吗)?[?？]?$/.test(q)) return 'uniform' as const;
    return undefined;
  },
  answer: (asked, { q }, kb): Draft => {
    const table = kb.byId.get(kb.data.allocationClause);
    const unit = table?.sentences.find((x) => /单位/.test(x)) ?? '单位：万元';
    const same = uniform(kb);
    return {
      answered: true,
      answer:
        asked === 'contents'
          ? `附件1建设计划表列的是${kb.data.counties.length}个示范县（序号、示范县名称）及各县的补贴资金，${unit.replace(/[：:]/, '为').replace(/。$/, '')}${same ? `，每县${wan(perCounty(kb))}` : ''}，合计${wan(kb.data.totalWan)}；表中没有列各县的具体建设内容。`
          : asked === 'unit'
          ? `附件1建设计划表的金额${unit.replace(/[：:]/, '为').replace(/。$/, '')}，每个示范县的补贴资金为${wan(perCounty(kb))}${TOTAL_ASKED.test(q) ? `，${kb.data.counties.length}个示范县合计${wan(kb.data.totalWan)}` : ''}。`
          : same
            ? `附件1所列${kb.data.counties.length}个示范县的补贴资金都一样，每县${wan(perCounty(kb))}，合计${wan(kb.data.totalWan)}。`
            : `附件1所列各示范县的补贴资金不尽相同，合计${wan(kb.data.totalWan)}。`,
      citations: [kb.tableCite(asked === 'unit' && !TOTAL_ASKED.test(q) ? `${unit} ${kb.countyRow(kb.data.counties[0]!)}` : `每个示范县 ${perCounty(kb)}；合计 ${kb.data.totalWan}（单位：万元）`)],
      clauseId: kb.data.allocationClause,
      intent: `fact:table-${asked}`,
    };
  },
});
