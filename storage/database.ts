import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kysely, Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type sqlite3 from 'sqlite3';
import type { Database } from './schema.ts';
import { Sqlite3Dialect } from './sqlite3-dialect.ts';

export type Db = Kysely<Database>;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Loads every timestamped migration in storage/migrations, in name order. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    // .ts under tsx, .js when compiled (npm run build); the name without its extension is what the database records.
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{8}T\d{6}-.+\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
    const entries = await Promise.all(
      files.map(async (f) => [f.replace(/\.(ts|js)$/, ''), (await import(pathToFileURL(join(MIGRATIONS_DIR, f)).href)) as Migration] as const),
    );
    return Object.fromEntries(entries);
  }
}

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

/** Opens the SQLite file (creating its folder), with WAL, foreign keys and a busy timeout. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new Kysely<Database>({
    dialect: new Sqlite3Dialect({
      filename: path,
      onOpen: async (raw) => {
        raw.configure('busyTimeout', 5000);
        await exec(raw, 'pragma journal_mode = wal; pragma foreign_keys = on; pragma synchronous = normal;');
      },
    }),
  });
}

/** Applies pending migrations; throws with the failing migration's name when one fails. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider() });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
