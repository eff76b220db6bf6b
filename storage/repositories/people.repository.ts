import type { Db } from '../database.ts';
import type { NewPerson, Person, PersonRole } from '../schema.ts';

export interface PersonWithPlaces extends Person {
  readonly county_name: string | null;
  readonly prefecture_name: string | null;
}

function withPlaces(db: Db) {
  return db
    .selectFrom('people')
    .leftJoin('counties', 'counties.id', 'people.county_id')
    .leftJoin('prefectures', 'prefectures.id', 'people.prefecture_id')
    .selectAll('people')
    .select(['counties.name as county_name', 'prefectures.name as prefecture_name']);
}

/** The active person bound to a platform user id, with county and prefecture names. */
export function findPersonByIdentity(db: Db, platform: string, platformUserId: string): Promise<PersonWithPlaces | undefined> {
  return withPlaces(db)
    .innerJoin('identities', 'identities.person_id', 'people.id')
    .where('identities.platform', '=', platform)
    .where('identities.platform_user_id', '=', platformUserId)
    .where('people.active', '=', 1)
    .executeTakeFirst();
}

export function getPerson(db: Db, id: number): Promise<PersonWithPlaces | undefined> {
  return withPlaces(db).where('people.id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Db, person: NewPerson): Promise<number> {
  const row = await db.insertInto('people').values(person).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Binds a platform identity to a person, replacing an earlier binding of the same identity. */
export async function bindIdentity(db: Db, personId: number, platform: string, platformUserId: string, now: Date): Promise<void> {
  await db
    .insertInto('identities')
    .values({ person_id: personId, platform, platform_user_id: platformUserId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['platform', 'platform_user_id']).doUpdateSet({ person_id: personId, created_at: now.toISOString() }))
    .execute();
}

/** People of a role in a county or prefecture, with their platform identities. */
export async function listPeopleWithIdentities(db: Db, filter: { role?: PersonRole; countyId?: string; prefectureId?: string }) {
  let q = db
    .selectFrom('people')
    .innerJoin('identities', 'identities.person_id', 'people.id')
    .select([
      'people.id as person_id',
      'people.name',
      'people.role',
      'people.county_id',
      'people.prefecture_id',
      'identities.platform',
      'identities.platform_user_id',
    ])
    .where('people.active', '=', 1)
    .orderBy('people.id');
  if (filter.role) q = q.where('people.role', '=', filter.role);
  if (filter.countyId) q = q.where('people.county_id', '=', filter.countyId);
  if (filter.prefectureId) q = q.where('people.prefecture_id', '=', filter.prefectureId);
  return q.execute();
}

export function countPeople(db: Db) {
  return db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}
