import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import type { Logger } from '../../src/core/logger.ts';
import { startShifan, type Shifan } from '../../src/main.ts';
import { testConfig } from '../support/bot.ts';

interface Entry {
  readonly level: string;
  readonly obj: object | string;
  readonly msg?: string;
}

/** A logger that keeps what it is told, to assert on levels and fields. */
function recordingLogger(entries: Entry[]): Logger {
  const at = (level: string) => (obj: object | string, msg?: string) => void entries.push({ level, obj, msg });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

describe('a malformed request body', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-client-errors-'));
  const entries: Entry[] = [];
  let shifan: Shifan;
  beforeAll(async () => {
    shifan = await startShifan({ config: testConfig(dir), clock: new ManualClock('2018-09-20T10:00:00+08:00'), logger: recordingLogger(entries) });
  });
  afterAll(async () => {
    await shifan.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets a Chinese 400 and is logged as a warning without a stack', async () => {
    const res = await fetch(`http://127.0.0.1:${shifan.port}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"from": "visitor", "text": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: '请求格式不正确' });
    expect(entries.filter((e) => e.level === 'error')).toEqual([]);
    const warning = entries.find((e) => e.level === 'warn' && e.msg === 'http client error');
    expect(warning?.obj).toMatchObject({ status: 400 });
    expect(JSON.stringify(warning?.obj)).not.toMatch(/stack|at .*\.js:\d+/);
  });
});
