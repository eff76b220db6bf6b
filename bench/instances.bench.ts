import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { WEEKLY_FORM_ID } from '../src/features/weekly-report/index.ts';
import { openStore } from '../storage/database.ts';
import { countiesReported } from '../storage/repositories/report.repository.ts';
import { spawnBot, type ChildBot } from '../tests/support/child-bot.ts';
import { percentile, runConversations, type ConversationTrace } from '../tests/support/conversation-load.ts';
import { seedLoadDatabase } from '../tests/support/load-roster.ts';
import { dropSchema, postgresUrl } from '../tests/support/stores.ts';
import { STORED, TYPICAL_WEEK } from '../tests/forms/weekly-report-support.ts';
import { startCounting } from './support/where-time-goes.ts';

/** `BENCH_OFFICIALS=200 npm run bench -- instances` for a shorter run. */
const OFFICIALS = Number(process.env.BENCH_OFFICIALS ?? 1000);
const NOW = '2018-09-20T10:00:00+08:00';
const SCRIPT = ['填报', ...TYPICAL_WEEK, '确认'];
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
/** Lark pushes an event again when it got no answer within 3 s (to any connection of the app). */
const REDELIVER_AFTER_MS = 3_000;
type Figures = Record<string, number | string>;

/** Starts `count` bot processes on one store and drives the load through all of them. */
async function runLoad(store: Record<string, string>, count: number, kill?: (bots: ChildBot[], acks: number) => void) {
  const officials = await seedLoadDatabase(store, OFFICIALS, NOW);
  const env = { NODE_ENV: 'development', SCHEDULER_ENABLED: 'false', DEMO_ROSTER: 'false', SHIFAN_LOAD_COUNTIES: String(OFFICIALS), SHIFAN_FIXED_NOW: NOW };
  const bots: ChildBot[] = [];
  try {
    for (let i = 0; i < count; i++) bots.push(await spawnBot({ entry: 'tests/support/bot-process.ts', env: { ...env, ...store }, timeoutMs: 120_000 }));
    let acks = 0;
    const counting = await startCounting(
      bots.map((b) => b.process.pid!),
      store.DATABASE_URL ? SERVER : undefined,
    );
    const result = await runConversations(
      bots.map((b) => b.url),
      officials,
      SCRIPT,
      { apologyFails: true, ...(kill ? { failover: true, redeliverAfterMs: REDELIVER_AFTER_MS, onAcknowledged: () => kill(bots, ++acks) } : {}) },
    );
    const spent = await counting.stop();
    for (const b of bots) await b.stop();
    const db = await openStore(loadConfig({ NODE_ENV: 'test', ...store }));
    try {
      const stored = (await countiesReported(db, WEEKLY_FORM_ID, '2018-W38')).length;
      const lost = await lostAnswers(db, result.traces);
      const misplaced = await misplacedAnswers(db);
      return { result, stored, lost, misplaced, spent };
    } finally {
      await db.destroy();
    }
  } finally {
    for (const b of bots) await b.kill();
  }
}

/** Acknowledged answers that are not in the database: a submitted report must hold the week's figures, an open form its answers. */
async function lostAnswers(db: Awaited<ReturnType<typeof openStore>>, traces: readonly ConversationTrace[]): Promise<number> {
  let lost = 0;
  const states = new Map((await db.selectFrom('conversations').select(['key', 'state', 'status']).execute()).map((c) => [c.key, c] as const));
  for (const t of traces) {
    const answered = t.acknowledged.length - 1 - (t.acknowledged.length === SCRIPT.length ? 1 : 0);
    if (answered <= 0) continue;
    const c = states.get(`local:${t.from}:${t.from}`);
    if (!c) {
      lost += answered;
      continue;
    }
    if (c.status === 'submitted') continue;
    const answers = Object.keys((JSON.parse(c.state) as { answers?: Record<string, unknown> }).answers ?? {}).length;
    if (answers < answered) lost += answered - answers;
  }
  return lost;
}

/** Form answers acknowledged (the opening 填报 and the closing 确认 are not answers). */
function answersAcknowledged(traces: readonly ConversationTrace[]): number {
  return traces.reduce((n, t) => n + Math.min(Math.max(t.acknowledged.length - 1, 0), TYPICAL_WEEK.length), 0);
}

/** Why requests failed, e.g. "190 timed out (30 s), 8 apologies". */
function failureReasons(traces: readonly ConversationTrace[]): string {
  const kinds = new Map<string, number>();
  for (const t of traces) {
    if (!t.error) continue;
    const kind = /timed out/.test(t.error)
      ? 'timed out (30 s)'
      : /apology/.test(t.error)
        ? 'apologies'
        : /cut off/.test(t.error)
          ? 'cut off (id taken by the killed process)'
          : t.error.slice(0, 40);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
}

/**
 * Forms and reports holding a value other than the one the script gave for its field: an answer
 * applied twice (a redelivered message handled again after its first handling stored it) lands
 * in the next field.
 */
async function misplacedAnswers(db: Awaited<ReturnType<typeof openStore>>): Promise<number> {
  // Report values hold yes/no as 1/0, and PostgreSQL's bigint comes back as a string.
  const plain = (v: unknown) => (typeof v === 'boolean' ? Number(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
  const expected = new Map(STORED.map(([k, v]) => [k, plain(v)] as const));
  const wrong = (answers: Record<string, unknown>) => Object.entries(answers).some(([k, v]) => !expected.has(k) || expected.get(k) !== plain(v));
  const open = await db.selectFrom('conversations').select('state').where('status', 'in', ['open', 'paused']).execute();
  const values = await db
    .selectFrom('report_values')
    .innerJoin('reports', 'reports.id', 'report_values.report_id')
    .select(['report_id', 'field', 'num', 'text'])
    .where('reports.period', '=', '2018-W38')
    .execute();
  const reports = new Map<number, Record<string, unknown>>();
  for (const v of values) reports.set(v.report_id, { ...reports.get(v.report_id), [v.field]: v.num ?? v.text });
  return (
    open.filter((c) => wrong((JSON.parse(c.state) as { answers?: Record<string, unknown> }).answers ?? {})).length + [...reports.values()].filter(wrong).length
  );
}

function figures(prefix: string, run: Awaited<ReturnType<typeof runLoad>>): Figures {
  const latencies = [...run.result.latencies].sort((a, b) => a - b);
  const messages = run.result.latencies.length + run.result.failures;
  const answers = answersAcknowledged(run.result.traces);
  const perMessage = (v: number | undefined) => (v === undefined ? 'not measured' : v / messages);
  return {
    [`${prefix}_answers_per_s`]: answers / (run.result.wallMs / 1000),
    [`${prefix}_p50_ms`]: percentile(latencies, 50),
    [`${prefix}_p99_ms`]: percentile(latencies, 99),
    [`${prefix}_failed_requests`]: run.result.failures,
    [`${prefix}_failed_requests_why`]: failureReasons(run.result.traces),
    [`${prefix}_reports_stored`]: run.stored,
    [`${prefix}_acknowledged_answers_lost`]: run.lost,
    [`${prefix}_conversations_cut_off`]: run.result.traces.filter((t) => t.unanswered !== undefined).length,
    [`${prefix}_bot_cpu_ms_per_message`]: perMessage(run.spent.botCpuMs),
    [`${prefix}_postgres_cpu_ms_per_message`]: perMessage(run.spent.postgresCpuMs),
    [`${prefix}_driver_cpu_ms_per_message`]: perMessage(run.spent.driverCpuMs),
    [`${prefix}_statements_per_message`]: perMessage(run.spent.statements),
    [`${prefix}_load_average_at_end`]: run.spent.loadAvg,
    [`${prefix}_forms_with_misplaced_answers`]: run.misplaced,
  };
}

const ROWS = [
  ['sqlite_1', 'SQLite, 1 process'],
  ['pg_1', 'PostgreSQL, 1 process'],
  ['pg_2', 'PostgreSQL, 2 processes'],
  ['pg_3', 'PostgreSQL, 3 processes'],
  ['pg_3_sigkill_1', 'PostgreSQL, 3 processes, one SIGKILLed'],
] as const;

/** The issue's table (Markdown, for the README): one row per store and process count, with the ratios. */
function table(out: Figures): string {
  const n = (v: number | string | undefined, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : (v ?? '–'));
  const ratio = (a: number | string | undefined, b: number | string | undefined) =>
    typeof a === 'number' && typeof b === 'number' ? `${(a / b).toFixed(2)}×` : '–';
  const lines = [
    `${OFFICIALS} officials, each filing a weekly report (${SCRIPT.length} messages, ${TYPICAL_WEEK.length} answers) at once`,
    '',
    '| Store, processes | answers/s | vs SQLite | vs PG ×1 | p50 ms | p99 ms | failed requests | CPU ms per message: bots / PostgreSQL / load driver | statements per message | load average |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, label] of ROWS) {
    if (out[`${key}_answers_per_s`] === undefined) continue;
    const f = (name: string) => out[`${key}_${name}`];
    lines.push(
      `| ${label} | ${n(f('answers_per_s'))} | ${ratio(f('answers_per_s'), out.sqlite_1_answers_per_s)} | ${ratio(f('answers_per_s'), out.pg_1_answers_per_s)} | ${n(f('p50_ms'))} | ${n(f('p99_ms'))} | ${n(f('failed_requests'))}${f('failed_requests') ? ` (${f('failed_requests_why')})` : ''} | ${n(f('bot_cpu_ms_per_message'), 1)} / ${n(f('postgres_cpu_ms_per_message'), 1)} / ${n(f('driver_cpu_ms_per_message'), 1)} | ${n(f('statements_per_message'), 1)} | ${n(f('load_average_at_end'), 1)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The 1,000-officials load (bench/load.bench.ts) through one bot on SQLite, and through 1, 2 and 3
 * bot processes on one PostgreSQL database, each message of an official going to the next process
 * (as a round-robin proxy would); then 3 processes with one SIGKILLed a third of the way in.
 *
 * During the SIGKILL run the load generator plays the platform: a message whose request dies with
 * the killed process (the connection reset, no answer) is delivered again under the same message
 * id to the next process 3 s after it was first sent, as Lark pushes an unanswered event again
 * after 3 s; a request refused outright (nothing listening any more) goes to the next process at
 * once, as a proxy does. A redelivery answered with silence (dropped as a duplicate) cuts the
 * conversation off, as on a platform, which does not deliver an acknowledged event again.
 * `conversations_cut_off` counts those and the apologies; `acknowledged_answers_lost` counts
 * answers the bot confirmed that are not in the database; `forms_with_misplaced_answers` counts
 * forms and reports holding a value in a field it was not given for (an answer applied twice).
 */
export async function run(): Promise<Figures> {
  const out: Figures = { officials: OFFICIALS };
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-inst-'));
  try {
    const sqlite = figures('sqlite_1', await runLoad({ DB_PATH: join(dir, 'load.sqlite') }, 1));
    Object.assign(out, sqlite);
    if (!SERVER) {
      out.postgres = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server to compare';
      return out;
    }
    const base = Number(sqlite.sqlite_1_answers_per_s);
    for (const n of [1, 2, 3]) {
      const schema = `bench_instances_${process.pid}_${n}`;
      try {
        const f = figures(`pg_${n}`, await runLoad({ DATABASE_URL: await postgresUrl(schema, SERVER) }, n));
        Object.assign(out, f, { [`pg_${n}_vs_sqlite_1`]: Number(f[`pg_${n}_answers_per_s`]) / base });
        if (n > 1) out[`pg_${n}_vs_pg_1`] = Number(f[`pg_${n}_answers_per_s`]) / Number(out.pg_1_answers_per_s);
      } finally {
        await dropSchema(schema, SERVER);
      }
    }
    const schema = `bench_instances_${process.pid}_kill`;
    try {
      let killed = false;
      const run = await runLoad({ DATABASE_URL: await postgresUrl(schema, SERVER) }, 3, (bots, acks) => {
        if (killed || acks < (OFFICIALS * SCRIPT.length) / 3) return;
        killed = true;
        void bots[2]!.kill();
      });
      Object.assign(out, figures('pg_3_sigkill_1', run), { pg_3_sigkill_1_killed: killed ? 'yes, after a third of the messages' : 'no (load too short)' });
    } finally {
      await dropSchema(schema, SERVER);
    }
    process.stderr.write(`\n${table(out)}\n`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
