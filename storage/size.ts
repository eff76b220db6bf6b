import { sql } from 'kysely';
import { isPostgres, type Db } from './database.ts';

/** Bytes the bot's data takes: the SQLite file's pages, or the tables and indexes of the PostgreSQL schema in use. */
export async function storeSizeBytes(db: Db): Promise<number> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ bytes: number }>`
      select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'`.execute(db);
    return Number(rows[0]?.bytes ?? 0);
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  const size = await sql<{ page_size: number }>`pragma page_size`.execute(db);
  return (pages.rows[0]?.page_count ?? 0) * (size.rows[0]?.page_size ?? 0);
}
