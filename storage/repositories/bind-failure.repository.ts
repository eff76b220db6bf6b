import type { Db } from '../database.ts';

export async function recordBindFailure(db: Db, platform: string, userId: string, at: Date): Promise<void> {
  await db.insertInto('bind_failures').values({ platform, user_id: userId, failed_at: at.toISOString() }).execute();
}

/** The failed attempts of a platform user since `since`, oldest first. */
export async function bindFailuresSince(db: Db, platform: string, userId: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('bind_failures')
    .select('failed_at')
    .where('platform', '=', platform)
    .where('user_id', '=', userId)
    .where('failed_at', '>', since.toISOString())
    .orderBy('failed_at')
    .execute();
  return rows.map((r) => r.failed_at);
}
