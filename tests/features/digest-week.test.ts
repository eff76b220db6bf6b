import { afterEach, describe, expect, it } from 'vitest';
import { insertSampleReports } from '../../src/features/demo/index.ts';
import { GANNAN_W38, GANNAN_W39 } from '../support/gannan-reports.ts';
import type { Reply } from '../../src/core/reply.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

const TOKEN = 'week-test-token';

/** The section headings of a digest, in order: 一、报送情况… */
function headings(reply: Reply): string[] {
  return (reply.paragraphs ?? []).map((p) => /^([一二三四五六七八九十]+)、/.exec(p)?.[1]).filter((n): n is string => n !== undefined);
}

async function dashboard(bot: TestBot, query = ''): Promise<string> {
  const res = await fetch(`${bot.url}/dashboard${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('the week the dashboard and 汇总 open on', () => {
  let bot: TestBot;
  afterEach(() => bot.close());

  it('is the last week with reports while nobody has filed this week, then the current week', async () => {
    // Wednesday of W39: W38 is filed, W39 not yet.
    bot = await startTestBot({ now: '2018-09-26T10:00:00+08:00', env: { DASHBOARD_TOKEN: TOKEN } });
    await insertSampleReports(bot.shifan.services.repos, GANNAN_W38);

    const [before] = await bot.say('gannan-staff', '汇总');
    expect(before!.text).toContain('2018年第38周');
    let html = await dashboard(bot);
    expect(html).toContain('<option value="2018-W38" selected>');
    expect(html).toContain('to=2018-W38');

    await insertSampleReports(bot.shifan.services.repos, GANNAN_W39.slice(0, 1));
    const [after] = await bot.say('gannan-staff', '汇总');
    expect(after!.text).toContain('2018年第39周');
    html = await dashboard(bot);
    expect(html).toContain('<option value="2018-W39" selected>');
    expect(html).toContain('to=2018-W39');
    // A week asked for by name is still shown as asked.
    expect(await dashboard(bot, '?week=2018-W38')).toContain('<option value="2018-W38" selected>');
  });

  it('says so on an empty week and offers 本周汇总 and the last week with data, numbering sections without gaps', async () => {
    // Wednesday of W42, after the National Day week; reports only in W38 and W39.
    bot = await startTestBot({ now: '2018-10-17T10:00:00+08:00' });
    await insertSampleReports(bot.shifan.services.repos, [...GANNAN_W38, ...GANNAN_W39]);

    const [latest] = await bot.say('gannan-staff', '汇总');
    expect(latest!.text).toContain('2018年第39周');
    expect(headings(latest!)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);

    const [empty] = await bot.say('gannan-staff', '汇总 2018-W41');
    expect(empty!.text).toContain('本周甘南州4个示范县均未报送周报');
    expect(empty!.buttons?.map((b) => b.value)).toEqual(['本周汇总', '汇总 2018-W39']);

    const [before] = await bot.say('gannan-staff', '汇总 2018-W36');
    expect(before!.text).toContain('甘南州4个示范县均未报送周进度');
    expect(headings(before!)).toEqual(['一', '二']);
    expect(before!.buttons?.map((b) => b.value)).toEqual(['本周汇总', '汇总 2018-W39']);
  });

  it('names the whole programme plainly for the admin', async () => {
    bot = await startTestBot({ now: '2018-09-26T10:00:00+08:00' });
    const text = await bot.sayText('admin', '汇总');
    expect(text).toContain('全部20个示范县均未报送');
    expect(text).not.toContain('全部示范县20个');
  });
});
