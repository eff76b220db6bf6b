import type { Db } from '../database.ts';
import type { Conversation, ConversationTable } from '../schema.ts';

export type ConversationStatus = ConversationTable['status'];

export function findConversation(db: Db, key: string): Promise<Conversation | undefined> {
  return db.selectFrom('conversations').selectAll().where('key', '=', key).executeTakeFirst();
}

export interface NewConversation {
  readonly key: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly state: string;
  readonly personId: number | null;
  readonly countyId: string | null;
  readonly platform: string;
  readonly chatId: string;
}

/**
 * Opens a form on a conversation, replacing a finished one (submitted,
 * cancelled, expired). False when an open or paused form holds it.
 */
export async function openConversation(db: Db, c: NewConversation, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const values = {
    key: c.key,
    form_id: c.formId,
    form_version: c.formVersion,
    state: c.state,
    version: 1,
    status: 'open' as const,
    person_id: c.personId,
    county_id: c.countyId,
    platform: c.platform,
    chat_id: c.chatId,
    created_at: at,
    updated_at: at,
    reminded_at: null,
  };
  const res = await db
    .insertInto('conversations')
    .values(values)
    .onConflict((oc) => oc.column('key').doUpdateSet(values).where('conversations.status', 'not in', ['open', 'paused']))
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/**
 * Commits a form's new state if nobody changed it since `version` was read
 * (optimistic locking); false on a conflict. Clears the idle reminder mark.
 * `messageId` records the platform message that made the change.
 */
export async function saveConversation(
  db: Db,
  key: string,
  version: number,
  patch: { readonly state?: string; readonly status: ConversationStatus; readonly messageId?: string },
  now: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('conversations')
    .set({ state: patch.state, status: patch.status, last_message_id: patch.messageId, version: version + 1, updated_at: now.toISOString(), reminded_at: null })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open or paused forms idle since before `before` and not reminded since, for the idle reminder. */
export function listIdleConversations(db: Db, before: Date): Promise<Conversation[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('status', 'in', ['open', 'paused'])
    .where('updated_at', '<', before.toISOString())
    .where('reminded_at', 'is', null)
    .orderBy('updated_at')
    .execute();
}

/** Marks a conversation reminded, unless it moved on meanwhile; true when this call marked it. */
export async function markReminded(db: Db, key: string, version: number, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('conversations')
    .set({ reminded_at: now.toISOString() })
    .where('key', '=', key)
    .where('version', '=', version)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Expires open or paused forms idle since before `before`; returns how many. */
export async function expireConversations(db: Db, before: Date, now: Date): Promise<number> {
  const res = await db
    .updateTable('conversations')
    .set({ status: 'expired', updated_at: now.toISOString() })
    .where('status', 'in', ['open', 'paused'])
    .where('updated_at', '<', before.toISOString())
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
