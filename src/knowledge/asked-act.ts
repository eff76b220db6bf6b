import { tag } from './words.ts';

/**
 * The act a yes/no question closes on, with where it is done (承办企业必须在本县注册吗, 评价结果会在网上公示吗): when the notice speaks of that act
 * elsewhere (品牌注册, 备案公示) but the clause chosen for the question's subject does not, the clause does not require it,
 * and quoting it would answer a question it leaves open.
 */

/** Verbs that ask how, not what is done (算, 行, 可以, 需要), or that every clause implies (做, 搞, 开展, 落实). */
const GENERIC = /^(?:可以|能够|需要|应该|必须|允许|支持|要求|规定|包括|属于|算是|就是|就行|开展|进行|落实|做好|完成|实施|执行|使用|参与|负责|管理|安排|提供|符合|涉及|知道|明确|清楚|合格|有效|一样|一致|同意)$/;

export function unstatedAct(q: string, body: string, allText: string): string | undefined {
  const asking = q.replace(/[\p{P}\p{S}\s]+$/u, '');
  // Only an act asked with where it is done (在本县注册吗, 在网上公开吗): the place is the condition the clause would have to state.
  // 评价结果会公开吗: an act told as what will happen (会) to a thing is asked of it likewise (not 要跟踪吗, a duty the clause may word otherwise).
  const verb = /(?:在\p{Script=Han}{1,6}?|(?<![不也])会(?:对外|向社会)?)(\p{Script=Han}{2})(?:吗|么|嘛)$/u.exec(asking)?.[1];
  if (!verb || GENERIC.test(verb) || !allText.includes(verb) || body.includes(verb)) return undefined;
  // The two characters must be the verb the question ends on (公示 in 会在网上公示吗), not the tail of another word.
  const words = tag(asking.slice(0, -1));
  const last = words.at(-1);
  return last && last.word === verb && /^(?:v|ad)/.test(last.tag) ? verb : undefined;
}
