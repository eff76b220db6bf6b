import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { digestReply, loadDigest, scopeFor } from '../src/features/digest/index.ts';
import { createServices, startShifan } from '../src/main.ts';
import { storeSizeBytes } from '../storage/size.ts';
import { dropSchema, postgresUrl } from '../tests/support/stores.ts';
import { firstBuilds, measure, seed } from './digest.bench.ts';

const COUNTIES = Number(process.env.BENCH_NATIONAL_COUNTIES ?? 1500);
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const TOKEN = 'bench-dashboard-token-0123456789';
type Figures = Record<string, number | string>;

/**
 * National scale on one store: COUNTIES counties × the 52 weeks of 2018 (most weeks filed), then the
 * province digest cold (its folded history rebuilt) and the dashboard page over every county, and
 * what one county-year of weekly reports adds to the database.
 */
async function onStore(prefix: string, store: Record<string, string>): Promise<Figures> {
  const now = new Date('2018-12-31T08:30:00+08:00');
  const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_ROSTER: 'false', SCHEDULER_ENABLED: 'false', ...store };
  const open = () => createServices({ config: loadConfig(env), clock: new ManualClock(now), logger: silentLogger });
  const services = await open();
  let reports = 0;
  let growth = 0;
  const out: Figures = {};
  try {
    const before = await storeSizeBytes(services.db);
    const t0 = performance.now();
    reports = await seed(services, COUNTIES);
    out[`${prefix}_seed_s`] = (performance.now() - t0) / 1000;
    growth = (await storeSizeBytes(services.db)) - before;
  } finally {
    await services.db.destroy();
  }
  const scope = scopeFor(services.programme.data, null);
  const cold = await firstBuilds(5, open, async (fresh) => (await digestReply(await loadDigest(fresh, scope, '2018-W52', now))).text.length);
  out[`${prefix}_digest_cold_median_ms`] = cold.wall;
  const shifan = await startShifan({ config: loadConfig({ ...env, PORT: '0', DASHBOARD_TOKEN: TOKEN }), clock: new ManualClock(now), logger: silentLogger });
  try {
    const page = await measure(3, async () => {
      const res = await fetch(`http://127.0.0.1:${shifan.port}/dashboard/?scope=all`, { headers: { authorization: `Bearer ${TOKEN}` } });
      if (!res.ok) throw new Error(`dashboard → HTTP ${res.status}`);
      return (await res.text()).length;
    });
    out[`${prefix}_dashboard_median_ms`] = page.wall;
    out[`${prefix}_dashboard_kb`] = page.chars / 1024;
  } finally {
    await shifan.stop();
  }
  return { [`${prefix}_reports`]: reports, ...out, [`${prefix}_growth_per_county_year_kb`]: growth / COUNTIES / 1024 };
}

export async function run(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-national-'));
  try {
    const out: Figures = { counties: COUNTIES, weeks: 52, ...(await onStore('sqlite', { DB_PATH: join(dir, 'national.sqlite') })) };
    if (!SERVER) return { ...out, postgres: 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server' };
    const schema = `bench_national_${process.pid}`;
    try {
      Object.assign(out, await onStore('pg', { DATABASE_URL: await postgresUrl(schema, SERVER) }));
    } finally {
      await dropSchema(schema, SERVER);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
