/** The platform-neutral knowledge engine: parse the notice, retrieve, answer with citations. */
export { createKnowledge, ANSWER_MIN_COVERAGE, type AnswerOptions, type Knowledge, type KnowledgeAnswer, type KnowledgeSource } from './knowledge.ts';
export { citationLabel, parseNotice, type Clause } from './notice.ts';
