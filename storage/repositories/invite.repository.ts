import type { Db } from '../database.ts';
import type { Invite, PersonRole } from '../schema.ts';

export interface NewInvite {
  readonly code: string;
  readonly role: PersonRole;
  readonly countyId: string | null;
  readonly prefectureId: string | null;
  readonly personName: string | null;
  readonly expiresAt: Date;
}

export async function insertInvite(db: Db, invite: NewInvite, now: Date): Promise<void> {
  await db
    .insertInto('invites')
    .values({
      code: invite.code,
      role: invite.role,
      county_id: invite.countyId,
      prefecture_id: invite.prefectureId,
      person_name: invite.personName,
      created_at: now.toISOString(),
      expires_at: invite.expiresAt.toISOString(),
      used_at: null,
      used_by_person_id: null,
    })
    .execute();
}

export function findInvite(db: Db, code: string): Promise<Invite | undefined> {
  return db.selectFrom('invites').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Marks an invite used if it still is unused; false when someone else used it first. */
export async function markInviteUsed(db: Db, code: string, personId: number, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('invites')
    .set({ used_at: now.toISOString(), used_by_person_id: personId })
    .where('code', '=', code)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
