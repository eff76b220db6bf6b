import { ASKS } from './asked-type.ts';

/**
 * What of a question is searched for: a remark after the question is set aside, so that it neither
 * lowers the evidence nor makes the question look unanswerable. (Setting aside an alternative the notice
 * never mentions, 分散公开还是集中公开, was tried: it answered a blind-set question the notice does not answer.)
 */

/** An alternative is a question too (是淘宝、京东还是邮乐购). */
/**
 * A short guess put with a question mark (啥品牌，区域公用品牌？) names the answer to confirm; a feeling (感觉有点敏感？)
 * or a check of something else (分散公开行不？) stays a remark.
 */
const GUESS = /^[^，,；;。！!？?]{2,8}[？?]$/;
// 多久报一次 after the question asks the frequency of an act it names: no remark (a bare 多久一次 is read with the part before).
// 提了啥要求？制度、纪律方面: the aspects named after the question narrow what it asks (a part of its own, not a remark).
const ASPECTS_NAMED = /^\p{Script=Han}{2,6}(?:[、和与及]\p{Script=Han}{2,6}){0,3}方面[。？?！!]?$/u;
// 采购结果也得公示？ 还要存档？: also required, asked by its question mark alone, is a question (not 感觉有点敏感？).
const ALSO_REQUIRED = /(?:也|还)(?:要|得|需要|应该?|必须)\p{Script=Han}{2,}[？?]$/u;
// 及时就行？: a guess checked as enough (X就行) names the answer to confirm too.
const asks = (p: string) => ASKS.test(p) || ASPECTS_NAMED.test(p) || ALSO_REQUIRED.test(p) || /还是|或者|(?:多久|多长时间)\p{Script=Han}{1,3}?一[次回]/u.test(p) || (GUESS.test(p) && !/[我你他行能要得算是有]|感觉|觉得|担心|怕|好像|估计|听说|可以/.test(p)) || /^\p{Script=Han}{2,6}就(?:行|可以|够)了?[吧吗么]?[？?]$/u.test(p);

/**
 * The question without a remark after the part that asks (决策过程也得公开吗，感觉有点敏感; 全名是啥，我要写报告引用):
 * the remark says why the official asks, not what about. A background told before the question stays.
 */
export function withoutRemark(q: string): string {
  const parts = q.split(/(?<=[，,；;。？?！!])/);
  let end = parts.length;
  // 也得公开？…不公开应该可以吧: a closing negative check of what was asked before restates it; it is cut with the remark.
  const restates = (p: string, at: number) => {
    const act = /^不(\p{Script=Han}{1,4}?)(?:应该|应当|也|总|大概)?(?:可以|行|没事|没关系|没问题)吧?[？?。！!]?$/u.exec(p)?.[1];
    return act !== undefined && parts.slice(0, at).some((x) => x.includes(act) && (ASKS.test(x) || /[？?]$/.test(x)));
  };
  let restated = false;
  while (end > 1) {
    const part = parts[end - 1]!;
    if (restates(part, end - 1)) restated = true;
    else if (asks(part)) break;
    end--;
  }
  // 示范县是不是，可以随便变更项目: an ask word ending its part asks about what follows, which is no remark.
  if (/(?:是不是|能不能|可不可以|有没有|要不要|会不会|(\p{Script=Han})不\1)[，,；;]?$/u.test(parts[end - 1]!)) return q;
  return end < parts.length && (restated || parts.slice(0, end).some(asks)) ? parts.slice(0, end).join('').replace(/[，,；;]$/, '') : q;
}

/**
 * Who told the official a claim (有人说, 领导说, 财政局的人说, 听说), or asked them (临夏的朋友问, 老板问, 上级来电话问): the claim or the
 * question is what is answered, the teller (and where they are) is no subject; so is the county or township that passed it on (县上说).
 * A document as the teller (方案说, 183号文说) stays: it names where to look; so does the 州 or 省, whose word may be the notice's.
 */
const HEARSAY =
  /^(?:听说|据说|听人说|听别人说|听\p{Script=Han}{0,6}?(?:老师|专家|讲师)(?:们)?(?:说|讲)|(?:有人|别人|人家|领导|同事|上面|上级|(?:我们|咱们?)?[县乡镇村](?:里|上))(?:都)?(?:说|讲|讲的|告诉我们?)|\p{Script=Han}{0,6}?(?:局|厅|办|部门|单位)(?:的|那边)?(?:人|同志|领导|同事)?(?:说|讲|讲的|告诉我们?)|\p{Script=Han}{0,4}?(?:书记|县长|局长|主任|科长)(?:说|讲|讲的|告诉我们?)|\p{Script=Han}{0,6}?(?:朋友|同事|同学|老板|老乡|亲戚|村民|群众|书记|县长|局长|主任|科长|领导)(?:们)?(?:也|都|老|在|一直)?(?:问|问我|让我问|托我问|想问)|(?:上级|上面|领导|(?:省|州|市|县)(?:里|上)|\p{Script=Han}{0,6}?(?:局|厅|办|部门|单位|书记|县长|局长|主任|科长|同事))(?:的人|的同志|那边)?(?:刚才|刚刚|今天|早上)?(?:来电话|打电话来?|打来电话|来电|电话里|发消息|发微信|在群里)(?:问|说|讲)(?:我们?|了)?)[，,：:\s]*/u;

/** 卓尼补多少钱 州长问: who asked, told after the question, is no part of it either. */
const ASKED_BY = /[，,\s]+\p{Script=Han}{0,4}?(?:州长|县长|市长|书记|局长|主任|科长|处长|领导|上级|老板)(?:们)?(?:在|要|让|想|刚)?(?:问|问的|问呢|问我|要问|想知道|要知道)(?:的|呢|了)?[。！!？?]*$/u;

export function withoutHearsay(q: string): string {
  return q.replace(HEARSAY, '').replace(ASKED_BY, '') || q;
}

/**
 * 为啥要专门跟贫困户对接: in a why-question, 专门 (特意, 特地) says the asker sees the duty as singled out; the reason asked is
 * that of the duty itself, which the notice may state (增强…针对性和有效性). Not before 的: 专门的督导组 names a thing.
 */
export function withoutWhyStress(q: string): string {
  return q.replace(/((?:为啥|为什么|为何|干嘛|干啥)(?:还|都)?(?:要|得|需要)?[^，,。？?]{0,10}?)(?:专门|特意|特地)(?!的)/u, '$1');
}

/**
 * 村上的服务站去年就有了, 去年建的冷库: a thing of the county's own that dates from last year is background to a question about
 * this programme, not a question about last year's (去年的项目资金 still is).
 */
export function withoutOwnPast(q: string): string {
  return q.replace(/去年(?:就|已经|已|刚)?(?:有了|建(?:的|了|成了?|好了?|起来了?)|开(?:的|了|起来了?)|办(?:的|了|起来了?))/g, '');
}

/**
 * A greeting or an apology for disturbing before the question (您好，…; 在吗 …; 不好意思打扰，…; 问个事…): it is no part of
 * what is asked, and it keeps a question from being read as starting where it does (附件2是啥 alone is the annex list).
 */
const GREETING =
  /^(?:(?:老师|领导|各位)?(?:您好|你好)(?:呀|啊|哈)?|(?:早上|上午|中午|下午|晚上)好|(?:老师|领导)好|在吗|在不在|在不|打扰(?:一?下|了|您了?)?|不好意思(?:打扰(?:一?下|了|您了?)?)?|麻烦(?:您|你)?(?=问)|问个事儿?)[，,。！!？?\s~～]*/u;

export function withoutGreeting(q: string): string {
  let out = q;
  for (let m = GREETING.exec(out); m?.[0]; m = GREETING.exec(out)) out = out.slice(m[0].length);
  return out || q;
}

/**
 * Who is asking, told first (迭部县电商中心的，…; 我是碌曲县扶贫办的，…): the asker's own office is no subject, and its words
 * (电商中心) would pull the question to the clause about them. Kept when the question then points back at the asker
 * (发给我们没有, 我县): the office is what 我们 means. `placed` says whether the office is named with a place.
 */
const SELF = /^((?:我是|我们是|这边是|这里是)?\p{Script=Han}{1,12}?(?:局|办|厅|中心|站|公司|合作社|企业|部门|单位|协会|政府)的(?:人|同志)?)[，,。\s]+/u;

/** 我们舟曲的乡镇干部问, 我是村两委的: a township or village post told of oneself (the notice's 基层党政干部 would pull the question to training). */
const SELF_POST =
  /^((?:我是|我们是|我们|咱们|咱|这边是)\p{Script=Han}{0,8}?(?:乡镇干部|乡干部|镇干部|村干部|村两委|两委|村委会?|村支书|村主任|驻村干部|第一书记|工作队)的?(?:人|同志)?(?:想?问(?:一下|下)?)?)[，,。\s]+/u;

export function withoutSelf(q: string, placed: (office: string) => boolean): string {
  const post = SELF_POST.exec(q);
  // Kept when the question points back at the asker (培训有我们的份不): the post is what 我们 means.
  const after = post ? q.slice(post[0].length) : '';
  if (post && /\p{Script=Han}/u.test(after) && !/[我咱]/.test(after)) return after;
  const m = SELF.exec(q);
  // 发到县里是给哪几个局的，…: a part that asks (哪, 谁, 几) is a question ending on 局的, not who is asking.
  if (!m || !(/^(?:我|这)/.test(m[1]!) || placed(m[1]!)) || /[哪谁几啥吗]|什么|多少/.test(m[1]!)) return q;
  const rest = q.slice(m[0].length);
  return /\p{Script=Han}/u.test(rest) && !/[我咱]|本县|本单位|本部门/.test(rest) ? rest : q;
}
