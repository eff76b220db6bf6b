import type { KnowledgeBase } from '../base.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * A 文号 told from memory with a digit wrong (资金办法是财建2015 265号吧, 按财预〔2015〕51号): when the notice cites
 * a document of that issuer's code and year under another number, the answer gives the notice's number and says the
 * one told is not it. A number the notice does hold, or a code it never cites, is left to the other intents.
 */

/** 财建2015 265号, 财建〔2015〕265号, 财建[2015]265号, 财建2015年第265号: a code, a year and a number. */
const TOLD = /(\p{Script=Han}{2,5}?)\s*[〔［[【(（]?\s*(\d{4})\s*[〕］\]】)）]?\s*年?\s*第?\s*(\d{1,4})\s*号/u;
const NUMBER = /(\p{Script=Han}{2,5})〔(\d{4})〕(\d+)号/gu;

interface Cited {
  readonly number: string;
  readonly code: string;
  readonly year: string;
  readonly digits: string;
  readonly clauseId: string;
  /** 《title》 cited right before the number, if any. */
  readonly title: string;
}

function citedNumbers(kb: KnowledgeBase): Cited[] {
  return kb.clauses.flatMap((c) =>
    [...`${c.title}。${c.body}`.matchAll(NUMBER)].map((m) => ({
      number: m[0],
      code: m[1]!,
      year: m[2]!,
      digits: m[3]!,
      clauseId: c.id,
      title: /(《[^》]+》)（?$/.exec(`${c.title}。${c.body}`.slice(0, m.index))?.[1] ?? '',
    })),
  );
}

/** What the question asks beside the number told (签发人是谁, 是啥文件): then it is answered of the number corrected. */
const ASKS = /谁|什么|啥|哪|几|多少|怎么|咋|如何/;

interface Correction {
  readonly told: string;
  readonly same: readonly Cited[];
  /** The question with the notice's number in place of the one told (when a single document has that code and year). */
  readonly question?: string;
  /** The question asks more than whether the number is right. */
  readonly asks: boolean;
}

export function correctedNumber(kb: KnowledgeBase, raw: string): Correction | undefined {
  const told = TOLD.exec(raw);
  if (!told) return undefined;
  const all = citedNumbers(kb);
  // The code as told may carry words before it (资金办法是财建): the cited code it ends with.
  const code = all.map((d) => d.code).find((c) => told[1]!.endsWith(c) || c.endsWith(told[1]!));
  if (!code) return undefined;
  if (all.some((d) => d.code === code && d.year === told[2] && d.digits === told[3])) return undefined;
  const same = all.filter((d, k) => d.code === code && d.year === told[2] && all.findIndex((e) => e.number === d.number) === k);
  if (!same.length) return undefined;
  const rest = raw.slice(0, told.index) + raw.slice(told.index + told[0].length);
  const at = told.index + told[0].length - told[0].replace(/^\p{Script=Han}+/u, '').length - code.length;
  const question = same.length === 1 ? `${raw.slice(0, at)}${same[0]!.number}${raw.slice(told.index + told[0].length)}` : undefined;
  return { told: `${code}〔${told[2]}〕${told[3]}号`, same, question, asks: ASKS.test(rest) };
}

/** 不是财建〔2015〕265号: the notice's number for the code and year told. */
export const correctionNote = ({ told, same }: Correction): string =>
  `通知中写明的是${same.map((d) => `${d.title || '本通知的文号'}（${d.number}）`).join('、')}，不是${told}，请以${same.map((d) => d.number).join('、')}为准。`;

export const numberClaim = intent({
  id: 'fact:number-claim',
  // A claim only: a question asked of the document (签发人是谁) is answered of the number corrected (engine.ts).
  recognise: ({ raw }, kb) => {
    const found = correctedNumber(kb, raw);
    return found && !(found.asks && found.question) ? found : undefined;
  },
  answer: (found, _question, kb): Draft => ({
    answered: true,
    answer: correctionNote(found),
    citations: found.same.map((d) => kb.cite(d.clauseId, kb.sentenceWith(d.clauseId, [d.number]))),
    clauseId: found.same[0]!.clauseId,
    intent: 'fact:number-claim',
  }),
});
