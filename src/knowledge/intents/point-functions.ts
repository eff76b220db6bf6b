import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { excerpt } from '../quote.ts';
import { intent } from './types.ts';

/**
 * 村里服务点能不能搞便民服务, 服务站能帮老乡代卖东西吗, 服务点还能干些啥: what a village or township service point
 * may offer is the list the service system is told to extend (拓展代收代缴、代买代卖、小额信贷、便民服务等功能).
 * Without this the programme's goals (一, which names 便民服务 as a field of progress) or the poor-household
 * matching clause led. Money, counts, coverage, where points are built and a detail of one function (a loan's
 * limit or interest, which the notice never sets) are other questions and pass.
 */

const POINT = /服务点|服务站|服务网点|村级站点|乡村站点|村站/;
/** Everyday words for the listed functions (a bill paid, goods bought or sold for someone, a loan). */
const EVERYDAY = /代收|代缴|缴费|交费|水电费|话费|代买|代卖|代购|代销|卖东西|卖货|买东西|信贷|贷款|便民/;
const WHAT = /功能|[能要]干(?:些|点)?(?:啥|什么|嘛)|是干(?:啥|什么|嘛)(?:用)?的|办(?:哪些|些|啥|什么)事|(?:啥|什么|哪些)业务|能做(?:些|点)?(?:啥|什么)|能搞(?:些|点)?(?:啥|什么)|能提供(?:些|点)?(?:啥|什么)|干些啥|有(?:啥|什么|哪些)用/;
const OTHER = /补贴|多少|资金|经费|比例|%|覆盖|几|额度|上限|利息|利率|建在|设在|放在|选址|先建|建哪|哪里|哪儿|还是|标准|面积|牌子|标识|人员|工资|下乡|进城|农资|化肥/;
/** Whether the point may do it (能不能, 可以…吗), or what it may do: not a detail of one function (额度, 利息), which the notice never sets. */
const MAY = /能|要干|是干|办|业务|可以|可不可以|行不行|让不让|允许|准不准|功能|干些|干啥|做啥|提供|开展|拓展|搞/;

/**
 * 服务点先建在条件好的村、贫困村以后再说行吗: which villages and households points serve first is the same sentence's
 * 服务重点 (以具备条件的建档立卡贫困村、贫困户为服务重点); how many are covered (覆盖率) is the goals' figure and passes.
 */
const PRIORITY = /非贫困村|条件好的村|(?:先|优先|只|光|仅)(?:建|给|放|在|搞|照顾|服务)|以后再说|往后(?:放|推|排)|暂缓|缓一缓|先不(?:管|建|搞)|主要服务(?:哪|什么|啥)/;
const COUNTED = /覆盖|%|率|多少|达标|够不够|够了|目标|补贴|资金|钱|几个/;

/** The sentence listing the functions to extend, its clause and the functions. */
function functionsRule(clauses: readonly { id: string; sentences: readonly string[] }[]) {
  for (const c of clauses) {
    const s = c.sentences.find((x) => /拓展[^。；]*等功能/.test(x));
    const items = s ? /拓展([^。；]*?)等功能/.exec(s)?.[1]?.split('、') : undefined;
    if (s && items) return { id: c.id, sentence: s, items };
  }
  return undefined;
}

export const pointFunctions = intent({
  id: 'rule:point-functions',
  recognise: ({ q, raw }, kb) => {
    const rule = functionsRule(kb.clauses);
    if (!rule) return undefined;
    const asked = (t: string) => POINT.test(t) && MAY.test(t) && !OTHER.test(t) && (rule.items.some((i) => t.includes(i)) || EVERYDAY.test(t) || WHAT.test(t));
    const first = (t: string) => POINT.test(t) && PRIORITY.test(t) && !COUNTED.test(t);
    return asked(raw) || asked(q) || first(raw) || first(q) ? rule : undefined;
  },
  answer: (rule, _q, kb): Draft | undefined => {
    const clause = kb.byId.get(rule.id);
    if (!clause) return undefined;
    // The sentence up to the functions (以…为服务重点，拓展…等功能), not the service centre's role after them.
    const end = rule.sentence.indexOf('等功能');
    const quote = end > 0 ? `${rule.sentence.slice(0, end + 3)}……` : excerpt(rule.sentence, ['拓展', ...rule.items]);
    return {
      answered: true,
      answer: `按照${citationLabel(clause)}的要求：${quote}`,
      citations: [kb.cite(rule.id, quote)],
      clauseId: rule.id,
      intent: 'rule:point-functions',
    };
  },
});
