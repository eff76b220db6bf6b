import { mentionedDate, QUANTITY_SLOT } from '../question.ts';
import { type Draft, refuse } from '../phrasing.ts';
import { undatedActNamed } from '../undated-act.ts';
import { milestonesNamed } from './deadlines.ts';
import { intent } from './types.ts';

/**
 * 验收是不是定在12月中旬, 绩效评价放在年底吧, 12月底前要完成培训吗: a time told for an act the notice names but never
 * dates (undated-act.ts), with no milestone of the notice named beside it. The month told must not pull in the milestone
 * that happens to fall in it (12月底 is the tendering deadline, not the acceptance's), so the time is refused as unstated.
 * A milestone named too (培训要在招标前完成吗, 方案报送在什么时候) is left to the deadline intents.
 */

/** A time told: a month or day, 年底, 中旬, 明年, 下半年. */
const TIME_TOLD = /年底|年末|年内|年前|中旬|上旬|下旬|月初|月中|月底|明年|后年|下半年|上半年|春节|国庆/;

export const undatedActTold = intent({
  id: 'refusal:undated-act',
  recognise: ({ q }, kb) => {
    if (!mentionedDate(q) && !TIME_TOLD.test(q)) return undefined;
    // (年底前培训多少人: a figure asked by a time, not the time of the act.)
    if (QUANTITY_SLOT.test(q)) return undefined;
    // (年底前开几期培训，培训对象怎么确定: the time is background; who, what or how is asked.)
    if (/谁|哪些|哪个|什么|啥|怎么|如何|咋|多少|几/.test(q.replace(/什么时候|啥时候|什么时间|几月份?|几号|哪天|哪一天|哪个月|何时/g, ''))) return undefined;
    const act = undatedActNamed(kb, q);
    return act && !milestonesNamed(kb, q).length ? act : undefined;
  },
  answer: (act, { q }, kb): Draft => refuse(kb, q, `${act}的具体时间`, 'refusal:undated-act'),
});
