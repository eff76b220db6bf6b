import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Every process below `root` (children, grandchildren…), from `ps`. */
function descendants(root: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of rows) {
      if (parent === pid) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Whether a process still runs (a zombie left for a container's init to reap does not). */
function alive(pid: number): boolean {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no process running after `kill` on npm', async () => {
    const npm = spawn('npm', ['start'], {
      env: { ...process.env, PORT: '0', DB_PATH: join(dir, 'shifan.sqlite'), SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /is ready: (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      npm.stdout.on('data', read);
      npm.stderr.on('data', read);
      npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const tree = descendants(npm.pid!);
    expect(tree.length).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    process.kill(npm.pid!, 'SIGTERM');
    await exited;
    try {
      await expect.poll(() => tree.filter(alive), { timeout: 10_000 }).toEqual([]);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      // A failed run must not leave the bot behind on the machine.
      for (const pid of tree.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  }, 90_000);
});
