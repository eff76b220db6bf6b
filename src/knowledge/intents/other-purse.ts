import { refuse } from '../phrasing.ts';
import { OTHER_MONEY } from '../unstated-asked.ts';
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

/**
 * 州里给县里拨工作经费不, 市里会不会给我们安排点资金: whether the 州 or 市 grants money of its own, asked yes or no. The notice
 * sets out only the central money (中央财政资金) and its uses; a lower level's own grants it never mentions, so the rule that
 * central money may not pay 工作经费 is no answer to it.
 */
const LEVEL_GRANTS = /^(?:我们|咱们?)?[州市](?:里|上|级)?(?:财政|政府|商务局)?(?:会不会|能不能|会|能|还|给不给|拨不拨|有没有)?(?:给|向|为)?\p{Script=Han}{0,5}?(?:拨|下拨|安排|配|给|补)(?:点|些)?\p{Script=Han}{0,4}?(?:经费|资金|钱)/u;
const YES_NO = /不$|吗$|么$|没有?$|给不给|拨不拨|会不会|有没有|能不能/;

export const levelGrant = intent({
  id: 'refusal:level-grant',
  recognise: ({ raw }) => {
    const q = raw.replace(/[\p{P}\p{S}\s]+/gu, '');
    // 州里给的钱能用于工作经费吗: the use of money passed down is asked, not whether it is granted.
    if (/中央|多少|几|比例|配套/.test(q) || /(?:经费|资金|钱)\p{Script=Han}{0,3}?(?:能|可以|可不可以|用|花)/u.test(q)) return undefined;
    return LEVEL_GRANTS.test(q) && YES_NO.test(q) ? true : undefined;
  },
  answer: (_m, { q }, kb) => refuse(kb, q, '州、市级是否另行安排资金（通知只对中央财政资金的使用作了规定）', 'refusal:level-grant'),
});
