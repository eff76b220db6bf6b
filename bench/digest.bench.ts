import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { digestReply, ledgerSheets, loadDigest, loadLedger, scopeFor, writeWorkbook } from '../src/features/digest/index.ts';
import { insertSampleReports, type SampleReport } from '../src/features/demo/index.ts';
import { weeksBetween } from '../src/core/weeks.ts';
import type { Services } from '../src/services.ts';
import { createServices } from '../src/main.ts';

const COUNTIES = 86;
const WEEKS = weeksBetween('2018-W01', '2018-W52');

/** A small deterministic generator, so every run measures the same data. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `counties` counties (the programme's 20 and more), each reporting most weeks of 2018 with plausible figures. */
export async function seed(services: Services, counties = COUNTIES): Promise<number> {
  const { db, repos, programme } = services;
  const extra = Array.from({ length: counties - programme.data.counties.length }, (_, i) => ({
    id: `bench-${i + 1}`,
    programme_id: programme.data.id,
    prefecture_id: null,
    name: `测试县${i + 1}`,
    allocation_yuan: 15_000_000,
    poor_villages: 40 + (i % 30),
  }));
  for (let i = 0; i < extra.length; i += 100)
    await db
      .insertInto('counties')
      .values(extra.slice(i, i + 100))
      .execute();
  const ids = [...programme.data.counties.map((c) => c.id), ...extra.map((c) => c.id)];
  const rnd = prng(2018);
  const reports: SampleReport[] = [];
  for (const countyId of ids) {
    let points = 0;
    let covered = 0;
    let tenders = 0;
    let households = 0;
    for (const [i, period] of WEEKS.entries()) {
      if (rnd() < 0.05) continue; // a missed week now and then
      const spent = Math.round(rnd() * 40 * 100) / 100;
      points += Math.floor(rnd() * 3);
      covered += Math.floor(rnd() * 2);
      tenders += rnd() < 0.1 ? 1 : 0;
      households += Math.floor(rnd() * 20);
      reports.push({
        countyId,
        period,
        submittedAt: new Date(Date.UTC(2018, 0, 4 + i * 7, 2 + Math.floor(rnd() * 8))).toISOString(),
        figures: {
          spent_total: spent,
          spent_upstream: Math.round(spent * (0.4 + rnd() * 0.3) * 100) / 100,
          spent_service_centre: Math.round(spent * rnd() * 0.2 * 100) / 100,
          spent_service_points: Math.round(spent * 0.1 * 100) / 100,
          spent_training: Math.round(spent * 0.05 * 100) / 100,
          forbidden_use: rnd() < 0.01,
          service_points_total: points,
          poor_villages_covered: covered,
          training_sessions: Math.floor(rnd() * 3),
          trainees: Math.floor(rnd() * 120),
          trainees_poor: Math.floor(rnd() * 50),
          tenders_done: tenders,
          tenders_planned: 12,
          households_benefited: households,
          issues: rnd() < 0.15 ? '部分乡镇网络覆盖不足，需市州协调通信运营商' : '无',
        },
      });
    }
  }
  await insertSampleReports(repos, reports);
  return reports.length;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `fn` n times: median and p95 wall time, and median CPU time of the whole
 * process (sqlite3 works on libuv threads, which the process's CPU time includes),
 * which stays fair when other work shares the machine.
 */
export async function measure(n: number, fn: () => Promise<number>): Promise<{ wall: number; p95: number; cpu: number; chars: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    chars = await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: percentile(wall, 50), p95: percentile(wall, 95), cpu: percentile(cpu, 50), chars };
}

/**
 * Cold builds: `n` times, a newly opened store (nothing cached in the process or the connection)
 * and one build on it, timed without the opening; median and p95 wall time, median CPU time.
 */
export async function firstBuilds(
  n: number,
  open: () => Promise<Services>,
  build: (services: Services) => Promise<number>,
): Promise<{ wall: number; p95: number; cpu: number; chars: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const services = await open();
    try {
      const timed = await measure(1, () => build(services));
      wall.push(timed.wall);
      cpu.push(timed.cpu);
      chars = timed.chars;
    } finally {
      await services.db.destroy();
    }
  }
  return { wall: percentile(wall, 50), p95: percentile(wall, 95), cpu: percentile(cpu, 50), chars };
}

/** Building the weekly digest (query + aggregate + Reply) over 86 counties × 52 weeks; target under 200 ms. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-digest-'));
  const now = new Date('2018-12-31T08:30:00+08:00');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_PATH: join(dir, 'bench.sqlite'), DEMO_ROSTER: 'false', SCHEDULER_ENABLED: 'false' });
  const services = await createServices({ config, clock: new ManualClock(now), logger: silentLogger });
  try {
    const reports = await seed(services);
    const scope = scopeFor(services.programme.data, null);
    const build = async () => digestReply(await loadDigest(services, scope, '2018-W52', now));
    // cold: the first build on a newly opened store (its page cache empty); warm: the builds after it.
    const cold = await firstBuilds(
      5,
      () => createServices({ config, clock: new ManualClock(now), logger: silentLogger }),
      async (fresh) => (await digestReply(await loadDigest(fresh, scope, '2018-W52', now))).text.length,
    );
    for (let i = 0; i < 3; i++) await build(); // warm-up: JIT and page cache
    const warm = await measure(20, async () => (await build()).text.length);
    const t0 = performance.now();
    const data = await loadLedger(services, scope, now);
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        cb();
      },
    });
    await writeWorkbook(ledgerSheets(data, services.programme), sink, { title: 'bench', created: now });
    const ledgerMs = performance.now() - t0;

    return {
      reports,
      digest_counties: COUNTIES,
      digest_weeks: WEEKS.length,
      digest_cold_median_ms: cold.wall,
      digest_cold_p95_ms: cold.p95,
      digest_cold_cpu_median_ms: cold.cpu,
      digest_warm_median_ms: warm.wall,
      digest_warm_p95_ms: warm.p95,
      digest_target_ms: 200,
      digest_text_chars: cold.chars,
      ledger_xlsx_ms: ledgerMs,
      ledger_xlsx_kb: bytes / 1024,
    };
  } finally {
    await services.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
