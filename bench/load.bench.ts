import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../storage/database.ts';
import { spawnBot, type ChildBot } from '../tests/support/child-bot.ts';
import { percentile, runConversations } from '../tests/support/conversation-load.ts';
import { seedLoadDatabase } from '../tests/support/load-roster.ts';
import { TYPICAL_WEEK } from '../tests/forms/weekly-report-support.ts';

const OFFICIALS = Number(process.env.BENCH_OFFICIALS ?? 1000);
const NOW = '2018-09-20T10:00:00+08:00';
const SCRIPT = ['填报', ...TYPICAL_WEEK, '确认'];

/**
 * End to end through the local channel's HTTP API: OFFICIALS bound officials (one synthetic
 * county each, since a county files one report per week) all fill in and submit a whole weekly
 * report at the same time. The bot runs in its own process, so its memory is measured alone.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-load-'));
  const dbPath = join(dir, 'load.sqlite');
  let bot: ChildBot | undefined;
  try {
    const officials = await seedLoadDatabase(dbPath, OFFICIALS, NOW);
    bot = await spawnBot({
      nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
      entry: 'tests/support/bot-process.ts',
      env: {
        NODE_ENV: 'development',
        DB_PATH: dbPath,
        SCHEDULER_ENABLED: 'false',
        DEMO_ROSTER: 'false',
        SHIFAN_LOAD_COUNTIES: String(OFFICIALS),
        SHIFAN_FIXED_NOW: NOW,
      },
      timeoutMs: 120_000,
    });
    await new Promise((r) => setTimeout(r, 1000));
    const idleRss = bot.rssMb();
    const result = await runConversations(bot.url, officials, SCRIPT);
    const afterRss = bot.rssMb();
    await new Promise((r) => setTimeout(r, 2000));
    const settledRss = bot.rssMb();
    await bot.stop();

    const db = openDatabase(dbPath);
    let reports = 0;
    try {
      const row = await db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('period', '=', '2018-W38')
        .executeTakeFirstOrThrow();
      reports = Number(row.n);
    } finally {
      await db.destroy();
    }
    const submitted = result.traces.filter((t) => t.replies.at(-1)?.includes('已提交')).length;
    const latencies = [...result.latencies].sort((a, b) => a - b);
    const fieldAnswers = OFFICIALS * TYPICAL_WEEK.length;
    const answersPerS = fieldAnswers / (result.wallMs / 1000);
    return {
      e2e_officials: OFFICIALS,
      e2e_messages: result.latencies.length,
      e2e_failed_requests: result.failures,
      ...(result.failures > 0 ? { e2e_first_failure: result.traces.find((t) => t.error)?.error ?? '' } : {}),
      e2e_reports_submitted: submitted,
      e2e_reports_stored: reports,
      e2e_wall_s: result.wallMs / 1000,
      e2e_answers_per_s: answersPerS,
      e2e_messages_per_s: result.latencies.length / (result.wallMs / 1000),
      e2e_p50_ms: percentile(latencies, 50),
      e2e_p99_ms: percentile(latencies, 99),
      e2e_target: `>= 500 answers/s: ${answersPerS >= 500 ? 'met' : 'NOT met'}`,
      bot_rss_idle_mb: idleRss,
      bot_rss_after_load_mb: afterRss,
      bot_rss_after_load_settled_mb: settledRss,
      rss_target: `< 150 MB: ${Math.max(idleRss, afterRss) < 150 ? 'met' : 'NOT met'}`,
    };
  } finally {
    await bot?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
