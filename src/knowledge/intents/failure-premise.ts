import { citationLabel } from '../notice.ts';
import { FAILURE, SANCTION } from '../consequence.ts';
import { intent } from './types.ts';

/**
 * 听人讲评价不合格顶多通报一下？: a claim that failing leads only to something milder (只是, 顶多, 无非) is checked against the
 * sentence that states what failing leads to; the claim is not confirmed, and words of it the notice never writes are said
 * to be none of its.
 */
const MINIMISED = /(?:只是|只会|只要|顶多|最多|无非|仅仅|不过是|就是?)(\p{Script=Han}{2,6}?)(?:吗|吧|么|而已|罢了)?[？?。！!]*$/u;
/** What a claim about the sanction's extent or timing asks, which the sentence does not say (全部收回还是部分). */
const DETAIL = /全部|部分|多少|几|比例|时间|什么时候|多久|谁|哪/;

export const failurePremise = intent({
  id: 'fact:failure-premise',
  recognise: ({ raw }) => {
    const claim = MINIMISED.exec(raw)?.[1];
    return claim && FAILURE.test(raw) && !DETAIL.test(raw) ? claim : undefined;
  },
  answer: (claim, { raw }, kb) => {
    // The failure asked about must be the sentence's own (不合格, 不到位; 没通过 is 不合格): 违规 is another matter.
    const failed = FAILURE.exec(raw)![0];
    const word = /没通过|不过关|不达标|考核差/.test(failed) ? '不合格' : failed;
    const states = (s: string) => SANCTION.test(s) && s.includes(word);
    const clause = kb.clauses.find((c) => c.sentences.some(states));
    const sentence = clause?.sentences.find(states);
    if (!clause || !sentence) return undefined;
    const unsaid = kb.allText.includes(claim) ? '' : `通知中没有“${claim}”的说法。`;
    return {
      answered: true,
      answer: `按照${citationLabel(clause)}的规定：${sentence}${unsaid}`,
      citations: [kb.cite(clause.id, sentence)],
      clauseId: clause.id,
      intent: 'fact:failure-premise',
    };
  },
});
