import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import type { ChannelAdapter } from '../src/core/channel.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { textReply } from '../src/core/reply.ts';
import { createServices } from '../src/main.ts';
import { composeFeatures } from '../src/services.ts';
import { createScheduler } from '../src/scheduler/index.ts';
import { enqueue } from '../storage/repositories/outbox.repository.ts';
import { bindIdentity, insertPerson } from '../storage/repositories/people.repository.ts';
import { wakeTimes } from '../tests/scheduler/helpers.ts';

const noop = (name: string): ChannelAdapter => ({ name, start: async () => {}, stop: async () => {}, send: async () => ({}) });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Scheduler figures with every county staffed: 20 counties × 2 officials × 2 platforms. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-scheduler-'));
  const clock = new ManualClock('2018-09-16T20:00:00+08:00');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_PATH: join(dir, 'db.sqlite'), SCHEDULER_ENABLED: 'false' });
  const services = await createServices({ config, clock, logger: silentLogger });
  try {
    const now = clock.now();
    for (const c of services.programme.data.counties) {
      for (let i = 0; i < 2; i++) {
        const id = await insertPerson(services.db, {
          name: `${c.name}联络员${i}`,
          role: 'official',
          county_id: c.id,
          prefecture_id: c.prefecture,
          created_at: now.toISOString(),
        });
        await bindIdentity(services.db, id, 'local', `bench-${c.id}-${i}`, now);
        await bindIdentity(services.db, id, 'lark', `ou_bench_${c.id}_${i}`, now);
      }
    }
    const adapters = new Map([
      ['local', noop('local')],
      ['lark', noop('lark')],
    ]);
    const scheduler = createScheduler(services, adapters, (await composeFeatures(services)).jobs, { dispatcher: { perChatIntervalMs: 0 } });

    // A season's wake-ups: each cron time from 9-17 to 10-19.
    const wakes = wakeTimes(config, '2018-09-17T00:00:00+08:00', '2018-10-19T23:59:00+08:00', [config.CRON_DIGEST]);
    const tickMs: number[] = [];
    let sent = 0;
    const seasonStart = performance.now();
    for (const t of wakes) {
      clock.set(t);
      const t0 = performance.now();
      const r = await scheduler.tick();
      tickMs.push(performance.now() - t0);
      sent += r.dispatch.sent;
    }
    const seasonMs = performance.now() - seasonStart;

    clock.set('2018-10-08T09:00:00+08:00');
    const previewMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await scheduler.preview(clock.now());
      previewMs.push(performance.now() - t0);
    }

    // Raw outbox throughput: 2000 rows to 400 chats through a no-op adapter.
    clock.set('2018-10-09T10:00:00+08:00');
    for (let i = 0; i < 2000; i++) {
      await enqueue(
        services.db,
        { dedupKey: `bench:${i}`, platform: 'local', chatId: `chat-${i % 400}`, chatKind: 'direct', reply: textReply(`第${i}条`), dueAt: clock.now() },
        clock.now(),
      );
    }
    const d0 = performance.now();
    let dispatched = 0;
    for (;;) {
      const s = await scheduler.dispatchNow();
      dispatched += s.sent;
      if (!s.sent) break;
    }
    const dispatchMs = performance.now() - d0;

    return {
      season_wakeups: wakes.length,
      season_messages_sent: sent,
      season_walk_s: seasonMs / 1000,
      tick_p50_ms: median(tickMs),
      tick_max_ms: Math.max(...tickMs),
      preview_p50_ms: median(previewMs),
      outbox_dispatch_msgs_per_s: dispatched / (dispatchMs / 1000),
    };
  } finally {
    await services.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
