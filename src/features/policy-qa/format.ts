import { reply, type QuickReply, type Reply } from '../../core/reply.ts';
import type { KnowledgeAnswer } from '../../knowledge/index.ts';

/** The quick replies every answer invites. */
export const FEEDBACK_BUTTONS: readonly QuickReply[] = [
  { label: '有用', value: '有用' },
  { label: '没用', value: '没用' },
];

/** An answer as a chat reply: the answer, the quoted clauses and the 有用/没用 buttons. */
export function answerReply(answer: KnowledgeAnswer): Reply {
  return reply({
    paragraphs: [answer.answer],
    citations: answer.citations,
    buttons: FEEDBACK_BUTTONS,
    ...(answer.answered ? {} : { tone: 'info' as const }),
  });
}

/** An answer as a person reads it at a terminal (no buttons). */
export function answerText(answer: KnowledgeAnswer): string {
  return reply({ paragraphs: [answer.answer], citations: answer.citations }).text;
}

/** An answer as the CLI's JSON: exactly question, answered, answer and citations. */
export function answerJson(answer: KnowledgeAnswer): {
  question: string;
  answered: boolean;
  answer: string;
  citations: { source: string; section: string; quote: string }[];
} {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({ source: c.source, section: c.section, quote: c.quote })),
  };
}
