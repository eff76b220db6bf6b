import { absentWords, subjectWords } from '../answerability.ts';
import { askingParts } from '../asked-type.ts';
import { clauseNamed } from '../named-document.ts';
import { prepare } from '../text.ts';
import { NEVER_NAMED } from '../unstated-asked.ts';
import { type Draft, refuse } from '../phrasing.ts';
import { type Clause, citationLabel } from '../notice.ts';
import type { KnowledgeBase } from '../base.ts';
import { citedDocuments, full } from './cited-documents.ts';
import { supportedThing } from './supported-thing.ts';
import { intent } from './types.ts';

/** What the central funds may not pay for, the buildings rule, and the four principles. */

// 用这钱开会、出差: a body's own meetings and travel paid from the money are its 工作经费 (not 要不要开会研究, which spends nothing).
// 给电商办发加班补助, 给局里买电脑办公用: a body's own staff pay and office equipment are its 工作经费 too.
// 给村委会盖个房子: an office house for a body (村委会, 村部) is one of the 楼堂馆所.
const NAMES_FORBIDDEN =
  /(?:村委会?|村部|办公)\p{Script=Han}{0,4}?(?:盖|建|起)(?:个|一个|间|座)?\p{Script=Han}{0,2}?房|交易平台|楼堂馆所|工作经费|购买流量|流量|办公经费|发工资|人员工资|(?:局里|机关|办公室|电商办|商务局|领导小组|工作人员|干部|职工)\p{Script=Han}{0,6}?(?:加班|值班)(?:费|补助|补贴|工资)|(?:给|为)(?:局里|机关|办公室|电商办|商务局|领导小组)\p{Script=Han}{0,8}?(?:买|购|配)\p{Script=Han}{0,8}?办公|(?:局里|机关|电商办|商务局)\p{Script=Han}{0,4}?办公(?:用品|设备|家具|电脑)|差旅|会议费|办公楼|大楼|楼房|(盖|建|修|起)个?新?.{0,2}楼|(?:钱|资金|经费)[\u4e00-\u9fa5]{0,4}(?:开会|出差)|(?:开会|出差)[\u4e00-\u9fa5]{0,4}(?:的钱|费用|资金|经费)/u;
// 开发个特产小程序商城, 搭一个卖货APP: an online shop of one's own, built with the money, is a 网络交易平台 by another name
// (not 入驻 a platform that exists, nor whether a thing 算不算 one, which stay as below).
const OWN_SHOP = /(?:开发|自建|建|搭|做|搞|弄)\p{Script=Han}{0,12}?(?:商城|(?:卖货|购物|电商|交易)(?:小程序|APP|app))/u;
// 舟曲要用示范资金装修大楼: a plan told of spending on a named forbidden use asks, without 能不能, whether it may.
const ASKS_PERMISSION = /能|可以|可不可以|行不行|行不$|允许|让不让|吗|算不算|用于|花|中不中|行吗|违规|合规|(?:要|想|打算|准备|计划)(?:用|拿|花|动用)/;
// 不能花在哪 is canonicalised to 不能使用方向 (花在哪 is 使用方向): still the forbidden uses asked; 不让用在哪 likewise.
const ASKS_LIST = /不得用于|(?<!能)不能(用|花|使用)|(?<!让)不让(用|花|使用)|(?<!可)不可以用|不准|不许|禁止|负面清单|红线|哪些.{0,4}(?<!能)不(能|得|可以)|(?<!能)不能.{0,4}(干|做|买|支出)|不能碰|别碰|雷区|禁区/;
const PARK = /产业园区|园区|厂房|孵化基地|基地/;
const UPKEEP = /装修|翻新|维修|修缮|租金|房租|水电|物业/;
const OPERATOR_PAY = /(?:服务点|站点|服务站|网点|企业|承办单位|合作社|中心)\p{Script=Han}{0,6}(?:工资|薪酬)/u;
/** 入驻淘宝京东这类商业平台: using an existing commercial platform, which the notice asks for, not building one (交易平台). */
const EXISTING_PLATFORM = /入驻|商业化?(?:电商)?平台|(?:现有|现成|已有|别人|别家)的?(?:电商)?平台/;
/** 在京东上开个特色馆, 淘宝上开店: a shop opened on a named commercial platform uses it too (a subsidy for it is not asked here). */
const SHOP_ON_PLATFORM = /(?:京东|淘宝|天猫|拼多多|抖音|快手|苏宁|邮乐)\p{Script=Han}{0,3}?(?:开|建|设|办)\p{Script=Han}{0,6}?(?:店|馆)/u;
/** 入驻费, 保证金, 佣金: what a platform charges a shop, a cost the notice never speaks of. */
const PLATFORM_FEE = /费|保证金|押金|佣金|抽成|扣点/;

/** 引哪个文, 依据什么规定, 哪个文件规定的: the document a rule rests on is asked. */
const ASKS_DOCUMENT = /(?:引|依据|根据|按照?|出自|是)(?:的是)?(?:哪个|哪份|哪一个|什么|啥)(?:文件?|规定|办法)|(?:哪个|哪份|什么|啥)(?:文件?|办法)(?:规定|定|里|说)的?/;

export const forbiddenUses = intent({
  id: 'rule:forbidden-uses',
  recognise: ({ q, raw }, kb) => {
    // 入驻产业园的租金能补几年, 平台服务费能报多少: a period or an amount, which the rule on uses never gives.
    // 产业园最多建几亩: a size too, which it never gives either.
    if (/几年|多久|多长时间|多少钱|补多少|给多少|每年补|补贴标准|(?:报|报销|补贴|补助|奖补|奖励)(?:多少|几成|标准)|几亩|多少亩|多少平|几平|面积|多大/.test(q)) return undefined;
    // 中央的钱不能当工作经费，那县里自己要出多少: the rule told as a premise, an amount asked after it.
    if (/多少|几成/.test(askingParts(q).at(-1) ?? q)) return undefined;
    // 产业园装修能用这钱吗: upkeep of a park that exists is neither the buildings rule nor a forbidden use; the notice is silent.
    if (PARK.test(q) && UPKEEP.test(q) && !NAMES_FORBIDDEN.test(q)) return { named: false, park: true, silent: '现有产业园区的装修、租金等费用能否使用示范资金' };
    // 服务点人员工资能发吗: the pay of a site's or a firm's staff is not the 工作经费 the rule forbids, and no clause says.
    if (OPERATOR_PAY.test(q) && !NAMES_FORBIDDEN.test(q.replace(/人员?工资|发工资/g, ''))) return { named: false, park: false, silent: '服务站点或企业人员的工资能否使用示范资金' };
    // 拼多多的入驻费能从这笔钱出吗: a platform's charges paid from the money are neither a forbidden use nor the buildings rule; the notice is silent.
    if (EXISTING_PLATFORM.test(q) && PLATFORM_FEE.test(q) && !PARK.test(q) && !NAMES_FORBIDDEN.test(q)) return { named: false, park: false, silent: '入驻电商平台所需的各项费用能否使用示范资金' };
    // 入驻公服中心的企业有税收优惠吗, 进园区的给不给减税: a kind of thing the notice never speaks of (a tax relief, cash)
    // asked of a firm moving in is no rule on uses or buildings; left to the check of what the notice does not state.
    const never = NEVER_NAMED.exec(q)?.[0];
    if (never && !kb.allText.includes(never) && !NAMES_FORBIDDEN.test(q)) return undefined;
    // …but not which platform or company (指定哪家平台, 京东来投标): the notice names none.
    const onPlatform = EXISTING_PLATFORM.test(q) || (SHOP_ON_PLATFORM.test(q) && !/补贴|补助|奖|费/.test(q));
    if (onPlatform && !/流量|楼|经费|工资|指定|哪家|哪个|哪些|标|合作/.test(q)) return { named: false, park: true };
    // 自建的小程序商城算不算网络交易平台, 买打印机算不算工作经费: whether a thing the notice never names falls in a
    // forbidden category, which it lists but does not define (not 盖新房子算不算楼堂馆所, which the word itself says).
    const classed = /交易平台/.test(q) || /(?:算不算|属不属于|属于|算是|算作)\p{Script=Han}{0,4}(?:工作经费|流量)/u.test(q);
    if (/算不算|属不属于|属于|算是|算作/.test(q) && classed && absentWords(kb, q).length) return undefined;
    const named = NAMES_FORBIDDEN.test(q) || OWN_SHOP.test(raw);
    // 要建物流信息平台，跟负面清单冲突不: a thing another clause supports, asked against the forbidden uses.
    const supported = named || ASKS_LIST.test(q) ? supportedThing(kb, q, raw) : undefined;
    if (supported) return { named: false, park: false, supported };
    if ((named && ASKS_PERMISSION.test(q)) || ASKS_LIST.test(q)) return { named, park: PARK.test(q) };
    // 有园区了还要另起炉灶吗: starting anew beside a park that exists is building one too.
    if (PARK.test(q) && /建|盖|修|搞|弄|投|花|用|另起炉灶|重起炉灶|推倒重来|从头来/.test(q)) return { named: false, park: true };
    return undefined;
  },
  answer: ({ named, park, silent, supported }, question, kb): Draft => {
    if (silent) return refuse(kb, question.q, silent, 'refusal:unnamed-cost', kb.data.clauseRoles.buildings);
    const forbidden = kb.data.fundRules.forbiddenUses;
    const items = forbidden.items.join('、');
    if (supported) {
      // The plan's clause on the forbidden uses (四（五）), not the letter's restatement, beside the supporting one.
      const rule = forbidden.clauses.at(-1)!;
      const support = kb.byId.get(supported.clauseId)!;
      return {
        answered: true,
        answer: `通知中有两处相关规定，请结合来看：${citationLabel(support)}：${supported.sentence.replace(/。$/, '')}；${citationLabel(kb.byId.get(rule)!)}：中央财政资金不得用于${items}等支出。`,
        citations: [kb.cite(support.id, supported.sentence), kb.cite(rule, kb.sentenceWith(rule, ['不得用于']))],
        clauseId: support.id,
        intent: 'rule:forbidden-uses:two',
      };
    }
    // 方案里写了交易平台，能改吗？怎么改: the rule, and how a plan is changed (四（二）: 报经省商务厅审核备案).
    const change = /(?:能|可以|可不可以|能不能|咋|怎么|如何|要)(?:改|调整|变更)|改(?:吗|不|得了|一下)/.test(question.q) ? adjusting(kb) : undefined;
    if (change) {
      const rule = forbidden.clauses.at(-1)!;
      return {
        answered: true,
        answer: `通知中有两处相关规定，请结合来看：${citationLabel(kb.byId.get(rule)!)}：中央财政资金不得用于${items}等支出；${citationLabel(change.clause)}：${change.sentence}`,
        citations: [kb.cite(rule, kb.sentenceWith(rule, ['不得用于'])), kb.cite(change.clause.id, change.sentence)],
        clauseId: rule,
        intent: 'rule:forbidden-uses:change',
      };
    }
    const buildings = kb.data.clauseRoles.buildings;
    const parkRule = kb.sentenceWith(buildings, ['避免盲目建设']);
    const forbiddenQuotes = forbidden.clauses.map((id) => kb.cite(id, kb.sentenceWith(id, ['不得用于'])));
    if (park && !named) {
      return {
        answered: true,
        answer: `通知要求：示范县项目建设要充分利用县域内现有各类产业园区、闲置厂房与商业化电商平台，避免盲目建设电商产业园区和资源浪费；中央财政资金不得用于${items}等支出。`,
        citations: [kb.cite(buildings, parkRule), ...forbiddenQuotes.filter((c) => c.quote !== parkRule)],
        clauseId: buildings,
        intent: 'rule:buildings',
      };
    }
    // A new building: the buildings rule (use what exists, no blind building) is part of the answer.
    const building = /(盖|建|修|起)个?新?.{0,2}楼|大楼|办公楼|楼房/.test(question.q);
    // 禁止用途引哪个文: the document the rule follows, as its clause cites it (then no 不可以: whether is not what is asked).
    const cited = ASKS_DOCUMENT.test(question.q) ? citedDocuments(kb.byId.get(forbidden.clauses[0]!)!)[0] : undefined;
    const basis = cited ? `通知在要求严格遵守${full(cited)}等相关规定的同时，列明了上述禁止用途。` : '';
    return {
      answered: true,
      answer: named && !cited ? `不可以。中央财政资金不得用于${items}等支出，有关支持项目应开放共享。${building ? '通知还要求充分利用县域内现有各类产业园区、闲置厂房，避免盲目建设。' : ''}` : `中央财政资金不得用于${items}等支出；有关支持项目应开放共享。${basis}`,
      citations: [...forbiddenQuotes, ...(building ? [kb.cite(buildings, parkRule)] : [])],
      clauseId: clauseNamed(kb, question.q, forbidden.clauses[0]!),
      intent: 'rule:forbidden-uses',
    };
  },
});

export const principles = intent({
  id: 'list:principles',
  recognise: ({ q }, kb) => {
    if (!/原则(?!上)/.test(q) || /实用|节约|公服中心|中心|建设|比例/.test(q)) return undefined;
    // 因地制宜原则里鼓励什么模式, 原则里市州承担什么角色: one principle's content, which text retrieval finds; the list answers only the principles as such.
    const root = kb.data.clauseRoles.principles;
    const halves = kb.clauses.filter((c) => c.id.startsWith(`${root}-`)).flatMap((c) => prepare(c.title).split(/[，、,]/));
    if (halves.some((h) => h.length >= 4 && q.includes(h))) return undefined;
    // 原则里工作核心是啥: a thing named in the principles that one of them holds (以…为工作核心) is that principle's content.
    const named = /原则(?:里面?|中|当中|上)(?:说的|讲的|提的)?的?(\p{Script=Han}{2,10}?)(?:是|指|说的是|有)/u.exec(q)?.[1];
    if (named && kb.clauses.some((c) => c.id.startsWith(`${root}-`) && c.body.includes(named))) return undefined;
    // 脱贫要靠什么来带动，原则里怎么说的: what the principles say about a subject the other part names, not the list.
    const about = /原则(?:里|中|上面?)(?:是)?(?:怎么|咋|如何)(?:说|讲|规定)/.test(q) && q.split(/[，,；;？?]/).some((p) => !/原则/.test(p) && /\p{Script=Han}{4,}/u.test(p));
    if (about) return undefined;
    const subject = subjectWords(kb, q).filter((w) => !/原则|方案|示范|工作/.test(w));
    return subject.some((w) => kb.allText.includes(w)) ? undefined : true;
  },
  answer: (_m, _q, kb): Draft => {
    const root = kb.data.clauseRoles.principles;
    const list = kb.clauses.filter((c) => c.id.startsWith(`${root}-`) && c.level === (kb.byId.get(root)?.level ?? 2) + 1);
    const first = list[0];
    return {
      answered: true,
      answer: `实施方案确定了${list.length}条基本原则：${list.map((c) => `“${c.title}”`).join('、')}。`,
      citations: first ? [kb.cite(first.id, first.sentences[0] ?? first.title, `${kb.byId.get(root)?.section ?? ''}（${kb.byId.get(root)?.title.replace(/^[一二三四五六七八九十]+、/, '') ?? ''}）`)] : [],
      clauseId: root,
      intent: 'list:principles',
    };
  },
});

/** The sentence saying how a plan is changed (确因…调整实施方案的，必须…审核备案), and its clause. */
function adjusting(kb: KnowledgeBase): { clause: Clause; sentence: string } | undefined {
  for (const clause of kb.clauses) {
    const sentence = clause.sentences.find((x) => /调整(?:实施)?方案|调整变更/.test(x) && /审核备案|报经/.test(x));
    if (sentence) return { clause, sentence: sentence.replace(/^[^，]*不得随意调整变更，/, '') };
  }
  return undefined;
}
