import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSampleReports } from '../../src/features/demo/index.ts';
import { GANNAN_W38, GANNAN_W39 } from '../support/gannan-reports.ts';
import { barChart, lineChart } from '../../src/features/dashboard/svg.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

const TOKEN = 'bounded-dashboard-token';
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-10-08T08:30:00+08:00', env: { DASHBOARD_TOKEN: TOKEN } });
  await insertSampleReports(bot.shifan.services.repos, [...GANNAN_W38, ...GANNAN_W39]);
});
afterAll(() => bot.close());

async function timed(path: string): Promise<{ status: number; ms: number; text: string }> {
  const t0 = performance.now();
  const res = await fetch(bot.url + path, { headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t0, text };
}

describe('dashboard inputs are bounded', () => {
  it.each(['5000-W01', '2300-W01', '2100-W01', '2016-W30'])('refuses ?week=%s at once with what is allowed', async (week) => {
    const { status, ms, text } = await timed(`/dashboard/?week=${week}`);
    expect(status).toBe(400);
    expect(ms).toBeLessThan(500);
    expect(text).toContain('超出可查询范围，应在 2018-W01 至 2019-W41 之间');
  });

  it('still serves the programme weeks and the ledger within the cap', async () => {
    expect((await timed('/dashboard/?week=2018-W39')).status).toBe(200);
    expect((await timed('/dashboard/ledger.xlsx?to=2018-W52')).status).toBe(200);
  });

  it('refuses a ledger reaching decades ahead, and one longer than the cap', async () => {
    const far = await timed('/dashboard/ledger.xlsx?to=2100-W01');
    expect(far.status).toBe(400);
    expect(far.ms).toBeLessThan(500);
    bot.clock.set('2022-06-01T10:00:00+08:00'); // the window now reaches 2023; W38 of 2018 to 2021-W38 is 157 weeks
    try {
      const long = await timed('/dashboard/ledger.xlsx?to=2021-W38');
      expect(long.status).toBe(400);
      expect(long.text).toContain('一次最多导出 156 周');
    } finally {
      bot.clock.set('2018-10-08T08:30:00+08:00');
    }
  });
});

describe('charts over long series', () => {
  it('draw 300,000 values without overflowing the stack', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i % 97);
    expect(barChart('t', values.map(String), values)).toContain('<svg');
    expect(lineChart('t', values.map(String), [{ label: 's', values }])).toContain('<svg');
  });
});
