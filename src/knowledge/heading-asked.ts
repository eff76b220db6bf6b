import type { Asked } from './asked-type.ts';
import type { Clause } from './notice.ts';
import { excerpt } from './quote.ts';
import type { Quoted } from './retrieval.ts';
import { GENERIC } from './subject.ts';
import { prepare, type Tokens } from './text.ts';

/**
 * How the work a part is headed by is done (三级物流配送体系怎么搞, 公共服务体系建设改造怎么搞): every word asked is the
 * heading's, so the part's opening sentence, which states its main task, is what answers; a later sentence that
 * merely shares more of the words (…物流网络) is quoted after it, not instead of it.
 */

/** A bare "how is it done": building, doing, carrying out. */
const HOW_DONE = /(?:咋|怎么|如何|怎样)(?:样)?(?:来)?(?:建设?|搞|弄|做|办|开展|推进|落实|打造|整)(?:呢|啊|呀)?[?？]?$/;

/** The opening sentence of the clause, first, when the question asks how its heading's work is done. */
export function headingOpening(q: string, type: Asked, clause: Clause, query: Tokens, found: Quoted): Quoted {
  const opening = clause.sentences[0];
  if (type !== 'how' || !HOW_DONE.test(q) || !clause.body || !opening || found.quote.startsWith(opening)) return found;
  const title = prepare(clause.title);
  const words = [...new Set(query.words)].filter((w) => !GENERIC.test(w));
  if (words.length < 3 || !words.every((w) => title.includes(w))) return found;
  const lead = excerpt(opening, words, 64);
  const quote = opening.length + found.quote.length <= 260 && !opening.includes(found.quote) ? `${opening}${found.quote}` : opening;
  return { quote, lead, score: found.score };
}
