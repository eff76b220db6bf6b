/** What a question asks for, read from its wording (on canonicalised text). */

export const TIME_SLOT =
  /什么时候|啥时候|啥时|几时|多会儿|哪会儿|什么时间|啥时间|何时|哪天|几号(?![表文附件])|几月|多久|多长|周期|多少天|天数|期限|截止|截至|最晚|最迟|deadline|时间节点|时限|几天|过期|来得及|赶得上|赶得及|赶不赶得?上|赶趟|逾期|超期|晚了|之前|以前|日前|月底|年底|到期|时间/;

export const QUANTITY_SLOT =
  /多少|几成|比例|百分|%|占比|额度|金额|上限|下限|最高|最低|最多|最少|至少|不超过|不低于|不高于|(补贴|补助|奖励|奖补|资助|支持|收费|费用)(标准|额度|金额)|标准是?多少|几个|几家|几批|几次|几万|几千|几百|多大|多高|几分|花多|用多|拿多|给多|投多|补多/;

/** Words that carry the kind of question, reused by a follow-up such as 那培训呢？ */
export const SLOT_WORDS =
  /什么时候|啥时候|何时|几号|截止|期限|还有几天|多少资金|多少钱|多少个|多少|几个|比例|占比|最多|最少|至少|上限|要求|怎么办|谁负责|报给谁|报谁|能不能|可以吗|是示范县吗|是不是示范县|在不在名单|有哪些|哪些|是什么|内容/g;

const FOLLOW_UP_HEAD = /^(那么|那|还有|另外|再问下?|如果是|要是)/;
const FOLLOW_UP_TAIL = /(呢|嘞|咧)$/;
const HOW_TAIL = /(咋样|怎么样|如何|咋办|怎么办)$/;

/**
 * Strips the follow-up wrapping (那……呢, 那……怎么样, ……呢) and returns the subject,
 * or undefined when the text reads as a full question of its own.
 */
export function followUpSubject(text: string): string | undefined {
  const t = text.replace(/[?？!！。.，,~]+$/g, '');
  const head = FOLLOW_UP_HEAD.test(t);
  const tail = FOLLOW_UP_TAIL.test(t);
  if (!head && !tail) return undefined;
  const subject = t.replace(FOLLOW_UP_HEAD, '').replace(FOLLOW_UP_TAIL, '').replace(head ? HOW_TAIL : /$^/, '').replace(/^的|的$/g, '');
  if (!subject || subject.length > (head ? 10 : 8)) return undefined;
  SLOT_WORDS.lastIndex = 0;
  if (SLOT_WORDS.test(subject)) return undefined;
  return subject;
}

/** The question words of a question (e.g. 什么时候 截止), for a follow-up to borrow. */
export function slotWords(text: string): string {
  return [...text.matchAll(SLOT_WORDS)].map((m) => m[0]).join('');
}

const WORD_NUMBERS: Readonly<Record<string, string>> = { 九: '9', 十二: '12', 十: '10', 三十: '30', 三十一: '31' };

/** Reads "9月30日", "9.30", "九月底" style dates into month and day, when the question names one. */
export function mentionedDate(text: string): { month: number; day?: number } | undefined {
  const t = text.replace(/(十二|三十一|三十|十|九)/g, (m) => WORD_NUMBERS[m] ?? m);
  const m = /(\d{1,2})\s*(?:月|\.|\/|-)\s*(\d{1,2}|底|末)?\s*(?:日|号)?/.exec(t);
  if (!m) return /年底|年末/.test(t) ? { month: 12 } : undefined;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return undefined;
  const day = m[2] && /\d/.test(m[2]) ? Number(m[2]) : undefined;
  return { month, day };
}
