import type { KnowledgeBase } from './base.ts';
import { queryTokens, type Ranked } from './retrieval.ts';

/**
 * 县上改方案，州商务局点头就行吧: a guess at who approves an act is answered by the clause saying to whom that act must be
 * reported for approval (…调整实施方案的，必须按申报程序报经省商务厅审核备案), not by the guessed body's own clause.
 */
const CLAIM = /(?:厅|局|办|[州省县市](?:里|上|级)|政府)[^，,。？?\s]{0,4}?(?:点头|同意|批准|批了|批一下|签字|签个字|审批|认可|盖章|盖个章|说了算)(?:了)?(?:就|便)?(?:行|可以|够|算数|成|完事)?/u;
/** A sentence saying an act is reported for approval or filing. */
const APPROVED = /审核|审批|备案|报经/;
/** Words naming bodies and levels, which say who, not what is done. */
const BODY = /[州省县市局厅办]|商务|财政|扶贫|政府/;

/** The clause of the few best that reports for approval the act the question names; undefined when no approver is guessed. */
export function claimedApprover(kb: KnowledgeBase, q: string, ranked: readonly Ranked[]): Ranked | undefined {
  if (!CLAIM.test(q)) return undefined;
  const acts = queryTokens(kb, q.replace(CLAIM, '')).words.filter((w) => w.length >= 2 && !BODY.test(w));
  if (!acts.length || !ranked[0]) return undefined;
  const top = ranked[0].score;
  const held = (r: Ranked) => r.clause.sentences.filter((s) => APPROVED.test(s)).reduce((n, s) => Math.max(n, acts.filter((w) => s.includes(w)).length), 0);
  const scored = ranked.slice(0, 5).filter((r) => r.score >= top * 0.5).map((r) => ({ r, n: held(r) }));
  const most = Math.max(0, ...scored.map((x) => x.n));
  const best = scored.filter((x) => x.n === most);
  return most > 0 && best.length === 1 ? best[0]!.r : undefined;
}
