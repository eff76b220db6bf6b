import { sql } from 'kysely';
import { isPostgres, type Db } from './database.ts';

/** A lock this process holds until it releases it, or until its connection dies. */
export interface HeldLock {
  /** False once the connection holding the lock is gone (the server restarted): the lock is lost with it. */
  alive(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Takes a PostgreSQL session advisory lock on a connection of its own, pinned until release:
 * one bot process among several holds it, and the server frees it the moment that process or
 * its connection dies, so another may take it. Undefined when another process holds it.
 * On SQLite (one bot process per database file) the lock is always granted.
 */
export async function tryAdvisoryLock(db: Db, name: string): Promise<HeldLock | undefined> {
  if (!isPostgres(db)) return { alive: async () => true, release: async () => {} };
  let unpin!: () => void;
  const pinned = new Promise<void>((resolve) => (unpin = resolve));
  return new Promise<HeldLock | undefined>((resolve, reject) => {
    db.connection()
      .execute(async (conn) => {
        const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_lock(hashtext(${name})) as got`.execute(conn);
        if (!rows[0]?.got) return resolve(undefined);
        resolve({
          alive: () =>
            sql`select 1`.execute(conn).then(
              () => true,
              () => false,
            ),
          async release() {
            await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn).catch(() => undefined);
            unpin();
          },
        });
        await pinned;
      })
      .catch(reject);
  });
}
