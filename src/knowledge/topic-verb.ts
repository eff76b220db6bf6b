import { type Ranked, rankWeight } from './retrieval.ts';

/**
 * 目标能结合实际细化吗, 标识牌要不要统一制作: a question that opens with its topic (目标) and ends on the verb it asks
 * about (细化) is answered where that verb acts on that topic within one phrase (细化制定合理可行的工作目标), not where
 * the verb acts on something else (细化资金支持方向) and the topic turns up elsewhere (功能目标), when such a clause is ranked close.
 */

/** The topic: two to four characters opening the question, then a modal. */
const TOPIC = /^(\p{Script=Han}{2,4}?)(?:能不能|可不可以|要不要|需不需要|能|可以|要|得|需要|该|应该)/u;
/** The verb: the two characters closing the question, before its yes/no particle. */
const VERB = /(\p{Script=Han}{2})(?:吗|不|么|没|没有|不了)?[？?]?$/u;

/** Who acts (示范县, 州里, 承办企业, 我们): not a topic. */
const ACTOR = /[县省州市乡村局厅办]|政府|部门|单位|企业|机构|我们|咱们|大家|领导/;

/** The end of a place or a group's name (贫困村, 示范县, 农户, 服务点): no verb. */
const NOUN_END = /[村县乡镇户点站区省州市]$/;

/** A clause ranked this close (by ranking weight) may answer instead. */
const CLOSE = 0.4;

export function byTopicVerb(q: string, ranked: readonly Ranked[], best: Ranked): Ranked {
  const topic = TOPIC.exec(q)?.[1];
  const verb = VERB.exec(q.replace(/(?:吗|不|么|没|没有)[？?]?$/, ''))?.[1];
  // 县里要配合检查吗: a body or a level opening the question is who acts, not the topic acted on.
  // 服务点能放在非贫困村吗: a question closing on a place or a group (…贫困村, …贫困户) closes on no verb.
  if (!topic || ACTOR.test(topic) || !verb || topic.includes(verb) || NOUN_END.test(verb) || !/吗|不|么|没|没有/.test(q.slice(-3))) return best;
  const near = new RegExp(`${verb}[^，。；：,;:、]{0,10}${topic}|${topic}[^，。；：,;:、]{0,10}${verb}`);
  const holds = (r: Ranked) => near.test(`${r.clause.title}。${r.clause.body}`);
  if (holds(best)) return best;
  return ranked.slice(0, 4).find((r) => r !== best && holds(r) && rankWeight(r) >= CLOSE * rankWeight(best)) ?? best;
}
