import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LarkAdapter } from '../bots/lark/lark-adapter.ts';
import { renderReply } from '../bots/lark/lark-card.ts';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { reply } from '../src/core/reply.ts';
import { startShifan } from '../src/main.ts';
import { percentile } from '../tests/support/conversation-load.ts';
import { FakeLark, larkRequest } from '../tests/support/fake-lark.ts';
import { ENCRYPT_KEY, larkWebhookEnv } from './support/lark-events.ts';
import { messageEvent } from '../tests/bots/lark/lark-harness.ts';

const ROUNDS = 200;
const BURST = 100;

/**
 * The Lark webhook path through the real app against the fake Open API: how fast Lark gets its
 * 200 (it redelivers after 3 s), the full round trip to the reply, a burst of people at once
 * (bounded by Lark's 50 messages/s per app), duplicates, and rendering a large card.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-lark-'));
  const fake = await FakeLark.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DB_PATH: join(dir, 'bench.sqlite'),
    SCHEDULER_ENABLED: 'false',
    ...larkWebhookEnv(fake.url),
  });
  const shifan = await startShifan({ config, clock: new ManualClock('2018-09-20T10:00:00+08:00'), logger: silentLogger });
  const adapter = shifan.adapters.get('lark') as LarkAdapter;
  const url = `http://127.0.0.1:${shifan.port}/lark/events`;
  const post = (payload: unknown) => {
    const { body, headers } = larkRequest(payload, { encryptKey: ENCRYPT_KEY });
    return fetch(url, { method: 'POST', headers, body });
  };
  const person = (i: number) => `ou_bench${String(i).padStart(24, '0')}`;
  try {
    for (let i = 0; i < 20; i++) await post(messageEvent(person(30_000 + i), '我是谁'));
    await adapter.idle();
    await new Promise((r) => setTimeout(r, 1100));
    // Sequential: the ack, and the ack-to-reply-sent round trip, one person per round (no per-chat waits).
    const acks: number[] = [];
    const trips: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const before = fake.messages.length;
      const t0 = performance.now();
      const res = await post(messageEvent(person(i), '我是谁'));
      acks.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      await adapter.idle();
      trips.push(performance.now() - t0);
      if (fake.messages.length !== before + 1) throw new Error('reply missing');
    }
    acks.sort((a, b) => a - b);
    trips.sort((a, b) => a - b);

    // A burst: many people at once; sending is capped at 50/s per app.
    await new Promise((r) => setTimeout(r, 1100));
    const before = fake.messages.length;
    const b0 = performance.now();
    const burstAcks = await Promise.all(
      Array.from({ length: BURST }, async (_, i) => {
        const t = performance.now();
        await post(messageEvent(person(10_000 + i), '帮助'));
        return performance.now() - t;
      }),
    );
    const allAcked = performance.now() - b0;
    await adapter.idle();
    const allReplied = performance.now() - b0;
    if (fake.messages.length !== before + BURST) throw new Error('burst replies missing');
    burstAcks.sort((a, b) => a - b);

    // Duplicates: the same event five times.
    const dupBefore = fake.messages.length;
    const event = messageEvent(person(20_000), '我是谁');
    await Promise.all([1, 2, 3, 4, 5].map(() => post(event)));
    await adapter.idle();

    // Rendering a digest-sized card.
    const big = reply({
      title: '甘南州电商示范项目周汇总',
      paragraphs: Array.from({ length: 10 }, (_, i) => `第${i + 1}部分：` + '各县进度说明。'.repeat(20)),
      fields: Array.from({ length: 8 }, (_, i) => ({ label: `指标${i + 1}`, value: `${i * 10}万元（+${i}）` })),
      table: { columns: ['县', '报送', '累计支出', '执行率'], rows: Array.from({ length: 20 }, (_, i) => [`县${i + 1}`, '已报', 100 + i, 10 + i]) },
      chart: { title: '执行率', unit: '%', max: 100, series: Array.from({ length: 20 }, (_, i) => ({ label: `县${i + 1}`, value: 10 + i })) },
      citations: [{ source: '《实施方案》', section: '三（二）2', quote: '资金使用比例原则上不得高于15%' }],
    });
    const r0 = performance.now();
    let size = 0;
    for (let i = 0; i < 1000; i++) size = renderReply(big, 'group').content.length;
    const renderMs = (performance.now() - r0) / 1000;

    return {
      webhook_ack_p50_ms: percentile(acks, 50),
      webhook_ack_p99_ms: percentile(acks, 99),
      webhook_ack_max_ms: acks.at(-1)!,
      event_to_reply_sent_p50_ms: percentile(trips, 50),
      event_to_reply_sent_p99_ms: percentile(trips, 99),
      burst_people: BURST,
      burst_ack_p99_ms: percentile(burstAcks, 99),
      burst_all_acked_ms: allAcked,
      burst_all_replied_ms: allReplied,
      burst_sends_per_s: BURST / (allReplied / 1000),
      duplicate_5x_replies: fake.messages.length - dupBefore,
      digest_card_render_ms: renderMs,
      digest_card_bytes: size,
    };
  } finally {
    await shifan.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
