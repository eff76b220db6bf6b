import type { KnowledgeBase } from '../base.ts';

/**
 * 要建个农村物流信息平台，跟负面清单里的平台冲突不: a thing one clause supports (…农村物流信息服务平台), asked against the
 * forbidden uses whose item shares its head word (网络交易平台). Both rules are quoted (rules.ts), the engine not deciding
 * between them: the notice lists the forbidden items without defining them.
 */

/**
 * Words asking whether two things clash or one falls under the other; 会不会算成交易平台被禁: taken for a forbidden
 * item (算成, 当成, 归为) or banned with it (被禁) is the same clash asked.
 */
const CONFLICT = /冲突|矛盾|抵触|打架|违反|违背|违规|算不算|属不属于|碰不碰|踩不踩|犯不犯|算成|算作|当成|归为|被禁/;

/** The longest run of Han characters of `q` found in `s` and not in `banned`. */
function ownRun(s: string, q: string, banned: string): number {
  let best = 0;
  for (let i = 0; i < q.length; i++) {
    for (let j = i + best + 1; j <= q.length; j++) {
      const run = q.slice(i, j);
      if (!/^\p{Script=Han}+$/u.test(run) || !s.includes(run)) break;
      if (!banned.includes(run)) best = j - i;
    }
  }
  return best;
}

export interface SupportedThing {
  readonly clauseId: string;
  readonly sentence: string;
}

/** The sentence of another clause that supports the thing asked about, when the question asks whether it clashes with a forbidden use. */
/** `raw` as typed too: canonical words (公服中心, 仓储) are not the notice's. */
export function supportedThing(kb: KnowledgeBase, q: string, raw = q): SupportedThing | undefined {
  if (!CONFLICT.test(q)) return undefined;
  const rules = kb.data.fundRules.forbiddenUses;
  // The head of a forbidden item (平台, 经费, 流量) the question names too.
  const heads = rules.items.map((i) => i.replace(/建设$/, '').slice(-2)).filter((h) => q.includes(h));
  if (!heads.length && !rules.items.some((i) => q.includes(i.replace(/建设$/, '')))) return undefined;
  const banned = rules.clauses.map((id) => kb.sentenceWith(id, ['不得用于'])).join('');
  let best: (SupportedThing & { run: number }) | undefined;
  for (const c of kb.clauses) {
    if (rules.clauses.includes(c.id)) continue;
    for (const sentence of c.sentences) {
      // A thing of the same kind (…信息服务平台 beside 网络交易平台) from four characters on; another kind (公共服务中心 beside 楼堂馆所) from six.
      const run = Math.max(ownRun(sentence, q, banned), ownRun(sentence, raw, banned));
      // Of equal runs the shorter sentence, which says less else (公共服务中心建设要坚持…).
      const better = !best || run > best.run || (run === best.run && sentence.length < best.sentence.length);
      if (run >= (heads.some((h) => sentence.includes(h)) ? 4 : 6) && better) best = { clauseId: c.id, sentence, run };
    }
  }
  return best && { clauseId: best.clauseId, sentence: best.sentence };
}
