import { ASKS } from './asked-type.ts';

/** A part that asks (the gate's ASKS, and how long, whether a claim holds). */
const ASKING = new RegExp(`${ASKS.source}|多久|多长|对吗|对不对|对不|行吗|中不中`);
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

/** Words that ask or point at the notice, and say nothing of what about. */
const ASK_ONLY =
  /请问|想问|问下|问问|方案|文件|通知|政策|上面|里面|里|上|中|咋|怎么|怎样|如何|什么|啥|吗|么|呢|吧|啊|呀|嘛|不|没有?|有没有|是不是|能不能|可不可以|可以|能|行|中|对|是|的|了|这|那|个|样|说|讲|写|提|规定|要求|允许|支持|鼓励|认可|算|还|要|得|都|也|就|该|弄|搞|办|干|咱们?|我们|县上|县里|具体/g;

/** Whether a part names something of its own, beyond asking. */
function names(part: string): boolean {
  return part.replace(/[\p{P}\p{S}\s\p{N}a-zA-Z]/gu, '').replace(ASK_ONLY, '').length >= 3;
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
  let start = parts.findIndex((p, k) => ASKING.test(strip(p)) || (CHOICE.test(p) && k < parts.length - 1));
  if (start <= 0) return undefined;
  while (start > 0 && !names(parts[start]!)) start--;
  return start > 0 ? parts.slice(start).join('') : undefined;
}
