/**
 * 一 as speech uses it without counting anything: 等一下, 等一哈 (the north-west's 一下), 缓一缓, 看一看, 往回退一个,
 * 前一题. A control said with such a 一 (等一哈再填, 往回退一个) holds no figure that could be an answer.
 */
const ONE_OF_SPEECH = /一(?:下|哈|会儿?|声)|([\u4e00-\u9fff])一\1|(?<=退|回|往前|前)一(?:步|个|题|项)/g;

/** The text without the 一 that counts nothing (等一哈再填 → 等再填); other numerals are kept. */
export const withoutOneOfSpeech = (text: string): string => text.replace(ONE_OF_SPEECH, '');

/** Whether no numeral is left once the 一 of speech is taken out (等一哈再填, 缓一缓: no figure is offered by them). */
export const countsNothing = (text: string): boolean => !/[\d零〇一二两三四五六七八九十百千万]/.test(withoutOneOfSpeech(text));
