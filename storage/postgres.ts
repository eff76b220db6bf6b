import {
  Kysely,
  OperationNodeTransformer,
  PostgresDialect,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

/** How the bot talks to PostgreSQL (config: DATABASE_URL, DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS). */
export interface PostgresOptions {
  readonly url: string;
  /** Connections per bot process; N processes open up to N × this many (keep it under max_connections). */
  readonly poolMax: number;
  /** A statement running longer is cancelled by the server, so a stuck query fails a message instead of hanging it. */
  readonly statementTimeoutMs: number;
  /** How long to wait for a connection (a new one, or a free one from a busy pool) before the message fails. */
  readonly connectTimeoutMs: number;
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

/** Removes NUL characters from every string parameter. */
class NulStripper extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return { ...node, value: stripNul(node.value) };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map(stripNul) };
  }
}

/**
 * PostgreSQL's text cannot hold U+0000, which SQLite stores; a message that contains one
 * (pasted from a broken file, or hostile) is stored without it instead of failing.
 */
class NoNulText implements KyselyPlugin {
  readonly #transformer = new NulStripper();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A Kysely instance over a `pg` pool. Only loaded (dynamic import) when DATABASE_URL is set. */
export function openPostgres(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    connectionTimeoutMillis: options.connectTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    idleTimeoutMillis: 30_000,
    types,
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
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new NoNulText()] });
}
