import type { Unstated } from './unstated.ts';

/**
 * What a county checking a spending plan asks that the notice never settles: the administrative steps of a
 * building project, funds from purses the notice never names, where money taken back goes, and a choice
 * between a body the notice never names and another. unstated.ts calls this after its own checks.
 */

/**
 * 要不要先去发改局立项, 可研报告谁来做, 监理费从哪出, 要做环评吗: a step of building projects in general that the
 * notice never names (its own steps are 实施方案, 审核备案, 招标, 验收), each checked against the whole notice.
 */
const PROJECT_STEP = /立项|可研|可行性研究|环评|环境影响评价|监理|施工许可|规划许可|竣工决算|预算评审|财政评审|概算|造价/;

/**
 * 统筹整合的涉农资金能不能用, 衔接资金可以补缺口吗: a purse of money the notice never names (it sets out only the
 * central funds and 社会资本), whose uses it therefore cannot say.
 */
const NAMED_PURSE = /涉农资金|整合资金|统筹整合|衔接资金|债券资金|专项债|东西部协作资金|对口帮扶资金|帮扶资金|一般债/;

/** 收回的钱退省财政还是退中央, 结余要上缴到哪: where money taken back or left over goes, which the notice does not say. */
const RETURNED_TO =
  /(?:退|退回|退还|返还|上缴|缴回|交回|上交)(?:给|到|回)?(?:省|中央|州|市|国库|财政|哪|谁|原渠道)|(?:退|上缴|上交|缴)(?:给|到)(?:哪|谁)/;
const STATES_RETURN = /退回|退还|返还|上缴|缴回|交回|上交/;

/**
 * 审计是审计局来还是财政局来, 验收找第三方还是发改委: a choice between bodies, one of which the notice never names;
 * the notice cannot say that one of them does it (a choice between bodies it names is the clauses' to answer).
 */
const BODY_CHOICE =
  /((?:(?![的是由找让请归和与或])\p{Script=Han}){0,4}?(?:局|委|厅|办|所|院|队|公司))来?(?:做|搞|审|管|查|办|签|负责)?还是((?:(?![的是由找让请归和与或])\p{Script=Han}){0,4}?(?:局|委|厅|办|所|院|队|公司))/u;

/** 年终审计由审计局还是财政局来做: which of two bodies is asked, not when (a date told is background). */
export const asksBodyChoice = (q: string): boolean => BODY_CHOICE.test(q);

/** The body named without a level before it (县审计局 → 审计局), to be looked for in the notice. */
const bareBody = (name: string): string => name.replace(/^(?:是|由|找|让|请|归)?(?:省|州|市|县|乡镇|乡|镇)?(?:里|上|级)?(?:的)?/, '');

/** Why the notice does not answer a question about a spending plan; undefined when these checks have nothing to say. */
export function spendingUnstated(q: string, body: string, allText: string): Unstated | undefined {
  const step = PROJECT_STEP.exec(q)?.[0];
  if (step && !allText.includes(step)) return 'absent';
  const purse = NAMED_PURSE.exec(q)?.[0];
  if (purse && !allText.includes(purse)) return 'absent';
  if (RETURNED_TO.test(q) && !STATES_RETURN.test(body)) return 'low-coverage';
  const choice = BODY_CHOICE.exec(q);
  if (choice && [choice[1]!, choice[2]!].map(bareBody).some((b) => b.length >= 2 && !allText.includes(b))) return 'absent';
  return undefined;
}
