import type { KnowledgeBase } from '../base.ts';
import type { CountyMention } from '../county-match.ts';
import type { Draft } from '../phrasing.ts';

/** A question as the intents read it. */
export interface Question {
  /** As typed, normalised and typo-corrected (county names matched on this). */
  readonly raw: string;
  /** Canonicalised (synonyms rewritten to the notice's words). */
  readonly q: string;
  /** `raw` without punctuation, symbols or spaces. */
  readonly bare: string;
  readonly counties: readonly CountyMention[];
  readonly now: Date;
}

/**
 * One kind of question the engine answers from the programme's data or a known rule:
 * how it is recognised (a match, or undefined to pass) and how the match is answered.
 */
export interface Intent<M> {
  readonly id: string;
  recognise(question: Question, kb: KnowledgeBase): M | undefined;
  /** The answer, or undefined when the match turns out to have nothing to say (the next intent is tried). */
  answer(match: M, question: Question, kb: KnowledgeBase): Draft | undefined;
}

/** An intent with its match type erased, for the table. */
export interface TableIntent {
  readonly id: string;
  run(question: Question, kb: KnowledgeBase): Draft | undefined;
}

export function intent<M>(def: Intent<M>): TableIntent {
  return {
    id: def.id,
    run(question, kb) {
      const m = def.recognise(question, kb);
      return m === undefined ? undefined : def.answer(m, question, kb);
    },
  };
}

/** Recognised by a test alone; the answer needs no match. */
export function when(test: (question: Question, kb: KnowledgeBase) => boolean): (question: Question, kb: KnowledgeBase) => true | undefined {
  return (question, kb) => (test(question, kb) ? true : undefined);
}
