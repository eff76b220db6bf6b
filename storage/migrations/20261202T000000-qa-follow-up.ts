import type { Kysely } from 'kysely';

/**
 * The Q&A's follow-up memory moves from each process into qa_log: the conversation a question
 * was asked in and the topic it was answered on, so that 那培训呢？ leans on the previous
 * question whichever bot instance answered it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('qa_log').addColumn('conversation_key', 'text').execute();
  await db.schema.alterTable('qa_log').addColumn('topic', 'text').execute();
  await db.schema.createIndex('qa_log_conversation').on('qa_log').columns(['conversation_key', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('qa_log_conversation').ifExists().execute();
  await db.schema.alterTable('qa_log').dropColumn('topic').execute();
  await db.schema.alterTable('qa_log').dropColumn('conversation_key').execute();
}
