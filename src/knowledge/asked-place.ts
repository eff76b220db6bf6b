import type { Ranked } from './retrieval.ts';
import { prepare } from './text.ts';

/**
 * 示范项目应当聚焦在哪里: a where-question's verb is answered where its object is a place. Of two clauses quoted together,
 * the one that says 聚焦贫困地区 speaks before the one that says 聚焦精准落实, which names no place after the verb.
 */

/** A place right after the verb (within a few characters): 地区, 农村, 贫困村, 县域… */
const PLACE = '[^，。；、]{0,4}?(?:地区|地方|农村|乡村|村|县|乡|镇)';

/** The two clauses in order: the one naming a place after the question's verb first, when only it does. */
export function placeFirst(words: readonly string[], best: Ranked, also: Ranked | undefined): [Ranked, Ranked | undefined] {
  if (!also) return [best, also];
  const [mine, theirs] = [prepare(best.clause.body), prepare(also.clause.body)];
  const shared = words.filter((w) => w.length > 1 && mine.includes(w) && theirs.includes(w));
  const placed = (text: string) => shared.some((w) => new RegExp(`${w}${PLACE}`).test(text));
  return placed(theirs) && !placed(mine) ? [also, best] : [best, also];
}
