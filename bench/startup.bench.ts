import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, spawnBot } from '../tests/support/child-bot.ts';
import { percentile } from '../tests/support/conversation-load.ts';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 3);

/**
 * `src/main.ts` as `npm start` runs it (under tsx, default configuration, local channel and demo
 * roster): time from spawn to /healthz answering 200, on a new database (migrations, programme
 * sync, demo roster) and again on the same database, and the process's resident memory once idle;
 * then the same for the compiled bot (`npm run build`, run with plain node as `npm run start:prod`).
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-startup-'));
  const fresh: number[] = [];
  const warm: number[] = [];
  const idleRss: number[] = [];
  const compiledReady: number[] = [];
  const compiledRss: number[] = [];
  const build = join('tests', 'output', 'bench-build');
  try {
    for (let i = 0; i < RUNS; i++) {
      const dbPath = join(dir, `startup-${i}.sqlite`);
      const env = { NODE_ENV: 'development', DB_PATH: dbPath, SCHEDULER_ENABLED: 'true' };
      const first = await spawnBot({ env, timeoutMs: 120_000 });
      fresh.push(first.readyMs);
      await new Promise((r) => setTimeout(r, 2000));
      idleRss.push(first.rssMb());
      await first.stop();
      const again = await spawnBot({ env, timeoutMs: 120_000 });
      warm.push(again.readyMs);
      await again.stop();
    }
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', build], { cwd: REPO_ROOT, stdio: 'pipe' });
    for (let i = 0; i < RUNS; i++) {
      const env = { NODE_ENV: 'development', DB_PATH: join(dir, `startup-${i}.sqlite`), SCHEDULER_ENABLED: 'true' };
      const bot = await spawnBot({ entry: join(build, 'src', 'main.js'), plainNode: true, env, timeoutMs: 120_000 });
      compiledReady.push(bot.readyMs);
      await new Promise((r) => setTimeout(r, 2000));
      compiledRss.push(bot.rssMb());
      await bot.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(REPO_ROOT, build), { recursive: true, force: true });
  }
  const sort = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return {
    startup_runs: RUNS,
    startup_new_db_ms: percentile(sort(fresh), 50),
    startup_existing_db_ms: percentile(sort(warm), 50),
    startup_rss_idle_mb: percentile(sort(idleRss), 50),
    startup_compiled_existing_db_ms: percentile(sort(compiledReady), 50),
    startup_compiled_rss_idle_mb: percentile(sort(compiledRss), 50),
  };
}
