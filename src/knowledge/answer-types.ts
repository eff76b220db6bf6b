import type { Citation } from '../core/reply.ts';
import type { Clause } from './notice.ts';

/** What the knowledge engine takes and gives (engine.ts builds it). */

export interface AnswerOptions {
  readonly now: Date;
  /** The `topic` of the previous answer in the same conversation, for follow-ups such as 那培训呢？ */
  readonly previousTopic?: string;
  /** The asker's county (e.g. 卓尼县), so that 我县/本县 can be read as it. */
  readonly county?: string;
  /** The asker's 市州 (e.g. 平凉市), so that 本州/我市 can be read as it. */
  readonly prefecture?: string;
}

/** An answer with its citations; `answered` is false when the notice does not say. */
export interface KnowledgeAnswer {
  readonly question: string;
  readonly answered: boolean;
  /** One or two sentences for the person who asked. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  /** The clause that served the answer (for a refusal: the nearest clause, if any). */
  readonly clauseId: string | null;
  /** What a follow-up in the same conversation may lean on. */
  readonly topic: string;
  /** Which intent produced the answer (a table fact, a deadline, a ratio, text retrieval or a refusal). */
  readonly intent: string;
  /** Retrieval confidence (0..1) for text answers; 1 for facts from the programme data. */
  readonly confidence: number;
}

/** The pure knowledge engine: parse once, answer many times, no I/O. */
export interface Knowledge {
  readonly clauses: readonly Clause[];
  clause(id: string): Clause | undefined;
  answer(question: string, options: AnswerOptions): KnowledgeAnswer;
  /** The clauses an answer quotes (what an LLM rephrasing may see). */
  servedBy(answer: KnowledgeAnswer): Clause[];
  /** The text-retrieval ranking for a question (clause id, BM25 score, coverage), for tuning and `qa explain`. */
  explain(question: string): { id: string; score: number; coverage: number }[];
}
