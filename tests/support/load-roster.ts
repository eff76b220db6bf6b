import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createServices } from '../../src/main.ts';
import { loadProgramme, type Programme } from '../../src/programme.ts';
import { bindIdentity, insertPerson } from '../../storage/repositories/people.repository.ts';

/** The synthetic official of county number `i` (0-based) on the local channel. */
export const loadOfficial = (i: number): string => `load-official-${String(i + 1).padStart(4, '0')}`;

/** The id of synthetic county number `i` (0-based); the programme's own counties come first. */
export const loadCountyId = (i: number): string => `load-${String(i + 1).padStart(4, '0')}`;

/**
 * The real programme with synthetic counties appended (1500万元 each, no prefecture), so that
 * `counties` officials can each file their own county's report in the same week: one report
 * per county and period is the rule the load must respect.
 */
export function loadProgrammeWith(counties: number): Programme {
  const base = loadProgramme('gansu-2018');
  const extra = Array.from({ length: Math.max(0, counties - base.data.counties.length) }, (_, i) => ({
    id: loadCountyId(i),
    seq: base.data.counties.length + i + 1,
    name: `负载测试${String(i + 1).padStart(4, '0')}县`,
    prefecture: null,
    allocationWan: 1500,
  }));
  const all = [...base.data.counties, ...extra];
  return { ...base, data: { ...base.data, counties: all, totalWan: all.reduce((s, c) => s + c.allocationWan, 0) } };
}

/**
 * Prepares a database (an SQLite file, or the store an environment names) for a load run: migrated, the programme with `officials` counties synced,
 * and one bound official per county on the local channel (`loadOfficial(i)` files county i).
 */
export async function seedLoadDatabase(store: string | Record<string, string>, officials: number, now = '2018-09-20T10:00:00+08:00'): Promise<string[]> {
  const programme = loadProgrammeWith(officials);
  const where = typeof store === 'string' ? { DB_PATH: store } : store;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...where, SCHEDULER_ENABLED: 'false', DEMO_ROSTER: 'false' });
  const clock = new ManualClock(now);
  const { db } = await createServices({ config, clock, logger: silentLogger, programme });
  const ids: string[] = [];
  try {
    const at = clock.now();
    await db.transaction().execute(async (trx) => {
      for (const [i, county] of programme.data.counties.slice(0, officials).entries()) {
        const personId = await insertPerson(trx, {
          name: `联络员${i + 1}`,
          role: 'official',
          county_id: county.id,
          prefecture_id: county.prefecture,
          created_at: at.toISOString(),
        });
        await bindIdentity(trx, personId, 'local', loadOfficial(i), at);
        ids.push(loadOfficial(i));
      }
    });
  } finally {
    await db.destroy();
  }
  return ids;
}
