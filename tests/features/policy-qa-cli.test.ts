import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot } from '../support/bot.ts';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npx tsx src/cli.ts …` as an official's admin would, against a given database file. */
function cli(args: readonly string[], dbPath: string, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, DB_PATH: dbPath, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

const dir = mkdtempSync(join(tmpdir(), 'shifan-qa-cli-'));
const emptyDb = join(dir, 'empty.sqlite');
let json: Run;
let human: Run;
let jsonl: Run;
let misses: Run;
let badAt: Run;

beforeAll(async () => {
  // A bot that has been asked an unanswerable question and got a 没用, then stopped: its database is what `qa misses` reads.
  const bot = await startTestBot({ reuseDir: dir });
  await bot.say('zhuoni-official', '每个村级站点补贴多少钱？');
  await bot.say('diebu-official', '考核不合格会怎么样？');
  await bot.say('diebu-official', '没用');
  await bot.say('luqu-official', '上行比例最少多少？');
  await bot.stop();
  // The CLI starts slowly (it loads the whole bot); run the commands side by side.
  [json, human, jsonl, misses, badAt] = await Promise.all([
    cli(['ask', '--json', '--at', '2018-09-20T10:00+08:00', '公服中心能花多少？'], emptyDb),
    cli(['ask', '每个站点补多少钱'], emptyDb),
    cli(['ask', '--jsonl', '--at', '2018-10-08T09:00+08:00'], emptyDb, '桌尼县多少钱\n\n实施方案还有几天截止\n举报电话是多少\n'),
    cli(['qa', 'misses'], bot.dbPath),
    cli(['ask', '--at', 'yesterday', '招标啥时候截止'], emptyDb),
  ]);
}, 200_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- ask / qa misses', () => {
  it('ask --json prints exactly {question, answered, answer, citations}', () => {
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['question', 'answered', 'answer', 'citations']);
    expect(out).toMatchObject({ question: '公服中心能花多少？', answered: true });
    expect(out.answer).toContain('最多225万元');
    expect(out.citations).toEqual([
      {
        source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》',
        section: '三（二）2',
        quote: '公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。',
      },
    ]);
  });

  it('ask prints the answer as a person reads it', () => {
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^通知中没有明确规定按服务点、村、户或人计算的补贴标准或金额/);
    expect(human.stdout).toContain('依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》');
    expect(human.stdout).not.toContain('{');
  });

  it('ask --jsonl answers one question per line, one JSON object per line, skipping blank lines', () => {
    expect(jsonl.code).toBe(0);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { question: string; answered: boolean; answer: string });
    expect(lines.map((l) => l.question)).toEqual(['桌尼县多少钱', '实施方案还有几天截止', '举报电话是多少']);
    expect(lines[0]!.answer).toContain('按“卓尼县”理解');
    expect(lines[1]!.answer).toContain('已于2018年9月30日截止');
    expect(lines[2]).toMatchObject({ answered: false });
  });

  it('qa misses lists the unanswered and the disliked questions, not the good ones', () => {
    expect(misses.code).toBe(0);
    expect(misses.stdout).toContain('每个村级站点补贴多少钱?');
    expect(misses.stdout).toContain('未答出');
    expect(misses.stdout).toContain('考核不合格会怎么样?');
    expect(misses.stdout).toContain('答复被标记为“没用”');
    expect(misses.stdout).not.toContain('上行比例最少多少');
  });

  it('says in Chinese what --at expects', () => {
    expect(badAt.code).toBe(1);
    expect(badAt.stderr).toContain('--at 应为日期时间');
  });
});
