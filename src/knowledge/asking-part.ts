import { ASKS, typeOf } from './asked-type.ts';
import { tag } from './words.ts';

/** A part that asks (the gate's ASKS, and how long, whether a claim holds). */
export const ASKING = new RegExp(`${ASKS.source}|多久|多长|对吗|对不对|对不|行吗|中不中`);
/** 网店开淘宝还是京东，有没有指定平台: a choice before the part that asks is asked too, not background. */
const CHOICE = /\p{Script=Han}还是\p{Script=Han}/u;

/**
 * A long chatty message (我们卓尼刚开完领导小组会，县长说公服中心要搞气派点。请问公服中心的钱最多能占多少？) tells a
 * background before the question: what the county is doing, what a leader said, a problem met. The background's words
 * are not what is asked: they may name things the notice never mentions (so the gate refuses) or pull retrieval to the
 * clause the background speaks of. The asking part is the part from the first one that asks to the end; an ask that names
 * nothing of its own (行吗, 对吗, 方案支持不, 文件上是咋说的) asks about the part before it, which then belongs to the question
 * (领导说上行要七成，对吗: the claim is what is checked).
 */

/** What marks the start of the ask itself (请问, 想问下, 咨询一下). */
const ASK_MARK = /(?:请问|想问一?下|想问问|问一?下|问问|咨询一?下|我想问|想请教一?下?|请教一?下?)[，,：:\s]*/;

/** A question word that asks nothing: 啥都政府包办 (everything), 票据啥的 (and the like), 谁也不管 (nobody), 好几个 (several). */
export const NOT_ASKING = /(?:啥|什么|谁|哪儿|哪里)(?=都|也)|(?:啥|什么)的(?=[，,；;。！!]|$|要|都|也)|(?:好|这|那|十)几|几[十百千万]|有几[个家位名户](?=人?(?:想|要|准备|打算|在|已经|都|也|还))/g;

/** Words that ask or point at the notice, and say nothing of what about. */
const ASK_ONLY =
  /请问|想问|问下|问问|方案|文件|通知|政策|上面|里面|里|上|中|咋|怎么|怎样|如何|什么|啥|哪里|哪儿|哪|谁|从|吗|么|呢|吧|啊|呀|嘛|不|没有?|有没有|是不是|能不能|可不可以|可以|能|行|中|对|是|的|了|这|那|个|样|说|讲|写|提|规定|要求|允许|支持|鼓励|认可|算|还|要|得|都|也|就|该|弄|搞|办|干|咱们?|我们|县上|县里|具体/g;

/** Whether a part names something of its own, beyond asking. */
function names(part: string): boolean {
  return part.replace(/[\p{P}\p{S}\s\p{N}a-zA-Z]/gu, '').replace(ASK_ONLY, '').length >= 3;
}

/**
 * A topic named before the ask, as officials writing Chinese as a second language put it (冷库建设 补助比例多少): a few
 * words, all naming things (nouns, places, times), no verb, pronoun or word of telling, so no background of its own
 * (我是物流公司的, 工期老是往后拖 and 扶贫和电商两张皮 tell something; they are set aside).
 */
const TOPIC_MAX = 8;
const NAMING_TAG = /^(n|nr|ns|nt|nz|nrt|nrfg|vn|an|j|f|s|t|uj|m|q|eng)$/;
function isTopic(part: string): boolean {
  const han = strip(part).replace(/[^\p{Script=Han}]/gu, '');
  return han.length > 0 && han.length <= TOPIC_MAX && !/[我咱你他她说问让听]/.test(han) && tag(han).every((t) => NAMING_TAG.test(t.tag));
}

const strip = (p: string) => p.replace(/[，,；;。？?！!\s]+$/u, '');

/** The part of a message that asks, with the background before it set aside; undefined when there is none to set aside. */
export function askingPart(q: string): string | undefined {
  const mark = ASK_MARK.exec(q);
  // A message that opens with 请问 opens with its question (请问被收回的资金，会调剂给哪些县): nothing before it to set aside.
  if (mark?.index === 0) return undefined;
  if (mark) {
    const after = q.slice(mark.index + mark[0].length);
    if (names(after)) return after;
  }
  const parts = q.split(/(?<=[，,；;。？?！!])/).filter((p) => strip(p));
  if (parts.length < 2) return undefined;
  let start = parts.findIndex((p, k) => ASKING.test(strip(p).replace(NOT_ASKING, '')) || (CHOICE.test(p) && k < parts.length - 1));
  if (start <= 0) return undefined;
  // 那这笔钱谁出, 这个要报谁: an ask that points back (那, 这笔, 这个) asks about the part before it.
  // 后面那句是啥: an ask about the sentence after (or before) a phrase quoted points back at it too.
  while (start > 0 && (!names(parts[start]!) || /^(?:那|这)|^(?:后面|前面|后头|前头|[上下]一)(?:那|这|一)?句/.test(parts[start]!))) start--;
  // 冷库建设，中央资金补助比例多少; 寺院周边的商店 能当服务点吗: a short phrase before the ask is its topic, not a background told.
  if (start === 1 && isTopic(parts[0]!)) return undefined;
  return start > 0 ? parts.slice(start).join('') : undefined;
}

/**
 * The question asked first, when a remark follows it (合作社的社员能参加培训不？有几个想学开网店; 这个说法方案里有吗？财政局让我找出处):
 * the part up to the first question mark, when it asks and names something of its own; undefined when there is none.
 */
export function leadingQuestion(q: string): string | undefined {
  const at = q.search(/[？?]/);
  if (at < 0 || !/\p{Script=Han}/u.test(q.slice(at + 1))) return undefined;
  const first = q.slice(0, at + 1);
  // 面积有没有要求？最少多少平方？: a figure or a date asked after is a second question, not a remark.
  const rest = q.slice(at + 1).replace(NOT_ASKING, '');
  if (ASKING.test(rest) && ['quantity', 'time'].includes(typeOf(rest))) return undefined;
  return ASKING.test(strip(first).replace(NOT_ASKING, '')) && names(first) ? first : undefined;
}
