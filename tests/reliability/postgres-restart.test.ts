import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { ERROR_TEXT } from '../../src/core/router.ts';
import { textReply } from '../../src/core/reply.ts';
import { enqueue, listOutbox } from '../../storage/repositories/outbox.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { startPgServer, type PgServer } from '../support/pg-server.ts';
import { disposeStore } from '../support/stores.ts';
import { texts, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';

/** Runs in the postgres project only (vitest.config.ts): it needs PostgreSQL's server binaries. */
describe('the PostgreSQL server restarted under a running bot', () => {
  let server: PgServer;
  let bot: TestBot;
  const who = 'luqu-official';

  beforeAll(async () => {
    server = await startPgServer();
    bot = await startTestBot({ clock: new ManualClock('2018-09-20T10:00:00+08:00'), env: { DATABASE_URL: server.url, DB_CONNECT_TIMEOUT_MS: '2000' } });
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await disposeStore(bot.dir);
    rmSync(bot.dir, { recursive: true, force: true });
    server?.destroy();
  });

  it('answers in Chinese while the server is down, keeps every acknowledged answer, and sends the outbox when it is back', async () => {
    expect(await bot.sayText(who, '填报')).toContain('开始填写碌曲县2018-W38周报');
    for (const answer of TYPICAL_WEEK.slice(0, 3)) expect(texts(await bot.say(who, answer))).not.toBe(ERROR_TEXT);
    const db = bot.shifan.services.db;
    await enqueue(
      db,
      { dedupKey: 'restart-1', platform: 'local', chatId: who, chatKind: 'direct', reply: textReply('服务器重启后的提醒'), dueAt: bot.clock.now() },
      bot.clock.now(),
    );

    server.stop();
    // In flight while the server is down: the usual apology, nothing more.
    expect(await bot.sayText(who, TYPICAL_WEEK[3]!)).toBe(ERROR_TEXT);
    expect(await bot.sayText(who, '公示有啥要求？')).toBe(ERROR_TEXT);
    await expect(bot.shifan.scheduler.dispatchNow()).rejects.toThrow();

    server.start();
    // The pool replaces its broken connections: the form goes on at the fourth field.
    const resumed = await bot.sayText(who, TYPICAL_WEEK[3]!);
    expect(resumed).toContain('已记录：其中用于乡村电商服务站点 8万元。');
    expect(resumed).toContain('（第5项，还剩约12项）其中用于电商培训的有多少万元？');
    for (const answer of TYPICAL_WEEK.slice(4)) await bot.say(who, answer);
    expect(await bot.sayText(who, '确认')).toContain('碌曲县2018-W38周报已提交');
    const stored = await db
      .selectFrom('report_values')
      .select(['field', 'num'])
      .where('field', 'in', ['spent_total', 'spent_upstream', 'spent_service_centre'])
      .execute();
    expect(Object.fromEntries(stored.map((r) => [r.field, r.num]))).toEqual({ spent_total: 450_000, spent_upstream: 250_000, spent_service_centre: 50_000 });

    // The outbox resumes: the message queued before the restart goes out once.
    expect((await bot.shifan.scheduler.dispatchNow()).sent).toBe(1);
    expect((await bot.posts(who)).map((p) => p.reply.text)).toEqual(['服务器重启后的提醒']);
    expect((await listOutbox(db, { chatId: who })).map((r) => `${r.status} ${r.attempts}`)).toEqual(['sent 1']);
  }, 120_000);
});
