import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

/** How the bot talks to PostgreSQL (config: DATABASE_URL, DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS, DB_POOL_WAIT_MS). */
export interface PostgresOptions {
  readonly url: string;
  /** Connections per bot process; N processes open up to N × this many (keep it under max_connections). */
  readonly poolMax: number;
  /** A statement running longer is cancelled by the server, so a stuck query fails a message instead of hanging it. */
  readonly statementTimeoutMs: number;
  /** How long opening a new connection may take before the message fails (the server is down or unreachable). */
  readonly connectTimeoutMs: number;
  /**
   * How long a message may wait for a free connection while all of the pool's are busy (a burst).
   * Longer than connectTimeoutMs: under a burst the pool is where messages queue, and failing them
   * after a few seconds in line turned a slow answer into an apology for half of 1,000 officials.
   */
  readonly poolWaitMs: number;
  /** Called when an idle connection breaks (the server restarted); the pool drops it and opens a new one when needed. */
  readonly onIdleError?: (err: Error) => void;
}

// COUNT(*) and SUM over integers are bigint / numeric in PostgreSQL, which `pg` returns as strings;
// every figure this bot stores fits a JavaScript number, so both come back as numbers, as in SQLite.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

const stripNul = (v: unknown): unknown => (typeof v === 'string' && v.includes('\0') ? v.replaceAll('\0', '') : v);

/**
 * PostgreSQL's text cannot hold U+0000, which SQLite stores; a message that contains one
 * (pasted from a broken file, or hostile) is stored without it instead of failing. Done on the
 * parameters as they leave for the server: a Kysely plugin rewriting every query's syntax tree
 * cost more CPU than compiling the query (a tenth of the bot's work per message under load).
 */
class NulFreeClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; only (text, values) is rewritten.
  override query(...args: any[]): any {
    if (Array.isArray(args[1]) && args[1].some((v) => typeof v === 'string' && v.includes('\0'))) args[1] = args[1].map(stripNul);
    // biome-ignore lint/suspicious/noExplicitAny: forwarded as given.
    return (super.query as (...a: any[]) => any)(...args);
  }
}

/** NulFreeClient that gives up opening a connection after `connectTimeoutMs`, whatever the pool waits for a free one. */
function clientOpeningWithin(connectTimeoutMs: number) {
  return class extends NulFreeClient {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
    }
  };
}

/** A Kysely instance over a `pg` pool. Only loaded (dynamic import) when DATABASE_URL is set. */
export function openPostgres(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    // The pool's limit covers the wait in line for a connection; the client's own, opening one.
    connectionTimeoutMillis: Math.max(options.poolWaitMs, options.connectTimeoutMs),
    statement_timeout: options.statementTimeoutMs,
    idleTimeoutMillis: 30_000,
    types,
    Client: clientOpeningWithin(options.connectTimeoutMs),
  });
  // Without a listener, an idle client's error (e.g. the server restarting) would crash the process.
  pool.on('error', (err) => options.onIdleError?.(err));
  // A connection checked out when it breaks reports on the client itself (the query waiting on it fails too).
  pool.on('connect', (client) => {
    client.on('error', (err) => options.onIdleError?.(err));
    // No JIT compilation: the digest's and the dashboard's queries over thousands of reports look
    // dear to the planner, which then spends seconds compiling what runs in milliseconds without it.
    // (Queued ahead of the client's first query.)
    client.query('set jit = off').catch((err: Error) => options.onIdleError?.(err));
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
