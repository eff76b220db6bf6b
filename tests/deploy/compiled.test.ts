import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, spawnBot } from '../support/child-bot.ts';

/** Built like `npm run build`, into a git-ignored folder inside the repository (node_modules is found from there). */
const OUT = join('tests', 'output', 'build');

/** A kept-alive HTTP/1.1 connection: one request at a time, the answer read by Content-Length (status 0 when the connection is cut first). */
async function openConnection(port: number): Promise<{ post(body: string): Promise<{ status: number; head: string; body: string; at: number }> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => {});
  let buffer = Buffer.alloc(0);
  let waiting: (() => void) | undefined;
  socket.on('data', (d: Buffer) => {
    buffer = Buffer.concat([buffer, d]);
    waiting?.();
  });
  socket.on('close', () => waiting?.());
  return {
    post(body) {
      buffer = Buffer.alloc(0);
      socket.write(
        `POST /api/local/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return new Promise((resolve) => {
        waiting = () => {
          const end = buffer.indexOf('\r\n\r\n');
          const head = end < 0 ? '' : buffer.subarray(0, end).toString('utf8');
          const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? NaN);
          if (end >= 0 && buffer.length >= end + 4 + length) {
            waiting = undefined;
            resolve({
              status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
              head,
              body: buffer.subarray(end + 4, end + 4 + length).toString('utf8'),
              at: performance.now(),
            });
          } else if (socket.destroyed || socket.readableEnded) {
            waiting = undefined;
            resolve({ status: 0, head, body: '', at: performance.now() });
          }
        };
      });
    },
  };
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

describe('the compiled bot (npm run build, npm run start:prod)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-compiled-'));
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', OUT], { cwd: REPO_ROOT, stdio: 'pipe' });
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports no .ts file and carries the files it reads at run time', () => {
    const out = join(REPO_ROOT, OUT);
    const tsImports = jsFiles(out).filter((f) => /(?:from|import\()\s*["'][^"']+\.ts["']/.test(readFileSync(f, 'utf8')));
    expect(tsImports).toEqual([]);
    for (const asset of [
      'bots/local/page.html',
      'storage/programmes/gansu-2018/programme.json',
      'storage/programmes/gansu-2018/notice.md',
      'storage/migrations/20260101T000000-initial.js',
    ]) {
      expect(existsSync(join(out, asset)), asset).toBe(true);
    }
  });

  it('runs with plain node: /healthz, the page and a chat message; SIGTERM answers what is in flight and closes the database', async () => {
    const dbPath = join(dir, 'compiled.sqlite');
    const bot = await spawnBot({
      entry: join(OUT, 'src', 'main.js'),
      plainNode: true,
      env: { NODE_ENV: 'development', DB_PATH: dbPath, SCHEDULER_ENABLED: 'true' },
    });
    try {
      expect(bot.process.spawnargs.join(' ')).not.toMatch(/tsx/);
      const page = await fetch(`${bot.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('示范助手 · 本地对话');
      const say = (from: string, text: string) =>
        fetch(`${bot.url}/api/local/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, text }) });
      const first = (await (await say('zhuoni-official', '我是谁')).json()) as { replies: { text: string }[] };
      expect(first.replies[0]!.text).toContain('杨建华');

      // Requests that reached the bot when SIGTERM arrives are all answered, on connections it
      // had accepted (kept alive from a first request), then it exits 0 with the database closed
      // (SQLite removes the WAL file when its last connection closes).
      const body = (i: number) => JSON.stringify({ from: `visitor-${i}`, text: '公服中心能花多少' });
      const connections = await Promise.all(Array.from({ length: 40 }, () => openConnection(bot.port)));
      for (const [i, c] of connections.entries()) expect((await c.post(body(i))).status).toBe(200);
      const posts = connections.map((c, i) => c.post(body(i)));
      // The requests are written; the signal follows at once (some may not even be read yet).
      await bot.stop(20_000);
      const results = await Promise.all(posts);
      expect(results.filter((r) => r.status !== 200 || !r.body.includes('"replies":[{')).map((r) => `${r.status} ${r.head}`)).toEqual([]);
      // The signal did land while work was in hand (else this test would prove nothing): answers
      // given while stopping tell the client not to reuse the connection.
      expect(results.filter((r) => /connection: close/i.test(r.head)).length).toBeGreaterThan(0);
      expect(bot.process.exitCode).toBe(0);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
      expect(bot.stderr()).toBe('');
    } finally {
      await bot.kill();
    }
  }, 60_000);
});
