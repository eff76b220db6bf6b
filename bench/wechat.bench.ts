import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { renderForWechat } from '../bots/wechat/render.ts';
import type { WechatAdapter } from '../bots/wechat/wechat-adapter.ts';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { reply } from '../src/core/reply.ts';
import { startShifan } from '../src/main.ts';
import { percentile } from '../tests/support/conversation-load.ts';
import { processedFrom } from '../tests/bots/wechat/harness.ts';

const ROUNDS = 300;
const CONCURRENT_CONTACTS = 20;

/**
 * The WeChat channel on wechaty-puppet-mock through the real core: private round trips
 * (message in → reply said), throughput with many contacts at once, and rendering a long reply.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-bench-wechat-'));
  const mocker = new mock.Mocker();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DB_PATH: join(dir, 'bench.sqlite'),
    SCHEDULER_ENABLED: 'false',
    WECHATY_ENABLED: 'true',
  });
  const shifan = await startShifan({
    config,
    clock: new ManualClock('2018-09-20T10:00:00+08:00'),
    logger: silentLogger,
    channels: { wechat: { puppet: new PuppetMock({ mocker }), print: () => {} } },
  });
  try {
    const adapter = shifan.adapters.get('wechat') as WechatAdapter;
    const self = mocker.createContact({ name: '示范助手' });
    mocker.login(self);
    await new Promise<void>((resolve) => adapter.events.once('status', () => resolve()));

    const processed = (from: string) => processedFrom(adapter, from);

    // Round trips, one at a time.
    const contact = mocker.createContact({ name: '杨建华' });
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const done = processed(contact.id);
      const t0 = performance.now();
      contact.say('帮助').to(self);
      await done;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);

    // Many contacts at once.
    const contacts = Array.from({ length: CONCURRENT_CONTACTS }, (_, i) => mocker.createContact({ name: `联络员${i}` }));
    const perContact = 10;
    const t1 = performance.now();
    await Promise.all(
      contacts.map(async (c) => {
        for (let i = 0; i < perContact; i++) {
          const done = processed(c.id);
          c.say('我是谁').to(self);
          await done;
        }
      }),
    );
    const seconds = (performance.now() - t1) / 1000;

    // Rendering a long reply (a 12,000-character digest) into phone-sized messages.
    const long = reply({
      title: '周汇总',
      paragraphs: Array.from({ length: 60 }, (_, i) => `${i + 1}、` + '各示范县按要求推进项目建设，资金拨付进度正常。'.repeat(9)),
    });
    const t2 = performance.now();
    let parts = 0;
    for (let i = 0; i < 200; i++) parts = renderForWechat(long).messages.length;
    const renderMs = (performance.now() - t2) / 200;

    return {
      wechat_private_roundtrip_p50_ms: percentile(times, 50),
      wechat_private_roundtrip_p99_ms: percentile(times, 99),
      [`wechat_messages_per_s_${CONCURRENT_CONTACTS}_contacts`]: (CONCURRENT_CONTACTS * perContact) / seconds,
      wechat_render_12k_chars_ms: renderMs,
      wechat_render_12k_chars_messages: parts,
      puppet: 'wechaty-puppet-mock (in process)',
    };
  } finally {
    await shifan.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
