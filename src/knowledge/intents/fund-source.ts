import { refuse } from '../phrasing.ts';
import { intent, when } from './types.ts';

/**
 * 迭部那1500万里头中央省上各出多少, 这笔钱中央出多少: how a county's money divides by source (中央, 省级, 地方). The table
 * gives each county's 补贴资金 as one sum and no clause divides it, so the split is refused before the table answers
 * the sum as if it were the part asked (not 中央给每县多少, which asks the sum itself).
 */

/** Two sources named together (中央和省级, 省里跟中央). */
const BOTH = /(?:中央|国家)(?:财政|资金|的)*(?:和|与|跟|同|、|还是)(?:省|地方|州|市|县)|(?:省|地方|州|县)(?:级|里|上|财政|资金|的)*(?:和|与|跟|同|、|还是)(?:中央|国家)/;
/** One source's part within a sum (1500万里中央的, 这笔钱中省级, 1500万中央出多少). */
const WITHIN = /(?:万|万元|钱|资金|补贴)(?:里|里面|中|当中|其中)(?:的)?(?:中央|国家|省级?|省里|省财政)|(?:万|万元|钱|资金|补贴)的?(?:中央|国家|省级?|省里)(?:财政)?的?(?:出|拿|承担|占|给|部分)/;
const SPLIT = /各|分别|怎么分|如何分|咋分|占|多少|几成|比例|构成|组成/;
const MONEY = /钱|资金|万|补贴|经费|财政/;

export const fundSource = intent({
  id: 'refusal:fund-source',
  recognise: when(({ q, raw }) => [q, raw].some((t) => (BOTH.test(t) || WITHIN.test(t)) && SPLIT.test(t) && MONEY.test(t))),
  answer: (_m, question, kb) => refuse(kb, question.q, '各示范县补贴资金中中央和省级（地方）资金各占多少（附件1只列出每县补贴资金总额）', 'refusal:fund-source', kb.data.allocationClause),
});
