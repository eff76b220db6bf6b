import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { answerAll, personId, storedReport, texts } from '../forms/weekly-report-support.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' }); // week 2018-W38
});
afterAll(() => bot.close());

const W38 = '2018-09-20T10:00:00+08:00';
const W39 = '2018-09-27T10:00:00+08:00';

/** Answers for a week without training and without forbidden use. */
const week = (spent: [string, string, string, string, string], points: string, villages: string, extra: string[] = []) => [
  ...spent,
  '否',
  points,
  villages,
  '0',
  '2',
  '5',
  '跳过',
  '100',
  ...extra,
  '跳过',
];

describe('rule checks after submission, each citing its clause', () => {
  it('does not judge the 上行 share before spending reaches 20% of the allocation', async () => {
    bot.clock.set(W38);
    await bot.say('zhuoni-official', '填报');
    await answerAll(bot, 'zhuoni-official', week(['200', '50', '100', '30', '20'], '12', '8'));
    const done = (await bot.say('zhuoni-official', '确认'))[0]!;
    expect(done.title).toBe('已提交：卓尼县 2018-W38 周报');
    expect(done.text).toContain('累计支出达到下达资金的20%（300万元）后开始核对上行比例（不低于50%）');
    expect(done.text).not.toContain('⚠');
    expect(done.fields?.find((f) => f.label === '累计支出')?.value).toBe('200万元（占下达资金1500万元的13.3%）');
  });

  it('warns on a low 上行 share and a service centre above 15% of the allocation, quoting the plan', async () => {
    bot.clock.set(W39);
    const opening = texts(await bot.say('zhuoni-official', '填报'));
    expect(opening).toContain('上期（2018-W38）数据可回复“同上周”沿用');
    await answerAll(bot, 'zhuoni-official', ['150', '20', '130', '0', '0', '否']);
    // A running total below last week's asks why, and 重填 lets it be typed again.
    expect(texts(await bot.say('zhuoni-official', '10'))).toContain('您填写的“累计建成乡镇和村级电商服务站点”为10个，低于上期的12个');
    expect(texts(await bot.say('zhuoni-official', '重填'))).toContain('（第7项，还剩约9项）截至目前，累计建成乡镇和村级电商服务站点多少个？');
    await bot.say('zhuoni-official', '10');
    expect(texts(await bot.say('zhuoni-official', '跳过'))).toContain('请用一句话说明累计数减少的原因');
    expect(texts(await bot.say('zhuoni-official', '两个站点撤并到乡镇中心站'))).toContain('累计覆盖建档立卡贫困村');
    const same = texts(await bot.say('zhuoni-official', '同上周'));
    expect(same).toContain('本周举办电商培训多少场');
    await answerAll(bot, 'zhuoni-official', ['0', '2', '5', '跳过']);
    // 同上 may mean the line above: last period's figure is shown and asked, not stored unasked.
    expect(texts(await bot.say('zhuoni-official', '同上'))).toContain('按上期周报中本项的填写理解，您要填写的是 100户吗？');
    const summary = await answerAll(bot, 'zhuoni-official', ['是', '跳过']);
    expect(summary[0]!.text).toContain('10个（低于上期，原因：两个站点撤并到乡镇中心站）');
    const done = (await bot.say('zhuoni-official', '确认'))[0]!;
    expect(done.tone).toBe('warning');
    expect(done.text).toContain('⚠ 农村产品上行累计支出70万元，占累计支出的20%，低于50%的要求');
    expect(done.text).toContain('⚠ 县级电商公共服务中心累计支出230万元，占下达资金的15.3%，超过了15%（225万元）的上限');
    expect(done.citations).toEqual(
      expect.arrayContaining([
        { source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》', section: '三（一）3', quote: '中央财政资金支持农村产品上行的比例原则上不低于50%' },
        {
          source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》',
          section: '三（二）2',
          quote: '公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%',
        },
      ]),
    );
    const stored = await storedReport(bot, 'zhuoni', '2018-W39');
    expect(stored?.values).toMatchObject({
      service_points_total: 10,
      'service_points_total:reason': '两个站点撤并到乡镇中心站',
      poor_villages_covered: 8,
      households_benefited: 100,
    });
  });

  it('refuses a week that would take cumulative spending above the allocation', async () => {
    bot.clock.set('2018-10-04T10:00:00+08:00'); // 2018-W40
    await bot.say('zhuoni-official', '填报');
    // Above what is left of the allocation: asked once with the reading spelled out, then refused on 是.
    expect(texts(await bot.say('zhuoni-official', '1200万'))).toContain('您填写的是 1200万元（12,000,000元）吗？这超过了剩余可用的中央财政资金（1150万元）');
    const refused = texts(await bot.say('zhuoni-official', '是'));
    expect(refused).toContain('本周新增支出1200万元，加上其他各周累计支出350万元，共1550万元，超过了卓尼县下达的中央财政资金1500万元。请核对后重新填写。');
    expect(refused).toContain('（第1项');
    // A bare 1150 at a spending field could be 元 or 万元 (most of the allocation): its unit is asked first.
    expect(texts(await bot.say('zhuoni-official', '1150'))).toContain('请写明单位重新输入，例如 1150万 或 1150元');
    expect(texts(await bot.say('zhuoni-official', '1150万'))).toContain('其中用于农村产品上行');
    await bot.say('zhuoni-official', '取消');
    await bot.say('zhuoni-official', '确定');
  });

  it('raises a red flag to the prefecture group through the outbox, once', async () => {
    bot.clock.set(W38);
    await bot.say('diebu-official', '填报');
    await answerAll(bot, 'diebu-official', ['10', '5', '0', '0', '0', '是', '购买某电商平台推广流量3万元', '2', '1', '0', '0', '1', '跳过', '5', '跳过']);
    const done = (await bot.say('diebu-official', '确认'))[0]!;
    expect(done.tone).toBe('error');
    expect(done.text).toContain('本周报告了禁止用途的支出，已按规定报告市州工作群。');
    expect(done.text).toContain('【违规】 迭部县报告有资金用于网络交易平台、楼堂馆所建设、工作经费、购买流量等禁止用途（2018-W38）');
    expect(done.citations).toContainEqual({
      source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》',
      section: '四（五）',
      quote: '中央财政资金不得用于网络交易平台、楼堂馆所建设、工作经费及购买流量等支出',
    });
    const outbox = await bot.shifan.services.db.selectFrom('outbox').selectAll().where('dedup_key', 'like', 'redflag:diebu:2018-W38%').execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      dedup_key: 'redflag:diebu:2018-W38:local:gannan-group',
      platform: 'local',
      chat_id: 'gannan-group',
      chat_kind: 'group',
      status: 'pending',
    });
    const message = JSON.parse(outbox[0]!.reply) as { title: string; text: string };
    expect(message.title).toBe('违规用途预警');
    expect(message.text).toContain('说明：购买某电商平台推广流量3万元');
    expect(message.text).toContain('填报人：才让东主');
    // An edit that keeps the forbidden use does not flag the week twice.
    await bot.say('diebu-official', '修改周报');
    await bot.say('diebu-official', '修改 违规用途说明');
    await bot.say('diebu-official', '购买推广流量3万元，已责令退回');
    await bot.say('diebu-official', '确认');
    expect(texts(await bot.say('diebu-official', '补充整改情况'))).toContain('已保存');
    expect(await bot.shifan.services.db.selectFrom('outbox').select('id').where('dedup_key', 'like', 'redflag:diebu:%').execute()).toHaveLength(1);
  });

  it('reports coverage against the 50% target once prefecture staff set the number of poor villages', async () => {
    expect(await bot.sayText('zhuoni-official', '设置贫困村 卓尼县 20')).toContain('仅限市州工作人员、省级工作人员、管理员使用');
    expect(await bot.sayText('gannan-staff', '设置贫困村 西和县 20')).toBe('西和县不属于甘南州，无法设置。');
    expect(await bot.sayText('gannan-staff', '设置贫困村 卓尼县 很多')).toContain('请输入整数');
    expect(await bot.sayText('gannan-staff', '设置贫困村 卓尼县 20')).toBe('已登记卓尼县建档立卡贫困村20个，覆盖率将按此计算（目标50%左右）。');
    bot.clock.set(W39);
    const progress = (await bot.say('zhuoni-official', '我县进度'))[0]!;
    expect(progress.text).toContain('电商服务站点已覆盖建档立卡贫困村8个，占全县20个贫困村的40%，目标为50%左右，还差约2个。');
    expect(progress.citations).toContainEqual({
      source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》',
      section: '一',
      quote: '示范县建档立卡贫困村和整体行政村电商服务点覆盖率达到50%左右',
    });
  });

  it('refuses more covered poor villages than the county has', async () => {
    await bot.say('gannan-staff', '设置贫困村 舟曲 10');
    await bot.say('zhouqu-official', '填报');
    await answerAll(bot, 'zhouqu-official', ['0', '否', '3']);
    expect(texts(await bot.say('zhouqu-official', '25'))).toContain('累计覆盖的贫困村（25个）超过了舟曲县登记的建档立卡贫困村总数（10个），请核对。');
    expect(texts(await bot.say('zhouqu-official', '6'))).toContain('本周举办电商培训多少场');
    await bot.say('zhouqu-official', '取消');
    await bot.say('zhouqu-official', '确定');
  });
});

describe('progress', () => {
  it('shows the county its cumulative figures and warnings', async () => {
    bot.clock.set(W39);
    const progress = (await bot.say('zhuoni-official', '本县进度'))[0]!;
    expect(progress.title).toBe('卓尼县项目进度（截至2018-W39）');
    const fields = Object.fromEntries(progress.fields!.map((f) => [f.label, f.value]));
    expect(fields['累计支出']).toBe('350万元（执行率23.3%）');
    expect(fields['其中农村产品上行']).toBe('70万元（占累计支出20%）');
    expect(fields['累计建成服务站点']).toBe('10个');
    expect(fields['累计覆盖建档立卡贫困村']).toBe('8个（共20个，覆盖率40%）');
    expect(progress.text).toContain('本周（2018-W39）周报已于9月27日 10:00提交。');
    expect(progress.text).toContain('⚠ 农村产品上行累计支出70万元');
    expect(progress.chart?.series.map((s) => s.value)).toEqual([70, 230, 30, 20]);
  });

  it('lets prefecture staff see any county of their prefecture, and nobody else', async () => {
    expect((await bot.say('gannan-staff', '进度 卓尼县'))[0]!.title).toBe('卓尼县项目进度（截至2018-W39）');
    expect(await bot.sayText('gannan-staff', '进度')).toBe('请写明县名，例如：进度 卓尼县');
    // A near spelling of the county is read as the county, and said so.
    const nearly = await bot.say('gannan-staff', '进度 桌尼县');
    expect(texts(nearly)).toContain('按“卓尼县”理解。');
    expect(nearly.map((r) => r.title)).toContain('卓尼县项目进度（截至2018-W39）');
    // The county may come first, in everyday words.
    expect((await bot.say('gannan-staff', '看看卓尼县的进度')).map((r) => r.title)).toContain('卓尼县项目进度（截至2018-W39）');
    expect(await bot.sayText('diebu-official', '进度 卓尼县')).toBe('您是迭部县的联络员，只能查看本县（迭部县）的周报。');
    expect(await bot.sayText('visitor', '我县进度')).toContain('抱歉，该功能仅限');
    expect(await bot.sayText('zhouqu-official', '我县进度')).toContain('舟曲县尚未提交过周报');
  });
});

describe('editing a submitted report until its deadline', () => {
  it('changes a figure with a reason and keeps the change trail', async () => {
    bot.clock.set('2018-09-28T09:00:00+08:00'); // Friday of W39, before 18:00
    const opening = await bot.say('zhuoni-official', '修改周报');
    expect(opening[0]!.title).toBe('请核对：卓尼县 2018-W39 周报');
    expect(opening[0]!.text).toContain('修改卓尼县2018-W39周报，9月28日 18:00前有效');
    await bot.say('zhuoni-official', '修改 1');
    const summary = await bot.say('zhuoni-official', '160');
    expect(summary[0]!.fields?.[0]?.value).toBe('160万元（原为150万元）');
    expect(texts(await bot.say('zhuoni-official', '确认'))).toContain('请简要说明修改原因');
    const saved = (await bot.say('zhuoni-official', '财务对账后更正'))[0]!;
    expect(saved.title).toBe('已修改：卓尼县 2018-W39 周报');
    expect(saved.text).toContain('已保存对卓尼县2018-W39周报的1处修改，修改原因：财务对账后更正。');
    expect(saved.fields?.[0]).toEqual({ label: '本周新增支出的中央财政资金', value: '150万元 → 160万元' });
    expect((await storedReport(bot, 'zhuoni', '2018-W39'))?.values.spent_total).toBe(1_600_000);

    // Prefecture staff may correct it too; both changes are kept with who and why.
    expect(texts(await bot.say('gannan-staff', '修改周报 桌尼县'))).toContain('按“卓尼县”理解。');
    await bot.say('gannan-staff', '修改 培训场次');
    await bot.say('gannan-staff', '1');
    await bot.say('gannan-staff', '30');
    await bot.say('gannan-staff', '8');
    await bot.say('gannan-staff', '确认');
    expect(texts(await bot.say('gannan-staff', '按培训签到表更正'))).toContain('3处修改');

    const stored = await storedReport(bot, 'zhuoni', '2018-W39');
    const revisions = await bot.shifan.services.db
      .selectFrom('report_revisions')
      .selectAll()
      .where('report_id', '=', stored!.report.id)
      .orderBy('id')
      .execute();
    expect(revisions.map((r) => [r.field, r.old_value, r.new_value, r.changed_by, r.reason])).toEqual([
      ['spent_total', '150万元', '160万元', await personId(bot, 'zhuoni-official'), '财务对账后更正'],
      ['training_sessions', '0场', '1场', await personId(bot, 'gannan-staff'), '按培训签到表更正'],
      ['trainees', '0人次', '30人次', await personId(bot, 'gannan-staff'), '按培训签到表更正'],
      ['trainees_poor', '0人次', '8人次', await personId(bot, 'gannan-staff'), '按培训签到表更正'],
    ]);
    expect(revisions.every((r) => r.changed_at === '2018-09-28T01:00:00.000Z')).toBe(true);

    const trail = (await bot.say('zhuoni-official', '修改记录'))[0]!;
    expect(trail.title).toBe('卓尼县 2018-W39 周报修改记录');
    expect(trail.table?.rows[0]).toEqual(['9月28日 09:00', '本周新增支出的中央财政资金', '150万元', '160万元', '杨建华', '财务对账后更正']);
    expect(trail.table?.rows).toHaveLength(4);
  });

  it('closes an edit without changes, and refuses edits after the deadline', async () => {
    await bot.say('zhuoni-official', '修改周报');
    expect(await bot.sayText('zhuoni-official', '确认')).toBe('您没有修改任何内容，卓尼县 2018-W39 周报保持不变。');
    expect(await bot.sayText('zhuoni-official', '修改 2018-W38')).toBe(
      '卓尼县2018-W38周报的修改截止时间（9月21日 18:00）已过，不能再修改。如确需更正，请联系市州工作人员。',
    );
    expect(await bot.sayText('zhuoni-official', '修改 2018-W41')).toBe('卓尼县2018-W41的周报尚未提交，无法修改。');
    // An edit started before the deadline cannot be saved after it.
    await bot.say('zhuoni-official', '修改周报');
    await bot.say('zhuoni-official', '修改 1');
    await bot.say('zhuoni-official', '170');
    await bot.say('zhuoni-official', '确认');
    bot.clock.set('2018-09-28T18:01:00+08:00');
    expect(await bot.sayText('zhuoni-official', '补录')).toBe(
      '2018-W39周报的修改截止时间（9月28日 18:00）已过，本次修改未保存。如确需更正，请联系市州工作人员。',
    );
    expect((await storedReport(bot, 'zhuoni', '2018-W39'))?.values.spent_total).toBe(1_600_000);
    expect(await bot.sayText('zhuoni-official', '修改周报')).toContain('修改截止时间（9月28日 18:00）已过');
  });
});
