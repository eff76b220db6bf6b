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

/**
 * 仓储配送设施能不能补: a thing asked whether it may be subsidised, which a sentence of the clause names whole among the work
 * to be done (完善…仓储配送等基础设施建设); not a thing it does not name (冷链车, 直播带货), one it forbids (不得用于…), nor a
 * running cost (快递费).
 */
const THING_PAID = /^(?:请问|想问一?下?|问一?下)?(\p{Script=Han}{2,12}?)(?:能不能|可不可以|能|可以|给不给|让不让)?(?:补不补|补(?:贴|助)?(?:吗|不|么|呢)?)$/u;

export function supportsUse(kb: KnowledgeBase, q: string, clause: Clause): boolean {
  const done = FOR_DOING.exec(q)?.[1];
  const words = done ? subjectWords(kb, done) : [];
  if (words.length > 0 && clause.sentences.map(prepare).some((s) => /支持|鼓励/.test(s) && words.every((w) => s.includes(w)))) return true;
  const thing = THING_PAID.exec(q.replace(/[\p{P}\p{S}\s]/gu, ''))?.[1];
  // 快递费补吗, 房租能补不: a running cost is not the thing built, whatever the sentence names it beside.
  const named = thing && !/费|租|工资|薪|奖金|钱|资金/.test(thing) ? subjectWords(kb, thing) : [];
  // The verb governs the thing: it comes before the thing's words in one part of the sentence (not 加强…包装、设计…培训，…完善…).
  const governed = (part: string) => {
    const verb = /支持|鼓励|完善|建设/.exec(part);
    return verb !== null && !/不得|避免|禁止|不能/.test(part) && named.every((w) => part.indexOf(w) > verb.index);
  };
  return named.length > 0 && clause.sentences.map(prepare).some((s) => s.split(/[，；]/).some(governed));
}
