import { afterEach, describe, expect, it } from 'vitest';
import { demoClockStart, loadConfig } from '../../src/config.ts';
import { DemoClock, ManualClock } from '../../src/core/clock.ts';
import { DemoManualClock, startTestBot, type TestBot } from '../support/bot.ts';

const START = '2018-09-20T09:30:00+08:00';

describe('the demo clock', () => {
  it('starts at DEMO_START in development with the demo roster, and only then', () => {
    expect(demoClockStart(loadConfig({}))?.toISOString()).toBe('2018-09-20T01:30:00.000Z');
    expect(demoClockStart(loadConfig({ DEMO_START: '2018-12-03T10:00:00+08:00' }))?.toISOString()).toBe('2018-12-03T02:00:00.000Z');
    expect(demoClockStart(loadConfig({ DEMO_CLOCK: 'off' }))).toBeUndefined();
    expect(demoClockStart(loadConfig({ DEMO_ROSTER: 'false' }))).toBeUndefined();
    expect(demoClockStart(loadConfig({ NODE_ENV: 'production' }))).toBeUndefined();
    expect(demoClockStart(loadConfig({ NODE_ENV: 'test' }))).toBeUndefined();
    expect(() => loadConfig({ DEMO_START: '九月' })).toThrow(/DEMO_START/);
  });

  it('moves forward in real time from its start', () => {
    const real = new ManualClock('2026-05-01T08:00:00Z');
    const clock = new DemoClock(new Date(START), real);
    expect(clock.now().toISOString()).toBe('2018-09-20T01:30:00.000Z');
    real.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2018-09-20T03:00:00.000Z');
    expect(clock.demo).toBe(true);
  });
});

describe('the demo database', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  async function reportCount(b: TestBot): Promise<{ period: string; county_id: string }[]> {
    return b.shifan.services.db.selectFrom('reports').select(['period', 'county_id']).orderBy('period').orderBy('county_id').execute();
  }

  it('holds a few weeks of Gannan reports up to the demo moment, marked 演示数据, seeded once', async () => {
    bot = await startTestBot({ clock: new DemoManualClock(START) });
    const rows = await reportCount(bot);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2018-W35', '2018-W36', '2018-W37', '2018-W38']));
    // Every 市州's counties have demo reports, so the province digest has something to show.
    expect(new Set(rows.map((r) => r.county_id)).size).toBe(20);
    const gannan = (period: string) =>
      rows.filter((r) => r.period === period && ['zhuoni', 'diebu', 'zhouqu', 'luqu'].includes(r.county_id)).map((r) => r.county_id);
    // 卓尼县 filed on Wednesday; nobody else before Thursday 09:30 except 舟曲县 at 09:00.
    expect(gannan('2018-W38')).toEqual(['zhouqu', 'zhuoni']);
    // 碌曲县 missed last week.
    expect(gannan('2018-W37')).toEqual(['diebu', 'zhouqu', 'zhuoni']);

    const me = await bot.sayText('diebu-official', '我是谁');
    expect(me).toContain('演示时间 2018年9月20日 09:30');
    const progress = await bot.sayText('diebu-official', '我县进度');
    expect(progress).toMatch(/上行累计支出.*低于50%/);
    expect(progress).toMatch(/公共服务中心累计支出.*超过/);
    // Coverage against the registered poor villages, and the first county of the list (皋兰县) has filed its plan.
    expect(progress).toMatch(/覆盖.*45/);
    expect(await bot.sayText('gaolan-official', '截止日期')).toMatch(/已完成（2018年9月18日/);
    expect(await bot.sayText('province-staff', '汇总')).toContain('全省电商示范项目周汇总（按市州）');
    // The digest quotes each county's issues, each marked as demo data.
    expect(await bot.sayText('gannan-staff', '汇总')).toContain('演示数据：');

    // People read names, never the programme's ids.
    for (const [who, text] of [
      ['gannan-staff', '截止日期'],
      ['gannan-staff', '汇总'],
      ['gannan-staff', '本周汇总'],
      ['zhuoni-official', '截止日期'],
      ['zhuoni-official', '我县进度'],
      ['visitor', '截止日期'],
    ] as const) {
      expect(await bot.sayText(who, text), `${who}: ${text}`).not.toMatch(/plan-filing|tendering|zhuoni|diebu|zhouqu|luqu|gannan/);
    }

    const dir = bot.dir;
    await bot.stop();
    bot = await startTestBot({ clock: new DemoManualClock(START), reuseDir: dir });
    expect(await reportCount(bot)).toEqual(rows);
  });

  it('is empty on the ordinary clock, and 我是谁 says nothing about a demo', async () => {
    bot = await startTestBot({ now: START });
    expect(await reportCount(bot)).toEqual([]);
    expect(await bot.sayText('diebu-official', '我是谁')).not.toContain('演示');
  });
});
