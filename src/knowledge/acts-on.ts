import { ASPECT_WORDS, type Ranked } from './retrieval.ts';
import { contentWords } from './words.ts';

/**
 * 州里要监督县里资金管理吗, 州商务部门要指导县里建啥机制: the 州 acting on the counties, with a verb and what it is about.
 * The clause where that verb takes the counties and the asked thing in one sentence (监督各示范县加强资金使用管理) answers it,
 * not one where the 州 supervises in general (加强对示范县的监督、检查、指导) and the thing is the counties' own duty.
 */
const ACTS_ON = /州\p{Script=Han}{0,6}?(指导|监督|督促|帮助|协调)(?:各)?示范县(\p{Script=Han}{1,12})/u;

/** Whether the clause has the verb take the counties, with each asked word (or its last two characters) in that sentence. */
function acts(verb: string, words: readonly string[], r: Ranked): boolean {
  return r.clause.body.split(/[。；]/).some((s) => {
    const at = s.search(new RegExp(`${verb}各?示范县`));
    return at >= 0 && words.every((w) => s.slice(at).includes(w) || s.slice(at).includes(w.slice(-2)));
  });
}

/** The clause, ranked close, where the 州's verb takes the counties and the asked thing, when the best does not. */
export function actingOnCounties(q: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const m = ACTS_ON.exec(q);
  if (!m) return best;
  // 在资金管理方面做到哪些: an aspect word (方面, 要求) names no thing the sentence must hold.
  const words = contentWords(m[2]!).filter((w) => !ASPECT_WORDS.test(w));
  if (!words.length || acts(m[1]!, words, best)) return best;
  return ranked.slice(0, 4).find((r) => r !== best && r.score >= best.score * 0.7 && acts(m[1]!, words, r)) ?? best;
}
