/** The platform-neutral knowledge engine: parse the notice, retrieve, answer with citations. */
export { createKnowledge, type AnswerOptions, type Knowledge, type KnowledgeAnswer, type KnowledgeSource } from './engine.ts';
export { ANSWER_MIN_COVERAGE, GATE_THRESHOLDS, type Gate, type GateInput, type GateThresholds, ruleGate } from './answerability.ts';
export { citationLabel, parseNotice, type Clause } from './notice.ts';
