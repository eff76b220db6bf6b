import type { Ranked } from './retrieval.ts';

/**
 * What a clause does not state though it speaks of the question's subject: checks that
 * turn an answer into a refusal when the asked detail is missing from the best clause.
 * (The older checks live in answerability.ts lacksAsked, which calls this.)
 */

/** A clause's own words, without the titles of the documents it cites (《…培训费管理办法》 sets no fee of its own). */
export const ownWords = (body: string): string => body.replace(/《[^》]*》/g, '');

/** 收回资金是全收还是收一部分, 全额还是部分: the extent, when the clause says neither all nor part. */
const EXTENT = /(?:全|全部|全额|全数)\p{Script=Han}{0,3}还是\p{Script=Han}{0,3}(?:部分|一部分|按比例|一半)|(?:部分|一部分|按比例)\p{Script=Han}{0,3}还是\p{Script=Han}{0,3}(?:全|全部|全额)/u;
const STATES_EXTENT = /全部|全额|全数|部分|比例|一半|\d+(?:\.\d+)?\s*%/;

/** Why the best clause does not answer, when it lacks the detail asked; undefined when it may answer. */
export function unstated(q: string, best: Ranked): 'no-figure' | undefined {
  if (EXTENT.test(q) && !STATES_EXTENT.test(ownWords(best.clause.body))) return 'no-figure';
  return undefined;
}
