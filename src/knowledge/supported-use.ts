import type { KnowledgeBase } from './base.ts';
import type { Clause } from './notice.ts';
import { subjectWords } from './subject.ts';
import { prepare } from './text.ts';

/**
 * 给企业补贴去办绿色认证可以吗: money asked for doing a thing (what follows 补贴去…) that the clause itself supports
 * (支持…申请…有机…认证): the clause's 支持 answers whether it may be backed, though it names no 补贴. A subsidy asked
 * for nothing the clause supports (有没有误工补助, 给学员发补贴) is not.
 */
const FOR_DOING = /(?:补助|补贴|奖励|奖补)(?:资金|钱)?(?:去|来|用于|用来|拿去|拿来)(\p{Script=Han}{2,12}?)(?:可以|行不|行吗|能|吗|不|么|呢|$)/u;

export function supportsUse(kb: KnowledgeBase, q: string, clause: Clause): boolean {
  const done = FOR_DOING.exec(q)?.[1];
  const words = done ? subjectWords(kb, done) : [];
  return words.length > 0 && clause.sentences.map(prepare).some((s) => /支持|鼓励/.test(s) && words.every((w) => s.includes(w)));
}
