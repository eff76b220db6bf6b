import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate, openDatabase } from '../../storage/database.ts';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-mig-'));
  dirs.push(dir);
  return join(dir, 'nested', 'shifan.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('create every table on an empty database, with WAL and foreign keys on', async () => {
    const db = openDatabase(tempDb());
    const result = await migrate(db);
    expect(result.results?.every((r) => r.status === 'Success')).toBe(true);
    const tables = (await db.introspection.getTables()).map((t) => t.name);
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
    ]) {
      expect(tables).toContain(t);
    }
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await db.destroy();
  });

  it('leave an existing database and its data as they are, and apply nothing twice', async () => {
    const path = tempDb();
    const first = openDatabase(path);
    await migrate(first);
    await first.insertInto('inbound_events').values({ platform: 'local', event_id: 'kept', received_at: new Date().toISOString() }).execute();
    await first.destroy();

    const second = openDatabase(path);
    const result = await migrate(second);
    expect(result.results).toEqual([]);
    const kept = await second.selectFrom('inbound_events').selectAll().execute();
    expect(kept.map((r) => r.event_id)).toEqual(['kept']);
    await second.destroy();
  });

  it('enforce foreign keys', async () => {
    const db = openDatabase(tempDb());
    await migrate(db);
    await expect(
      db.insertInto('identities').values({ person_id: 999, platform: 'local', platform_user_id: 'x', created_at: '2018-01-01' }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.destroy();
  });
});
