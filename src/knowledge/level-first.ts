import type { Ranked } from './retrieval.ts';

/**
 * 市州那一级具体负责什么, 省一级负责什么: a level asked (not one of its bodies) is answered first by the clause that sets each
 * level's part in one run (省上统筹、市州监管、县负全责), when it is one of the two quoted; the clause naming the level's
 * bodies (各市州商务局是…主要监管单位) follows it.
 */

/** A level asked what it does, as read after everyday words (市州这一级 → 市州级; 主要干啥 → 目标任务). */
const LEVEL_ASKED = /(?:省|市州|州|县)级(?:是|主要|具体|都|各|要|得)*(?:目标任务|干啥|干什么|做什么|管啥|管什么|负责啥|负责什么|负责|责任监管|什么角色|啥角色)/;

/** The levels set out in one run: 省…、市州…、县…. */
const LEVELS_LISTED = /省\p{Script=Han}{1,3}、(?:市州|州|市)\p{Script=Han}{1,3}、县/u;

export function levelsFirst(q: string, best: Ranked, also: Ranked | undefined): [Ranked, Ranked | undefined] {
  if (!also || !LEVEL_ASKED.test(q)) return [best, also];
  const lists = (r: Ranked) => LEVELS_LISTED.test(r.clause.body);
  return lists(also) && !lists(best) ? [also, best] : [best, also];
}
