import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvFile } from '../../src/env-file.ts';
import { assertSafeToStart } from '../../src/start-checks.ts';
import { loadConfig } from '../../src/config.ts';
import { startTestBot } from '../support/bot.ts';
import { REPO_ROOT, spawnBot } from '../support/child-bot.ts';

const run = promisify(execFile);

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-env-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('.env', () => {
  it('is read into the environment, and a real variable wins over the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), '# comment\nNODE_ENV=production\nDASHBOARD_TOKEN="dash board"\nPORT=4000\n');
    const env: Record<string, string | undefined> = { PORT: '5000' };
    expect(loadEnvFile(join(dir, '.env'), env).sort()).toEqual(['DASHBOARD_TOKEN', 'NODE_ENV']);
    expect(env).toEqual({ PORT: '5000', NODE_ENV: 'production', DASHBOARD_TOKEN: 'dash board' });
    expect(loadEnvFile(join(dir, 'missing.env'), env)).toEqual([]);
  });

  it("is not read by the processes the tests start, so a deployment's .env never receives test data", async () => {
    // Running `npm test` in /opt/shifan, next to a production .env with DATABASE_URL, once wrote
    // the tests' rosters into the production database.
    expect(process.env.SHIFAN_NO_ENV_FILE).toBe('1');
    const dir = tempDir();
    const deployment = join(dir, 'deployment.sqlite');
    writeFileSync(join(dir, '.env'), `DB_PATH=${deployment}\n`);
    expect(loadEnvFile(join(dir, '.env'), { SHIFAN_NO_ENV_FILE: '1' })).toEqual([]);
    const cli = (flag: Record<string, string>) => {
      const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...flag };
      delete env.DB_PATH;
      delete env.DATABASE_URL;
      if (!flag.SHIFAN_NO_ENV_FILE) delete env.SHIFAN_NO_ENV_FILE;
      return run(process.execPath, ['--import', import.meta.resolve('tsx'), join(REPO_ROOT, 'src/cli.ts'), 'deadline', 'list'], {
        cwd: dir,
        env,
        timeout: 120_000,
      });
    };
    await cli({ SHIFAN_NO_ENV_FILE: '1' });
    expect(existsSync(deployment)).toBe(false);
    expect(existsSync(join(dir, 'storage', 'data', 'shifan.sqlite'))).toBe(true);
    // Without the switch (a CLI on the server) the same folder's .env is read.
    await cli({});
    expect(existsSync(deployment)).toBe(true);
  }, 120_000);

  it('configures the bot started with npm start from its working directory', async () => {
    const dir = tempDir();
    const db = join(dir, 'from-dotenv.sqlite');
    writeFileSync(join(dir, '.env'), `NODE_ENV=production\nLOCAL_CHANNEL_TOKEN=local-secret\nDASHBOARD_TOKEN=dash-secret\nDB_PATH=${db}\nLOG_LEVEL=info\n`);
    // LOG_LEVEL in the real environment (silent, from spawnBot) wins over the file's.
    const bot = await spawnBot({ cwd: dir, env: {} });
    try {
      expect(existsSync(db)).toBe(true);
      expect((await fetch(`${bot.url}/dashboard/`)).status).toBe(401); // on (without DASHBOARD_TOKEN there is no route: 404)
      // Production: the demo directory is gone and nobody is anybody without signing in.
      const res = await fetch(`${bot.url}/api/local/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: 'admin', text: '我是谁' }),
      });
      expect(res.status).toBe(401);
      expect(bot.stderr()).toBe('');
    } finally {
      await bot.stop();
    }
  }, 60_000);
});

describe('refusing an unsafe start', () => {
  it('refuses the open local chat on a non-loopback HOST, naming what to set', () => {
    expect(() => assertSafeToStart(loadConfig({ HOST: '0.0.0.0' }))).toThrow(/HOST=0\.0\.0\.0.*LOCAL_CHANNEL=off/);
    expect(() => assertSafeToStart(loadConfig({ HOST: '0.0.0.0', LOCAL_CHANNEL_TOKEN: 't' }))).toThrow(/DEMO_ROSTER=false/);
    expect(() => assertSafeToStart(loadConfig({ HOST: '0.0.0.0', LOCAL_CHANNEL: 'off' }))).not.toThrow();
    expect(() => assertSafeToStart(loadConfig({ HOST: '0.0.0.0', LOCAL_CHANNEL_TOKEN: 't', DEMO_ROSTER: 'false' }))).not.toThrow();
    expect(() => assertSafeToStart(loadConfig({ HOST: '127.0.0.1' }))).not.toThrow();
    expect(() => assertSafeToStart(loadConfig({ HOST: '::1' }))).not.toThrow();
  });

  it('refuses a production surface that is on without its token', () => {
    expect(() => assertSafeToStart(loadConfig({ NODE_ENV: 'production', LOCAL_CHANNEL: 'on' }))).toThrow(/LOCAL_CHANNEL_TOKEN/);
    expect(() =>
      assertSafeToStart(loadConfig({ NODE_ENV: 'production', LARK_APP_ID: 'cli_x', LARK_APP_SECRET: 's', LARK_MODE: 'webhook', LARK_ENCRYPT_KEY: 'k' })),
    ).toThrow(/LARK_VERIFICATION_TOKEN/);
    expect(() => assertSafeToStart(loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', LOCAL_CHANNEL_TOKEN: 't' }))).not.toThrow();
  });

  it('does not start the bot at all', async () => {
    await expect(startTestBot({ env: { HOST: '0.0.0.0' } })).rejects.toThrow(/Refusing to start/);
  });
});
