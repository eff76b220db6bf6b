import type { Clause } from './notice.ts';
import type { Quoted } from './retrieval.ts';

/**
 * 不合格后果多严重, 考核不过关会怎样: a question about what follows a failure is answered by the sentence that states the
 * sanction (取消示范县资格，收回已拨付专项资金), not by one that only shares the topic's word (强化对示范工作的考核监督).
 */
const ASKS_CONSEQUENCE = /后果|会怎(?:样|么样|么办)|怎么处理|如何处理|什么处理|啥处理|多严重|严不严重|咋办|会被怎么/;
export const FAILURE = /不合格|不达标|不到位|没通过|不过关|考核差|完不成|没完成|违规|违反/;
export const SANCTION = /取消|收回|追回|追究|处罚|处分|通报/;

export function consequenceQuoted(question: string, clause: Clause, found: Quoted): Quoted {
  if (!ASKS_CONSEQUENCE.test(question) || !FAILURE.test(question) || SANCTION.test(found.lead)) return found;
  const stated = clause.sentences.find((s) => SANCTION.test(s) && FAILURE.test(s));
  return stated ? { quote: found.quote.includes(stated) ? found.quote : stated, lead: stated, score: found.score } : found;
}
