import { ASPECT_WORDS, type Ranked, soleCloseHolder } from './retrieval.ts';
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

/**
 * 县里还要自己细化吗, 示范县要不要建台账: the counties' own duty asked. The clause where the counties are the ones who must
 * (各示范县要…完善细化资金管理制度; 示范县人民政府是…责任主体，…明确责任人) answers it, not one where another body supervises or guides them to it
 * (监督各示范县加强资金使用管理，完善细化…), whose duty is the supervising.
 */
const OWN_DUTY = /示范县(?:还|也|都)?(?:要不要|需不需要|该不该|要|得|需要|该|应该|必须)(?:自己|自行)?(\p{Script=Han}{2})(\p{Script=Han}{0,10})/u;
const COUNTIES_MUST = /(?<!指导|监督|督促|帮助|协调|对)各?示范县(?:人民政府)?(?:要|应|应当|须|必须|是)/;

/** Whether a sentence of the clause has the counties as the ones who must, and the verb and each asked word after. */
function countiesMust(verb: string, words: readonly string[], r: Ranked): boolean {
  return r.clause.body.split(/[。；]/).some((s) => {
    const at = s.search(COUNTIES_MUST);
    const rest = at >= 0 ? s.slice(at) : '';
    return rest.includes(verb) && words.every((w) => rest.includes(w) || rest.includes(w.slice(-2)));
  });
}

/** The one clause, ranked close, where the counties themselves must do the verb asked, when the best does not say so. */
export function countiesOwnDuty(q: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const m = OWN_DUTY.exec(q);
  if (!m) return best;
  const [verb, words] = [m[1]!, contentWords(m[2]!)];
  if (countiesMust(verb, words, best)) return best;
  return soleCloseHolder(ranked, best, (r) => countiesMust(verb, words, r), 0.5);
}
