import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run cli -- scheduler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-cli-scheduler-'));
  const env = { ...process.env, DB_PATH: join(dir, 'db.sqlite'), LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  const cli = async (...args: string[]) => (await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, timeout: 60_000 })).stdout;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('previews who gets what and why at a moment, without writing to the outbox', async () => {
    const out = await cli('scheduler', 'preview', '--at', '2018-09-25T09:00+08:00');
    expect(out).toContain('预览时刻：9月25日 09:00（北京时间）');
    expect(out).toContain(
      '● 9月25日 09:00  → 卓尼县联络员 杨建华（local:zhuoni-official）\n  内容：【截止提醒：实施方案备案】卓尼县：“实施方案备案”将于2018年9月30日截止，距截止还有5天，请按时完成。\n  原因：实施方案备案（2018年9月30日截止）截止前7天提醒：卓尼县尚未完成',
    );
    expect(out).toContain('原因：2018年第39周（9月24日—9月30日）周报开始填报通知：迭部县尚未填报');
    // Operators read names: no milestone ids, no outbox keys.
    expect(out).not.toMatch(/plan-filing|tendering|去重键|milestone:|week:20/);
    expect(await cli('scheduler', 'outbox')).toMatch(/^待发送 0 {2}发送中 0 {2}已发送 0 {2}发送失败 0 {2}已跳过 0\n$/);
  }, 90_000);

  it('says why nothing goes out on a holiday, and what comes next', async () => {
    const out = await cli('scheduler', 'preview', '--at', '2018-09-24 09:00');
    expect(out).toContain('此刻没有需要发送的消息。\n（此刻为休息日、节假日或免打扰时段，提醒顺延至下一个工作时间发送。）');
    expect(out).toContain('  9月25日 09:00  → 迭部县联络员 才让东主（local:diebu-official）：实施方案备案（2018年9月30日截止）截止前7天提醒：迭部县尚未完成');
  }, 90_000);

  it('run-once enqueues and dispatches once; a second run sends nothing again', async () => {
    const first = await cli('scheduler', 'run-once', '--at', '2018-09-27T15:00+08:00');
    expect(first).toContain('→ [local 私聊 diebu-official]\n    【周报填报提醒】');
    expect(first).toMatch(/本地通道消息已在上方打印并记为已发送（共 \d+ 条；网页聊天只显示服务进程内发送的消息）。/);
    const second = await cli('scheduler', 'run-once', '--at', '2018-09-27T15:00+08:00');
    expect(second).toMatch(/已写入发件箱 0 条；已存在（不重复发送）\d+ 条/);
    expect(second).not.toContain('→ [local');
  }, 90_000);

  it('rejects a time it cannot read with an example', async () => {
    await expect(cli('scheduler', 'preview', '--at', '下周一')).rejects.toMatchObject({
      stderr: expect.stringContaining('无法识别时间“下周一”，请写成例如 2018-09-23T09:00+08:00'),
    });
  }, 90_000);
});
