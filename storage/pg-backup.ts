import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** A PostgreSQL client tool (pg_dump, pg_restore) that is not on PATH. */
export class MissingToolError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} not found on PATH`);
  }
}

interface Connection {
  /** The URL without its password (the password goes in PGPASSWORD, so `ps` never shows it). */
  readonly url: string;
  readonly password: string | undefined;
  /** The one schema the bot works in, when DATABASE_URL names it (options=-c search_path=…). */
  readonly schema: string | undefined;
}

function connection(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  // libpq reads %20, not the + that URLSearchParams writes for a space (options=-c search_path=…).
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  url.search = query ? `?${query}` : '';
  const path = /search_path=([^\s,]+)(?:\s|$)/.exec(url.searchParams.get('options') ?? '')?.[1];
  return { url: url.toString(), password, schema: path && path !== 'public' ? path : undefined };
}

function run(tool: string, args: readonly string[], password: string | undefined): Promise<string> {
  return new Promise((ok, fail) => {
    const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? new MissingToolError(tool) : e));
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${tool} exited with ${code}: ${err.trim()}`))));
  });
}

/** The tables a custom-format dump holds, as `pg_restore --list` reads them (which also proves the file readable). */
async function dumpTables(file: string): Promise<number> {
  const list = await run('pg_restore', ['--list', file], undefined);
  return list.split('\n').filter((line) => /^\d+; \d+ \d+ TABLE (?!DATA )/.test(line)).length;
}

/**
 * A consistent backup of the bot's PostgreSQL data with `pg_dump -Fc` (one snapshot; the bots keep
 * running): the whole database, or only the bot's schema when DATABASE_URL names one. The file is
 * then read back with `pg_restore --list`. Refuses to overwrite an existing file; a failed dump leaves none.
 */
export async function backupPostgres(databaseUrl: string, out: string): Promise<{ bytes: number; tables: number }> {
  if (existsSync(out)) throw new Error(`backup file already exists: ${resolve(out)} (choose a new name; nothing was overwritten)`);
  const c = connection(databaseUrl);
  try {
    await run('pg_dump', ['--format=custom', `--file=${out}`, ...(c.schema ? [`--schema=${c.schema}`] : []), `--dbname=${c.url}`], c.password);
  } catch (err) {
    rmSync(out, { force: true });
    throw err;
  }
  return { bytes: statSync(out).size, tables: await dumpTables(out) };
}

/**
 * Restores a `backupPostgres` file into the database DATABASE_URL names with `pg_restore --clean --if-exists`
 * (its tables are replaced by the backup's; stop the bots first), as one transaction: a failure changes nothing.
 */
export async function restorePostgres(databaseUrl: string, file: string): Promise<{ tables: number }> {
  if (!existsSync(file)) throw new Error(`backup file not found: ${resolve(file)}`);
  const tables = await dumpTables(file);
  const c = connection(databaseUrl);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${c.url}`, file], c.password);
  return { tables };
}
