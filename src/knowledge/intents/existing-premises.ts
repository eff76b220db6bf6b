import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Housing a supported thing in premises that already exist (服务中心设在县商务局办公楼行吗,
 * 公服中心放在现有的楼里改改, 用闲置的办公室做仓库): no building is put up, so the rule against
 * 楼堂馆所建设 is not what answers. The notice names no place for them; what it requires is to use what
 * the county already has and, for the service centre, to be practical and thrifty. Both rules are
 * quoted, and the answer says that the place itself is not laid down. Putting up, fitting out or
 * repairing a building (盖楼, 装修办公楼, 翻修) stays with the forbidden uses.
 */

/** Rooms or a building named as the place: 办公楼, 楼里, 办公室, 房子, 旧楼. */
const PREMISES = /办公楼|大楼|楼里|楼上|楼内|旧楼|老楼|楼房|办公室|办公用房|房子|房间|空房|闲置房|商贸中心|厂房|[一二三]楼/;

/** The thing is put into them (设在, 放在, 搬进) or they are said to exist already (现有, 闲置, 空着). */
const PLACED = /(?:设|放|安|搬|挪|落|建|开)(?:在|到|进)|入驻|进驻|利用|借用|腾出|(?:现有|已有|原有|现成|闲置|空着|空置|腾出来|旧|老|原来)的?\p{Script=Han}{0,6}(?:楼|办公室|房)|(?:空着|闲着|空置|闲置)(?!的)[\p{Script=Han}，,]{0,10}?(?:改|当|做|用)/u;

/** Premises the notice itself names as what a project should use, with its word for them. */
const NOTICE_PREMISES: readonly (readonly [RegExp, string])[] = [
  [/(?:乡镇|乡上|镇上|乡里|镇里)\p{Script=Han}{0,4}商贸中心/u, '乡镇商贸中心'],
  [/农家店/, '农家店'],
  [/厂房/, '闲置厂房'],
  [/产业园/, '产业园区'],
];

/** Building, fitting out or repairing: a cost the forbidden-uses rule speaks to, not a placement. */
const BUILDS = /盖|新建|修建|起楼|建楼|建个|建一|翻修|翻新|装修|修缮|维修|扩建|租金|房租|买楼|购置/;

/** Whether it may be done: 行吗, 可以吗, 能不能, 符合…吧. */
const ASKS_WHETHER = /鼓励|行|可以|可不可以|能不能|能否|能吗|符合|合规|违规|中不中|好不好|合适|对路|允许|妥/;

/** A measure or standard asked (多少平, 面积, 几间, 标准): the notice gives none. */
const ASKS_MEASURE = /多少|几(?:间|层|平|个|年)|面积|多大|标准|达标|规格/;

/** The service centre itself (not a logistics or storage centre, which the share rule does not cover). */
const CENTRE = /(?:公服|公共服务|服务|电商|运营)中心|(?<!物流|配送|仓储|分拣)中心/;

export const existingPremises = intent({
  id: 'rule:existing-premises',
  recognise: ({ raw }, kb) => {
    if (!PREMISES.test(raw) || !PLACED.test(raw) || BUILDS.test(raw)) return undefined;
    // Whether the placement is allowed is asked (行吗, 符合…吧), not a size, a figure or a standard the notice never sets.
    if (!ASKS_WHETHER.test(raw) || ASKS_MEASURE.test(raw)) return undefined;
    // 领导小组办公室设在哪: an office as a body, not a room; other intents refuse it.
    if (/领导小组|工作专班|办公室(?:设在|放在)?(?:哪|什么)/.test(raw)) return undefined;
    const buildings = kb.data.clauseRoles.buildings;
    const reuse = kb.sentenceWith(buildings, ['现有']);
    if (!reuse.includes('现有')) return undefined;
    // 商贸中心, 厂房 and the like are the premises, not the service centre. Premises the notice itself lists
    // among what a project should use (乡镇商贸中心, 闲置厂房) lead with the sentence listing them; other
    // commercial premises (县商贸中心) with the rule to use what exists, before the centre's thrift.
    const named = NOTICE_PREMISES.find(([re]) => re.test(raw))?.[1];
    const holder = named ? kb.searchable.find((c) => c.sentences.some((x) => x.includes(named) && x.includes('利用'))) : undefined;
    const listed = holder && named ? { id: holder.id, sentence: kb.sentenceWith(holder.id, [named, '利用']) } : undefined;
    const centre = CENTRE.test(raw.replace(/商贸中心/g, ''));
    return { centre, reuse, listed, premisesFirst: listed !== undefined || /商贸中心|厂房|园区/.test(raw) };
  },
  answer: ({ centre, reuse, listed, premisesFirst }, _q, kb): Draft => {
    const buildings = kb.data.clauseRoles.buildings;
    const share = kb.data.fundRules.serviceCentreMaxShare;
    const thrift = share.text.split('，')[0] ?? share.text;
    const centreSentence = centre ? kb.sentenceWith(share.clause, [thrift]) : undefined;
    const thrifty = centreSentence?.includes(thrift) ? [{ id: share.clause, sentence: centreSentence }] : [];
    const using = [...(listed ? [listed] : []), ...(listed?.id === buildings ? [] : [{ id: buildings, sentence: reuse }])];
    const parts = premisesFirst ? [...using, ...thrifty] : [...thrifty, ...using];
    const rules = parts.map((p) => `${citationLabel(kb.byId.get(p.id)!)}：${p.id === share.clause ? `${thrift}` : p.sentence.replace(/。$/, '').replace(/^……/, '')}`);
    return {
      answered: true,
      answer: `通知没有对${centre ? '服务中心' : '项目'}设在何处作具体规定，相关要求是：${rules.join('；')}。`,
      citations: parts.map((p) => kb.cite(p.id, p.sentence)),
      clauseId: parts[0]!.id,
      intent: 'rule:existing-premises',
    };
  },
});
