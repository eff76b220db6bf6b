import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../storage/database.ts';
import { spawnBot, type ChildBot } from '../support/child-bot.ts';
import { postLocal, runConversations, type ConversationTrace } from '../support/conversation-load.ts';
import { seedLoadDatabase } from '../support/load-roster.ts';
import { disposeStore, openTestDb, storeEnv } from '../support/stores.ts';
import { STORED, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';

/** Officials filling in at once; the bench runs 1,000, this keeps the test within about a minute. */
const OFFICIALS = 200;
/** Officials who submit before the others start, so finished reports go through the crash too. */
const EARLY = 10;
/** The bot is killed once this many messages of the others have been acknowledged (about 4 each). */
const KILL_AFTER_ACKS = 750;
/** Officials who, after the restart, go on to submit (every other conversation is checked with 继续填报). */
const FINISHERS = 20;
const NOW = '2018-09-20T10:00:00+08:00';
const PERIOD = '2018-W38';
const SCRIPT = ['填报', ...TYPICAL_WEEK, '确认'];

const dir = mkdtempSync(join(tmpdir(), 'shifan-crash-'));
const bots: ChildBot[] = [];
afterAll(async () => {
  for (const b of bots) await b.kill();
  await disposeStore(dir);
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<ChildBot> {
  const bot = await spawnBot({
    entry: 'tests/support/bot-process.ts',
    env: {
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      ...(await storeEnv(dir)),
      SCHEDULER_ENABLED: 'false',
      DEMO_ROSTER: 'false',
      SHIFAN_LOAD_COUNTIES: String(OFFICIALS),
      SHIFAN_FIXED_NOW: NOW,
    },
    timeoutMs: 90_000,
  });
  bots.push(bot);
  return bot;
}

/** The form's stored state for an official's private chat. */
async function conversation(db: Db, from: string): Promise<{ status: string; answers: Record<string, unknown> } | undefined> {
  const row = await db.selectFrom('conversations').select(['status', 'state']).where('key', '=', `local:${from}:${from}`).executeTakeFirst();
  return row ? { status: row.status, answers: (JSON.parse(row.state) as { answers: Record<string, unknown> }).answers } : undefined;
}

/** The stored report of the official's county for the week, as field → value. */
async function storedReport(db: Db, official: string): Promise<Record<string, unknown> | undefined> {
  const person = await db
    .selectFrom('people')
    .innerJoin('identities', 'identities.person_id', 'people.id')
    .select('people.county_id')
    .where('identities.platform', '=', 'local')
    .where('identities.platform_user_id', '=', official)
    .executeTakeFirstOrThrow();
  const countyId = person.county_id!;
  const report = await db.selectFrom('reports').select('id').where('county_id', '=', countyId).where('period', '=', PERIOD).executeTakeFirst();
  if (!report) return undefined;
  const rows = await db.selectFrom('report_values').selectAll().where('report_id', '=', report.id).execute();
  return Object.fromEntries(rows.map((r) => [r.field, r.num ?? r.text]));
}

/** Form answers acknowledged in a trace (填报 opens the form, 确认 submits it; neither is an answer). */
const answered = (trace: ConversationTrace) => trace.acknowledged.filter((m, i) => i > 0 && !(m === '确认' && i === SCRIPT.length - 1)).length;
const submitted = (trace: ConversationTrace) => trace.acknowledged.length === SCRIPT.length;

describe('the bot killed with SIGKILL in the middle of many conversations', () => {
  it('keeps every acknowledged answer and resumes every conversation at its field after a restart', { timeout: 240_000 }, async () => {
    const officials = await seedLoadDatabase(await storeEnv(dir), OFFICIALS, NOW);
    const first = await start();

    const early = await runConversations(first.url, officials.slice(0, EARLY), SCRIPT);
    expect(early.failures).toBe(0);
    expect(early.traces.every((t) => t.replies.at(-1)?.includes('已提交'))).toBe(true);

    // Everyone else fills in at once; SIGKILL lands while requests are in flight.
    // The kill comes once every conversation has started and enough answers are in,
    // whatever the machine's speed.
    let acks = 0;
    let killing: Promise<void> | undefined;
    const stagger = 25;
    // Not a wall-clock guess: on an idle machine every conversation can finish before it.
    const last = officials.at(-1);
    let lastStarted = false;
    const crashed = await runConversations(first.url, officials.slice(EARLY), SCRIPT, {
      startDelayMs: (i) => i * stagger, // staggered, so the kill finds them at many different fields
      // People pause between answers: however fast the bot, many conversations are open at once.
      pauseMs: 60,
      onAcknowledged: (trace) => {
        if (trace.from === last) lastStarted = true;
        if (++acks >= KILL_AFTER_ACKS && lastStarted && !killing) killing = first.kill();
      },
    });
    await killing;
    expect(
      first.process.signalCode,
      `exit code ${first.process.exitCode}, ${acks} answers acknowledged, ${crashed.failures} cut off, killed: ${Boolean(killing)}`,
    ).toBe('SIGKILL');
    expect(crashed.failures).toBeGreaterThan(0); // the kill cut conversations off mid-way
    const traces = [...early.traces, ...crashed.traces];
    const cut = crashed.traces.filter((t) => t.unanswered !== undefined);
    expect(new Set(cut.map(answered)).size).toBeGreaterThan(2); // killed at many different fields

    const second = await start();
    const db = await openTestDb(dir);
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const problems: string[] = [];
    try {
      // Every acknowledged answer is stored; an unacknowledged one may or may not have been.
      const resumeAt = new Map<string, number>();
      // Whose 确认 was in flight when the kill came: that submission may or may not have been made.
      const confirming = new Set(traces.filter((t) => t.unanswered === '确认').map((t) => t.from));
      for (const trace of traces) {
        const acked = answered(trace);
        if (submitted(trace)) {
          const report = await storedReport(db, trace.from);
          if (report?.spent_total !== 450_000 || report.households_benefited !== 200) problems.push(`${trace.from}: submitted report missing or wrong`);
          continue;
        }
        const saved = await conversation(db, trace.from);
        if (trace.acknowledged.length === 0) {
          if (saved && Object.keys(saved.answers).length > 0) problems.push(`${trace.from}: answers stored that were never sent`);
          continue;
        }
        if (!saved) {
          problems.push(`${trace.from}: acknowledged 填报 but no conversation stored`);
          continue;
        }
        const stored = Object.keys(saved.answers).length;
        const expected = Object.fromEntries(STORED.slice(0, acked));
        const maybeOneMore = trace.unanswered !== undefined && trace.unanswered !== '确认' ? 1 : 0;
        if (stored < acked || stored > acked + maybeOneMore) problems.push(`${trace.from}: ${acked} answers acknowledged, ${stored} stored`);
        for (const [key, value] of Object.entries(expected)) {
          if (saved.answers[key] !== value) problems.push(`${trace.from}: ${key} is ${JSON.stringify(saved.answers[key])}, expected ${JSON.stringify(value)}`);
        }
        resumeAt.set(trace.from, stored);
      }

      // 继续填报 asks the field after the last stored answer (or shows the summary when all are in).
      await Promise.all(
        [...resumeAt].map(async ([from, stored]) => {
          const reply = (await postLocal(agent, second.url, from, '继续填报')).text;
          let ok = stored === STORED.length ? reply.includes('请核对') : reply.includes(`（第${stored + 1}项`);
          if (!ok && stored === STORED.length && confirming.has(from) && reply.includes('没有未完成的填报')) {
            // The unacknowledged 确认 went through before the kill: then the report is stored whole.
            const report = await storedReport(db, from);
            ok = report?.spent_total === 450_000 && report.households_benefited === 200;
            resumeAt.delete(from); // nothing left to finish
          }
          if (!ok) problems.push(`${from}: after ${stored} answers 继续填报 said ${JSON.stringify(reply.slice(0, 80))}`);
        }),
      );
      expect(problems).toEqual([]);
      // Enough conversations caught mid-form to mean something, however fast the machine ran them
      // (on a loaded 2-core machine fewer are still open when the kill lands).
      expect(resumeAt.size).toBeGreaterThan(OFFICIALS / 8);

      // Some of them go on to the end: the rest of their answers, then 确认.
      const finishers = [...resumeAt].slice(0, FINISHERS);
      await Promise.all(
        finishers.map(async ([from, stored]) => {
          let last = '';
          for (const answer of [...TYPICAL_WEEK.slice(stored), '确认']) last = (await postLocal(agent, second.url, from, answer)).text;
          if (!last.includes('已提交')) problems.push(`${from}: finishing said ${JSON.stringify(last.slice(0, 80))}`);
          const report = await storedReport(db, from);
          if (JSON.stringify(report?.spent_total) !== '450000' || report?.issues !== '物流配送中心选址需市州协调')
            problems.push(`${from}: finished report not stored as answered`);
        }),
      );
      expect(problems).toEqual([]);

      // A report submitted before the crash is not offered again.
      const before = (await postLocal(agent, second.url, officials[0]!, '填报')).text;
      expect(before).toContain('周报已于');
    } finally {
      agent.destroy();
      await db.destroy();
      await second.stop();
    }
  });
});
