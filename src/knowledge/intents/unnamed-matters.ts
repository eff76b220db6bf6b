import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Matters the notice never names, asked in words that lie near clauses which would otherwise answer something else:
 * 钱到年底没用完能转到明年吗 (年底 reads as the tendering deadline), 承办企业的注册资本有门槛吗 (承办单位 is 四（四）'s),
 * 州级验收咋安排 (验收 is 六's, the province's). Refused before any other intent, naming what is open without the asked word (an official reads it as granted); each word is
 * checked against the whole notice, so a notice that names it is answered.
 */
interface Matter {
  readonly words: RegExp;
  readonly what: string;
  /** The clause role of the nearest rule, offered for reference. */
  readonly near?: 'evaluation';
}

const MATTERS: readonly Matter[] = [
  // 结转到明年, 结余部分, 跨年度使用: the notice says only that long-idle central money is 统筹安排 by the province (六).
  { words: /结转|结余|滚存|跨年度?(?:使用|用|结)/, what: '当年未用完的资金如何处理', near: 'evaluation' },
  // 注册资本多少, 要啥资质, 营业执照: the notice sets no qualification of a firm or an undertaker.
  // 合作社能当承办单位吗, 承办单位的门槛: who may be an undertaker is never set either (四（四） only names 项目承办单位).
  { words: /注册资本|注册资金|资质|营业执照|经营年限|成立年限|(?:当|做|作为|成为|担任)(?:项目)?承办(?:单位|主体|方|企业)|承办(?:单位|主体|企业)的?(?:条件|资格|门槛)/, what: '项目承办单位或参与企业须具备的条件' },
  // 要提多少管理费, 能抽几个点提成: a fee or cut taken from the money, which the notice never names (its 工作经费 is a forbidden use).
  { words: /管理费|手续费|提成|抽成/, what: '是否从项目资金中另行提取费用及其标准' },
  // 用地有没有单列指标, 地价优惠: land quotas and prices; the notice names only a 土地 policy each county works out (三（二）1).
  { words: /用地指标|单列(?:的)?(?:用地)?指标|地价|建设用地/, what: '项目建设用地指标、地价等安排' },
  // 公告要挂多少天, 公示期几天: how long a notice is posted, which the notice never sets (it asks that information be published).
  { words: /公示期(?!间)|公告期(?!间)|(?:公告|公示|挂网)(?:要|得|需要)?(?:挂|公示|公告)?(?:多少|几)(?:天|日|个工作日)/, what: '公示、公告的期限' },
  // 州级验收, 县里级验收, 州上的验收: the notice sets the province's acceptance with a third party (六), no level's own.
  { words: /[州市县乡]级(?:的)?(?:组织)?验收|(?<!市)州(?:里|上)的?(?:组织)?验收/, what: '市州、县级是否另行组织验收及其安排', near: 'evaluation' },
  // 项目负责人是谁, 对接人叫啥: a named person, whom the notice never names (it asks that 责任人 be set; 签发人 heads the letter only).
  { words: /(?:负责人|对接人|经办人|分管领导|牵头人)(?:是谁|是哪位|叫什么|叫啥|姓什么|姓啥|的?名字|的?姓名)/, what: '具体负责人员的姓名（通知只要求明确责任人和时间进度）' },
  // 乡镇要不要设个电商办, 村里成立个电商办公室: an office or a standing team set up for the work, which the notice never asks
  // for (it names the 领导小组 a county already has, and the service centre and points, which are no office).
  { words: /(?:要不要|需不需要|需要|用不用|得不得|得|要|该不该|应该|应当|是否|必须)(?:专门|单独|另外|再)?(?:设(?!在)|成立|组建|新设|增设|单设|另设)(?:个|一个|专门的?)?\p{Script=Han}{0,4}?(?:办公室|专班|科室|机构|编制|办(?![理法事公]))/u, what: '是否另行设立专门的机构或办公室' },
  // 临夏县项目进度怎么样了, 项目搞到哪一步了: how far a project has got now is the county's own record, not the notice's (which sets the duty to
  // follow it); not when it is what someone follows or is told (州里会不会跟着看干到哪一步了).
  { words: /(?<!(?:看|跟|查|盯|问|了解|掌握|关注|汇报|报告|报)[^，,。；;]{0,16})(?:(?:进度|进展|干得|搞得|建得|做得)(?:情况)?(?:咋样|怎么样|怎样|如何)了?|(?:干|搞|建|弄|做)到哪(?:一步)?了)(?:呀|啊|呢)?[？?]?$/, what: '各地项目目前的实际进展（通知只规定了进度要求和跟踪监督）' },
];

function unnamed(q: string, kb: KnowledgeBase): Matter | undefined {
  return MATTERS.find((m) => {
    const word = m.words.exec(q)?.[0];
    return word !== undefined && !kb.allText.includes(word);
  });
}

export const unnamedMatters = intent({
  id: 'refusal:unnamed-matter',
  recognise: ({ q, raw }, kb) => unnamed(raw, kb) ?? unnamed(q, kb),
  answer: (matter, { q }, kb) => refuse(kb, q, matter.what, 'refusal:unnamed-matter', matter.near ? kb.data.clauseRoles[matter.near] : undefined),
});
