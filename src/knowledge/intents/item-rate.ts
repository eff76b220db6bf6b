import { refuse } from '../phrasing.ts';
import { prefectureLetters } from '../prefecture-letter.ts';
import { intent } from './types.ts';

/**
 * 服务点建设补贴标准是多少, 物流项目的补助标准具体多高: the subsidy rate of a kind of project. The notice sets none: it
 * asks each county to detail its own (细化资金支持方向、补贴标准), and states only shares of the whole (不低于50%,
 * 不得高于15%) and each county's sum in the annex. So the rate is refused, before a share or a sum is read as it;
 * a county's own sum (一个县能拿多少钱) is the table's, and who sets the rate (补贴标准谁定) is the clause's.
 */

/** The item, then its rate asked as a figure (…的具体补贴标准多少, …补助标准是多少, …奖补标准多高). */
const RATE = /(\p{Script=Han}{2,12}?)的?(?:具体)?(?:补贴|补助|奖补|奖励|支持)的?标准(?:具体)?(?:是|为|定的是|按)?(?:多少|几|多高|多大|怎么算|咋算)/u;
/** A county alone (每个示范县, 各县, 单县): its sum is in the annex. */
const COUNTY_ONLY = /^(?:我们|咱们?|每个?|各|单个?|一个)?(?:示范)?(?:县|区|市)(?:里|上)?$/;

export const itemRate = intent({
  id: 'refusal:item-rate',
  recognise: ({ q, raw, counties }) => {
    const item = RATE.exec(raw)?.[1] ?? RATE.exec(q)?.[1];
    if (!item || counties.length > 0) return undefined;
    return COUNTY_ONLY.test(item.replace(/^(?:那|这|请问|问下|问一下)/, '')) ? undefined : item;
  },
  answer: (_item, question, kb) => {
    // The clause asking the counties to detail their rates, the plan's before a letter's restatement of it.
    const letters = prefectureLetters(kb);
    const detailing = kb.clauses.filter((c) => /细化[^。]{0,12}补贴标准/.test(c.body)).sort((a, b) => Number(letters.has(a.documentId)) - Number(letters.has(b.documentId)))[0];
    return refuse(kb, question.q, '各类项目的具体补贴标准（通知要求示范县结合实际细化资金支持方向和补贴标准，只规定了上行和公共服务中心的资金比例）', 'refusal:item-rate', detailing?.id);
  },
});
