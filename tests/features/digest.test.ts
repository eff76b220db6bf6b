import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigestMessages } from '../../src/features/digest/index.ts';
import { insertSampleReports } from '../../src/features/demo/index.ts';
import { GANNAN_W38, GANNAN_W39 } from '../support/gannan-reports.ts';
import { setPoorVillages } from '../../storage/repositories/programme.repository.ts';
import { updateReportValues } from '../../storage/repositories/report.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-10-08T08:30:00+08:00' });
  const { db, repos } = bot.shifan.services;
  await insertSampleReports(repos, [...GANNAN_W38, ...GANNAN_W39]);
  await setPoorVillages(bot.shifan.services.db, 'zhuoni', 30);
  // 实施方案备案 was due 30 September: done by 卓尼县 and 迭部县 only.
  await db
    .insertInto('milestone_status')
    .values([
      { milestone_id: 'plan-filing', county_id: 'zhuoni', done_at: '2018-09-28T02:00:00Z', done_by: null, note: null },
      { milestone_id: 'plan-filing', county_id: 'diebu', done_at: '2018-09-29T02:00:00Z', done_by: null, note: null },
    ])
    .execute();
  await db
    .insertInto('milestones')
    .values({
      id: 'site-acceptance',
      programme_id: 'gansu-2018',
      title: '站点建设验收',
      due_date: '2018-10-31',
      clause_id: null,
      detail: null,
      source: 'cli',
      created_by: null,
      created_at: '2018-09-01T00:00:00Z',
      closed_at: null,
    })
    .execute();
  await db
    .insertInto('milestone_status')
    .values({ milestone_id: 'site-acceptance', county_id: 'luqu', done_at: '2018-10-02T02:00:00Z', done_by: null, note: null })
    .execute();
});
afterAll(() => bot.close());

describe('the weekly digest on demand', () => {
  let text: string;
  beforeAll(async () => {
    text = await bot.sayText('gannan-staff', '汇总');
  });

  it('covers the last closed week for the prefecture, skipping the National Day week that needed no report', () => {
    expect(text).toContain('【甘南州电商示范项目周汇总】');
    expect(text).toContain('2018年第39周（9月24日—9月30日）\n数据截至 10月8日 08:30');
  });

  it('names who reported, who filed late and who is still missing', () => {
    expect(text).toContain('一、报送情况（已报 3/4 县）');
    expect(text).toContain('已报送：卓尼县、迭部县');
    expect(text).toContain('逾期补报：舟曲县');
    expect(text).toContain('⚠ 逾期未报：碌曲县');
  });

  it('adds up fund execution against the allocation, this week and last', () => {
    expect(text).toContain('下达资金 6000万元');
    expect(text).toContain('累计支出 610万元');
    expect(text).toContain('执行率 10.2%');
    expect(text).toContain('本周支出 120万元（上周 490万元）');
    // The county table: 卓尼县 has spent 150 of 1500万.
    expect(text).toContain('各县明细（金额：万元）\n\n▪ 县区：卓尼县');
    expect(text).toMatch(/▪ 县区：卓尼县\n {2}报送：已报送\n {2}本周支出：50\n {2}累计支出：150\n {2}执行率：10%/);
    expect(text).toMatch(/▪ 县区：碌曲县\n {2}报送：逾期未报\n {2}本周支出：—\n {2}累计支出：40/);
    expect(text).toContain('卓尼县 ▇░░░░░░░░░ 10%');
  });

  it('warns about the fund rules with their clauses', () => {
    expect(text).toContain('三、资金结构\n上行占已支出 44.3%（不低于50%）');
    expect(text).toContain('服务中心占下达 4.3%（不高于15%）');
    expect(text).toContain('⚠ 迭部县上行占比 30.9%，低于50%');
    expect(text).toContain('⚠ 迭部县服务中心支出已达下达资金的15.3%，超过15%上限');
    // 卓尼县 has spent 10% of its allocation: too early to judge its 上行 share, as the weekly form also holds back.
    expect(text).toContain('⚠ 舟曲县本周报告有资金用于禁止用途：部分资金用于购买流量');
    expect(text).not.toMatch(/⚠ 卓尼县(上行|服务中心)/);
    expect(text).toContain('依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》 三（一）3\n“中央财政资金支持农村产品上行的比例原则上不低于50%”');
    expect(text).toContain('三（二）2');
    expect(text).toContain('“中央财政资金不得用于网络交易平台、楼堂馆所建设、工作经费及购买流量等支出”');
  });

  it('reports coverage, training, tenders and households', () => {
    expect(text).toContain('服务站点 35 个');
    expect(text).toContain('覆盖贫困村 25 个');
    expect(text).toContain('覆盖率 40%（目标约50%，按已登记的1县计）');
    expect(text).toContain('卓尼县 12/30 村（40%）');
    expect(text).toContain('未登记贫困村数：迭部县、舟曲县、碌曲县');
    expect(text).toContain('本周 2 场、100 人次\n其中贫困户 30 人次\n累计 10 场、500 人次\n其中贫困户 190 人次');
    expect(text).toContain('招标完成 4/14 项（28.6%）');
    expect(text).toContain('累计带动贫困户 140 户');
  });

  it('lists overdue and upcoming milestones by county', () => {
    expect(text).toContain('⚠ 实施方案备案（9月30日，已逾期 8 天）\n未完成：舟曲县、碌曲县');
    expect(text).toContain('站点建设验收（10月31日，还有 23 天）\n未完成：卓尼县、迭部县、舟曲县');
    expect(text).not.toContain('项目招标（12月31日');
  });

  it('quotes the issues counties raised, skipping 无 and 暂无', () => {
    expect(text).toContain('八、需市州协调的问题\n卓尼县：冷链物流车辆采购需市州协调统一招标');
    expect(text).not.toContain('迭部县：暂无');
  });

  it('shows the change since last week for the key figures', () => {
    expect(text).toContain('报送县数：3/4（上周 4/4）');
    expect(text).toContain('累计支出：610万元（+120）');
    expect(text).toContain('执行率：10.2%（+2个百分点）');
    expect(text).toContain('服务站点：35个（+6）');
    expect(text).toContain('覆盖贫困村：25个（+5）');
    expect(text).toContain('培训人次：500（+100）');
    expect(text).toContain('完成招标：4项（+2）');
    expect(text).toContain('带动贫困户：140户（+30）');
  });

  it('reads on a phone: no line longer than a screen width except quotes and lists of names', () => {
    const long = text.split('\n').filter((l) => l.length > 26 && !/^(依据|“|卓尼县：|未完成|⚠|已报送|逾期|未登记)/.test(l));
    expect(long).toEqual([]);
  });

  it('carries the rich parts for cards: a table and a chart of execution capped at 100', async () => {
    const [digest] = await bot.say('gannan-staff', '汇总');
    expect(digest?.table?.columns).toEqual(['县区', '报送', '本周支出', '累计支出', '执行率', '上行占比', '服务中心占下达']);
    expect(digest?.table?.rows.map((r) => r[0])).toEqual(['卓尼县', '迭部县', '舟曲县', '碌曲县']);
    expect(digest?.chart).toMatchObject({
      unit: '%',
      max: 100,
      series: [
        { label: '卓尼县', value: 10 },
        { label: '迭部县', value: 22.7 },
        { label: '舟曲县', value: 5.3 },
        { label: '碌曲县', value: 2.7 },
      ],
    });
    expect(digest?.citations?.length).toBe(3);
    expect(digest?.tone).toBe('warning');
  });
});

describe('choosing the week', () => {
  it('gives an earlier week when named, with its own figures', async () => {
    const text = await bot.sayText('gannan-staff', '汇总 2018-W38');
    expect(text).toContain('2018年第38周（9月17日—9月23日）');
    expect(text).toContain('一、报送情况（已报 4/4 县）');
    expect(text).toContain('累计支出 490万元');
    expect(text).toContain('本周支出 490万元（上周 0万元）');
  });

  it('accepts 第39周 and 本周汇总 for the current week so far', async () => {
    expect(await bot.sayText('gannan-staff', '汇总 第39周')).toContain('2018年第39周');
    expect(await bot.sayText('gannan-staff', '本周汇总')).toContain('2018年第41周（10月8日—10月14日）');
    // Monday morning: nobody has reported for W41 yet, and its deadline is Friday.
    const current = await bot.sayText('gannan-staff', '本周汇总');
    expect(current).toContain('尚未报送（10月12日 18:00截止）：卓尼县、迭部县、舟曲县、碌曲县');
    // Two weeks on, W38 and W39 are folded into the history and still count; the running totals carry over.
    expect(current).toContain('累计支出 610万元');
    expect(current).toContain('本周支出 0万元（上周 0万元）');
    expect(current).toContain('服务站点 35 个');
    expect(current).toContain('⚠ 迭部县上行占比 30.9%，低于50%');
  });

  it('reflects a corrected figure in an old week at once', async () => {
    const { db } = bot.shifan.services;
    expect(await bot.sayText('gannan-staff', '本周汇总')).toContain('累计支出 610万元');
    const report = await db.selectFrom('reports').select('id').where('county_id', '=', 'zhuoni').where('period', '=', '2018-W38').executeTakeFirstOrThrow();
    await updateReportValues(
      db,
      report.id,
      [{ field: 'spent_total', value: { num: 1_100_000, text: null }, oldText: '100', newText: '110' }],
      { personId: null, reason: '更正' },
      bot.clock.now(),
    );
    expect(await bot.sayText('gannan-staff', '本周汇总')).toContain('累计支出 620万元');
    await updateReportValues(
      db,
      report.id,
      [{ field: 'spent_total', value: { num: 1_000_000, text: null }, oldText: '110', newText: '100' }],
      { personId: null, reason: '改回' },
      bot.clock.now(),
    );
    expect(await bot.sayText('gannan-staff', '本周汇总')).toContain('累计支出 610万元');
  });

  it('says a holiday week needed no report instead of calling counties late', async () => {
    const text = await bot.sayText('gannan-staff', '汇总 2018-W40');
    expect(text).toContain('2018年第40周（10月1日—10月7日）');
    expect(text).toContain('一、报送情况\n本周为法定节假日，无需报送。');
    expect(text).not.toContain('逾期未报');
    expect(text).toContain('报送：节假日无需报送');
  });

  it('says what is expected for a week it cannot read, or one not begun', async () => {
    expect(await bot.sayText('gannan-staff', '汇总 2018-W60')).toBe('请按“汇总 2018-W40”的格式输入周次（年份-W周数），或发送“汇总”查看最近一周。');
    expect(await bot.sayText('gannan-staff', '汇总 2018-W50')).toContain('2018-W50尚未开始。');
  });

  it('says plainly when nobody has reported yet', async () => {
    const text = await bot.sayText('gannan-staff', '汇总 2018-W30');
    expect(text).toContain('甘南州4个示范县均未报送周进度，暂无可汇总的数据');
    expect(text).toContain('逾期未报：卓尼县、迭部县、舟曲县、碌曲县');
  });
});

describe('who may ask', () => {
  it('answers in the prefecture group when mentioned', async () => {
    const text = await bot.sayText('gannan-staff', '汇总', { chat: 'gannan-group', mentioned: true });
    expect(text).toContain('【甘南州电商示范项目周汇总】');
  });

  it('lets the admin see every county of the programme', async () => {
    const text = await bot.sayText('admin', '汇总');
    expect(text).toContain('【全部示范县电商示范项目周汇总】');
    expect(text).toContain('一、报送情况（已报 3/20 县）');
  });

  it('refuses county officials and visitors', async () => {
    expect(await bot.sayText('zhuoni-official', '汇总')).toContain('该功能仅限市州工作人员、省级工作人员、管理员使用');
    expect(await bot.sayText('visitor', '汇总')).toContain('请先发送“绑定 邀请码”');
  });
});

describe('the scheduled digest', () => {
  it('builds one message per registered 市州 group and one per province group, keyed so each is sent once', async () => {
    const messages = await buildDigestMessages(bot.shifan.services, new Date('2018-10-08T08:30:00+08:00'));
    const prefectures = ['lanzhou', 'tianshui', 'pingliang', 'dingxi', 'longnan', 'linxia', 'gannan'];
    expect(messages.map((m) => m.dedupKey)).toEqual([
      ...prefectures.map((id) => `digest:${id}:2018-W39:local:${id}-group`),
      'digest:province:2018-W39:local:province-group',
    ]);
    expect(messages.map((m) => m.target)).toContainEqual({ platform: 'local', chatId: 'gannan-group', chatKind: 'group' });
    const gannan = messages.find((m) => m.target.chatId === 'gannan-group')!;
    expect(gannan.reply.text).toContain('逾期未报：碌曲县');
    // Each 市州 reads its own counties only.
    expect(messages.find((m) => m.target.chatId === 'pingliang-group')!.reply.text).toContain('平凉市电商示范项目周汇总');
    expect(messages.find((m) => m.target.chatId === 'pingliang-group')!.reply.text).not.toContain('碌曲县');
    expect(messages.at(-1)!.reply.title).toBe('全省电商示范项目周汇总（按市州）');
  });

  it('goes out once through the scheduler and the outbox on Monday morning, after the National Day holiday', async () => {
    const { scheduler } = bot.shifan;
    const digests = async () => (await bot.posts('gannan-group')).filter((p) => p.reply.text.includes('周汇总'));
    // 1 October is a holiday: that digest moves to 8 October, which covers the same week (W40 needed no report).
    await scheduler.runDue(new Date('2018-10-08T08:30:00+08:00'));
    await scheduler.dispatchNow();
    const sent = await digests();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reply.text).toContain('2018年第39周（9月24日—9月30日）');
    expect(sent[0]!.reply.text).toContain('逾期未报：碌曲县');
    // A restart or a second run the same morning sends nothing twice.
    await scheduler.runDue(new Date('2018-10-08T09:00:00+08:00'));
    await scheduler.dispatchNow();
    expect(await digests()).toHaveLength(1);
  });

  it('covers the current week once its Friday deadline has passed', async () => {
    const messages = await buildDigestMessages(bot.shifan.services, new Date('2018-10-12T20:00:00+08:00'));
    expect(messages.find((m) => m.target.chatId === 'gannan-group')!.dedupKey).toBe('digest:gannan:2018-W41:local:gannan-group');
  });
});
