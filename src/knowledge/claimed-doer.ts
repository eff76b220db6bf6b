import type { Clause } from './notice.ts';
import type { Quoted, Ranked } from './retrieval.ts';

/**
 * 验收是州里自己组织吗, 评价是不是县里自己搞: whether a level does an act itself is answered by the clause that says who does
 * that act (省商务厅…依托第三方机构开展…项目验收工作), not by the level's own letter that only names the act (明确…验收程序).
 */
const CLAIM = /(?:是|由)(?:不是)?(?:示范)?([省州县市])(?:里|上|级)?(?:自己|自行|单独)(?:来)?(?:组织|负责|牵头|搞|做|开展|弄|办)?(\p{Script=Han}{2})?(?:吗|么|不|吧)?[？?]?$/u;

/**
 * The act the question names before the claim (验收 in 验收是州里自己组织吗), or, with nothing before it, after it (是州里自己组织验收吗).
 * (奖补标准是不是县上自己细化: what is done is 补贴标准's; 细化 alone would find another thing the county details.)
 */
function act(q: string, m: RegExpExecArray): string | undefined {
  const before = q.slice(0, m.index).replace(/[\p{P}\p{S}\s]/gu, '');
  return before.length >= 2 ? before.slice(-4) : m[2];
}

/** How a clause says a body does the act (省商务厅…依托第三方机构开展…项目验收), when the question claims a doer. */
function doing(q: string): RegExp | undefined {
  const m = CLAIM.exec(q);
  const done = m && act(q, m);
  return done ? new RegExp(`(?:厅|局|办|政府|机构)[^。；]{0,30}?(?:开展|组织|负责|进行)[^。；]{0,12}?${done}`) : undefined;
}

/** The clause the question matched at all that names a body doing the act; undefined when the question claims no doer. */
export function claimedDoer(q: string, ranked: readonly Ranked[]): Ranked | undefined {
  const re = doing(q);
  return re && ranked.find((r) => r.score > 0 && re.test(r.clause.body));
}

/** The sentence naming who does the act leads the answer. */
export function doerQuoted(q: string, clause: Clause, found: Quoted): Quoted {
  const re = doing(q);
  const stated = re && !re.test(found.lead) ? clause.sentences.find((s) => re.test(s)) : undefined;
  return stated ? { quote: found.quote.includes(stated) ? found.quote : stated, lead: stated, score: found.score } : found;
}
