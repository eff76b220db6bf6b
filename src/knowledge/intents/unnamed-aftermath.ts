import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Short questions about what comes before, beside or after the notice's rules, which it never names though a clause
 * lies near enough to be quoted as if it answered: a county's status in earlier years (the table is this year's),
 * putting right a failed evaluation or applying again after it (六 only sanctions), money added to a county's grant (附件1 fixes it), a party
 * taking the subsidy itself (四（四） names 接受财政补贴的项目, not who may take it), and the rate of one training cost
 * (三（三） cites the rules that set it). Each check names the word it needs absent from the notice, so a notice that
 * names it is answered instead.
 */
interface Aftermath {
  readonly id: string;
  /** What is asked, with the word that must be absent from the notice as its first group (or the whole match). */
  readonly asked: RegExp;
  readonly unless?: RegExp;
  readonly what: string;
  /** The clause role (programme.json clauseRoles) or clause id quoted for reference. */
  readonly near?: string;
}

/** Earlier years or batches: 以前, 往年, 上一批 (not 9月30日以前, which is followed by no status). */
const PAST = '(?:以前|之前|往年|去年|前年|过去|历年|前几年|早些年|早年|上一?批|上一?轮|上届|原来)';
/** Having been a demonstration county: 当过, 评上过, 入选过, 是不是. */
const BEEN = '(?:当|做|是|评|选|入选|评上|列入|被列为|批)过|是不是|算不算|有没有';
/** Failing: 验收不合格, 考核没通过, 评价不达标. */
const FAILED = '(?:不合格|没通过|未通过|不达标|没达标|不及格|没过关?|被取消|取消了?资格)';
/** A party below the county: a firm, a cooperative, a household, a shop. */
const PARTY = '(?:合作社|企业|公司|农户|贫困户|个人|网店|农民|村民|群众|老百姓|商户|个体户|协会|服务点|站点|承办单位|快递)';
/** One item of a training's costs, which the cited 培训费管理办法 and the province's rules price. */
const COST_ITEM = '(?:场地|住宿|伙食|餐|食宿|讲课|授课|课时|师资|教材|资料|讲义|租车|会场)费';

const AFTERMATH: readonly Aftermath[] = [
  {
    // 夏河前几年当过示范县吗, 往年的示范县有哪些: the table lists 2018's counties only.
    id: 'refusal:earlier-years',
    asked: new RegExp(`${PAST}\\p{Script=Han}{0,6}?(?:${BEEN})\\p{Script=Han}{0,4}?示范|(?:往年|去年|前年|历年|前几年|上一?批|上一?轮|上届)的?\\p{Script=Han}{0,4}?示范县`, 'u'),
    unless: /今年|这次|本次|这一?批|本批|2018|本年度?/,
    what: '以往年度的示范县名单或各县以前是否入选（本通知只列出2018年的示范县）',
    near: 'annex-1',
  },
  {
    // 验收没过关可以整改吗, 考核没通过还能补救不: the notice cancels the status and takes the money back, and names no second chance.
    id: 'refusal:remedy',
    asked: new RegExp(`${FAILED}\\p{Script=Han}{0,8}?(整改|补救|补考|重新验收|再验收|重验|复验|复查|重新评|再评|申请复核|宽限|缓冲期|挽回)`, 'u'),
    what: '考核或验收不合格后能否整改、补救（通知只写明不合格的将取消示范县资格、收回已拨付专项资金）',
    near: 'evaluation',
  },
  {
    // 取消资格以后还能再报吗, 被取消了明年能重新申请不: whether a county may apply again after losing the status; the notice
    // names the sanction only.
    id: 'refusal:reapply',
    asked: new RegExp(`${FAILED}\\p{Script=Han}{0,8}?(?:还|能|可以|以后|之后|后)?\\p{Script=Han}{0,3}?(再报|再申报|重新申报|重报|再申请|重新申请|再入选|重新入选|恢复资格|恢复示范县资格|再评上|再参评)`, 'u'),
    what: '被取消示范县资格后能否再次申报（通知只写明绩效评价不合格的示范县将取消示范县资格、收回已拨付专项资金）',
    near: 'evaluation',
  },
  {
    // 碌曲可以追加点钱不, 钱不够能再拨点不: the table sets each county's grant; nothing is added to it.
    id: 'refusal:top-up',
    // 拨 and 批 are a level's grant to another (not 达标再给钱, a county's reward to a firm).
    asked: /(追加|增拨|加拨|补拨|追拨)|(?:再|多|另外)(?:拨|批)(?:点|些|一些|一点)?(?:钱|资金|补贴)/,
    what: '能否在计划表所列补贴资金之外追加资金',
    near: 'annex-1',
  },
  {
    // 合作社可以直接领补贴吗, 网店自己能领补助吗: who may take the money is never said (示范县 chooses the ways of support);
    // the whole question (not 拿项目资金给他们开发…, where the money is what pays for a thing). The refusal names what is open
    // without the asked 直接领 (an official would read it as granted).
    id: 'refusal:party-takes',
    asked: new RegExp(
      `${PARTY}\\p{Script=Han}{0,4}?(?:能|可以|能不能|可不可以|能否|会不会|是否)?(?:直接|单独|自己)?(?:拿|领|领取|申领|拿到|领到|得到|获得|享受)(?:财政|专项)?(?:补贴|补助|资金|钱)(?:吗|不|没有?|么|呢|啊)?$`,
      'u',
    ),
    what: '补贴资金可以发放给哪些主体（通知只写明示范县可以采取以奖代补、贷款贴息等支持方式）',
    near: 'workContent',
  },
  {
    // 场地费标准是多少, 住宿费一天多少: the rate of a cost item, which the notice leaves to the rules it cites. (按啥标准,
    // 依据什么: the rules it follows are named, 《中央和国家机关培训费管理办法》, and the clause answers.)
    id: 'refusal:cost-rate',
    asked: new RegExp(`(${COST_ITEM})\\p{Script=Han}{0,4}?(?:标准|多少|几|上限|限额|最高|怎么算|咋算)`, 'u'),
    unless: /按(?:啥|什么|哪个|哪些|哪|照)|(?:什么|啥|哪个|哪种|哪一?项)(?:标准|规定|办法|文件)|依据|参照/,
    what: '培训各项费用的具体开支标准（通知只要求培训组织符合《中央和国家机关培训费管理办法》和我省关于培训工作的相关规定）',
    near: 'training',
  },
];

/** The question without its closing marks (吗？, 不?). */
const bare = (q: string): string => q.replace(/[\p{P}\p{S}\s]+$/u, '');

function found(q: string, kb: KnowledgeBase): Aftermath | undefined {
  return AFTERMATH.find((a) => {
    const m = a.asked.exec(q);
    if (!m || a.unless?.test(q)) return false;
    const word = m.slice(1).find((g) => g !== undefined) ?? m[0];
    return !kb.allText.includes(word);
  });
}

export const unnamedAftermath = intent({
  id: 'refusal:aftermath',
  recognise: ({ q, raw }, kb) => found(bare(raw), kb) ?? found(bare(q), kb),
  answer: (a, { q }, kb) => refuse(kb, q, a.what, a.id, a.near ? ((kb.data.clauseRoles as Record<string, string>)[a.near] ?? a.near) : undefined),
});
