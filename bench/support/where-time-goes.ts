/**
 * Where a load run's time goes, for bench/instances.bench.ts: CPU seconds of the bot processes,
 * of the PostgreSQL server and of the load driver (Linux /proc; the server only when it runs on
 * this machine and /proc shows its processes), and the statements the server ran
 * (pg_stat_statements, when the server preloads it). Whatever cannot be read is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** CPU time (user + system) of a process so far, in ms; undefined off Linux or when it is gone. */
export function processCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name: state is 0, utime 11, stime 12, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** CPU time of a server's postmaster and every process it started (backends, WAL writer, …), in ms. */
function serverCpuMs(postmaster: number): number | undefined {
  const own = processCpuMs(postmaster);
  if (own === undefined) return undefined;
  let total = own;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (new RegExp(`\\nPPid:\\s+${postmaster}\\n`).test(readFileSync(`/proc/${entry}/status`, 'utf8'))) total += processCpuMs(Number(entry)) ?? 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

async function withClient<T>(url: string, work: (c: import('pg').Client) => Promise<T>): Promise<T | undefined> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await work(client);
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The postmaster's pid when the server runs on this machine (its backend is a child we can see). */
async function localPostmaster(url: string): Promise<number | undefined> {
  return withClient(url, async (c) => {
    // Read while the backend lives: it exits when the client disconnects.
    const backend = (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const parent = Number(/\nPPid:\s+(\d+)\n/.exec(readFileSync(`/proc/${backend}/status`, 'utf8'))?.[1]);
    return /^Name:\s+postgres\n/.test(readFileSync(`/proc/${parent}/status`, 'utf8')) ? parent : undefined;
  });
}

/** Statements run on the server's current database since the last reset, ours excluded; undefined without pg_stat_statements. */
async function statementsRun(url: string, reset: boolean): Promise<number | undefined> {
  return withClient(url, async (c) => {
    await c.query('create extension if not exists pg_stat_statements');
    if (reset) {
      await c.query('select pg_stat_statements_reset()');
      return 0;
    }
    const { rows } = await c.query<{ n: string | null }>(
      `select sum(calls) as n from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`,
    );
    return Number(rows[0]?.n ?? 0);
  });
}

export interface TimeSpent {
  /** CPU ms of the bot processes together. */
  readonly botCpuMs?: number;
  readonly postgresCpuMs?: number;
  readonly driverCpuMs: number;
  /** Statements the PostgreSQL server ran (pg_stat_statements). */
  readonly statements?: number;
  /** The machine's 1-minute load average at the end of the run. */
  readonly loadAvg: number;
}

/**
 * Starts counting before a load; `stop()` after it says what the run cost. `pids` are the bot
 * processes; `postgresUrl` the server's own address (not a test schema's: the extension lives in public).
 */
export async function startCounting(pids: readonly number[], postgresUrl?: string): Promise<{ stop(): Promise<TimeSpent> }> {
  const postmaster = postgresUrl ? await localPostmaster(postgresUrl) : undefined;
  const counting = postgresUrl ? (await statementsRun(postgresUrl, true)) !== undefined : false;
  const bots0 = pids.map(processCpuMs);
  const server0 = postmaster ? serverCpuMs(postmaster) : undefined;
  const driver0 = process.cpuUsage();
  return {
    async stop() {
      const driver = process.cpuUsage(driver0);
      const bots = pids.map(processCpuMs);
      const server = postmaster ? serverCpuMs(postmaster) : undefined;
      const statements = counting && postgresUrl ? await statementsRun(postgresUrl, false) : undefined;
      const botCpuMs = bots.every((b, i) => b !== undefined && bots0[i] !== undefined) ? bots.reduce<number>((s, b, i) => s + b! - bots0[i]!, 0) : undefined;
      return {
        ...(botCpuMs !== undefined ? { botCpuMs } : {}),
        ...(server !== undefined && server0 !== undefined ? { postgresCpuMs: server - server0 } : {}),
        driverCpuMs: (driver.user + driver.system) / 1000,
        ...(statements !== undefined ? { statements } : {}),
        loadAvg: Math.round(loadavg()[0]! * 100) / 100,
      };
    },
  };
}
