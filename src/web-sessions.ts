import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LocalSessionPerson, LocalSessions } from '../bots/local/local-adapter.ts';
import type { Clock } from './core/clock.ts';
import type { Db } from '../storage/database.ts';
import type { Repositories } from '../storage/repositories/index.ts';
import { bindIdentity, getPerson } from '../storage/repositories/people.repository.ts';
import { getCounty } from '../storage/repositories/programme.repository.ts';
import { deleteWebSession, findWebSessionPerson, insertWebSession, listGroupChats, useWebLogin } from '../storage/repositories/web-session.repository.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The local user id under which a signed-in person talks to the router. */
export const webUserId = (personId: number) => `person-${personId}`;

/** Issues a one-time login link code for a person; only its hash is stored. */
export async function issueLoginCode(repos: Repositories, personId: number, ttlHours: number, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  await repos.webSessions.insertWebLogin(sha256(code), personId, expiresAt, now);
  return { code, expiresAt };
}

/**
 * Person-bound web chat sessions kept in the database (so several instances
 * share them). The cookie is `<random id>.<HMAC of the id>` keyed by `secret`
 * (LOCAL_CHANNEL_TOKEN): changing the token signs everyone out.
 */
export function createWebSessions(options: { db: Db; clock: Clock; secret: string; sessionDays: number }): LocalSessions {
  const { db, clock, secret } = options;
  const sign = (id: string) => createHmac('sha256', secret).update(id).digest('base64url');
  const verified = (cookie: string): string | undefined => {
    const [id, mac] = cookie.split('.');
    if (!id || !mac || id.length > 64) return undefined;
    const expected = Buffer.from(sign(id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
  };
  return {
    async login(code) {
      const now = clock.now();
      const personId = await useWebLogin(db, sha256(code), now);
      if (personId === undefined) return undefined;
      await bindIdentity(db, personId, 'local', webUserId(personId), now);
      const id = randomBytes(24).toString('base64url');
      const maxAgeMs = options.sessionDays * 86_400_000;
      await insertWebSession(db, sha256(id), personId, new Date(now.getTime() + maxAgeMs), now);
      return { cookie: `${id}.${sign(id)}`, maxAgeMs };
    },
    async person(cookie): Promise<LocalSessionPerson | undefined> {
      const id = verified(cookie);
      if (!id) return undefined;
      const personId = await findWebSessionPerson(db, sha256(id), clock.now());
      if (personId === undefined) return undefined;
      const person = await getPerson(db, personId);
      if (!person) return undefined;
      const county = person.county_id ? await getCounty(db, person.county_id) : undefined;
      // Groups a person belongs to: those registered for their prefecture; the province's and the admin's are all.
      const wide = person.role === 'admin' || person.role === 'province';
      const prefectureId = wide ? null : (person.prefecture_id ?? county?.prefecture_id ?? '');
      const groups = (await listGroupChats(db, 'local', prefectureId)).map((g) => ({ id: g.platform_chat_id, name: g.name ?? g.platform_chat_id }));
      return {
        userId: webUserId(person.id),
        name: person.name,
        role: person.role,
        place: person.county_name ?? person.prefecture_name ?? undefined,
        groups,
        mayOpenGroups: person.role === 'prefecture' || wide,
      };
    },
    async logout(cookie) {
      const id = verified(cookie);
      if (id) await deleteWebSession(db, sha256(id));
    },
  };
}
