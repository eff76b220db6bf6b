import type { Db } from '../database.ts';
import * as bindFailures from './bind-failure.repository.ts';
import * as chats from './chat.repository.ts';
import * as conversations from './conversation.repository.ts';
import * as digest from './digest.repository.ts';
import * as inbound from './inbound.repository.ts';
import * as inboundJournal from './inbound-journal.repository.ts';
import * as invites from './invite.repository.ts';
import * as milestones from './milestone.repository.ts';
import * as outbox from './outbox.repository.ts';
import * as people from './people.repository.ts';
import * as programme from './programme.repository.ts';
import * as qaLog from './qa-log.repository.ts';
import * as rateWindows from './rate-window.repository.ts';
import * as reports from './report.repository.ts';
import * as trend from './trend.repository.ts';
import * as webSessions from './web-session.repository.ts';

/** A repository module's queries with the database already given: `findReport(db, …)` becomes `reports.findReport(…)`. */
export type Bound<M> = {
  readonly [K in keyof M as M[K] extends (db: Db, ...args: never[]) => unknown ? K : never]: M[K] extends (db: Db, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

const modules = {
  bindFailures,
  chats,
  conversations,
  digest,
  inbound,
  inboundJournal,
  invites,
  milestones,
  outbox,
  people,
  programme,
  qaLog,
  rateWindows,
  reports,
  trend,
  webSessions,
};
type Modules = typeof modules;

/**
 * What features get instead of the Kysely instance: every repository, bound to one
 * database (or to one transaction inside `transaction`). Features never hold `Db`.
 */
export type Repositories = { readonly [K in keyof Modules]: Bound<Modules[K]> } & {
  /** Runs `work` in one transaction, with the repositories bound to it; not to be nested. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
};

function bind<M extends object>(db: Db, module: M): Bound<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(module)) {
    if (typeof query === 'function') bound[name] = (...args: unknown[]) => query(db, ...args);
  }
  return bound as Bound<M>;
}

/** The repositories over `db` (the composition root builds them once; `transaction` once per transaction). A new repository file is one entry in `modules`. */
export function createRepositories(db: Db): Repositories {
  const bound = Object.fromEntries(Object.entries(modules).map(([name, module]) => [name, bind(db, module)])) as { [K in keyof Modules]: Bound<Modules[K]> };
  return { ...bound, transaction: (work) => db.transaction().execute((trx) => work(createRepositories(trx))) };
}
