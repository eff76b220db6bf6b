import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { listOutbox } from '../../storage/repositories/outbox.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { sh, timeline } from './helpers.ts';

describe('restarts, quiet hours and a second instance', () => {
  const dirs: string[] = [];
  const bots: TestBot[] = [];
  const start = async (now: string, options: { env?: Record<string, string>; reuseDir?: string } = {}) => {
    const bot = await startTestBot({ clock: new ManualClock(now), ...options });
    bots.push(bot);
    if (!dirs.includes(bot.dir)) dirs.push(bot.dir);
    return bot;
  };

  afterEach(async () => {
    for (const b of bots.splice(0)) await b.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('sends what came due while the bot was down once at start, and records older messages as skipped', async () => {
    // Running on Thursday 9-27 until 14:00: the weekly reminder (15:00) is still ahead.
    const first = await start('2018-09-27T09:00:00+08:00');
    await first.shifan.scheduler.tick();
    first.clock.set('2018-09-27T14:00:00+08:00');
    await first.shifan.scheduler.tick();
    await first.stop();

    // Down across 15:00; started again at 16:00 with the scheduler on: the catch-up at start sends it.
    const second = await start('2018-09-27T16:00:00+08:00', { reuseDir: first.dir, env: { SCHEDULER_ENABLED: 'true' } });
    expect(await timeline(second, 'diebu-official')).toEqual(['09-27 16:00 周报填报提醒']);
    await second.stop();

    // Another restart: nothing is sent twice.
    const third = await start('2018-09-27T16:30:00+08:00', { reuseDir: first.dir, env: { SCHEDULER_ENABLED: 'true' } });
    expect(await timeline(third, 'diebu-official')).toEqual([]);
    await third.stop();

    // Down from Thursday evening to Sunday 9-30 10:00 (a 调休 workday): Friday's last call (43 h ago),
    // Friday's deadline notice (40 h) and Saturday's T-1 reminder (25 h) are past the 24 h grace window.
    const fourth = await start('2018-09-30T10:00:00+08:00', { reuseDir: first.dir, env: { SCHEDULER_ENABLED: 'true' } });
    expect(await timeline(fourth, 'diebu-official')).toEqual(['09-30 10:00 截止提醒：实施方案备案']);
    const [today] = await fourth.posts('diebu-official');
    expect(today!.reply.paragraphs).toEqual(['迭部县：今天（2018年9月30日）是“实施方案备案”的截止日期，请于今日完成。']);
    const diebu = (await listOutbox(fourth.shifan.services.db, { chatId: 'diebu-official' })).map((r) => `${r.status} ${r.reason}`);
    expect(diebu).toEqual(
      expect.arrayContaining([
        'skipped 2018年第39周（9月24日—9月30日）周报最后提醒：迭部县尚未填报',
        'skipped 2018年第39周（9月24日—9月30日）周报逾期提醒：迭部县尚未填报',
        'skipped 实施方案备案（2018年9月30日截止）截止前1天提醒：迭部县尚未完成',
        'sent 实施方案备案（2018年9月30日截止）截止当天提醒：迭部县尚未完成',
        'sent 2018年第39周（9月24日—9月30日）周报填报提醒：迭部县尚未填报',
      ]),
    );
  }, 60_000);

  it('moves a reminder that falls in quiet hours to the end of them', async () => {
    const bot = await start('2018-09-27T21:59:00+08:00', { env: { CRON_WEEK_REMIND: '0 22 * * 4', CRON_WEEK_OPEN: '0 9 * * 1' } });
    for (const at of ['2018-09-27T22:00:00+08:00', '2018-09-28T07:00:00+08:00']) {
      bot.clock.set(at);
      await bot.shifan.scheduler.tick();
    }
    expect(await bot.posts('diebu-official')).toEqual([]);
    const next = await bot.shifan.scheduler.nextDue(bot.clock.now());
    expect(sh(next!)).toBe('09-28 08:00');
    bot.clock.set(next!);
    await bot.shifan.scheduler.tick();
    expect((await timeline(bot, 'diebu-official')).filter((l) => l.includes('周报'))).toEqual(['09-28 08:00 周报填报提醒']);
  }, 30_000);

  it('lets two bot processes on one database run every job at once without sending anything twice', async () => {
    const one = await start('2018-09-17T09:00:00+08:00');
    const two = await start('2018-09-17T09:00:00+08:00', { reuseDir: one.dir });
    // Each process has its own local channel; count what both delivered.
    await Promise.all([one.shifan.scheduler.tick(), two.shifan.scheduler.tick(), one.shifan.scheduler.tick(), two.shifan.scheduler.tick()]);
    const delivered = [...(await one.posts('diebu-official')), ...(await two.posts('diebu-official'))].map((p) => p.reply.title);
    expect(delivered.sort()).toEqual(['周报开始填报', '截止提醒：实施方案备案']);
    const rows = await listOutbox(one.shifan.services.db, { chatId: 'diebu-official', status: 'sent' });
    expect(rows.map((r) => r.attempts)).toEqual([1, 1]);
  }, 30_000);
});
