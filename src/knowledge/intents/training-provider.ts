import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Who may deliver the training (培训外包给公司行不行, 全包给一家电商企业, 谁能承担培训, 请培训机构来讲):
 * the clause saying whom the programme supports to train (支持电子商务企业、各类培训机构、协会…开展培训)
 * answers, its sentence quoted with its heading. How the work is procured, or how much it costs, is not
 * this intent's: the notice says neither. Nor is a choice with a side the clause does not
 * name (请大学老师还是企业): choice.ts weighs it against the notice.
 */

const TRAINING = /培训|授课|讲课|办班/;

/** Handing the training to someone, or asking who may give it. */
const PROVIDER_ASKED =
  /外包|包给|承包|委托|交给|托给|请(?:一家|家|个)?\p{Script=Han}{0,6}(?:公司|企业|机构|协会|老师)|(?:公司|企业|机构|协会|第三方)\p{Script=Han}{0,4}(?:来|去)?(?:培训|办|搞|做|承担|承接|讲)|谁(?:可以|能|来|去)?(?:承担|承接|组织|搞|办|开展|做|负责|实施)\p{Script=Han}{0,6}培训|(?:哪些|什么|啥)(?:单位|机构|主体|企业)\p{Script=Han}{0,4}(?:可以|能)?\p{Script=Han}{0,2}(?:培训|承担|承接)|培训(?:主体|机构|单位)(?:是谁|有哪些|有啥|是啥|是什么)/u;

/** The kinds of body the clause names (企业, 培训机构, 协会), and 公司 for an enterprise. */
const NAMED = /企业|公司|机构|协会/;

/** Money, procurement or a figure of the training asked: the notice states none. */
const UNSTATED = /多少|课酬|报酬|酬金|劳务费|讲课费|费用|价格|标准|招标|采购|比选|合同|几家|几次|多少人|多少期|补贴多少|每人|课时|(?:占|花)(?:多少|几成)/;

export function trainingProviders(kb: KnowledgeBase): { clause: Clause; sentence: string } | undefined {
  for (const clause of kb.searchable) {
    const sentence = clause.sentences.find((s) => /培训机构/.test(s) && /企业/.test(s) && /培训/.test(s));
    if (sentence) return { clause, sentence };
  }
  return undefined;
}

export const trainingProvider = intent({
  id: 'rule:training-provider',
  recognise: ({ q, raw }, kb) => {
    if (!TRAINING.test(raw) && !TRAINING.test(q)) return undefined;
    if (!PROVIDER_ASKED.test(raw) && !PROVIDER_ASKED.test(q)) return undefined;
    const choice = /(\p{Script=Han}{1,8})还是(\p{Script=Han}{1,8})/u.exec(raw);
    if (choice && !choice.slice(1).every((side) => NAMED.test(side))) return undefined;
    if (UNSTATED.test(raw.replace(/\d+(?:\.\d+)?\s*万元?/g, ''))) return undefined;
    return trainingProviders(kb);
  },
  answer: (found, _q, kb): Draft => {
    const { clause, sentence } = found;
    const heading = clause.title && !clause.section.includes(clause.title) ? `“${clause.title.replace(/^（[^）]+）/, '')}”` : '';
    return {
      answered: true,
      answer: `根据${citationLabel(clause)}${heading}：${sentence}通知支持电子商务企业、各类培训机构和协会开展培训；具体由哪家承担、如何选定，通知中没有明确规定。`,
      citations: [kb.cite(clause.id, sentence, clause.level > 2 ? `${clause.section} ${clause.title}` : undefined)],
      clauseId: clause.id,
      intent: 'rule:training-provider',
    };
  },
});
