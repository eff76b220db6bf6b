import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 扶贫这块要提高哪两性, 资金使用要提高哪三性: the trade's shorthand for a run of …性 words the notice lists
 * (针对性和有效性; 安全性、规范性和有效性). The run answered is the one of that length whose sentence (or heading)
 * shares most of the question's other characters; none shared, the question is left to the other intents.
 */

const ASKS = /(?:哪|几|什么|啥)([两二三四五])?(?:个)?性/;
const COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
const RUN = /(?:\p{Script=Han}{2}性[、和])+\p{Script=Han}{2}性/gu;

export const traits = intent({
  id: 'list:traits',
  recognise: ({ raw }, kb) => {
    const asked = ASKS.exec(raw);
    if (!asked) return undefined;
    const count = asked[1] ? COUNT[asked[1]] : undefined;
    const rest = new Set([...raw.replace(ASKS, '')].filter((ch) => /\p{Script=Han}/u.test(ch) && !/[要的是了吗呢啥什么哪些个]/.test(ch)));
    let best: { clauseId: string; run: string; text: string; shared: number } | undefined;
    for (const clause of kb.clauses) {
      for (const text of [clause.title, ...clause.sentences]) {
        for (const m of text.matchAll(RUN)) {
          if (count && (m[0].match(/性/g) ?? []).length !== count) continue;
          const shared = [...new Set(text)].filter((ch) => rest.has(ch)).length;
          if (shared >= 2 && (!best || shared > best.shared)) best = { clauseId: clause.id, run: m[0], text, shared };
        }
      }
    }
    return best;
  },
  answer: ({ clauseId, run, text }, _question, kb): Draft => ({
    answered: true,
    // The part of the sentence that holds the run (提高政策的指向性、精准性和实效性), not the whole long sentence.
    answer: `通知的原文是“${text.split(/[，；。]/).find((p) => p.includes(run)) ?? run}”。`,
    citations: [kb.cite(clauseId, text)],
    clauseId,
    intent: 'list:traits',
  }),
});
