import { citationLabel } from '../notice.ts';
import { bestSentences, queryTokens, rank } from '../retrieval.ts';
import { namedHeading } from './outline.ts';
import { intent } from './types.ts';

/**
 * Which one of a list speaks of a subject: 原则里讲政府和市场关系的是哪条, 工作要求里哪一项说的是信息报送.
 * Not the whole list (outline.ts), but the one part of the named heading that the subject ranks best in,
 * when it ranks clearly best; otherwise the question passes on.
 */

const UNIT = '(条|项|块|部分|点|个方面)';
/** 讲X的是哪条 / 关于X的是第几项. */
const SUBJECT_FIRST = new RegExp(`(?:讲|说|提|关于|涉及|管)(\\p{Script=Han}{2,16}?)(?:的|那)?(?:是|在)(?:哪一?|第几)${UNIT}`, 'u');
/** 哪条讲的是X / 哪一项说X. */
const WHICH_FIRST = new RegExp(`(?:哪一?|第几)${UNIT}(?:是|里)?(?:讲|说|提|关于|涉及|管)(?:的是|的|了)?(\\p{Script=Han}{2,16})`, 'u');

/** How much better the best part must rank than the next to be named alone. */
const CLEAR_LEAD = 1.3;

export const whichPart = intent({
  id: 'list:which-part',
  recognise: ({ q, raw }, kb) => {
    const first = SUBJECT_FIRST.exec(q);
    const which = first ? undefined : WHICH_FIRST.exec(q);
    const subject = first?.[1] ?? which?.[2];
    const unit = first?.[2] ?? which?.[1];
    if (!subject || !unit) return undefined;
    const heading = namedHeading(kb, q.replace(subject, ''), false, raw.replace(subject, ''));
    if (!heading) return undefined;
    const depth = heading.id.split('-').length + 1;
    const parts = kb.clauses.filter((c) => c.id.startsWith(`${heading.id}-`) && c.id.split('-').length === depth);
    const ranked = rank(kb, queryTokens(kb, subject)).filter((r) => parts.includes(r.clause));
    const [best, next] = ranked;
    if (!best || best.coverage < 0.5 || (next && next.score * CLEAR_LEAD > best.score)) return undefined;
    return { heading, part: best.clause, place: parts.indexOf(best.clause) + 1, unit, subject };
  },
  answer: ({ heading, part, place, unit, subject }, _question, kb) => {
    const found = bestSentences(kb, part, queryTokens(kb, subject));
    const numeral = '一二三四五六七八九十'[place - 1] ?? String(place);
    const name = heading.title.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '');
    return {
      answered: true,
      // The place is told once: a label naming the part's title already (二“政府引导、市场发力”) is not added again.
      answer: `“${name}”中讲这一点的是第${numeral}${unit}“${part.title}”${citationLabel(part).includes(part.title) ? '' : `（${citationLabel(part)}）`}：${found.lead}`,
      citations: [kb.cite(part.id, found.quote || (part.sentences[0] ?? part.title))],
      clauseId: part.id,
      intent: 'list:which-part',
    };
  },
});
