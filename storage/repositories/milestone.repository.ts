import type { Db } from '../database.ts';
import type { Milestone } from '../schema.ts';

/** Milestones of a programme, by due date; closed ones only when asked. */
export function listMilestones(db: Db, options: { programmeId?: string; includeClosed?: boolean } = {}): Promise<Milestone[]> {
  let q = db.selectFrom('milestones').selectAll().orderBy('due_date').orderBy('id');
  if (options.programmeId) q = q.where('programme_id', '=', options.programmeId);
  if (!options.includeClosed) q = q.where('closed_at', 'is', null);
  return q.execute();
}

export function getMilestone(db: Db, id: string): Promise<Milestone | undefined> {
  return db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewMilestoneInput {
  readonly id: string;
  readonly programmeId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly detail?: string | null;
  readonly source: 'chat' | 'cli';
  readonly createdBy: number | null;
  /** Null or absent: programme-wide. */
  readonly prefectureId?: string | null;
}

/** Adds a milestone; false when the id is taken. */
export async function insertMilestone(db: Db, m: NewMilestoneInput, now: Date): Promise<boolean> {
  const res = await db
    .insertInto('milestones')
    .values({
      id: m.id,
      programme_id: m.programmeId,
      title: m.title,
      due_date: m.dueDate,
      clause_id: null,
      detail: m.detail ?? null,
      source: m.source,
      created_by: m.createdBy,
      created_at: now.toISOString(),
      closed_at: null,
      prefecture_id: m.prefectureId ?? null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Moves a milestone's due date (and reopens it if it was closed). */
export async function moveMilestone(db: Db, id: string, dueDate: string): Promise<boolean> {
  const res = await db.updateTable('milestones').set({ due_date: dueDate, closed_at: null }).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Closes a milestone: no more reminders for it. */
export async function closeMilestone(db: Db, id: string, now: Date): Promise<boolean> {
  const res = await db.updateTable('milestones').set({ closed_at: now.toISOString() }).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Records that a county has done a milestone (again: updates the note). */
export async function markMilestoneDone(
  db: Db,
  input: { milestoneId: string; countyId: string; personId: number | null; note: string | null },
  now: Date,
): Promise<void> {
  const values = { milestone_id: input.milestoneId, county_id: input.countyId, done_at: now.toISOString(), done_by: input.personId, note: input.note };
  await db
    .insertInto('milestone_status')
    .values(values)
    .onConflict((oc) => oc.columns(['milestone_id', 'county_id']).doUpdateSet({ done_at: values.done_at, done_by: values.done_by, note: values.note }))
    .execute();
}

/** Which counties have done which milestones, with who and when. */
export function listMilestoneStatus(db: Db, milestoneIds?: readonly string[]) {
  let q = db
    .selectFrom('milestone_status')
    .leftJoin('people', 'people.id', 'milestone_status.done_by')
    .selectAll('milestone_status')
    .select('people.name as done_by_name')
    .orderBy('milestone_status.done_at');
  if (milestoneIds) {
    if (!milestoneIds.length) return Promise.resolve([]);
    q = q.where('milestone_status.milestone_id', 'in', milestoneIds);
  }
  return q.execute();
}
