import { refuse } from '../phrasing.ts';
import { OTHER_MONEY } from '../unstated.ts';
import { intent } from './types.ts';

/**
 * 用县财政自己的钱建产业园行不行, 自筹资金能不能买流量: a use paid from a purse other than the central funds.
 * The notice's limits on uses (不得用于…, 避免盲目建设) are the central money's; what a county may do with its
 * own money it does not say, so neither 不可以 nor 可以 is answered.
 */
const SPENT = /[建盖修搞弄买投花用办做]/;
const ASKS_PERMISSION = /能不能|能否|可不可以|可以|行不行|行吗|行不|中不中|允许|让不让|合规|违规|[吗么]$|[吗么][？?]?$/;

export const otherPurse = intent({
  id: 'refusal:other-purse',
  // Read as typed too: 县里财政资金 is canonicalised to 示范县资金.
  recognise: ({ q: canonical, raw }) => {
    const q = OTHER_MONEY.test(canonical) ? canonical : raw;
    const purse = OTHER_MONEY.exec(q);
    if (!purse) return undefined;
    // 配套资金要多少, 县级资金占几成: an amount or share of that money, which other checks refuse in their own words.
    if (/多少|几成|比例|占|配套/.test(q)) return undefined;
    const after = q.slice(purse.index);
    return SPENT.test(after) && ASKS_PERMISSION.test(q.replace(/[。！!]+$/, '')) ? true : undefined;
  },
  answer: (_m, { q }, kb) =>
    refuse(kb, q, '使用地方财政或其他自有资金时的用途要求（通知只对中央财政资金的使用作了规定）', 'refusal:other-purse', kb.data.clauseRoles.buildings),
});
