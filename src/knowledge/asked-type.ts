import { QUANTITY_SLOT, TIME_SLOT } from './question.ts';

/**
 * What a question asks for (a figure, a date, yes or no, who, where, a list, how), read from the part that asks
 * rather than the background told before it; used by the answerability gate and the engine.
 */

/** What a question asks for. */
export type Asked = 'quantity' | 'time' | 'yesno' | 'who' | 'where' | 'list' | 'how';

// 给不给, 管不管: any verb asked as A-not-A.
const YES_NO = /(\p{Script=Han})不\1|能不能|可不可以|可以吗|能吗|行不行|行吗|中不中|允许|让不让|算不算|要不要|需不需要|是不是|有没有|吗$|不$|没$|没有$|(?<!什)么$/u;

/**
 * A part of a question that asks (吗, 什么, 几, 多久回复, 哪, 谁, 怎么, 是否…), as against one that tells the background
 * (多久一次 is left out: its 定期 answer is read with the part before it).
 */
export const ASKS = /吗|么|呢|什么|啥|多少|多大(?=面积|规模|地方|场地|房子)|多久(?![^，,。？?]*一次)|几|哪|谁|怎|咋|如何|何|是否|能不能|可不可以|有没有|要不要|行不行|是不是|算不算|够不够|[没不]$/;

/**
 * What a question asks for, read from the part that asks: officials often tell the background
 * first (几家合作社都卖同一种牦牛肉互相压价，方案怎么说), and a count in the background is not what is asked.
 */
export function askedType(q: string): Asked {
  const parts = q.split(/[，,；;。？?！!\s]+/).filter(Boolean);
  const asking = parts.length > 1 ? [...parts].reverse().find((p) => ASKS.test(p)) : undefined;
  const type = typeOf(asking ?? q);
  // 要带动多少户，有指标没: a closing yes/no on whether a target exists checks the figure an earlier part asks.
  if (type === 'yesno' && asking && /指标|定数|[数个]量?(?:要求|规定)/.test(asking) && parts.some((p) => p !== asking && ASKS.test(p) && typeOf(p) === 'quantity')) return 'quantity';
  return type;
}

/** The parts of a question that ask, in order (a question of one part is its own). */
export function askingParts(q: string): string[] {
  const parts = q.split(/[，,；;。？?！!、\s]+/).filter(Boolean);
  return parts.length > 1 ? parts.filter((p) => ASKS.test(p)) : [q];
}

/**
 * 要明确啥人啥时间, 时间表要不要定死, 时限要求得写清楚吗: a schedule or a time limit as what a duty fixes
 * (明确责任人和时间进度, 明确…时限要求), not a time asked.
 */
const FIXED_TIME = /(明确|确定|制定|细化|列出|排出|写明|写清)(?!在)(\p{Script=Han}{0,6}?)(?:时间表|时间进度|时间节点|时限要求|时限|时间|日程)|(?:时间表|时间进度|时间节点|时限要求|日程)(?=\p{Script=Han}{0,4}?(?:定死|定下来|定好|排好|列出|明确|写明|写清))/gu;

export function typeOf(q: string): Asked {
  const bare = q.replace(/[\p{P}\p{S}\s]+$/u, '').replace(FIXED_TIME, (_m, verb = '', between = '') => `${verb}${between}安排`);
  // 那几个字原文咋写的, 哪几句话: the notice's wording asked for, not a count of its characters.
  if (/几个字|几句话?|几个词/.test(bare) && !/多少|字数/.test(bare)) return 'how';
  if (/时间安排|具体时间|时间表|日程/.test(bare)) return 'time';
  if ((TIME_SLOT.test(bare) && /什么时候|啥时候|啥时|几时|多会儿|哪会儿|何时|哪天|几号(?![表文附件])|几月|截止|最晚|最迟|期限|时限|多久|多长时间/.test(bare)) || /哪一?年|几几年|哪个月/.test(bare)) return 'time';
  // 百分之二十是不是文件定的: a share told in words is checked, not asked (百分之几, 百分比 ask one).
  if (/多少|几成|比例|百分(?!之[一二两三四五六七八九十百零]+)|占比|额度|金额|上限|下限|最高|最低|最多|最少|至少|不超过|不低于|多大|几个点|几回|几次|几年|几天|一年几|几台|几个人|几[辆张间套座栋亩场户]|多少户|(?<!第)几[期班]|利率|费率|[一二两三四五几]年还是|实施期|建设期/.test(bare)) return 'quantity';
  // 快递进村率?, 公服中心面积, 要几十平方米, 带动贫困户数: a rate, an area or a count named bare asks its figure.
  if (/(?<![频利费效])率$|面积|平方米?|平米|户数|人数|数量/.test(bare)) return 'quantity';
  // 能分几个服务点有没有个数: a count asked, though 有没有 closes it.
  if (/(?:有没有|有无|有)(?:个|具体)?(?:个数|具体数|数目)|几个\p{Script=Han}{1,4}有没有/u.test(bare)) return 'quantity';
  // 增收有没有硬指标, 是硬杠杠吗: a hard or quantified target asks its figure, which only a clause stating one gives.
  if (/(?:硬性?|量化|数量|数字|定量)指标|硬杠杠/.test(bare)) return 'quantity';
  if (/谁|哪个部门|哪些部门|哪个单位|哪些单位|哪家|什么部门|什么单位|啥部门|哪级/.test(bare)) return 'who';
  if (/哪里|哪儿|在哪|挂哪|放哪|什么地方|啥地方|哪个网站|什么网站|哪些地方/.test(bare)) return 'where';
  if (YES_NO.test(bare)) return 'yesno';
  // 补贴标准县里自己细化?: a statement with a question mark and no question word asks yes or no (not a terse 上行比例?).
  if (/[?？]\s*$/.test(q) && !ASKS.test(bare) && bare.length >= 7) return 'yesno';
  if (/哪些|哪几|有啥|有什么|包括|清单|列表/.test(bare)) return 'list';
  // 补贴标准是省里定还是县里细化: a choice between two ways, not a figure, though it names one (标准, 比例);
  // 补贴标准按啥来定: what a standard is set by, not its figure.
  if (/还是|按(?:啥|什么|哪个|哪些)来?(?:定|确定|制定|细化)|(?:依据|根据)(?:啥|什么)(?:来)?(?:定|确定|制定|细化)/.test(bare)) return 'how';
  if (QUANTITY_SLOT.test(bare)) return 'quantity';
  return 'how';
}
