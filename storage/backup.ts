import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import sqlite3 from 'sqlite3';

function open(path: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((ok, fail) => {
    const db = new sqlite3.Database(path, mode, (err) => (err ? fail(err) : ok(db)));
  });
}

function all<T>(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((ok, fail) => db.all(sql, params, (err, rows) => (err ? fail(err) : ok(rows as T[]))));
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((ok, fail) => db.close((err) => (err ? fail(err) : ok())));
}

/**
 * A consistent copy of a live SQLite database: `VACUUM INTO` reads one snapshot
 * (a read transaction, so the running bot goes on writing meanwhile under WAL) and
 * writes a compact, self-contained file (no -wal to carry along). The copy is then
 * checked with `integrity_check`. Refuses to overwrite an existing file.
 */
export async function backupDatabase(source: string, out: string): Promise<{ bytes: number; tables: number }> {
  if (!existsSync(source)) throw new Error(`database not found: ${resolve(source)} (check DB_PATH)`);
  if (existsSync(out)) throw new Error(`backup file already exists: ${resolve(out)} (choose a new name; nothing was overwritten)`);
  const db = await open(source, sqlite3.OPEN_READWRITE);
  try {
    db.configure('busyTimeout', 10_000); // wait out a writer's lock instead of failing at once
    await all(db, 'VACUUM INTO ?', [out]);
  } finally {
    await close(db);
  }
  const copy = await open(out, sqlite3.OPEN_READONLY);
  try {
    const check = await all<{ integrity_check: string }>(copy, 'pragma integrity_check');
    if (check[0]?.integrity_check !== 'ok') throw new Error(`the backup failed its integrity check: ${check.map((r) => r.integrity_check).join('; ')}`);
    const tables = await all<{ n: number }>(copy, "select count(*) as n from sqlite_master where type = 'table'");
    return { bytes: statSync(out).size, tables: tables[0]?.n ?? 0 };
  } finally {
    await close(copy);
  }
}
