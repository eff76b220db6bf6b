/**
 * What a clause speaks of only beside the question: it holds the question's words, but of another matter
 * (补助项目 is no 误工补助; 以现场检查为主 is said of supervision, not of 验收), or the question asks an
 * act on what was built (出租, 转让) that the notice never names. Each returns why the clause does not answer.
 */

/**
 * 冷库建好了能租出去吗, 站点可以转让给个人不, 设备能不能拿去抵押: disposing of what was built with the money
 * (renting, selling, pledging, lending it), which the notice never speaks of (it ends at 验收). Checked against the
 * whole notice, so a notice that names it answers.
 */
const DISPOSED = /(出租|租出去|租给|转租|租赁|出售|卖掉|卖给|卖出去|变卖|转让|转卖|抵押|质押|出借|借给)/;
/** The notice's own word for each way of disposing (租出去 is read 租). */
const ROOT: Record<string, string> = { 租出去: '租', 租给: '租', 转租: '租', 卖掉: '卖', 卖给: '卖', 卖出去: '卖', 借给: '借' };

export function disposalUnnamed(asking: string, allText: string): boolean {
  const m = DISPOSED.exec(asking)?.[1];
  return !!m && !allText.includes(ROOT[m] ?? m);
}

/**
 * 有没有误工补助, 培训给不给交通补贴: a subsidy of a named kind (the word right before 补助/补贴), when the clause's
 * 补助/补贴 is of something else (补助项目, 补贴标准) and the kind is nowhere in it.
 */
const KIND = /(\p{Script=Han}{2})(?:费)?(?:补助|补贴|奖励|奖补)(?!项目|标准|资金|方向|政策|办法|额度|比例|范围|对象)/u;
/** Words before 补助 that name no kind (有没有补助, 中央资金补助, 这笔补贴, 直接补贴; 补贴标准 is the subsidy's own rate, above). */
const NO_KIND = /没有|有无|不给|给不|资金|专项|中央|财政|这笔|那笔|这个|那个|这些|哪些|什么|多少|啥|可以|能不|能否|有啥|直接|间接|给|发|拿|领|申|要|有|的|些|种|项/;
/** 加班补助从项目资金出可以吗: paying from the money asks what the money may pay for, which a clause restricting its use answers. */
const FROM_MONEY = /(?:从|用|拿|在|走|由)[^，,。？?]{0,8}(?:资金|经费|专项|钱)/;

function subsidyKindUnnamed(asking: string, body: string): boolean {
  const kind = KIND.exec(asking)?.[1];
  return !!kind && !NO_KIND.test(kind) && !body.includes(kind) && !FROM_MONEY.test(asking);
}

/** 网店装修给不给补, 包装设计补不补, 运费能补不: whether a thing is subsidised, asked with a bare 补 (不 closing it as 吗 would). */
const SUBSIDY_ASKED = /补不补|(?:能|给|可以|会)补不(?=[？?]?$)|给不给补|补没补|能补吗|能不能补(?!报|交|上|充|录|办|签|填)|可以补吗|可不可以补(?!报|交|上|充|录|办|签|填)|给补吗|有补没|补吗|补么/;

/**
 * The one check on a subsidy the clause does not grant: a yes/no on any subsidy when the clause speaks of none and its
 * parts on the subject name no 资金 ('no-figure'), or a subsidy of a named kind the clause's own words lack ('absent').
 */
export function subsidyUnstated(asking: string, yesno: boolean, body: string, ownBody: string, aboutSubject: string): 'no-figure' | 'absent' | undefined {
  if (yesno && /补助|补贴|奖励|报销|奖补/.test(asking) && !/补助|补贴|奖励|奖补/.test(body) && !/资金/.test(aboutSubject)) return 'no-figure';
  // 网店装修给不给补: whether a thing is paid for at all, which a clause speaking of no subsidy does not say (以奖代补, 贴息
  // in the clause are ways of subsidising, and a bare 补 asked of them is answered).
  if (yesno && SUBSIDY_ASKED.test(asking) && !/补|奖励|贴息/.test(body) && !/资金/.test(aboutSubject)) return 'absent';
  return subsidyKindUnnamed(asking, ownBody) ? 'absent' : undefined;
}

/**
 * 验收是看材料还是现场检查: a choice about a subject the clause names, when the side it names (现场检查) is in a sentence
 * on another matter (定期督查) and no sentence names the subject with either side.
 */
const TOPIC_CHOICE = /(\p{Script=Han}{2})(?:时|的时候|这块|那块|方面)?(?:主要|一般|到底|究竟|通常|都)?是(?:看|靠|以|按|用|走|搞|要|报|去|到)?(\p{Script=Han}{2,6}?)还是(?:看|靠|以|按|用|走|搞|要|报|去|到)?(\p{Script=Han}{2,6})/u;
/** A side naming a level or a body (州上搞还是省上搞, 县商务局担还是县政府担) asks who acts, which other checks read. */
const WHO_SIDE = /^(?:[省州市县乡镇村]|示范|第三|谁|自己|企业)/;

export function choiceBeside(asking: string, body: string): boolean {
  const m = TOPIC_CHOICE.exec(asking);
  if (!m) return false;
  const [topic, a, b] = [m[1]!, m[2]!.slice(0, 2), m[3]!.slice(0, 2)];
  const sentences = body.split(/[。；]/);
  const sides = (s: string) => [a, b].some((x) => s.includes(x));
  if (a === b || WHO_SIDE.test(a) || WHO_SIDE.test(b)) return false;
  return sentences.some((s) => s.includes(topic)) && sentences.some(sides) && !sentences.some((s) => s.includes(topic) && sides(s));
}

/**
 * 几个县能不能联合搞一个区域品牌, 跨县共建一个配送中心行不行: several counties acting jointly, which the notice never speaks of
 * (each 示范县 carries out its own programme). Checked against the whole notice, so a notice that names it answers.
 */
const JOINT =
  /(?:几个|两个|三个|四个|多个|各|邻近的?|周边的?|相邻的?)(?:示范)?县(?:之间|区)?\p{Script=Han}{0,6}?(联合|合起来|合伙|共用|共建|合建|合办|一起(?:搞|建|办|做|弄))|(?:跨县|县与县之间|县和县之间|县跟县之间)\p{Script=Han}{0,6}?(联合|合起来|合伙|共用|共建|合建|合办|一起|合作)/u;

export function jointUnnamed(asking: string, allText: string): boolean {
  const m = JOINT.exec(asking);
  const verb = m?.[1] ?? m?.[2];
  return !!verb && !allText.includes(verb.slice(0, 2));
}
