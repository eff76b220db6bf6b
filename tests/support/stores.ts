/**
 * The stores tests run against. SQLite always; PostgreSQL when the run is the `postgres`
 * vitest project (TEST_STORE=postgres), which exists only when TEST_DATABASE_URL names a
 * server (.ci/run starts one). On PostgreSQL every test gets its own schema, named after
 * its temporary folder, so test files run in parallel on one server and a bot restarted
 * on the same folder finds its data again.
 */
import { basename, join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { migrate, openStore, type Db } from '../../storage/database.ts';

export type Backend = 'sqlite' | 'postgres';

/** The backend of this test run. */
export function currentBackend(): Backend {
  return process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_STORE=postgres needs TEST_DATABASE_URL (a PostgreSQL server for tests)');
  return url;
}

/** The schema a test folder's data lives in. */
export function schemaFor(dir: string): string {
  return `t_${basename(dir)
    .replace(/[^a-zA-Z0-9]/g, '_')
    .toLowerCase()}`;
}

async function admin<T>(server: string, run: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A connection string whose search_path is the schema (created if missing). */
export async function postgresUrl(schema: string, server = serverUrl()): Promise<string> {
  await admin(server, (c) => c.query(`create schema if not exists "${schema}"`));
  const url = new URL(server);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string, server = serverUrl()): Promise<void> {
  await admin(server, (c) => c.query(`drop schema if exists "${schema}" cascade`));
}

/**
 * The environment that puts a bot's data in the test folder's store: DB_PATH (SQLite), or
 * DATABASE_URL for the folder's own schema (PostgreSQL).
 */
export async function storeEnv(dir: string, backend: Backend = currentBackend()): Promise<Record<string, string>> {
  if (backend === 'sqlite') return { DB_PATH: join(dir, 'shifan.sqlite') };
  return { DB_PATH: join(dir, 'shifan.sqlite'), DATABASE_URL: await postgresUrl(schemaFor(dir)) };
}

/** Removes the folder's PostgreSQL schema (the folder itself is the caller's). */
export async function disposeStore(dir: string, backend: Backend = currentBackend()): Promise<void> {
  if (backend === 'postgres') await dropSchema(schemaFor(dir));
}

/** A migrated database of the current backend for the folder, opened as the bot opens it. */
export async function openTestDb(dir: string, backend: Backend = currentBackend()): Promise<Db> {
  const db = await openStore(loadConfig({ NODE_ENV: 'test', ...(await storeEnv(dir, backend)) }));
  await migrate(db);
  return db;
}
