import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A bot running in its own process, reached over loopback HTTP. */
export interface ChildBot {
  readonly process: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Milliseconds from spawn until /healthz answered 200. */
  readonly readyMs: number;
  /** Resident memory of the bot process now, in MB (Linux /proc, else `ps`). */
  rssMb(): number;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** SIGKILL, and wait for the process to be gone. */
  kill(): Promise<void>;
  /** SIGTERM (orderly stop), then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MB. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    if (kb) return kb / 1024;
  } catch {
    // not Linux: fall through to ps
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/**
 * Spawns `node --import tsx <entry>` (one process, so its pid and memory are the bot's own;
 * the tsx CLI would add a wrapper process) on a free port with the given environment, and
 * waits until /healthz answers 200.
 */
export async function spawnBot(options: {
  entry?: string;
  env: Record<string, string>;
  timeoutMs?: number;
  port?: number;
  nodeArgs?: readonly string[];
  cwd?: string;
  /** Compiled JavaScript (npm run build): plain node, no tsx loader. */
  plainNode?: boolean;
}): Promise<ChildBot> {
  const port = options.port ?? (await freePort());
  const entry = options.entry ?? 'src/main.ts';
  const t0 = performance.now();
  // From another working directory (to read its .env) the loader and the entry are named by absolute path.
  const loader = options.cwd ? import.meta.resolve('tsx') : 'tsx';
  const script = options.cwd ? join(REPO_ROOT, entry) : entry;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...(options.plainNode ? [] : ['--import', loader]), script], {
    cwd: options.cwd ?? REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      // In the repository folder a .env is a developer's or a deployment's, never the test's: not read.
      // A test that starts the bot in a folder of its own (cwd) writes the .env it means.
      ...(options.cwd ? {} : { SHIFAN_NO_ENV_FILE: '1' }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString('utf8')).slice(-8000);
  });
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + (options.timeoutMs ?? 30_000);
  let readyMs = 0;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`bot exited before it was ready (${child.exitCode ?? child.signalCode}): ${err}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) {
        readyMs = performance.now() - t0;
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`bot not ready within ${options.timeoutMs ?? 30_000} ms: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const pid = child.pid!;
  return {
    process: child,
    port,
    url,
    readyMs,
    rssMb: () => rssOf(pid),
    stderr: () => err,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
