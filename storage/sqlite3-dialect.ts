import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import sqlite3 from 'sqlite3';

/**
 * A Kysely dialect over the asynchronous `sqlite3` package. Kysely's built-in
 * SqliteDialect expects better-sqlite3's synchronous API, which the product
 * owner ruled out; this is the small async equivalent: one connection on
 * which single statements are pipelined and a transaction runs alone.
 */
export class Sqlite3Dialect implements Dialect {
  constructor(private readonly options: { readonly filename: string; readonly onOpen?: (db: sqlite3.Database) => Promise<void> }) {}
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new Sqlite3Driver(this.options.filename, this.options.onOpen);
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect interface declares Kysely<any> here.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

class Sqlite3Driver implements Driver {
  #db?: sqlite3.Database;
  /** The connection holding a transaction; every other statement waits until it ends. */
  #owner?: Sqlite3Connection;
  /** Transactions waiting to start: new single statements queue behind them, so they are not starved. */
  #pending = 0;
  /** Single statements running outside any transaction. */
  #inflight = 0;
  #waiters: Array<() => void> = [];

  constructor(
    private readonly filename: string,
    private readonly onOpen?: (db: sqlite3.Database) => Promise<void>,
  ) {}

  async init(): Promise<void> {
    this.#db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(this.filename, (err) => (err ? reject(err) : resolve(db)));
    });
    await this.onOpen?.(this.#db);
  }

  /**
   * Every caller gets its own handle on the one SQLite connection. Statements
   * outside transactions are pipelined (node-sqlite3 queues them without a
   * round trip to JavaScript in between); a transaction waits for them to
   * finish and then has the connection to itself until commit or rollback.
   */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new Sqlite3Connection(this.#db!, this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    this.#pending++;
    try {
      while (this.#owner || this.#inflight > 0) await this.#wait();
    } finally {
      this.#pending--;
    }
    this.#owner = connection as Sqlite3Connection;
    try {
      await this.#owner.run(CompiledQuery.raw('begin immediate'));
    } catch (err) {
      this.#end();
      throw err;
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed commit is followed by Kysely's rollback, which ends the transaction.
    await (connection as Sqlite3Connection).run(CompiledQuery.raw('commit'));
    this.#end();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await (connection as Sqlite3Connection).run(CompiledQuery.raw('rollback'));
    } finally {
      if (this.#owner === connection) this.#end();
    }
  }

  async releaseConnection(): Promise<void> {}

  /** Runs a statement for a handle, waiting while another handle holds a transaction. */
  async statement<R>(connection: Sqlite3Connection, compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#owner === connection) return connection.run<R>(compiled);
    while (this.#owner || this.#pending > 0) await this.#wait();
    this.#inflight++;
    try {
      return await connection.run<R>(compiled);
    } finally {
      this.#inflight--;
      if (this.#inflight === 0) this.#wake();
    }
  }

  #end(): void {
    this.#owner = undefined;
    this.#wake();
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  async destroy(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    if (db) await new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
  }
}

class Sqlite3Connection implements DatabaseConnection {
  constructor(
    private readonly db: sqlite3.Database,
    private readonly driver: Sqlite3Driver,
  ) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.statement<R>(this, compiled);
  }

  /** Runs a statement on the connection now (the driver has decided it may). */
  run<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiled;
    const params = parameters.map(toSqlite) as unknown[];
    const returnsRows = /^\s*(select|with|pragma|values|explain)\b/i.test(sql) || /\breturning\b/i.test(sql);
    return new Promise((resolve, reject) => {
      if (returnsRows) {
        this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })));
      } else {
        this.db.run(sql, params, function (err) {
          if (err) return reject(err);
          resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
        });
      }
    });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const result = await this.executeQuery<R>(compiled);
    for (const row of result.rows) yield { rows: [row] };
  }
}

function toSqlite(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}
