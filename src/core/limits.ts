/**
 * Length limits on what people and platforms send, applied before anything is
 * stored. Form text answers have their own (500, src/forms); deadline titles 60.
 */
export const TEXT_LIMITS = {
  /** One chat message; longer ones get a polite refusal and are not processed. */
  message: 2000,
  /** A person's display name (roster, invites, platform profiles). */
  name: 50,
  /** A group chat's name as the platform reports it. */
  chatName: 100,
  /** A note or reason a person adds (已完成 … 备注, why a report was changed). */
  note: 200,
  /** A question as kept in the Q&A log. */
  question: 500,
} as const;

/** The first `max` characters of a text (whole code points: never half of an emoji). */
export function clip(text: string, max: number): string;
export function clip(text: string | undefined, max: number): string | undefined;
export function clip(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}
