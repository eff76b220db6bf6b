import { clauseNamed } from '../named-document.ts';
import type { Draft } from '../phrasing.ts';
import { forbiddenUses } from './rules.ts';
import { intent } from './types.ts';

/**
 * A concrete spending idea whose kind is plainly one of the uses the central funds may not pay for,
 * though the notice does not name the thing itself: a building put up (盖个宿舍楼, 建栋电商大厦, 新盖一栋小楼)
 * is 楼堂馆所建设; a government body's own running costs (商务局的公务车, 领导小组的会务费, 给干部发补助,
 * 给局里雇临时工) are 工作经费; a shop app or mini-program mall of one's own (自己开发个卖特产的app) is a
 * 网络交易平台; paid promotion on a platform (投dou+, 投流, 直通车) is 购买流量. Asked whether it may be done,
 * the rule is quoted with the kind it falls under. Amounts, shares and standards are not asked here (the
 * notice gives none), nor a firm's, a site's or a trainee's costs, which are not the bodies' own.
 */

interface Kind {
  readonly item: string;
  readonly test: (s: string) => boolean;
  /** How the thing asked falls under the item, said to the official. */
  readonly why: string;
  /** A new building: the rule to use what exists (闲置厂房) is quoted too. */
  readonly building?: boolean;
}

/** A government body or its staff: whose own spending is 工作经费. */
const BODY = /商务局|财政局|扶贫办|局里|局机关|机关|政府|领导小组|工作专班|专班|干部|公务员|工作人员|办公室(?!翻|装)/;
/** What a body spends on itself. */
const RUNNING_COST = /会务费|会议费|开会|印刷费|材料费|办公费|办公用品|公务车|公车|买辆?车|买个车|车辆|加班费|补助|补贴|津贴|奖金|工资|临时工|劳务费|差旅|出差|接待|招待|餐费|下乡/;
/** Training, site or firm costs, which the notice supports or leaves open: not the bodies' own. */
const NOT_OWN = /培训|服务点|服务站|站点|合作社|企业|公司|贫困户|农户|承办/;

const KINDS: readonly Kind[] = [
  {
    item: '楼堂馆所建设',
    // 盖个职工宿舍楼, 建栋电商大厦, 新盖一栋三层小楼 (not 建在楼里, 设到大楼, which place a thing in one).
    test: (s) => /(?:盖|新建|修建|建|起)(?![在到进])(?:个|一栋|一座|一幢|栋|座|幢|了)?\p{Script=Han}{0,6}?(?:楼|大厦|宿舍|礼堂|宾馆|招待所|会所)/u.test(s),
    why: '新建楼房属于“楼堂馆所建设”',
    building: true,
  },
  {
    item: '楼堂馆所建设',
    // 给商务局办公室翻新, 装修局里办公楼: a body's own offices done up.
    test: (s) => BODY.test(s.replace(/办公室/, '')) && /办公室|办公楼|办公用房|会议室/.test(s) && /翻新|装修|维修|修缮|粉刷|改造/.test(s),
    why: '机关办公用房的翻新装修属于“楼堂馆所建设”和“工作经费”一类支出',
  },
  {
    item: '工作经费',
    test: (s) => BODY.test(s) && RUNNING_COST.test(s) && !NOT_OWN.test(s),
    why: '机关单位及其工作人员自身的会务、车辆、人员、补助等开支属于“工作经费”',
  },
  {
    item: '网络交易平台',
    // 自己开发个卖土特产的app, 做个“某某好物”小程序商城 (not 入驻 or 开店 on a platform that exists).
    test: (s) =>
      /(?:开发|自建|自己建|自己做|自己搞|搭建|建|搭|做|搞|弄)[\p{Script=Han}“”"'「」《》\s]{0,14}?(?:商城|app|小程序|网上商店)/iu.test(s) &&
      /卖|商城|购物|销售|下单|交易|网店/.test(s) &&
      !/入驻|开店|开个店|开网店|旗舰店|特色馆/.test(s),
    why: '自建的网上商城、卖货app或小程序属于“网络交易平台”',
  },
  {
    item: '购买流量',
    test: (s) => /dou\+|抖\+|投流|买流量|直通车|付费推广|竞价排名|买量|买粉|推广位/i.test(s),
    why: '在平台上付费投放推广属于“购买流量”',
  },
];

/** Whether it may be done: 行吗, 可以么, 能不能, 合规不, 能报吧, 出得了吗. */
const ASKS_WHETHER = /行|可以|能用|用得|出吗|可不可以|能不能|能否|能吗|能报|能出|出得了|走吗|走这|合规|违规|允许|中不中|符合/;
/** An amount, a share or a standard asked: the notice states none for these. */
const ASKS_MEASURE = /多少|几成|比例|标准|几年|多久|最多/;

export const forbiddenKinds = intent({
  id: 'rule:forbidden-kinds',
  recognise: (question, kb) => {
    const { raw } = question;
    // The item named outright (工作经费, 购买流量) or a sanction asked (处分, 追责): the rule's own intents answer or refuse.
    if (/工作经费|楼堂馆所|交易平台|流量|处分|处罚|追责|问责|后果/.test(raw)) return undefined;
    if (!ASKS_WHETHER.test(raw) || ASKS_MEASURE.test(raw.replace(/\d+(?:\.\d+)?万元?/g, ''))) return undefined;
    // 算不算工作经费, 属于交易平台吗: whether a thing falls in a category the notice lists but does not define stays with rules.ts.
    if (/算不算|属不属于|属于|算是|算作/.test(raw) && /工作经费|交易平台|楼堂馆所|流量/.test(raw)) return undefined;
    const kind = KINDS.find((k) => k.test(raw));
    // What the forbidden-uses intent already reads as a named forbidden use is left to it, in its place.
    return kind && !forbiddenUses.run(question, kb) ? kind : undefined;
  },
  answer: (kind, question, kb): Draft => {
    const forbidden = kb.data.fundRules.forbiddenUses;
    const items = forbidden.items.join('、');
    const buildings = kb.data.clauseRoles.buildings;
    const reuse = kind.building ? kb.sentenceWith(buildings, ['避免盲目建设']) : undefined;
    const quotes = forbidden.clauses.map((id) => kb.cite(id, kb.sentenceWith(id, ['不得用于'])));
    return {
      answered: true,
      answer: `不可以。通知规定中央财政资金不得用于${items}等支出，有关支持项目应开放共享；${kind.why}，不能使用中央财政资金。${reuse ? '通知还要求充分利用县域内现有各类产业园区、闲置厂房，避免盲目建设。' : ''}`,
      citations: [...quotes, ...(reuse && !quotes.some((c) => c.quote === reuse) ? [kb.cite(buildings, reuse)] : [])],
      clauseId: clauseNamed(kb, question.q, forbidden.clauses[0]!),
      intent: 'rule:forbidden-kinds',
    };
  },
});
