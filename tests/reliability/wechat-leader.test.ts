import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { sql } from 'kysely';
import { ManualClock } from '../../src/core/clock.ts';
import { textReply } from '../../src/core/reply.ts';
import type { LeaderOnlyAdapter } from '../../src/leader-adapter.ts';
import { enqueue, listOutbox } from '../../storage/repositories/outbox.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { disposeStore } from '../support/stores.ts';

/** Runs in the postgres project only (vitest.config.ts): the lock is PostgreSQL's. */
describe('the WeChat account with three bot processes on one PostgreSQL', () => {
  const bots: TestBot[] = [];
  const wechat = (bot: TestBot) => bot.shifan.adapters.get('wechat') as LeaderOnlyAdapter;
  const start = (reuseDir?: string) =>
    startTestBot({
      clock: new ManualClock('2018-09-20T10:00:00+08:00'),
      reuseDir,
      env: { WECHATY_ENABLED: 'true' },
      channels: { wechat: { puppet: new PuppetMock({ mocker: new mock.Mocker() }), print: () => {} } },
    });

  beforeAll(async () => {
    bots.push(await start());
    for (let i = 0; i < 2; i++) bots.push(await start(bots[0]!.dir));
  }, 60_000);

  afterAll(async () => {
    for (const b of bots) await b.stop();
    await disposeStore(bots[0]!.dir);
    rmSync(bots[0]!.dir, { recursive: true, force: true });
  });

  it('is logged in by one process only; the others leave its outbox messages to it', async () => {
    expect(bots.map((b) => wechat(b).ready())).toEqual([true, false, false]);
    const db = bots[0]!.shifan.services.db;
    const now = bots[0]!.clock.now();
    await enqueue(db, { dedupKey: 'wx-1', platform: 'wechat', chatId: 'wxid_someone', chatKind: 'direct', reply: textReply('通知'), dueAt: now }, now);
    await bots[1]!.shifan.scheduler.dispatchNow();
    await bots[2]!.shifan.scheduler.dispatchNow();
    expect((await listOutbox(db, { chatId: 'wxid_someone' })).map((r) => `${r.status} ${r.attempts}`)).toEqual(['pending 0']);
  });

  it('passes to another process when the leader dies (its database session ends)', async () => {
    const db = bots[0]!.shifan.services.db;
    // What a SIGKILLed leader leaves behind: its connection, and with it the lock, gone.
    const wechatLock = sql`locktype = 'advisory' and objsubid = 1 and objid::bigint = (hashtext('wechat:shifan')::bigint & 4294967295)`;
    await sql`select pg_terminate_backend(pid) from pg_locks where ${wechatLock}`.execute(db);
    // The server frees the lock once that backend has exited.
    for (let i = 0; i < 100; i++) {
      const held = await sql<{ n: number }>`select count(*) as n from pg_locks where ${wechatLock}`.execute(db);
      if (held.rows[0]?.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all([wechat(bots[1]!).check(), wechat(bots[2]!).check()]);
    expect(bots.slice(1).filter((b) => wechat(b).ready())).toHaveLength(1);
    // The old leader, if it lives on, finds its lock gone and stops its login; it does not take the account back.
    await wechat(bots[0]!).check();
    expect(wechat(bots[0]!).ready()).toBe(false);
    expect(bots.filter((b) => wechat(b).ready())).toHaveLength(1);
  });
});
