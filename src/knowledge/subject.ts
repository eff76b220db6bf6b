import type { KnowledgeBase } from './base.ts';
import { listedFacilityItem } from './facility-instance.ts';
import { ASPECT_WORDS } from './retrieval.ts';
import { charPinyin } from './text.ts';
import { contentWords } from './words.ts';

/**
 * What a question is about (its subject words, without those that say how it asks), and which of them the notice
 * never uses: the answerability gate refuses a question whose subject the notice does not hold.
 */

/** Words that say how something is asked or who said it (原文, 领导说), never what about. */
export const GENERIC =
  /^(时候|时间|怎么办|后果|名单|全省|哪几个|是不是|百分之几?|地方|哪些地方|材料|情况|问题|东西|事情|事儿|大事|意思|具体|内容|要求|规定|办法|标准|方面|部分|一点|多少钱|省市|大概|一般|主要|重要|关键|明确|正常|必要|最新|文件|通知|政策|说法|规矩|条件|程序|流程|步骤|手续|作用|好处|目的|原因|理由|依据|结果|表里|里面|上面|下面|方面|义务|环节|程度|定位|难题|个别|水平|局长|上标|主体|层面|营造|出点|人员|业务|统一|光是|态度|全部|个数|违规|违反|合规|讲究|杠杠|硬杠杠|死杠杠|硬性|弹性|刚性|灵活性|余地|心想|全称|全名|明白|清楚|加号|公式|有点|感觉|觉得|建议|过场|走过场|原文|原话|原句|领导|老师|同事|同志|能干|写字|大家|大伙|大伙儿|别人|人家|他们|她们|各家|顺带|顺便|捎带|小伙子|小伙|姑娘|阶段|硬指标|硬性指标|量化指标)$/;

/** A word right after a question word (啥程度, 哪些环节) or right before 是啥 (定位是啥) names the aspect asked, not the subject. */
function aspectOf(q: string, w: string, orAfter = true): boolean {
  const at = q.indexOf(w);
  if (at < 0) return false;
  const before = q.slice(Math.max(0, at - 3), at);
  const after = q.slice(at + w.length, at + w.length + 3);
  return /(啥|什么|哪些|哪个|哪几个|哪种|哪几|几个|多少|怎样的?|什么样的?|哪类|哪一类|几种|几类)$/.test(before) || (orAfter && /^(是啥|是什么|是哪|咋说|怎么说)/.test(after));
}

/** What the question is about: its content words, without those that say how it asks (名单, 哪几个, 啥程度). */
export function subjectWords(kb: KnowledgeBase, q: string): string[] {
  const text = kb.stripForSearch(q);
  // 开了个, 建了个: a verb with its aspect and measure word, which the tagger may read as one word, names nothing.
  return contentWords(text).filter((w) => !(GENERIC.test(w) || ASPECT_WORDS.test(w) || /[哪几啥谁怎么]/.test(w) || /^\p{Script=Han}了个?$/u.test(w) || aspectOf(text, w)));
}

/** Words for a kind, a level or a group (哪些类型, 什么层级, 哪些群体): they ask which, they name nothing the notice must hold. */
const CATEGORY = /^(类型|种类|类别|群体|层级|级别|县市|底线|总体|形式|方式|文号|情形|情况|阶段)$/;

/**
 * What is asked for, when the notice never mentions it (要啥资质, 用啥报表, 配哪些设备, 有啥优惠):
 * the word right after the question word, unless it only says how the question asks.
 */
export function absentAskedObject(kb: KnowledgeBase, q: string): string | undefined {
  const text = kb.stripForSearch(q);
  const asked = contentWords(text).filter((w) => aspectOf(text, w, false) && !GENERIC.test(w) && !ASPECT_WORDS.test(w) && !CATEGORY.test(w));
  return asked.find((w) => isAbsent(kb, w));
}

/** Whether the notice never mentions a word, by character, sound or part. */
export function isAbsent(kb: KnowledgeBase, w: string): boolean {
  if (kb.allText.includes(w)) return false;
  // 物流公司, 电商公司: 公司 is the everyday word for the notice's 企业 (第三方物流等各类企业主体).
  // (咨询公司 stays absent: its kind, 咨询, is nowhere in the notice.)
  if (/公司$/.test(w) && kb.allText.includes('企业')) return w.length > 3 && isAbsent(kb, w.slice(0, -2));
  // 村级, 县级: a level the notice names as 县、乡、村三级 or 省、市、县三级.
  if (/^[省市州县乡镇村]级$/.test(w) && kb.allText.includes(w[0]!) && kb.allText.includes('三级')) return false;
  if (kb.allPinyin.includes([...w].map(charPinyin).join(' '))) return false;
  // A compound the notice words differently (跟踪服务: 服务 is there): not absent.
  return !(w.length > 2 && [...w].slice(1).some((ch, k) => kb.allText.includes(w[k] + ch)));
}

/** The question's subject words that the notice never mentions, by character, sound or part. */
export function absentWords(kb: KnowledgeBase, q: string): string[] {
  return subjectWords(kb, q).filter((w) => {
    // Places are matched by the county and prefecture intents, not searched in the text.
    if (/[县区市州]$/.test(w) || kb.data.scope.prefectureWords.some((p) => w.startsWith(p))) return false;
    // 柏林村, 养蜂合作社: a village's name, or a word naming which cooperative or firm, names a concrete one of what the notice speaks of.
    if (new RegExp(`${w}(?:村|乡|镇)(?!里|上)`).test(q) || /^\p{Script=Han}{2,4}[村乡镇]$/u.test(w)) return false;
    const which = new RegExp(`${w}(合作社|企业|农家店|网店|协会)`).exec(q)?.[1];
    if (which && kb.allText.includes(which)) return false;
    // 代缴水电费这种便民服务: an instance told of the kind asked about (便民服务), which is the subject, when the instance is
    // told in the notice's words (代缴, of 代收代缴) besides this one; 误工费这种补助 still asks for 误工费.
    const told = new RegExp(`(\\p{Script=Han}{2})${w}\\p{Script=Han}{0,2}?(?:这种|这类|这样的|之类的?|一类的?)`, 'u').exec(q)?.[1];
    if (told && kb.allText.includes(told)) return false;
    // 代缴电费, 代卖洋芋: what a service the notice lists (代收代缴, 代买代卖) is done for is an instance of it, not the subject.
    // 代缴电费话费: the second of two things named after it, too.
    // 帮村民代买代卖: whom a service the notice lists, named in its words, is done for (帮/替/给 X 代买代卖) is not the subject either.
    const listed = new RegExp(`[帮替给为]${w}们?(代[收缴买卖]代[收缴买卖])`).exec(q)?.[1];
    if (listed && kb.allText.includes(listed)) return false;
    const served = new RegExp(`(代[收缴买卖办])(?:\\p{Script=Han}{1,3}[、和及]?)?${w}`, 'u').exec(q)?.[1];
    if (served && kb.allText.includes(served)) return false;
    return isAbsent(kb, w) && !otherWayNamed(kb, q, w) && !classedInstance(kb, q, w) && !listedFacilityItem(kb, q, w);
  });
}

/**
 * 分级包装车间算不算基础设施: a thing named by what the notice supports (分级包装) and a word of its own (车间), asked whether it
 * falls under a kind the notice names (基础设施), is an instance of that kind; the kind is the subject.
 */
function classedInstance(kb: KnowledgeBase, q: string, w: string): boolean {
  const m = new RegExp(`(\\p{Script=Han}{2,8})${w}[，,]?(?:也|还|能)?(?:属于|属不属于|算|算不算|算是|归|归不归)(\\p{Script=Han}{2,14})`, 'u').exec(q);
  // Every word naming the thing is the notice's (not 微信小程序商城: 微信 is not), where it names the kind.
  const named = m?.[1]?.split(/[的个了建搞做开设想把是要]/).pop() ?? '';
  const words = contentWords(named);
  if (!m || named.length < 2 || !words.length || words.some((x) => !kb.allText.includes(x))) return false;
  const kind = m[2]!.replace(/实施方案|方案|文件|通知|政策|里|说的|讲的|提的|支持的|鼓励的|的|吗|不$|么$/g, '');
  const kinds = [...kind].map((_c, i) => kind.slice(i, i + 4)).filter((k) => k.length === 4);
  // The kind is named in one sentence with the words naming the thing (分级、包装…等基础设施建设).
  return kb.clauses.some((c) => c.sentences.some((t) => kinds.some((k) => t.includes(k)) && words.every((x) => t.includes(x))));
}

/** 培训偏理论还是实操: a way the notice never names, beside one it names, is an option the clause may settle, not the subject. */
function otherWayNamed(kb: KnowledgeBase, q: string, w: string): boolean {
  // 重理论为主还是重实操: the words that weigh each way are not the way.
  const m = /(\p{Script=Han}{2,6}?)(?:为主|多一点|多些)?还是(?:重|偏|以|多)?(\p{Script=Han}{2,6})/u.exec(q);
  if (!m) return false;
  // The other way in the notice's own words, three characters or more beside 还是 (实操技能; not 物流园 for 产业园区).
  if (m[1]!.endsWith(w)) return kb.allText.includes(m[2]!.slice(0, 3));
  if (m[2]!.startsWith(w)) return kb.allText.includes(m[1]!.slice(-3));
  // 是督促监管还是直接下场实施: the unnamed way may sit inside its side (直接下场…), when the other side holds, apart from it,
  // three characters running of the notice's own words (督促监管), or is one of its words whole (会同).
  const [side, other] = m[1]!.includes(w) ? [m[1]!, m[2]!] : m[2]!.includes(w) ? [m[2]!, m[1]!] : [];
  return side !== undefined && other !== undefined && !other.includes(w) && (kb.allText.includes(other) || [...other].some((_c, i) => i + 3 <= other.length && kb.allText.includes(other.slice(i, i + 3)) && !/[是的还]/.test(other.slice(i, i + 3))));
}
