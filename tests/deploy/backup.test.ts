import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { REPO_ROOT } from '../support/child-bot.ts';

const run = promisify(execFile);

describe('npm run cli -- backup --out FILE', () => {
  let bot: TestBot;
  const dir = mkdtempSync(join(tmpdir(), 'shifan-backup-'));
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => {
    await bot.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DB_PATH: bot.dbPath, LOG_LEVEL: 'silent', SHIFAN_NO_ENV_FILE: '1' },
    });

  it('copies the live database while the bot writes, and the copy restores with its data', async () => {
    // Data in the live database: a deadline added through the chat, and writes going on during the backup.
    expect(await bot.sayText('admin', '新增截止 2018-12-20 备份演练材料报送')).toContain('已新增截止事项');
    const writes = Promise.all(Array.from({ length: 30 }, (_, i) => bot.sayText(`visitor-${i}`, '公服中心能花多少')));
    const out = join(dir, 'shifan-backup.sqlite');
    const { stdout } = await cli(['backup', '--out', out]);
    await writes;
    expect(stdout).toMatch(/备份完成：.*完整性检查通过/);
    expect(existsSync(`${out}-wal`)).toBe(false); // self-contained: one file to keep

    // Restore: the backup becomes the database of a new bot, which reads the data back.
    const restoreDir = join(dir, 'restored');
    const restoredDb = join(restoreDir, 'shifan.sqlite');
    rmSync(restoreDir, { recursive: true, force: true });
    mkdirSync(restoreDir, { recursive: true });
    copyFileSync(out, restoredDb);
    const restored = await startTestBot({ reuseDir: restoreDir });
    try {
      expect(await restored.sayText('gannan-staff', '截止日期')).toContain('备份演练材料报送');
      const people = await restored.shifan.services.db.selectFrom('people').select('name').execute();
      expect(people.map((p) => p.name)).toContain('杨建华');
    } finally {
      await restored.stop();
    }
  }, 60_000);

  it('never overwrites a file, and says so in Chinese', async () => {
    const out = join(dir, 'exists.sqlite');
    copyFileSync(bot.dbPath, out);
    await expect(cli(['backup', '--out', out])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('备份失败：backup file already exists') });
  }, 30_000);

  it('with DATABASE_URL and no pg_dump on PATH, says what to install and exits non-zero instead of copying SQLite', async () => {
    const emptyPath = join(dir, 'no-tools');
    mkdirSync(emptyPath, { recursive: true });
    const env = {
      PATH: emptyPath,
      HOME: process.env.HOME ?? '',
      DB_PATH: bot.dbPath,
      DATABASE_URL: 'postgres://shifan@127.0.0.1:1/shifan',
      LOG_LEVEL: 'silent',
    };
    const cliWith = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: REPO_ROOT, env });
    const out = join(dir, 'pg.dump');
    await expect(cliWith(['backup', '--out', out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('备份失败：找不到 pg_dump。DATABASE_URL 指向 PostgreSQL，备份与恢复需要 PostgreSQL 客户端工具：请安装 postgresql-client'),
    });
    expect(existsSync(out)).toBe(false);
    copyFileSync(bot.dbPath, out);
    await expect(cliWith(['restore', '--from', out])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('恢复失败：找不到 pg_restore。') });
  }, 30_000);

  it('refuses restore on SQLite and points to the documented copy', async () => {
    await expect(cli(['restore', '--from', bot.dbPath])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('恢复失败：restore 命令用于 PostgreSQL（DATABASE_URL）'),
    });
  }, 30_000);
});
