import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kysely, Migrator, PostgresAdapter, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
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

/** Where the data lives: a PostgreSQL server when DATABASE_URL is set, else the SQLite file at DB_PATH. */
export interface StoreConfig {
  readonly DB_PATH: string;
  readonly DATABASE_URL?: string | undefined;
  readonly DB_POOL_MAX: number;
  readonly DB_STATEMENT_TIMEOUT_MS: number;
  readonly DB_CONNECT_TIMEOUT_MS: number;
  readonly DB_POOL_WAIT_MS: number;
}

/**
 * Opens the configured store. `pg` is imported only here and only for a
 * DATABASE_URL, so an SQLite deployment never loads (or needs) it.
 */
export async function openStore(config: StoreConfig, onIdleError?: (err: Error) => void): Promise<Db> {
  if (!config.DATABASE_URL) return openDatabase(config.DB_PATH);
  const { openPostgres } = await import('./postgres.ts');
  return openPostgres({
    url: config.DATABASE_URL,
    poolMax: config.DB_POOL_MAX,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    poolWaitMs: config.DB_POOL_WAIT_MS,
    onIdleError,
  });
}

/** True on PostgreSQL: for the few statements (and migration column types) that differ from SQLite. */
// biome-ignore lint/suspicious/noExplicitAny: migrations receive Kysely<any>.
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Applies pending migrations; throws with the failing migration's name when one fails. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  // On PostgreSQL the migration tables live in the schema the connection works in (search_path): Kysely
  // looks for them across all schemas otherwise, and another schema's tables on the server would fool it.
  const schema = isPostgres(db) ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider(), ...(schema ? { migrationTableSchema: schema } : {}) });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
