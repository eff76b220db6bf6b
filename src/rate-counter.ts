import type { RateCounter } from './core/rate-counter.ts';
import type { Db } from '../storage/database.ts';
import { hitRateWindow, pruneRateWindows } from '../storage/repositories/rate-window.repository.ts';

const DAY_MS = 86_400_000;

/**
 * The rate counter over the database's `rate_windows`. Each key prunes its own old windows as
 * it goes; the first hit of a process also deletes every window older than a day (keys no
 * longer counted, e.g. a replaced app id). Windows are wall-clock time, not the business clock.
 */
export function createRateCounter(db: Db): RateCounter {
  let pruned = false;
  return {
    async hit(key, windowStart) {
      if (!pruned) {
        pruned = true;
        await pruneRateWindows(db, new Date(windowStart.getTime() - DAY_MS));
      }
      return hitRateWindow(db, key, windowStart);
    },
  };
}
