import type { ColumnDataType, CreateTableBuilder, Kysely } from 'kysely';
import { isPostgres } from './database.ts';

// Migrations are written once for both stores; the column types that differ are chosen here.
// biome-ignore-start lint/suspicious/noExplicitAny: migrations work on Kysely<any> and untyped table builders.

/** An `id` primary key numbered by the database: SQLite's integer autoincrement, PostgreSQL's serial. */
export function withId(db: Kysely<any>, table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return isPostgres(db) ? table.addColumn('id', 'serial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** An integer that may pass 2^31 (money in yuan, summed figures): SQLite's integer is 64-bit already, PostgreSQL's is not. */
export function wideInteger(db: Kysely<any>): ColumnDataType {
  return isPostgres(db) ? 'bigint' : 'integer';
}
// biome-ignore-end lint/suspicious/noExplicitAny: end of the migration helpers.
