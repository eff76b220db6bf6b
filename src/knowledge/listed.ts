import type { Clause } from './notice.ts';
import type { Quoted } from './retrieval.ts';

/**
 * 绩效评价评哪些, 检查都查些啥, 考核都考哪些方面: a question asking what an act covers is answered by the sentence where
 * the act is followed by what it covers, a list (评价…投资额、产出、效益、公众满意度等各项指标), not by one that only
 * names the act (依托第三方机构开展绩效评价) though it shares more of the question's words.
 */
const ASKS_COVERED =
  /(评价|评|检查|查|考核|考|看|审核|审)(?:的是|都|主要|重点)?(?:哪些|哪几(?:个|项|块|方面)?|些啥|些什么|啥|什么)(?:指标|内容|方面|东西|事项|事)?(?:呢|啊|呀)?$/;

/** The notice's verbs for an act asked in a plain word (考, 看: what is weighed, which it says 评价 or 检查). */
const ACT_WORDS: Readonly<Record<string, readonly string[]>> = {
  评价: ['评价'],
  评: ['评价', '评'],
  检查: ['检查'],
  查: ['检查', '查'],
  考核: ['考核', '评价', '检查'],
  考: ['考核', '评价', '检查'],
  看: ['评价', '检查', '考核'],
  审核: ['审核'],
  审: ['审核', '审'],
};

/** A list right after the act's word: two 、 or more in the same phrase (not a cited title's, nor the next phrase's 安全性、规范性). */
function listsAfter(sentence: string, words: readonly string[]): boolean {
  const own = sentence.replace(/《[^》]*》/g, '');
  return words.some((w) => {
    const at = own.indexOf(w);
    return at >= 0 && (own.slice(at + w.length).split(/[，,；;。]/)[0]!.match(/、/g)?.length ?? 0) >= 2;
  });
}

export function listedQuoted(question: string, clause: Clause, found: Quoted): Quoted {
  const act = ASKS_COVERED.exec(question.replace(/[\p{P}\p{S}\s]+$/u, ''))?.[1];
  const words = act ? ACT_WORDS[act] : undefined;
  if (!words || listsAfter(found.lead, words)) return found;
  const stated = clause.sentences.find((s) => listsAfter(s, words));
  return stated ? { quote: found.quote.includes(stated) ? found.quote : stated, lead: stated, score: found.score } : found;
}
