import { describe, expect, it } from 'vitest';
import { fireTimes } from '../../src/scheduler/cron-times.ts';
import { WorkingTime } from '../../src/scheduler/working-time.ts';
import { startTestBot } from '../support/bot.ts';
import { sh, timeline } from './helpers.ts';

const working = new WorkingTime('21:00-08:00');
const next = (at: string) => sh(working.next(new Date(at)));

describe('working time', () => {
  it('moves a holiday or weekend to the next working day at the same time, and keeps 调休 workdays', () => {
    expect(next('2018-09-24T15:00:00+08:00')).toBe('09-25 15:00'); // 中秋节
    expect(next('2018-09-29T09:00:00+08:00')).toBe('09-29 09:00'); // Saturday, 调休 workday
    expect(next('2018-09-30T09:00:00+08:00')).toBe('09-30 09:00'); // Sunday, 调休 workday
    expect(next('2018-10-01T09:30:00+08:00')).toBe('10-08 09:30'); // National Day week
    expect(next('2018-12-30T09:00:00+08:00')).toBe('01-02 09:00'); // Sunday, then 元旦 (12-31 and 1-1)
  });

  it('moves quiet hours to their end, across midnight', () => {
    expect(next('2018-09-27T22:00:00+08:00')).toBe('09-28 08:00');
    expect(next('2018-09-28T07:59:00+08:00')).toBe('09-28 08:00');
    expect(next('2018-09-28T21:00:00+08:00')).toBe('09-29 08:00'); // Saturday 9-29 is a workday
    expect(next('2018-09-30T23:00:00+08:00')).toBe('10-08 08:00');
    expect(new WorkingTime('12:00-14:00').next(new Date('2018-09-27T12:30:00+08:00')).toISOString()).toBe('2018-09-27T06:00:00.000Z');
  });

  it('reads cron expressions in Asia/Shanghai time', () => {
    const times = fireTimes('0 15 * * 4', new Date('2018-09-20T00:00:00+08:00'), new Date('2018-10-05T00:00:00+08:00'));
    expect(times.map(sh)).toEqual(['09-20 15:00', '09-27 15:00', '10-04 15:00']);
    expect(fireTimes('30 9 1,15 * *', new Date('2018-09-01T00:00:00+08:00'), new Date('2018-10-01T23:00:00+08:00')).map(sh)).toEqual([
      '09-01 09:30',
      '09-15 09:30',
      '10-01 09:30',
    ]);
  });
});

describe('a milestone long overdue', () => {
  it('is no longer reminded 90 days after its due date', async () => {
    const bot = await startTestBot({ now: '2019-06-03T09:00:00+08:00' });
    try {
      await bot.shifan.scheduler.tick();
      expect(await timeline(bot, 'diebu-official')).toEqual(['06-03 09:00 周报开始填报']);
      expect((await bot.posts('gannan-group')).filter((p) => p.reply.title?.startsWith('逾期通报'))).toEqual([]);
    } finally {
      await bot.close();
    }
  }, 30_000);
});
