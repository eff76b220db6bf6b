import type { Ranked } from './retrieval.ts';
import { soleCloseHolder } from './retrieval.ts';
import { tag } from './words.ts';

/**
 * 市州要监督县里哪方面, 省里要督促示范县哪些事: the aspect of an act done to someone. The clause that answers says the act with
 * its object and then what it is about (监督各示范县加强资金使用管理); one that only names the act as a noun, the object
 * before it (加强对示范县的监督、检查和指导), says that it is done, not in what. Read on the canonicalised question.
 */
const ASPECT = /(?:哪一?方面|哪些方面|哪几方面|什么方面|啥方面|哪几块|哪些事|哪几件事|哪些工作)/;

/** The act and its object, the two words before the aspect asked (监督 示范县), or undefined. */
function actAndObject(q: string): { act: string; object: string } | undefined {
  const m = ASPECT.exec(q);
  if (!m) return undefined;
  const words = tag(q.slice(0, m.index)).map((t) => t.word).filter((w) => /^\p{Script=Han}+$/u.test(w));
  const [act, object] = words.slice(-2);
  return act && object && act.length >= 2 && object.length >= 2 ? { act, object } : undefined;
}

/** Whether a sentence of the clause says the act, then its object, then more (what the act is about). */
function saysAspect(r: Ranked, act: string, object: string): boolean {
  const said = new RegExp(`${act}[^。；，、]{0,3}${object}[^。；，]{2,}`);
  return r.clause.sentences.some((s) => said.test(s));
}

/** The one clause among the first few that says the aspect, when `best` does not and it ranks close to it. */
export function aspectSaid(q: string, ranked: readonly Ranked[], best: Ranked): Ranked {
  const asked = actAndObject(q);
  if (!asked || saysAspect(best, asked.act, asked.object)) return best;
  return soleCloseHolder(ranked, best, (r) => saysAspect(r, asked.act, asked.object), 0.4);
}
