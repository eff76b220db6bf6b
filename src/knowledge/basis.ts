import type { Clause } from './notice.ts';
import { type Quoted, type Ranked, rankWeight } from './retrieval.ts';
import type { Tokens } from './text.ts';

/**
 * 信息公开照啥要求来, 方案照什么来定, 制定实施方案依据什么: what an act is done by. The clause that answers names the basis
 * (严格按照《方案》要求，…公开…; 严格按照项目申报方案，…制定项目实施方案), with the asked act after it; not one where
 * 按要求 names nothing (必须按要求提供…信息) or the act is another (按照方案实施).
 */

/** The basis asked: 按啥, 按什么, 按照哪个, 依据什么, 根据啥, 以什么为依据. */
const BASIS_ASKED = /按(?:照)?(?:啥|什么|哪个|哪些|哪样的?)|(?:依据|根据|遵照|依照)(?:啥|什么|哪个)|以(?:啥|什么)为(?:依据|准)/;

/** A basis named (按照《方案》要求, 按照项目申报方案, 落实商务部…信息报送有关要求, 遵守《…》, 符合《…》), not a bare 按要求 or 规定. */
const NAMED_BASIS = /(?:按照|依据|依照|遵照|根据|遵守|符合|落实|执行)(?!(?:有关|相关)?(?:要求|规定|程序)(?:[，,。；]|$))[\p{Script=Han}《]/u;

/** Words the question adds only to ask for the basis. */
const ASKING = /^(?:按|照|按照|依据|根据|啥|什么|哪个|要求|规定|来|要|的|定的|弄|搞|办|做)$/;

/** How many of the asked words a sentence naming a basis holds (the titles it cites aside). */
function heldWithBasis(s: string, words: readonly string[]): number {
  if (!NAMED_BASIS.test(s)) return 0;
  const own = s.replace(/《[^》]*》/g, '');
  return words.filter((w) => own.includes(w)).length;
}

const heldAfterBasis = (r: Ranked, words: readonly string[]): number => Math.max(0, ...r.clause.sentences.map((s) => heldWithBasis(s, words)));

/** The close clause that names the basis of the asked act, when the best does not name it as well. */
export function basisNamed(q: string, query: Tokens, best: Ranked, ranked: readonly Ranked[]): Ranked {
  if (!BASIS_ASKED.test(q)) return best;
  const words = [...new Set(query.words)].filter((w) => !ASKING.test(w));
  if (!words.length) return best;
  const mine = heldAfterBasis(best, words);
  let choice = best;
  let most = mine;
  for (const r of ranked.slice(0, 4)) {
    if (r === best || rankWeight(r) < 0.6 * rankWeight(best)) continue;
    const held = heldAfterBasis(r, words);
    if (held > most) [choice, most] = [r, held];
  }
  return choice;
}

/** The sentence naming the basis is quoted, when the one chosen for the wording does not name it. */
export function basisQuoted(q: string, query: Tokens, clause: Clause, found: Quoted): Quoted {
  if (!BASIS_ASKED.test(q) || NAMED_BASIS.test(found.lead)) return found;
  const words = [...new Set(query.words)].filter((w) => !ASKING.test(w));
  const held = (s: string) => heldWithBasis(s, words);
  const stated = clause.sentences.reduce<string | undefined>((a, s) => (held(s) > (a ? held(a) : 0) ? s : a), undefined);
  return stated ? { quote: found.quote.includes(stated) ? found.quote : stated, lead: stated, score: found.score } : found;
}
