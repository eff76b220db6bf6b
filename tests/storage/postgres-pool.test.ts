import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openStore, type Db } from '../../storage/database.ts';
import { disposeStore, storeEnv } from '../support/stores.ts';

/** The pg pool's two waits (PostgreSQL only): in line for a busy pool's connection, and opening a new one. */
describe('PostgreSQL connection pool', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function open(env: Record<string, string>): Promise<Db> {
    const db = await openStore(loadConfig({ NODE_ENV: 'test', ...env }));
    cleanups.push(() => db.destroy());
    return db;
  }

  it('lets a message wait in line for a busy connection longer than opening one may take', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shifan-pool-'));
    cleanups.push(async () => {
      await disposeStore(dir, 'postgres');
      rmSync(dir, { recursive: true, force: true });
    });
    const db = await open({ ...(await storeEnv(dir, 'postgres')), DB_POOL_MAX: '1', DB_CONNECT_TIMEOUT_MS: '200', DB_POOL_WAIT_MS: '10000' });
    const slow = sql`select pg_sleep(0.8)`.execute(db);
    // The one connection is busy for 0.8 s, four times the connect timeout: the second statement waits for it.
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    const { rows } = await sql<{ n: number }>`select 1 as n`.execute(db);
    await slow;
    expect(rows).toEqual([{ n: 1 }]);
    expect(performance.now() - started).toBeGreaterThan(400);
  });

  it('gives up opening a connection to a server that does not answer after DB_CONNECT_TIMEOUT_MS, not DB_POOL_WAIT_MS', async () => {
    // Accepts the TCP connection and never answers PostgreSQL's start-up message.
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    });
    const port = (silent.address() as { port: number }).port;
    const db = await open({ DATABASE_URL: `postgres://shifan@127.0.0.1:${port}/shifan`, DB_CONNECT_TIMEOUT_MS: '300', DB_POOL_WAIT_MS: '20000' });
    const started = performance.now();
    await expect(sql`select 1`.execute(db)).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
