import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { migrate, openStore, type Db } from '../../storage/database.ts';
import { currentBackend, disposeStore, schemaFor, storeEnv } from '../support/stores.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-mig-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) {
    await disposeStore(d);
    rmSync(d, { recursive: true, force: true });
  }
});

/** The store of a test folder as the bot opens it (an SQLite file in a folder yet to be created, or the folder's schema). */
async function open(dir: string): Promise<Db> {
  const env = await storeEnv(dir);
  return openStore(loadConfig({ NODE_ENV: 'test', ...env, DB_PATH: join(dir, 'nested', 'shifan.sqlite') }));
}

describe(`migrations (${currentBackend()})`, () => {
  it('create every table on an empty database, with the store configured for the bot', async () => {
    const dir = tempDir();
    const db = await open(dir);
    const result = await migrate(db);
    expect(result.results?.every((r) => r.status === 'Success')).toBe(true);
    // Only this test's own tables (on PostgreSQL, other tests' schemas are on the same server).
    const own = (schema?: string) => currentBackend() === 'sqlite' || schema === schemaFor(dir);
    const tables = (await db.introspection.getTables()).filter((t) => own(t.schema)).map((t) => t.name);
    for (const t of [
      'people',
      'identities',
      'invites',
      'chats',
      'conversations',
      'reports',
      'report_values',
      'report_revisions',
      'milestones',
      'outbox',
      'inbound_events',
      'qa_log',
      'web_sessions',
      'bind_failures',
      'rate_windows',
    ]) {
      expect(tables).toContain(t);
    }
    if (currentBackend() === 'sqlite') {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
    } else {
      // DB_STATEMENT_TIMEOUT_MS (15 s by default) reaches every pooled connection.
      const timeout = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db);
      expect(timeout.rows[0]?.statement_timeout).toBe('15s');
    }
    await db.destroy();
  });

  it('leave an existing database and its data as they are, and apply nothing twice', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await migrate(first);
    await first.insertInto('inbound_events').values({ platform: 'local', event_id: 'kept', received_at: new Date().toISOString() }).execute();
    await first.destroy();

    const second = await open(dir);
    const result = await migrate(second);
    expect(result.results).toEqual([]);
    const kept = await second.selectFrom('inbound_events').selectAll().execute();
    expect(kept.map((r) => r.event_id)).toEqual(['kept']);
    await second.destroy();
  });

  it('enforce foreign keys', async () => {
    const db = await open(tempDir());
    await migrate(db);
    await expect(
      db.insertInto('identities').values({ person_id: 999, platform: 'local', platform_user_id: 'x', created_at: '2018-01-01' }).execute(),
    ).rejects.toThrow(/FOREIGN KEY|foreign key/);
    await db.destroy();
  });

  it('number new rows from 1 and keep integers above 2^31 (money in yuan, sums) exact', async () => {
    const db = await open(tempDir());
    await migrate(db);
    const at = '2018-09-20T02:00:00.000Z';
    await db.insertInto('programmes').values({ id: 'p', name: '示范', loaded_at: at }).execute();
    await db
      .insertInto('counties')
      .values({ id: 'c', programme_id: 'p', prefecture_id: null, name: '某县', allocation_yuan: 5_000_000_000, poor_villages: null })
      .execute();
    const person = await db
      .insertInto('people')
      .values({ name: '张三', role: 'official', county_id: 'c', prefecture_id: null, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(person.id).toBe(1);
    const county = await db.selectFrom('counties').select('allocation_yuan').executeTakeFirstOrThrow();
    expect(county.allocation_yuan).toBe(5_000_000_000);
    const count = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    await db.destroy();
  });
});
