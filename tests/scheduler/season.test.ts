import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { report, sh, timeline, walk, type Action } from './helpers.ts';

// One autumn of the 2018 programme: plan filing (due 9-30, with the Mid-Autumn
// holiday, the 调休 weekend and National Day), five weeks of reports, then tendering (due 12-31).
describe('a whole season of reminders', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-16T20:00:00+08:00' });
    const db = bot.shifan.services.db;
    const actions: Action[] = [
      // 卓尼 reports every week on Wednesday; 迭部 never does; 舟曲 reports W39 late, on Saturday 9-29 (a make-up workday).
      ...['2018-W38', '2018-W39', '2018-W41', '2018-W42'].map((w, i) =>
        report(db, 'zhuoni', w, ['2018-09-19', '2018-09-26', '2018-10-10', '2018-10-17'][i] + 'T10:00:00+08:00'),
      ),
      report(db, 'zhouqu', '2018-W39', '2018-09-29T10:00:00+08:00'),
      { at: '2018-09-26T11:00:00+08:00', run: () => bot.say('zhuoni-official', '已完成 实施方案备案 卓商发〔2018〕45号') },
      { at: '2018-10-10T11:00:00+08:00', run: () => bot.say('diebu-official', '已完成 方案备案') },
    ];
    // The first run (Sunday evening) records what came due more than OUTBOX_GRACE_HOURS before as skipped.
    await walk(bot, '2018-09-16T20:00:00+08:00', '2018-10-19T23:59:00+08:00', actions);
  }, 120_000);

  afterAll(async () => {
    await bot?.close();
  });

  it('sends 卓尼 only the week openings and the plan-filing reminders before it was done', async () => {
    expect(await timeline(bot, 'zhuoni-official')).toEqual([
      '09-17 09:00 截止提醒：实施方案备案', // T-14 fell on Sunday 9-16: moved to Monday
      '09-17 09:00 周报开始填报',
      '09-25 09:00 截止提醒：实施方案备案', // T-7 fell on Sunday 9-23, Monday 9-24 is 中秋节
      '09-25 09:00 周报开始填报', // W39 opens on 中秋节: moved to Tuesday
      // W40 (National Day, no working day) has no cycle
      '10-08 09:00 周报开始填报',
      '10-15 09:00 周报开始填报',
    ]);
  });

  it('reminds 迭部 of everything until it reports done, on working days only', async () => {
    const lines = await timeline(bot, 'diebu-official');
    expect(lines.filter((l) => l.includes('实施方案备案'))).toEqual([
      '09-17 09:00 截止提醒：实施方案备案',
      '09-25 09:00 截止提醒：实施方案备案',
      '09-27 09:00 截止提醒：实施方案备案',
      '09-29 09:00 截止提醒：实施方案备案', // Saturday, but a 调休 workday
      '09-30 09:00 截止提醒：实施方案备案', // Sunday, a 调休 workday: the due day
      '10-08 09:00 逾期提醒：实施方案备案', // 10-01..07 National Day: one reminder after it, not seven
      '10-09 09:00 逾期提醒：实施方案备案',
      '10-10 09:00 逾期提醒：实施方案备案', // done at 11:00 that day: nothing after
    ]);
    expect(lines.filter((l) => l.includes('周报'))).toEqual([
      '09-17 09:00 周报开始填报',
      '09-20 15:00 周报填报提醒',
      '09-21 15:00 周报最后提醒',
      '09-21 18:00 周报已逾期',
      '09-25 09:00 周报开始填报',
      '09-27 15:00 周报填报提醒',
      '09-28 15:00 周报最后提醒',
      '09-28 18:00 周报已逾期',
      '10-08 09:00 周报开始填报',
      '10-11 15:00 周报填报提醒',
      '10-12 15:00 周报最后提醒',
      '10-12 18:00 周报已逾期',
      '10-15 09:00 周报开始填报',
      '10-18 15:00 周报填报提醒',
      '10-19 15:00 周报最后提醒',
      '10-19 18:00 周报已逾期',
    ]);
  });

  it('words a reminder with the milestone, the due date, the days left and the clause that sets it', async () => {
    const [first] = await bot.posts('diebu-official');
    expect(first!.reply.text).toBe(
      [
        '【截止提醒：实施方案备案】',
        '迭部县：“实施方案备案”将于2018年9月30日截止，距截止还有13天，请按时完成。',
        '事项：实施方案备案\n截止日期：2018年9月30日\n剩余天数：13天\n要求：制定项目实施方案、项目管理规定和资金管理规定，报省商务厅、省财政厅、省扶贫办审核备案，并报州商务局、州财政局、州扶贫办备案',
        '依据：州商办发〔2018〕183号 二\n“各示范县要严格按照项目申报方案，细化资金支持方向、补贴标准，明确各类项目建设内容、建设标准、功能目标、时限要求和验收程序，制定项目实施方案、项目管理规定和资金管理规定，9月30日前报省商务厅、省财政厅、省扶贫办审核备案，并报州商务局、州财政局、州扶贫办备案。”',
        '请回复：「已完成 实施方案备案」',
        '回复时可附备注（例如备案文号）；报告完成后，此事项将不再提醒贵县。',
      ].join('\n\n'),
    );
    const weekly = (await bot.posts('diebu-official')).find((p) => p.reply.title === '周报填报提醒');
    expect(weekly!.reply.paragraphs).toEqual([
      '迭部县：贵县尚未填报第38周（9月17日（星期一）至9月23日（星期日））项目进度周报，截止时间为9月21日 18:00，请及时填报。',
    ]);
    expect(weekly!.reply.buttons).toEqual([{ label: '立即填报', value: '填报' }]);
  });

  it('stops weekly reminders for a county once it has reported, even late', async () => {
    const lines = await timeline(bot, 'zhouqu-official');
    expect(lines.filter((l) => l.includes('周报') && l >= '09-24' && l < '10-01')).toEqual([
      '09-25 09:00 周报开始填报',
      '09-27 15:00 周报填报提醒',
      '09-28 15:00 周报最后提醒',
      '09-28 18:00 周报已逾期',
    ]);
  });

  it('escalates to the prefecture group, naming only the late counties, on the next working morning', async () => {
    const posts = (await bot.posts('gannan-group')).filter((p) => p.reply.title?.includes('逾期'));
    expect(posts.map((p) => `${sh(p.at)} ${p.reply.title}`)).toEqual([
      '09-17 09:30 周报逾期通报', // W37, the week before the walk
      '09-25 09:30 周报逾期通报', // W38: Monday 9-24 is 中秋节
      '10-08 09:00 逾期通报：实施方案备案',
      '10-08 09:30 周报逾期通报',
      '10-15 09:00 逾期通报：实施方案备案',
      '10-15 09:30 周报逾期通报',
    ]);
    const texts = posts.map((p) => p.reply.paragraphs?.[0] ?? '');
    expect(texts[1]).toBe(
      '第38周（9月17日（星期一）至9月23日（星期日））项目进度周报已于9月21日 18:00截止，以下示范县尚未填报：迭部县、舟曲县、碌曲县。请相关县区尽快补报。',
    );
    expect(texts[2]).toBe(
      '“实施方案备案”已于2018年9月30日截止。截至2018年10月8日，以下示范县尚未完成：迭部县、舟曲县、碌曲县。请相关县区抓紧办理，并及时回复完成情况。',
    );
    // W39: 舟曲 reported on Saturday; the W39 escalation was due Monday 10-01 (National Day) and went out 10-08.
    expect(texts[3]).toContain('第39周');
    expect(texts[3]).toContain('以下示范县尚未填报：迭部县、碌曲县。');
    expect(texts[4]).toContain('以下示范县尚未完成：舟曲县、碌曲县。');
  });

  it('shows prefecture staff who has and has not done each milestone', async () => {
    const text = await bot.sayText('gannan-staff', '截止日期');
    expect(text).toContain('【实施方案备案】');
    expect(text).toContain('完成情况：2/4 个县已完成');
    expect(text).toContain('▪ 县区：卓尼县\n  状态：已完成（2018年9月26日，杨建华）\n  备注：卓商发〔2018〕45号');
    expect(text).toContain('▪ 县区：舟曲县\n  状态：未完成');
  });
});

describe('the tendering deadline over New Year', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-12-14T08:00:00+08:00' });
    await walk(bot, '2018-12-14T08:00:00+08:00', '2019-01-04T12:00:00+08:00', [
      { at: '2018-12-25T10:00:00+08:00', run: () => bot.say('zhuoni-official', '已完成 招标 卓尼县电商项目招标公告已发布') },
    ]);
  }, 120_000);

  afterAll(async () => {
    await bot?.close();
  });

  it('reminds at 14, 7 and 3 days, folds the reminders that fall on 元旦 into one after it, then daily', async () => {
    expect((await timeline(bot, 'diebu-official')).filter((l) => l.includes('项目招标'))).toEqual([
      '12-17 09:00 截止提醒：项目招标',
      '12-24 09:00 截止提醒：项目招标',
      '12-28 09:00 截止提醒：项目招标',
      // T-1 (12-30, Sunday), the due day (12-31) and D+1 (元旦) all fall on rest days
      '01-02 09:00 逾期提醒：项目招标',
      '01-03 09:00 逾期提醒：项目招标',
      '01-04 09:00 逾期提醒：项目招标',
    ]);
    const overdue = (await bot.posts('diebu-official')).find((p) => sh(p.at) === '01-02 09:00' && p.reply.title === '逾期提醒：项目招标');
    expect(overdue!.reply.paragraphs).toEqual(['迭部县：“项目招标”已于2018年12月31日截止，贵县尚未报告完成，已逾期2天，请尽快办理。']);
    expect(overdue!.reply.citations?.[0]?.quote).toBe('12月底前完成示范县项目招标工作并组织实施。');
  });

  it('stops once the county reports it done, and opens the first week of 2019 after 元旦', async () => {
    const lines = await timeline(bot, 'zhuoni-official');
    expect(lines.filter((l) => l.includes('项目招标'))).toEqual(['12-17 09:00 截止提醒：项目招标', '12-24 09:00 截止提醒：项目招标']);
    expect(lines.filter((l) => l.includes('周报开始填报'))).toEqual(['12-17 09:00 周报开始填报', '12-24 09:00 周报开始填报', '01-02 09:00 周报开始填报']);
  });
});
