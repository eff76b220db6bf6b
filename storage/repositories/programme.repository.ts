import type { Db } from '../database.ts';
import { rebuildPeriodChanges } from '../period-changes.ts';

/** The programme facts the database keeps (a structural subset of programme.json). */
export interface ProgrammeRecord {
  readonly id: string;
  readonly name: string;
  readonly prefectures: readonly { readonly id: string; readonly name: string }[];
  readonly counties: readonly { readonly id: string; readonly name: string; readonly prefecture: string | null; readonly allocationWan: number }[];
  readonly milestones: readonly {
    readonly id: string;
    readonly title: string;
    readonly due: string;
    readonly detail: string;
    readonly clauses: readonly string[];
    /** The one 市州 whose deadline it is; null: programme-wide. */
    readonly prefecture: string | null;
  }[];
}

/** Loads a programme's prefectures, counties and milestones, and officials' 市州 from their county; keeps what people changed since (poor villages, moved milestones). */
export async function syncProgramme(db: Db, p: ProgrammeRecord, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('programmes')
      .values({ id: p.id, name: p.name, loaded_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: p.name, loaded_at: at }))
      .execute();
    for (const pref of p.prefectures) {
      await trx
        .insertInto('prefectures')
        .values({ id: pref.id, programme_id: p.id, name: pref.name })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: pref.name }))
        .execute();
    }
    const ids = p.counties.map((c) => c.id);
    const stored = ids.length ? await trx.selectFrom('counties').select(['id', 'programme_id', 'prefecture_id']).where('id', 'in', ids).execute() : [];
    const was = new Map(stored.map((c) => [c.id, `${c.programme_id}/${c.prefecture_id ?? ''}`]));
    for (const c of p.counties) {
      const allocation = Math.round(c.allocationWan * 10_000);
      await trx
        .insertInto('counties')
        .values({ id: c.id, programme_id: p.id, prefecture_id: c.prefecture, name: c.name, allocation_yuan: allocation, poor_villages: null })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: c.name, prefecture_id: c.prefecture, allocation_yuan: allocation }))
        .execute();
    }
    // What each 市州's reports add up to is kept per 市州: a county that moved takes its figures along.
    if (p.counties.some((c) => was.has(c.id) && was.get(c.id) !== `${p.id}/${c.prefecture ?? ''}`)) await rebuildPeriodChanges(trx);
    // An official's 市州 is their county's: people bound before a county had its 市州 in the data follow it.
    await trx
      .updateTable('people')
      .set((eb) => ({ prefecture_id: eb.selectFrom('counties').select('counties.prefecture_id').whereRef('counties.id', '=', 'people.county_id') }))
      .where('role', '=', 'official')
      .where('county_id', 'is not', null)
      .execute();
    for (const m of p.milestones) {
      await trx
        .insertInto('milestones')
        .values({
          id: m.id,
          programme_id: p.id,
          title: m.title,
          due_date: m.due,
          clause_id: m.clauses[0] ?? null,
          detail: m.detail,
          source: 'programme',
          created_by: null,
          created_at: at,
          closed_at: null,
          prefecture_id: m.prefecture,
        })
        // Dates people moved and closings stay; whose deadline it is follows the data.
        .onConflict((oc) => oc.column('id').doUpdateSet({ prefecture_id: m.prefecture }))
        .execute();
    }
  });
}

export function listCounties(db: Db, prefectureId?: string) {
  let q = db.selectFrom('counties').selectAll().orderBy('id');
  if (prefectureId) q = q.where('prefecture_id', '=', prefectureId);
  return q.execute();
}

export function getCounty(db: Db, id: string) {
  return db.selectFrom('counties').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setPoorVillages(db: Db, countyId: string, count: number): Promise<void> {
  await db.updateTable('counties').set({ poor_villages: count }).where('id', '=', countyId).execute();
}
