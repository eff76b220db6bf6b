import type { KnowledgeBase } from './base.ts';
import { GENERIC, subjectWords } from './answerability.ts';
import { type Ranked, soleCloseHolder } from './retrieval.ts';
import { contentWords } from './words.ts';

/**
 * 政府包办还是让市场来: a choice between two things is answered where the notice speaks of both together (政府引导、市场发力),
 * not where it names one of them in passing (采取市场化的方式), when that clause is ranked close.
 */
const CLOSE = 0.5;

export function byChoice(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], best: Ranked): Ranked {
  const m = /([^，,；;。？?！!]{1,10})还是([^，,；;。？?！!]{1,10})/.exec(q);
  if (!m) return best;
  // 服务体系是三级还是两级: what comes before 是 is the subject the choice is about, not one of its sides.
  const cut = m[1]!.lastIndexOf('是');
  const topic = cut > 0 ? m[1]!.slice(0, cut) : '';
  const first = cut > 0 ? m[1]!.slice(cut + 1) : m[1]!;
  const sides = [first, m[2]!].map((side) => subjectWords(kb, side).filter((w) => kb.allText.includes(w)));
  if (sides.some((words) => !words.length)) return best;
  // 培育啥品牌，区域的还是企业的: the choice is about the subject named beside it (品牌); a clause naming both sides of
  // something else (区域性协会和服务企业) does not answer it.
  const named = sides.flat();
  // The word the question word points at (啥品牌) is the subject here, not only an aspect.
  const subject = contentWords(kb.stripForSearch(`${q.replace(m[0], '')}，${topic}`)).filter((w) => kb.allText.includes(w) && !GENERIC.test(w) && !named.includes(w));
  const holds = (r: Ranked, w: string) => `${r.clause.title}${r.clause.body}`.includes(w);
  const both = (r: Ranked) => sides.every((words) => words.some((w) => holds(r, w))) && subject.every((w) => holds(r, w));
  if (both(best)) return best;
  return soleCloseHolder(ranked, best, both, CLOSE, 3);
}
