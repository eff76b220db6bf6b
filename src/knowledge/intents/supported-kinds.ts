import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * A concrete thing the notice does not name, asked whether it is supported or which part it falls under
 * (礼盒包装重新设计算支持内容吗, 买烘干机能支持吗, 请公司注册商标这钱能出吗, 几家快递共用一个仓方案鼓励吗),
 * when a clause plainly names its kind: packaging and grading (分级、包装), first processing (初加工),
 * promotion (宣传、推广), quality tracing (质量保障体系), old brands going online (传统品牌向网络延伸), price
 * undercutting (无序竞争), trademark registration, marketing plans and site hosting by a professional team
 * (品牌注册、网络营销策划、网站托管), shops both online and off (线上线下融合), folk crafts, catering and
 * tourism (农副、旅游、餐饮、民俗), shared warehouses and joint delivery (多站合一、资源共享), errands for
 * villagers (代收代缴、便民服务). The clause is quoted and the answer says the thing itself is not listed.
 * Amounts, shares and standards are not asked here, nor anything of the forbidden uses or of training.
 */

interface Family {
  /** The thing asked, in the words an official uses. */
  readonly asked: RegExp;
  /** The notice's words for its kind, found in one clause's sentence (or, with `title`, its heading). */
  readonly needle: string;
  readonly title?: boolean;
  /** 有啥要求 asks it too: the clause states a requirement for the thing itself (the centre's thrift), not a supported kind. */
  readonly requirement?: boolean;
}

const FAMILIES: readonly Family[] = [
  { asked: /包装|礼盒|分级|分等|分选/, needle: '分级、包装' },
  { asked: /初加工|粗加工/, needle: '初加工' },
  { asked: /预冷|保鲜/, needle: '预冷' },
  { asked: /品鉴|推介|推广活动|宣传推广|促销活动|展销/, needle: '品牌培育、宣传、推广' },
  { asked: /追溯|溯源|质量检测|质量安全/, needle: '质量保障体系' },
  { asked: /老字号|传统品牌|老品牌/, needle: '传统品牌向网络延伸' },
  { asked: /压价|价格战|恶性竞争|互相竞争|相互竞争|抢生意/, needle: '无序竞争' },
  { asked: /注册商标|商标注册|申请商标|商标申请|品牌注册/, needle: '品牌注册' },
  { asked: /营销策划|策划方案|营销方案|推广方案/, needle: '网络营销策划' },
  { asked: /代运营|托管/, needle: '网站托管' },
  { asked: /体验店|线上线下|门店\p{Script=Han}{0,6}网店|网店\p{Script=Han}{0,6}门店/u, needle: '线上线下融合' },
  { asked: /唐卡|藏绣|刺绣|手工艺|民族工艺|非遗|民俗/, needle: '民俗' },
  { asked: /餐饮|外卖|预制菜|小吃/, needle: '餐饮' },
  { asked: /乡村旅游|农家乐|民宿|旅游/, needle: '旅游' },
  { asked: /共用\p{Script=Han}{0,3}仓|共同配送|共配|合用\p{Script=Han}{0,3}仓|合并配送|联合配送/u, needle: '多站合一、资源共享' },
  { asked: /车票|充值|话费|缴费|代缴|水电费|取款/, needle: '代收代缴' },
  { asked: /(?:加工|生产|流通)(?:企业|厂)\p{Script=Han}{0,8}?(?:上网|网上|网店|电商|线上)/u, needle: '加工、流通企业' },
  { asked: /进村难|快递进村|物流进村|送不到村|到村(?:的)?(?:快递|物流)|(?:快递|物流)\p{Script=Han}{0,4}到村/u, needle: '最后一公里' },
  { asked: /增值服务|专业团队/, needle: '增值服务' },
  // 公服中心弄气派点, 上大屏、展厅: how the centre is fitted out falls under its own rule (实用、节约).
  { asked: /(?:公服|公共服务|服务)中\p{Script=Han}{0,14}?(?:气派|豪华|高档|大屏|展厅|沙盘|形象墙|高大上|排面)/u, needle: '实用、节约', requirement: true },
  { asked: /产销对接会|对接会|供需对接|订货会/, needle: '产销对接', title: true },
];

/** Whether it is supported or where it belongs: 支持吗, 算支持内容吗, 属于哪个方向, 能记进上行里吗, 有依据没, 方案鼓励吗. */
const ASKS_SUPPORT =
  /支持|扶持|鼓励|算(?:不算)?|属于|属不属于|归|哪个方向|哪条|哪块|哪一块|哪个大类|哪类|方向|依据|说法|提(?:了|到|没)|挂(?:上|得上)|记进|放(?:在)?哪|对不对|对路|能不能|能否|可以|行不行|行吗|能出|能报|能用/;
/**
 * An amount, a share, a standard or a time asked, or who gets money and how much of a cost is paid (拿补贴,
 * 全部报销), or a rate told (每单补5毛, 一件2元): other intents answer or refuse it; the kind's clause says what is supported, not how it is paid.
 */
const ASKS_MEASURE = /多少|几成|比例|标准|几年|多久|上限|最多|最高|什么时候|啥时候|截止|补贴|补助|奖补|报销|全部|全额|每[单件票次户人]|\d\s*(?:元|块|%|％)/;
/**
 * The forbidden uses, training, premises or sharing, and firms the notice names as recipients (电商服务企业, 协会):
 * other intents' or other clauses' subjects.
 */
const OTHERS = /服务企业|行业组织|协会|交易平台|流量|经费|工资|楼|大厦|培训|开放|共享给|租给|闲置|空着|厂房|园区|谁来|哪家|哪个公司|招标|验收|考核/;

/** The clause and sentence holding the needle (a heading's words: the clause's opening sentence). */
function holding(kb: KnowledgeBase, family: Family): { clause: Clause; sentence: string } | undefined {
  for (const clause of kb.searchable) {
    if (family.title) {
      if (clause.title.includes(family.needle)) return { clause, sentence: clause.sentences[0] ?? clause.title };
      continue;
    }
    if (clause.sentences.some((s) => s.includes(family.needle))) return { clause, sentence: kb.sentenceWith(clause.id, [family.needle]) };
  }
  return undefined;
}

export const supportedKinds = intent({
  id: 'rule:supported-kind',
  recognise: ({ raw }, kb) => {
    if (ASKS_MEASURE.test(raw.replace(/\d+(?:\.\d+)?万元?/g, '')) || OTHERS.test(raw)) return undefined;
    const required = /(?:啥|什么)要求/.test(raw);
    const families = FAMILIES.filter((f) => f.asked.test(raw) && (ASKS_SUPPORT.test(raw) || (required && f.requirement)));
    // Two kinds in one question (礼盒包装 and 品鉴推广): the first named clause answers, when both are one clause's.
    const found = families.map((f) => ({ family: f, at: holding(kb, f) })).filter((x) => x.at !== undefined);
    if (!found.length || new Set(found.map((x) => x.at!.clause.id)).size > 1) return undefined;
    return found[0]!.at!;
  },
  answer: ({ clause, sentence }, _q, kb): Draft => {
    const heading = clause.level > 2 && !clause.section.includes(clause.title) ? `${clause.section} ${clause.title}` : undefined;
    const label = citationLabel(clause);
    // 放哪个大类: the part it stands in (促进农村产品上行) is said with the item's own heading.
    const parent = kb.byId.get(clause.id.replace(/-\d+$/, ''));
    const part = parent && parent.id !== clause.id && parent.level > 1 ? `“${parent.title.replace(/^（[一二三四五六七八九十]+）/, '')}”中的` : '';
    const named = heading ? `${label}（${part}“${clause.title.replace(/^[\d.、\s]+/, '')}”）` : label;
    return {
      answered: true,
      answer: `通知没有逐项列出您所说的具体事项，涵盖这类内容的是${named}：${sentence.replace(/。$/, '')}。具体的资金支持方向由示范县在实施方案中细化。`,
      citations: [kb.cite(clause.id, sentence, heading)],
      clauseId: clause.id,
      intent: 'rule:supported-kind',
    };
  },
});
