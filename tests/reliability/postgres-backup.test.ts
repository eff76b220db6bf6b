import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { REPO_ROOT } from '../support/child-bot.ts';

const run = promisify(execFile);

/** Runs in the postgres project only (vitest.config.ts): the bot's store is a schema on the test server, dumped with the real pg_dump. */
describe('npm run cli -- backup / restore on PostgreSQL', () => {
  let bot: TestBot;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'shifan-pg-backup-'));
  beforeAll(async () => {
    bot = await startTestBot();
    url = bot.shifan.services.config.DATABASE_URL!;
    expect(url).toMatch(/^postgres:/);
  });
  afterAll(async () => {
    await bot?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, LOG_LEVEL: 'silent', SHIFAN_NO_ENV_FILE: '1' },
    });

  it('dumps the live database with pg_dump while the bot writes, and restore brings back exactly what was backed up', async () => {
    expect(await bot.sayText('admin', '新增截止 2018-12-20 备份演练材料报送')).toContain('已新增截止事项');
    const writes = Promise.all(Array.from({ length: 20 }, (_, i) => bot.sayText(`visitor-${i}`, '公服中心能花多少')));
    const out = join(dir, 'shifan.dump');
    const { stdout } = await cli(['backup', '--out', out]);
    await writes;
    expect(stdout).toMatch(/^备份完成：.*shifan\.dump（\d+ KB，\d+ 张表，pg_dump 自定义格式，可用 restore 命令或 pg_restore 恢复）/);
    expect(Number(/(\d+) 张表/.exec(stdout)![1])).toBeGreaterThan(10);

    // After the backup: a deadline that the restore must take away, and one closed that it must bring back.
    expect(await bot.sayText('admin', '新增截止 2018-12-21 备份之后的事项')).toContain('已新增截止事项');
    expect(await bot.sayText('admin', '关闭截止 备份演练材料报送')).toContain('已关闭');
    await bot.stop();
    const restored = await cli(['restore', '--from', out]);
    expect(restored.stdout).toMatch(/^恢复完成：已用 .*shifan\.dump 恢复数据库（\d+ 张表）/);

    const again = await startTestBot({ reuseDir: bot.dir });
    bot = again;
    const deadlines = await again.sayText('gannan-staff', '截止日期');
    expect(deadlines).toContain('备份演练材料报送');
    expect(deadlines).not.toContain('备份之后的事项');
    expect(await again.sayText('admin', '新增截止 2018-12-22 恢复之后的事项')).toContain('已新增截止事项');
  }, 90_000);

  it('never overwrites a file, and refuses a file that is not a backup without touching the database', async () => {
    const out = join(dir, 'exists.dump');
    writeFileSync(out, 'not a dump');
    await expect(cli(['backup', '--out', out])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('备份失败：backup file already exists') });
    await expect(cli(['restore', '--from', out])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^恢复失败：pg_restore exited with 1/) });
    expect(await bot.sayText('gannan-staff', '截止日期')).toContain('恢复之后的事项');
    expect(existsSync(join(dir, 'missing.dump'))).toBe(false);
    await expect(cli(['restore', '--from', join(dir, 'missing.dump')])).rejects.toMatchObject({
      stderr: expect.stringContaining('恢复失败：backup file not found'),
    });
  }, 60_000);
});
