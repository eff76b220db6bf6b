import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, spawnBot } from '../support/child-bot.ts';

const withoutPg = ['--import', pathToFileURL(join(REPO_ROOT, 'tests/support/without-pg.mjs')).href];
const dir = mkdtempSync(join(tmpdir(), 'shifan-nopg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a machine without PostgreSQL', () => {
  it('runs the bot on SQLite when DATABASE_URL is unset: it starts and answers without the pg driver', async () => {
    const bot = await spawnBot({ env: { NODE_ENV: 'test', DB_PATH: join(dir, 'shifan.sqlite'), SCHEDULER_ENABLED: 'false' }, nodeArgs: withoutPg });
    try {
      const res = await fetch(`${bot.url}/api/local/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: 'zhuoni-official', text: '帮助' }),
      });
      expect(res.status).toBe(200);
      const { replies } = (await res.json()) as { replies: { text: string }[] };
      expect(replies.map((r) => r.text).join('\n')).toMatch(/周报/);
    } finally {
      await bot.stop();
    }
    expect(bot.stderr()).not.toMatch(/pg/);
  });

  it('needs the driver only when DATABASE_URL names a PostgreSQL server (the same process then fails to start, naming it)', async () => {
    const started = spawnBot({
      env: { NODE_ENV: 'test', DB_PATH: join(dir, 'other.sqlite'), DATABASE_URL: 'postgres://shifan@127.0.0.1:1/shifan', SCHEDULER_ENABLED: 'false' },
      nodeArgs: withoutPg,
      timeoutMs: 20_000,
    });
    await expect(started).rejects.toThrow(/Cannot find package pg/);
  });
});
