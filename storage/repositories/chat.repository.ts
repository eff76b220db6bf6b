import type { Db } from '../database.ts';
import type { Chat } from '../schema.ts';

export interface ChatRegistrationInput {
  readonly platform: string;
  readonly platformChatId: string;
  readonly name: string | null;
  readonly purpose: Chat['purpose'];
  readonly prefectureId: string | null;
  readonly countyId: string | null;
  readonly registeredBy: number | null;
}

/** Registers (or re-registers) a group chat for the province, a prefecture or a county. */
export async function registerChat(db: Db, input: ChatRegistrationInput, now: Date): Promise<void> {
  const values = {
    platform: input.platform,
    platform_chat_id: input.platformChatId,
    name: input.name,
    purpose: input.purpose,
    prefecture_id: input.prefectureId,
    county_id: input.countyId,
    registered_by: input.registeredBy,
    registered_at: now.toISOString(),
  };
  await db
    .insertInto('chats')
    .values(values)
    .onConflict((oc) => oc.columns(['platform', 'platform_chat_id']).doUpdateSet(values))
    .execute();
}

export function findChat(db: Db, platform: string, platformChatId: string): Promise<Chat | undefined> {
  return db.selectFrom('chats').selectAll().where('platform', '=', platform).where('platform_chat_id', '=', platformChatId).executeTakeFirst();
}

/** The registered group chats of a prefecture (every platform), for digests and escalations. */
export function listPrefectureChats(db: Db, prefectureId: string): Promise<Chat[]> {
  return db.selectFrom('chats').selectAll().where('purpose', '=', 'prefecture').where('prefecture_id', '=', prefectureId).orderBy('id').execute();
}

/** The registered province group chats (every platform), for the province digest. */
export function listProvinceChats(db: Db): Promise<Chat[]> {
  return db.selectFrom('chats').selectAll().where('purpose', '=', 'province').orderBy('id').execute();
}
