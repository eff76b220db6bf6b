import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepIdleForms } from '../../src/forms/sweep.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { texts } from './weekly-report-support.ts';

let bot: TestBot;
const START = '2018-09-20T10:00:00+08:00';
beforeAll(async () => {
  // Remind after 120 minutes idle, expire after 72 hours (the defaults, set here so the test says what it relies on).
  bot = await startTestBot({ now: START, env: { FORM_IDLE_REMIND_MINUTES: '120', FORM_EXPIRE_HOURS: '72' } });
});
afterAll(() => bot.close());

const minutes = (n: number) => n * 60_000;
const sweep = () => sweepIdleForms(bot.shifan.services, bot.clock.now());

describe('idle forms', () => {
  it('reminds an idle open form once per idle stretch', async () => {
    await bot.say('zhuoni-official', '填报');
    await bot.say('zhuoni-official', '45');
    bot.clock.advance(minutes(119));
    expect(await sweep()).toEqual([]);
    bot.clock.advance(minutes(2));
    const [reminder, ...more] = await sweep();
    expect(more).toEqual([]);
    expect(reminder!.target).toEqual({ platform: 'local', chatId: 'zhuoni-official', chatKind: 'direct' });
    expect(reminder!.reply.text).toContain('您的“卓尼县 2018-W38 周报”还没有填完（已填写1项，内容已保存）。直接回复即可接着填写');
    expect(reminder!.reply.text).toContain('未完成的填写将在约70小时后失效');
    expect(reminder!.reply.buttons?.map((b) => b.value)).toEqual(['继续填报', '取消填报']);
    expect(reminder!.dedupKey).toBe('form-idle:local:zhuoni-official:zhuoni-official:2018-09-20T02:00:00.000Z');
    bot.clock.advance(minutes(60));
    expect(await sweep()).toEqual([]);
    // Answering starts a new idle stretch, which is reminded again.
    expect(texts(await bot.say('zhuoni-official', '20'))).toContain('（第3项');
    bot.clock.advance(minutes(121));
    expect(await sweep()).toHaveLength(1);
  });

  it('reminds a paused form how to continue', async () => {
    await bot.say('diebu-official', '填报');
    await bot.say('diebu-official', '暂停');
    bot.clock.advance(minutes(121));
    const reminders = await sweep();
    const diebu = reminders.find((r) => r.target.chatId === 'diebu-official');
    expect(diebu?.reply.text).toContain('您的“迭部县 2018-W38 周报”还没有填完（已填写0项，内容已保存）。发送“继续填报”即可从上次的位置接着填写。');
    // The reminder's button works.
    expect(texts(await bot.say('diebu-official', '继续填报'))).toContain('（第1项');
  });

  it('expires forms idle beyond the limit; a later answer is no longer taken as part of them', async () => {
    bot.clock.advance(73 * 3600_000);
    expect(await sweep()).toEqual([]);
    const rows = await bot.shifan.services.db.selectFrom('conversations').select(['key', 'status']).orderBy('key').execute();
    expect(rows.map((r) => r.status)).toEqual(['expired', 'expired']);
    expect(await bot.sayText('zhuoni-official', '继续填报')).toBe('您上次未完成的填写已超时失效，请重新发送“填报”开始。');
    expect(await bot.sayText('zhuoni-official', '45')).not.toContain('（');
    expect(texts(await bot.say('zhuoni-official', '填报'))).toContain('（第1项');
  });
});
