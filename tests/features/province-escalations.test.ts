import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../bots/lark/lark-card.ts';
import { renderForWechat } from '../../bots/wechat/render.ts';
import { report, timeline, walk } from '../scheduler/helpers.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

/** Everyone below the province in the demo roster: 市州 staff and groups, county officials. */
const BELOW_PROVINCE = ['gannan-group', 'pingliang-group', 'dingxi-group', 'gannan-staff', 'pingliang-staff', 'zhuoni-official', 'kongtong-official'];

const provincePosts = async (bot: TestBot, chat: string) => (await timeline(bot, chat)).filter((t) => t.includes('全省'));

describe("the province's escalations (省级群)", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-10-08T08:00:00+08:00' });
  });
  afterAll(() => bot?.close());

  it("tells the province group once, the day after the 市州's escalation, which counties of each 市州 still miss the weekly report", async () => {
    const { db } = bot.shifan.services;
    // 2018-W41: 迭部县 reports on time; 卓尼县 only after 甘南州's group was told on Monday.
    await walk(bot, '2018-10-08T08:00:00+08:00', '2018-10-17T12:00:00+08:00', [
      report(db, 'diebu', '2018-W41', '2018-10-11T16:00:00+08:00'),
      report(db, 'zhuoni', '2018-W41', '2018-10-15T11:00:00+08:00'),
    ]);
    const gannan = (await bot.posts('gannan-group')).find((p) => p.reply.title === '周报逾期通报' && p.at.startsWith('2018-10-15'));
    expect(gannan!.reply.fields![1]).toEqual({ label: '未填报', value: '卓尼县、舟曲县、碌曲县' });

    const weekly = (await bot.posts('province-group')).filter((p) => p.reply.title === '周报逾期通报（全省）');
    // Once a week, on Tuesday 09:30: W39's 市州 escalation waited for National Day to end (Monday 8 October), the province's a day more.
    expect(weekly.map((p) => `${p.at.slice(0, 16)} ${p.reply.paragraphs![0]!.slice(0, 4)}`)).toEqual(['2018-10-09T01:30 第39周', '2018-10-16T01:30 第41周']);
    const card = weekly[1]!.reply;
    expect(card.paragraphs![0]).toBe(
      '第41周（10月8日（星期一）至10月14日（星期日））项目进度周报已于10月12日 18:00截止。截至目前，仍有18个示范县未填报，涉及7个市州（见下表），请督促相关市州推动补报。',
    );
    expect(card.table!.columns).toEqual(['市州', '已填报', '未填报县区']);
    expect(card.table!.rows.find((r) => r[0] === '甘南州')).toEqual(['甘南州', '2/4', '舟曲县、碌曲县']);
    expect(card.table!.rows.find((r) => r[0] === '定西市')).toEqual(['定西市', '0/4', '陇西县、临洮县、通渭县、漳县']);

    // On Lark a red card with the table; on WeChat plain text with a line per 市州.
    const lark = renderReply(card, 'group');
    expect(lark.msgType).toBe('interactive');
    expect(JSON.parse(lark.content).header.template).toBe('red');
    const wechat = renderForWechat(card).messages.join('\n');
    expect(wechat).toContain('周报逾期通报（全省）');
    expect(wechat).toContain('甘南州');
    expect(wechat).toContain('舟曲县、碌曲县');

    // Nobody below the province hears the province's escalation; the province staff read it in their group, not twice.
    for (const chat of [...BELOW_PROVINCE, 'province-staff']) expect(await provincePosts(bot, chat)).toEqual([]);
  });

  it("tells the province of a programme-wide milestone a week after the 市州 were first told, and never of a 市州's own", async () => {
    // 实施方案备案 was due 30 September; the 市州 groups heard on 8 October (after National Day), the province a week later.
    expect(await bot.sayText('pingliang-staff', '新增截止 2018-10-09 平凉市材料自查')).toContain('已新增截止事项');
    await bot.say('zhuoni-official', '已完成 实施方案备案');
    await walk(bot, '2018-10-17T12:00:00+08:00', '2018-10-23T12:00:00+08:00');
    expect((await timeline(bot, 'gannan-group')).filter((t) => t.includes('逾期通报：实施方案备案'))).toEqual([
      '10-08 09:00 逾期通报：实施方案备案',
      '10-15 09:00 逾期通报：实施方案备案',
      '10-22 09:00 逾期通报：实施方案备案',
    ]);
    const province = (await bot.posts('province-group')).filter((p) => p.reply.title?.startsWith('逾期通报（全省）'));
    expect(province.map((p) => `${p.at.slice(5, 16)} ${p.reply.title}`)).toEqual([
      '10-15T01:00 逾期通报（全省）：实施方案备案',
      '10-22T01:00 逾期通报（全省）：实施方案备案',
    ]);
    const latest = province[1]!.reply;
    expect(latest.paragraphs![0]).toBe(
      '“实施方案备案”已于2018年9月30日截止。截至2018年10月22日，仍有19个示范县未完成，涉及7个市州（见下表），请督促相关市州抓紧办理。',
    );
    expect(latest.table!.rows.find((r) => r[0] === '甘南州')).toEqual(['甘南州', '1/4', '迭部县、舟曲县、碌曲县']);
    expect(latest.citations!.length).toBe(1);
    // 平凉市's own deadline, overdue since 9 October, stays with 平凉市.
    expect((await timeline(bot, 'pingliang-group')).some((t) => t.includes('平凉市材料自查'))).toBe(true);
    expect((await bot.posts('province-group')).some((p) => p.reply.title?.includes('平凉市材料自查'))).toBe(false);
    for (const chat of [...BELOW_PROVINCE, 'province-staff']) expect(await provincePosts(bot, chat)).toEqual([]);
  });
});

describe('the province without a registered 省级群', () => {
  it('tells the province staff in private instead, and a county that has reported is not named', async () => {
    const bot = await startTestBot({ now: '2018-10-08T08:00:00+08:00' });
    try {
      const { db } = bot.shifan.services;
      await db.deleteFrom('chats').where('purpose', '=', 'province').execute();
      await walk(bot, '2018-10-08T08:00:00+08:00', '2018-10-16T12:00:00+08:00', [report(db, 'kongtong', '2018-W41', '2018-10-10T10:00:00+08:00')]);
      const weekly = (await bot.posts('province-staff')).find((p) => p.reply.paragraphs?.[0]?.startsWith('第41周'));
      expect(weekly!.reply.table!.rows.map((r) => r[0])).toEqual(['兰州市', '天水市', '定西市', '陇南市', '临夏州', '甘南州']);
      for (const chat of BELOW_PROVINCE) expect(await provincePosts(bot, chat)).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
