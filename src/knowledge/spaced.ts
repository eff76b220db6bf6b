/**
 * Spaces between Chinese phrases. A space after a question or a clause of its own (voice input:
 * 决策过程也得公开吗 感觉有点敏感) separates them as a comma would; a space after a bare keyword
 * (站点 什么时候建完, 包装设计 补不补, 后年 第三批 啥时候报) only sets words apart that are read as one phrase,
 * so the keyword stays the subject of what follows rather than a remark or a part of its own.
 */

/** A phrase that asks or says something itself: a question word or particle, or a long clause. */
const STANDS_ALONE = /[吗呢吧嘛么？?!！]|啥|什么|谁|哪|几|多少|咋|怎|如何|是否|能否|可否|(\p{Script=Han})[不没]\1|行不|对不|是不是|可以|[我咱您你]/u;

/** The question with each space between Chinese phrases read as a comma or as nothing (see above). */
export function readSpaces(text: string): string {
  const parts = text.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!.trim();
    // A keyword is short (网店装修, 建档立卡户); one character (省 市州 县) or a phrase with 的 (民俗的东西) is an item of a list or a clause.
    const keyword = before.length >= 2 && before.length <= 5 && parts[i]!.trim().length >= 2 && !before.includes('的') && !STANDS_ALONE.test(before);
    out += `${keyword ? '' : '，'}${parts[i]}`;
  }
  return out;
}
