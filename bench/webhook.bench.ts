import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { openDatabase } from '../storage/database.ts';
import { spawnBot, type ChildBot } from '../tests/support/child-bot.ts';
import { FakeLark } from '../tests/support/fake-lark.ts';
import { ENCRYPT_KEY, larkWebhookEnv, signedMessageEvents, type SignedEvent } from './support/lark-events.ts';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 8);
/** More events than the bot can take in SECONDS, so no event is ever sent twice. */
const POOL = Number(process.env.BENCH_WEBHOOK_POOL ?? 40_000);

/** Drives `url` with autocannon at 100 connections for SECONDS, each request the next pre-built event. */
async function hammer(url: string, events: readonly SignedEvent[], amount: number): Promise<Result> {
  let next = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const e = events[next++ % events.length]!;
          return { ...req, method: 'POST', path: '/lark/events', headers: e.headers, body: e.body };
        },
      },
    ],
  });
  const timer = setTimeout(() => instance.stop(), SECONDS * 1000);
  const result = await instance;
  clearTimeout(timer);
  return result;
}

/**
 * The Lark webhook path (signature check, decryption, de-duplication, queueing, acknowledgement,
 * then persistence and routing off the request) in the real app in its own process, against a
 * bare express handler measured in the same run; every request a distinct signed, encrypted event.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-webhook-'));
  const fake = await FakeLark.start();
  // Every event from a different person: the bot handles one person's events in order, so with
  // repeat senders the processing rate would only show Lark's 50 sends/s limit on the replies.
  const events = signedMessageEvents(POOL, { encryptKey: ENCRYPT_KEY, people: POOL, text: '我是谁' });
  let bare: ChildBot | undefined;
  let bot: ChildBot | undefined;
  try {
    bare = await spawnBot({ entry: 'bench/support/bare-express.ts', env: {} });
    await hammer(`${bare.url}/lark/events`, events, 2000); // warm-up
    const base = await hammer(`${bare.url}/lark/events`, events, POOL * 10);
    await bare.stop();

    const dbPath = join(dir, 'bench.sqlite');
    bot = await spawnBot({
      env: {
        NODE_ENV: 'development',
        DB_PATH: dbPath,
        SCHEDULER_ENABLED: 'false',
        ...larkWebhookEnv(fake.url),
      },
    });
    const idleRss = bot.rssMb();
    const t0 = performance.now();
    const lark = await hammer(`${bot.url}/lark/events`, events, POOL);
    const acked = lark['2xx'];
    // Recording, routing and replying run after the acknowledgement, at most 8 events at a time,
    // each reply within Lark's 50 messages/s per app: count what was handled 10 s after the load.
    const db = openDatabase(dbPath);
    let persisted = 0;
    let persistedMs = 0;
    try {
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        const row = await db
          .selectFrom('inbound_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('platform', '=', 'lark')
          // Journaled at the acknowledgement; claimed by the router when its handling starts.
          .where('status', '<>', 'journaled')
          .executeTakeFirstOrThrow();
        persisted = Number(row.n);
        persistedMs = performance.now() - t0;
        if (persisted >= acked) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await db.destroy();
    }
    const afterRss = bot.rssMb();
    const rps = lark.requests.average;
    return {
      webhook_connections: CONNECTIONS,
      bare_express_req_per_s: base.requests.average,
      bare_express_p50_ms: base.latency.p50,
      bare_express_p99_ms: base.latency.p99,
      lark_webhook_req_per_s: rps,
      lark_webhook_p50_ms: lark.latency.p50,
      lark_webhook_p99_ms: lark.latency.p99,
      lark_webhook_ratio_to_bare: Math.round((rps / base.requests.average) * 1000) / 1000,
      lark_webhook_target: `ratio >= 0.4 and p99 < 50 ms: ${rps / base.requests.average >= 0.4 && lark.latency.p99 < 50 ? 'met' : 'NOT met'}`,
      lark_events_acked: acked,
      lark_events_refused_or_failed: lark.non2xx + lark.errors + lark.timeouts,
      lark_events_handled_by_load_end_plus_10s: persisted,
      lark_events_handled_per_s: persisted / (persistedMs / 1000),
      lark_events_handled_note: 'recorded, routed and replied to after the ack; bounded by Lark’s 50 sends/s per app',
      lark_bot_rss_idle_mb: idleRss,
      lark_bot_rss_after_load_mb: afterRss,
    };
  } finally {
    await bare?.stop();
    await bot?.kill(); // replies to the flood are still waiting on Lark's 50/s limit; no need to drain them
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
