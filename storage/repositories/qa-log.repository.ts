import type { Db } from '../database.ts';
import type { QaLogRow } from '../schema.ts';

export interface QaLogEntry {
  readonly platform: string;
  readonly userId: string;
  readonly personId: number | null;
  readonly question: string;
  readonly answered: boolean;
  readonly clauseId: string | null;
  readonly answer: string;
  /** The conversation (chat and person) it was asked in, and the topic it was answered on, for follow-ups. */
  readonly conversationKey: string;
  readonly topic: string;
}

/** Records one question and how it was answered; returns the row id. */
export async function logQuestion(db: Db, entry: QaLogEntry, at: Date): Promise<number> {
  const row = await db
    .insertInto('qa_log')
    .values({
      asked_at: at.toISOString(),
      platform: entry.platform,
      user_id: entry.userId,
      person_id: entry.personId,
      question: entry.question,
      answered: entry.answered ? 1 : 0,
      clause_id: entry.clauseId,
      answer: entry.answer,
      conversation_key: entry.conversationKey,
      topic: entry.topic,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The previous question of a conversation asked since `since`: what a follow-up leans on. Kept in
 * the database, so every bot instance sharing it remembers the same conversation.
 */
export async function lastTurn(db: Db, conversationKey: string, since: Date): Promise<{ readonly topic: string; readonly logId: number } | undefined> {
  const row = await db
    .selectFrom('qa_log')
    .select(['id', 'topic'])
    .where('conversation_key', '=', conversationKey)
    .where('asked_at', '>=', since.toISOString())
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { topic: row.topic ?? '', logId: row.id } : undefined;
}

/** The latest question a person asked on a platform (when the in-memory conversation has been forgotten). */
export async function lastQuestionOf(db: Db, platform: string, userId: string): Promise<QaLogRow | undefined> {
  return db.selectFrom('qa_log').selectAll().where('platform', '=', platform).where('user_id', '=', userId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function findQuestion(db: Db, id: number): Promise<QaLogRow | undefined> {
  return db.selectFrom('qa_log').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores 有用/没用 on an answer; a second press replaces the first. */
export async function recordFeedback(db: Db, id: number, feedback: 'up' | 'down', at: Date): Promise<void> {
  await db.updateTable('qa_log').set({ feedback, feedback_at: at.toISOString() }).where('id', '=', id).execute();
}

/** Questions the bot could not answer or whose answer was marked 没用, newest first. */
export function listMisses(db: Db, limit = 100): Promise<QaLogRow[]> {
  return db
    .selectFrom('qa_log')
    .selectAll()
    .where((eb) => eb.or([eb('answered', '=', 0), eb('feedback', '=', 'down')]))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
