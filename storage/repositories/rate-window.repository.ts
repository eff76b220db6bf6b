import type { Db } from '../database.ts';

/** How long a window's row outlives its window: a process whose clock lags by less still finds its count. */
const KEEP_MS = 60_000;

/**
 * Counts one start for `key` in the window beginning at `windowStart` and returns the
 * window's count including it. One upsert, atomic on SQLite and PostgreSQL alike: callers
 * in several processes at once each get a count of their own, so exactly `limit` of them
 * see a count within the limit. The first start of a window also deletes the key's windows
 * that ended over a minute ago, so the table keeps a few rows per key.
 */
export async function hitRateWindow(db: Db, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto('rate_windows')
    .values({ key, window_start: windowStart.toISOString(), hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_windows.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  const hits = Number(row.hits);
  if (hits === 1) {
    const before = new Date(windowStart.getTime() - KEEP_MS).toISOString();
    await db.deleteFrom('rate_windows').where('key', '=', key).where('window_start', '<', before).execute();
  }
  return hits;
}

/** Every key's windows that started before `before` (a key no longer counted keeps its last rows until then). */
export async function pruneRateWindows(db: Db, before: Date): Promise<number> {
  const res = await db.deleteFrom('rate_windows').where('window_start', '<', before.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** A key's windows, oldest first (for the CLI and tests). */
export function listRateWindows(db: Db, key: string): Promise<{ windowStart: string; hits: number }[]> {
  return db.selectFrom('rate_windows').select(['window_start as windowStart', 'hits']).where('key', '=', key).orderBy('window_start').execute();
}
