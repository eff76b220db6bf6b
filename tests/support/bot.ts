import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { ManualClock, type Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { ChannelOverrides } from '../../src/channels.ts';
import { startShifan, type Shifan } from '../../src/main.ts';
import type { Programme } from '../../src/programme.ts';

export interface TestBot {
  readonly shifan: Shifan;
  readonly url: string;
  readonly clock: ManualClock;
  readonly dbPath: string;
  readonly dir: string;
  /** Sends a message through the local channel's HTTP API and returns the bot's replies. */
  say(from: string, text: string, options?: { chat?: string; messageId?: string; mentioned?: boolean; action?: unknown }): Promise<Reply[]>;
  /** The replies' plain texts joined, what a person reads. */
  sayText(from: string, text: string, options?: { chat?: string; messageId?: string; mentioned?: boolean }): Promise<string>;
  /** What the bot posted on its own to a chat or person. */
  posts(chat: string, after?: number): Promise<{ cursor: number; at: string; reply: Reply }[]>;
  /** Stops the bot; the database file stays, so a new bot can start on it. */
  stop(): Promise<void>;
  /** Stops and deletes the temporary folder. */
  close(): Promise<void>;
}

/** A manual clock the bot takes for the demo clock: demo reports are seeded and replies say 演示时间. */
export class DemoManualClock extends ManualClock {
  readonly demo = true;
}

export function testConfig(dir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DB_PATH: join(dir, 'shifan.sqlite'), SCHEDULER_ENABLED: 'false', ...env });
}

/** Starts the real bot on port 0 with a fresh SQLite file (or `reuse` a folder) and a manual clock. */
export async function startTestBot(
  options: { env?: Record<string, string>; clock?: ManualClock; now?: string; reuseDir?: string; channels?: ChannelOverrides; programme?: Programme } = {},
): Promise<TestBot> {
  const dir = options.reuseDir ?? mkdtempSync(join(tmpdir(), 'shifan-test-'));
  const clock = options.clock ?? new ManualClock(options.now ?? '2018-09-20T10:00:00+08:00');
  const config = testConfig(dir, options.env);
  const shifan = await startShifan({
    config,
    clock: clock as Clock,
    logger: silentLogger,
    channels: options.channels,
    ...(options.programme ? { programme: options.programme } : {}),
  });
  const url = `http://127.0.0.1:${shifan.port}`;
  const token = options.env?.LOCAL_CHANNEL_TOKEN;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { 'x-local-token': token } : {}) };
  const say: TestBot['say'] = async (from, text, opts = {}) => {
    const res = await fetch(`${url}/api/local/messages`, { method: 'POST', headers, body: JSON.stringify({ from, text, ...opts }) });
    if (!res.ok) throw new Error(`POST /api/local/messages → ${res.status} ${await res.text()}`);
    return ((await res.json()) as { replies: Reply[] }).replies;
  };
  return {
    shifan,
    url,
    clock,
    dir,
    dbPath: config.DB_PATH,
    say,
    async sayText(from, text, opts) {
      return (await say(from, text, opts)).map((r) => r.text).join('\n\n');
    },
    async posts(chat, after = 0) {
      const res = await fetch(`${url}/api/local/chats/${encodeURIComponent(chat)}/messages?after=${after}`, { headers });
      return ((await res.json()) as { messages: { cursor: number; at: string; reply: Reply }[] }).messages;
    },
    stop: () => shifan.stop(),
    async close() {
      await shifan.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
