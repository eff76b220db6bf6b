import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * A project changed after its plan is set (方案定了还能换承办企业吗, 备案后建设地点能改不, 项目能随便调整吗):
 * the sentence saying projects follow the plan strictly and changes go through the filing procedure
 * (严格按照方案实施，不得随意调整变更…报经省商务厅审核备案) answers. Money moved between items is
 * moved-money.ts's; a time put off, or a figure asked, is left to the rest.
 */

const CHANGE = /换|更换|改|变更|调整|变动|替换|撤换/;
/** What a plan sets for a project: its operator, its content, its site, the project itself. */
// 方案里写的冷库想换成…: a thing the plan as filed names is set by it too.
const SET_BY_PLAN = /承办|实施主体|建设单位|建设内容|建设地点|选址|项目|方案(?:里|上|中)(?:写|定|报|列)(?:的|好的|了的)/;
/** Asked whether it may be done, or done at will. */
const MAY = /随便|随意|直接改|能\p{Script=Han}{0,2}改吗|能不能|能否|可以|可不可以|行不行|行吗|能吗|还能|允许|中不中/u;
/** Money, time or a figure: other intents' or unstated. */
const OTHER = /钱|资金|经费|万|比例|%|时间|日期|延期|推迟|延后|明年|年底|多久|几天|多少|谁批|哪个部门/;

function changeSentence(kb: KnowledgeBase): { clause: Clause; sentence: string } | undefined {
  for (const clause of kb.searchable) {
    const sentence = clause.sentences.find((s) => /严格按照方案实施/.test(s) && /不得随意调整变更/.test(s));
    if (sentence) return { clause, sentence };
  }
  return undefined;
}

export const planChange = intent({
  id: 'rule:plan-change',
  recognise: ({ raw }, kb) => {
    if (!CHANGE.test(raw) || !SET_BY_PLAN.test(raw) || !MAY.test(raw) || OTHER.test(raw)) return undefined;
    return changeSentence(kb);
  },
  answer: (found, _q, kb): Draft => ({
    answered: true,
    answer: `按照${citationLabel(found.clause)}的要求：${found.sentence}`,
    citations: [kb.cite(found.clause.id, found.sentence)],
    clauseId: found.clause.id,
    intent: 'rule:plan-change',
  }),
});
