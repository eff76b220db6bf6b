import type { Db } from '../database.ts';

/** Stores a one-time login link's code hash for a person. */
export async function insertWebLogin(db: Db, codeHash: string, personId: number, expiresAt: Date, now: Date): Promise<void> {
  await db
    .insertInto('web_logins')
    .values({ code_hash: codeHash, person_id: personId, created_at: now.toISOString(), expires_at: expiresAt.toISOString(), used_at: null })
    .execute();
}

/** Uses a login link once: the person it was for, or undefined when unknown, used or expired. */
export async function useWebLogin(db: Db, codeHash: string, now: Date): Promise<number | undefined> {
  const row = await db
    .updateTable('web_logins')
    .set({ used_at: now.toISOString() })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id;
}

export async function insertWebSession(db: Db, idHash: string, personId: number, expiresAt: Date, now: Date): Promise<void> {
  await db
    .insertInto('web_sessions')
    .values({ id_hash: idHash, person_id: personId, created_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
}

/** The person of a live session, if the person is still active. */
export async function findWebSessionPerson(db: Db, idHash: string, now: Date): Promise<number | undefined> {
  const row = await db
    .selectFrom('web_sessions')
    .innerJoin('people', 'people.id', 'web_sessions.person_id')
    .select('web_sessions.person_id')
    .where('web_sessions.id_hash', '=', idHash)
    .where('web_sessions.expires_at', '>', now.toISOString())
    .where('people.active', '=', 1)
    .executeTakeFirst();
  return row?.person_id;
}

export async function deleteWebSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute();
}

/** The group chats of a platform registered for a prefecture, or every one when prefectureId is null. */
export function listGroupChats(db: Db, platform: string, prefectureId: string | null) {
  let q = db.selectFrom('chats').select(['platform_chat_id', 'name']).where('platform', '=', platform).orderBy('id');
  if (prefectureId !== null) q = q.where('prefecture_id', '=', prefectureId);
  return q.execute();
}
