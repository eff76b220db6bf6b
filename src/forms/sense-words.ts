import { kindDoubt } from './sense-kinds.ts';
import { stageDoubt } from './stage-words.ts';
import type { FieldSpec } from './template.ts';

/**
 * Words beside a single figure that make it a figure of something else than the field holds, found by
 * writing replies an official might type and seeing which were stored unasked: a rate (日均5万, 场均30人,
 * 单价2万), a year or quarter (今年支出120万), what is left (结余30万), a change (环比增长5万), what failed
 * or was called off (流标1个, 原定3场取消了), the other people than the field's (非贫困户30人), a foreign
 * currency (5万美元), or a time still to come (下周3场), who only signed up (报名100人), other money than the
 * central funds (县级配套5万), money held or agreed but not spent (押金, 签了合同), or earnings at sales (利润5万). Each gives the lead of the question asked back
 * with the reading spelt out; none is stored unasked. Called by context.ts.
 */
export function senseDoubt(field: FieldSpec, s: string, value?: number): string | undefined {
  // 5万美元, 3千港币: the form's money is in 元 (人民币).
  if (field.kind === 'amount' && FOREIGN.test(s)) return '本项填写人民币金额（万元），您填写的是外币吗？';
  const spending = field.kind === 'amount' && /支出|用于/.test(field.label);
  // 县级配套5万, 自筹资金5万, 企业投资5万 at the central funds' spending: other money than the field's.
  if (spending && OTHER_MONEY.test(s)) return '这是中央财政资金吗？本项只填写中央财政资金的支出。';
  // 押金5万, 审批了5万, 签了5万的合同: money held, lent, approved or agreed, not yet spent.
  if (spending && NOT_SPENT.test(s)) return '这是已经支出的资金吗？本项填写已支出的数。';
  // 利润5万, 农户增收5万 at online sales: what was earned, not what was sold.
  if (field.kind === 'amount' && /零售额|销售额/.test(field.label) && EARNED.test(s)) return '这是销售额，还是利润（收入）？本项填写网络零售额。';
  // 日均5万, 月销20万, 场均30人, 单价2万, 每场30人: so much per day, month, session or item, not the field's whole.
  if (RATE.test(s)) return '这是平均数或单价，还是本项的总数？';
  // 今年支出120万, 本季度30万, 一年12万 at a weekly field: a longer period than this week.
  if (!field.cumulative && !field.plan && LONGER.test(s)) return '这是本周的数，还是更长时间（或其他时期）的数？本项填写本周的数。';
  // 下周3场, 下个月再付8万 at a field of what has happened: still to come.
  if (!field.plan && FUTURE.test(s)) return '这是已经发生的数还是以后的安排？周报填写已经发生的数。';
  // 报名100人, 应到80人: who signed up or were expected, not who came.
  if (!field.plan && /报名|应到|应参加|应参训/.test(s)) return '这是报名（应到）的数，还是实际参加的数？本项填写实际的数。';
  // 结余30万, 余额1470万, 剩余7个: what is left of the whole.
  if (REMAINING.test(s)) return field.plan ? '这是剩余未招标的数，还是计划招标的总数？本项填写计划总数。' : '这是剩余的数还是已完成的数？本项填写已完成的数。';
  // 环比增长5万, 增加了20人, 涨了5万: a change against another week, not the figure (新增 is this week's own).
  if (CHANGE.test(s.replace(/新增/g, ''))) return '这是增加（变化）的数，还是本项的数？';
  // 流标1个, 3个废标, 原定3场，取消了: what failed or was called off is not what was done.
  if (!field.plan && value !== 0 && FAILED.test(s)) return '这是未成功（流标、取消、延期）的数吗？本项填写已完成的数。';
  // 非贫困户30人 at the poor households' part: the others, not the field's people.
  if (/贫困|建档立卡/.test(field.label) && OTHERS_THAN_POOR.test(s)) return '这是贫困户的数，还是贫困户以外的数？';
  // 申请了30万, 由县里出, 将支出, 其中专场1场, 剩3个, 全县80个贫困村: not yet, or not the field's (stage-words.ts).
  const stage = stageDoubt(field, s, value);
  if (stage) return stage;
  // 去年同期7万, 3场直播, 开标3个, 首付5万, 含线下: another kind of thing than the field's (sense-kinds.ts).
  return kindDoubt(field, s, value);
}

const FOREIGN = /美元|美金|港币|港元|欧元|日元|英镑|卢布|澳元|韩元|(?<=[\d十百千万])刀(?![片具])/i;
const RATE =
  /日均|周均|月均|年均|场均|期均|户均|人均|站均|平均每|每(?:天|日|周|月|年|场|期|次|个|户|人|站|家|斤|公斤|吨|件|单)|单价|[日月年]销|[\d万元人个场]\s*[/／]\s*(?:天|日|月|年|场|期|次|个|户|人|站|斤|件)/;
// (一年12万, 三个月9万, 年租金8万, 付了半年的: a span longer than the week, or a part of the sum for one;
// 二〇一八年 and 上半年 are not a span said with a figure.)
const LONGER =
  /(?<![\d〇零一二两三四五六七八九十上下前后去今明])[一两三四五六七八九十半几]年(?![级底初末])|(?<![上下这本前后\d一两二三四五六七八九十几])[\d一两二三四五六七八九十几]+个多?月|[年月]租|两周|[两三四几]个?(?:周|星期|礼拜)|半个?月|近期|最近|期间|今年|本年|全年|年度|年内|本季度?|这个?季度|上半年|下半年|一季度|二季度|三季度|年销售|年零售|年销量/;
const FUTURE = /目标|任务数?|下周|下个?星期|下礼拜|下个?月|明天|后天|将于|即将|将要|待会/;
const REMAINING = /剩余|结余|余额|尚余|余下|剩了|待招|待建|待办|待支付|待付/;
// (增加了30人 alone may be the people added this week, and is read as before; 人数增加了 says the measure changed.)
const CHANGE = /增长|增幅|涨幅|上涨|涨了|提高|上升|下降|降了|环比|同比|相比|较上|(?:人数|数量|金额|额|量)(?:增加|减少|多了|少了)/;
const FAILED = /流标|废标|取消|作废|延期|推迟|延后|改期|终止|停办|没办成|未办成|失败/;
const OTHERS_THAN_POOR = /非(?:建档立卡)?贫困|非建档立卡|(?:贫困户?|建档立卡户?)(?:以外|之外)|除了?(?:建档立卡)?贫困|一般户|非贫/;
const OTHER_MONEY = /配套|自筹|地方财政|省级|市级|州级资金|县财政|县级资金|县级财政|企业(?:投资|出资|自筹|自己)|社会资本|社会资金|贷款|捐赠|捐款/;
const NOT_SPENT = /押金|保证金|借支|暂借|借款|借了|冻结|审批|批了|批复|签了|签订|合同额|合同金额/;
const EARNED = /利润|毛利|纯收入|净收入|增收|收益|赚了|挣了/;
