import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 资金用途要符合谁的要求, 钱怎么用才算方向对, 光对照国家的要求就行吗: whose requirements the money's use must meet.
 * The notice says it twice: the plan (确保资金使用方向符合国家要求) and the prefecture's letter, which adds the province's
 * (符合国家和省厅的要求). When the letter, or what only the letter adds (省厅的算不算), is asked, the clause naming the
 * most bodies leads and the other is quoted beside it; otherwise retrieval's choice stands (the plan named, 市州 acting).
 * Only a standard asked of the money's use (符合, 按, 对照, 谁的要求, 方向对); what the county must do with it (县上对钱的去向
 * 有啥要求: 规范资金使用方向) and whether a thing one means to do is in line (that rewrite asks 可以吗) pass.
 */

const MONEY = /资金|经费|款项|钱/u;
const USE = /用途|使用方向|资金方向|钱的方向|方向对|方向才对|去向|怎么用才(?:算|对|行)/u;
const STANDARD =
  /(?:符合|按照?|照着?|对照|依照|遵照|遵循)[^，,。？?]{0,6}(?:谁|哪|啥|什么|国家|省厅|省里|上面)|(?:谁|哪个?|哪些|哪一级|哪家|国家|省厅|省里)的?(?:要求|规定|标准)|方向(?:才)?(?:对|正确|不偏)|才算(?:对|合规|符合)/u;
const SENTENCE = /确保资金使用方向符合[^，,。；;]*要求/u;
/** The prefecture's letter asked of, or the province's own requirement asked, which only the letter names. */
const LETTER_ASKED = /省厅|州(?:里|上)(?:说|讲)|省里的?(?:要求|规定|标准)|州(?:里|上)?(?:的|发的|转发的?)?(?:文件|通知|文)|\d+号文|州商办/u;

export const fundDirection = intent({
  id: 'rule:fund-direction',
  recognise: ({ raw, q }) => (LETTER_ASKED.test(raw) && [raw, q].some((t) => MONEY.test(t) && USE.test(t) && STANDARD.test(t)) ? true : undefined),
  answer: (_m, _q, kb): Draft | undefined => {
    const found = kb.clauses
      .map((c) => ({ c, s: c.sentences.find((x) => SENTENCE.test(x)) }))
      .filter((f): f is { c: (typeof kb.clauses)[number]; s: string } => f.s !== undefined)
      .map((f) => ({ ...f, said: f.s.match(SENTENCE)![0] }))
      .sort((a, b) => b.said.length - a.said.length);
    // The plan is the source the letter restates: it leads unless the letter, or what only the letter adds, is asked.
    const [first, second] = found;
    if (!first) return undefined;
    const beside = second ? `；${citationLabel(second.c)}：${second.said}` : '';
    return {
      answered: true,
      answer: `${second ? '通知中有两处相关规定，请结合来看：' : '根据'}${citationLabel(first.c)}：${first.said}${beside}。`,
      citations: [kb.cite(first.c.id, first.s), ...(second ? [kb.cite(second.c.id, second.s)] : [])],
      clauseId: first.c.id,
      intent: 'rule:fund-direction',
    };
  },
});
