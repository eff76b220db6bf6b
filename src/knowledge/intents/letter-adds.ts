import { milestoneAnswer } from '../phrasing.ts';
import { TIME_SLOT } from '../question.ts';
import { intent } from './types.ts';

/**
 * 州里的转发通知跟省方案比，时限上多加了什么: what the prefecture's letter adds to the province's plan in time is the
 * milestone only the letter sets (its tendering date), not the filing date both state. Other aspects are left to retrieval.
 */
const NAMES_LETTER = /州(?:里|上)?的?(?:转发)?(?:文|文件|通知)|183号|转发(?:的)?(?:文|文件|通知)|州商办发/;
const NAMES_PLAN = /省(?:里|上|级)?的?(?:实施)?方案|实施方案|省(?:里|上)?的?文件/;
const ADDS = /多加|加了|添了|增加|新增|额外|补充|多了|多出|多提|另外(?:提|加|规定)|另提/;
const ABOUT_TIME = /时限|时间要求|时间节点|进度要求|截止/;

export const letterAdds = intent({
  id: 'deadline:letter-adds',
  recognise: ({ q, raw }, kb) => {
    if (!NAMES_LETTER.test(raw) || !NAMES_PLAN.test(raw.replace(NAMES_LETTER, '')) || !ADDS.test(raw)) return undefined;
    if (!ABOUT_TIME.test(raw) && !TIME_SLOT.test(q)) return undefined;
    const own = kb.data.milestones.filter((m) => m.prefecture !== null);
    return own.length ? own : undefined;
  },
  answer: (own, { now }, kb) => {
    const drafts = own.map((m) => milestoneAnswer(kb, m, now));
    return {
      ...drafts[0]!,
      answer: `与省实施方案相比，州里的通知在时限上另行规定：${drafts.map((d) => d.answer).join('')}`,
      citations: drafts.flatMap((d) => d.citations),
      intent: 'deadline:letter-adds',
    };
  },
});
