import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { queryTokens } from '../retrieval.ts';
import { GENERIC } from '../subject.ts';
import { prepare } from '../text.ts';
import { intent } from './types.ts';

/**
 * 跟贫困户对接第一步该干啥, 品牌培育从哪入手: the first step of a work a part is headed by. The notice sets no order of
 * steps, so none is claimed; the part's opening sentence, which states its main task, is quoted as where the part begins.
 * Only when every word of the work asked is in the heading of exactly one part (上行第一步干啥 names three parts' words,
 * and is left to retrieval), and nothing else is asked beside the step (能直接开工吗，先得干啥 asks of a premise).
 */

/** The step asked: 第一步干啥, 先做什么, 从哪入手; the work named before it. */
const STEP =
  /^(\p{Script=Han}{3,16}?)(?:的)?(?:第一步|头一步|首先|最先|先)(?:该|要|得|应该|需要)?(?:干|做|办|搞|弄)(?:啥|什么|哪些)|^(\p{Script=Han}{3,16}?)(?:要|该|得|应该)?从哪(?:里|儿)?(?:入手|开始|下手|着手|抓起)/u;
/** The part's own ordinal (3.), said before its heading. */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.\s*)/;

export const firstStep = intent({
  id: 'clause:first-step',
  recognise: ({ bare }, kb) => {
    const m = STEP.exec(bare);
    const work = m?.[1] ?? m?.[2];
    if (!m || !work || bare.length > m[0].length + 2) return undefined;
    const words = [...new Set(queryTokens(kb, prepare(work)).words)].filter((w) => w.length >= 2 && !GENERIC.test(w));
    if (words.length < 2) return undefined;
    const holders = kb.clauses.filter((c) => c.level >= 2 && c.body && c.sentences.length > 0 && words.every((w) => prepare(c.title).includes(w)));
    return holders.length === 1 ? holders[0] : undefined;
  },
  answer: (c, _question, kb): Draft => {
    const opening = c.sentences[0]!;
    const title = c.title.replace(ORDINAL, '');
    return {
      answered: true,
      answer: `通知未排定这项工作的先后步骤；${citationLabel(c)}“${title}”开头写明：${opening}`,
      citations: [kb.cite(c.id, opening)],
      clauseId: c.id,
      intent: 'clause:first-step',
    };
  },
});
