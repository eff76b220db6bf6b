import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';

describe('milestones in chat', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });

  afterAll(async () => {
    await bot?.close();
  });

  it('lets prefecture staff add a milestone, which is then reminded to counties that have not done it', async () => {
    expect(await bot.sayText('gannan-staff', '新增截止 2018-10-26 验收材料报送')).toBe(
      '已新增截止事项“验收材料报送”，截止日期2018年10月26日，编号 m-20181026。将在截止前按计划提醒尚未完成的示范县。',
    );
    bot.clock.set('2018-10-12T09:00:00+08:00'); // T-14
    await bot.shifan.scheduler.tick();
    const post = (await bot.posts('luqu-official')).find((p) => p.reply.title === '截止提醒：验收材料报送');
    expect(post!.reply.text).toBe(
      '【截止提醒：验收材料报送】\n\n碌曲县：“验收材料报送”将于2018年10月26日截止，距截止还有14天，请按时完成。\n\n事项：验收材料报送\n截止日期：2018年10月26日\n剩余天数：14天\n\n请回复：「已完成 验收材料报送」\n\n回复时可附备注（例如备案文号）；报告完成后，此事项将不再提醒贵县。',
    );
  });

  it('records a county official marking a milestone done, with a note, by title or alias', async () => {
    expect(await bot.sayText('zhuoni-official', '已完成 实施方案备案 卓商发〔2018〕45号')).toBe(
      '已记录：卓尼县已完成“实施方案备案”（备注：卓商发〔2018〕45号）。此事项将不再向贵县发送提醒，市州工作人员可在“截止日期”中查看。',
    );
    expect(await bot.sayText('diebu-official', '已完成 备案')).toBe(
      '已记录：迭部县已完成“实施方案备案”。此事项将不再向贵县发送提醒，市州工作人员可在“截止日期”中查看。',
    );
    const zhuoni = await bot.sayText('zhuoni-official', '截止日期');
    expect(zhuoni).toContain('▪ 县区：卓尼县\n  状态：已完成（2018年10月12日，杨建华）\n  备注：卓商发〔2018〕45号');
    expect(zhuoni).not.toContain('迭部县');
  });

  it('lets 市州 staff move and close their own milestones, and the province the programme-wide ones, by name or id', async () => {
    // 项目招标 is set by Gannan's forwarding letter alone: it is 甘南州's deadline, not the province's.
    expect(await bot.sayText('gannan-staff', '调整截止 实施方案备案 2018-10-15')).toBe(
      '“实施方案备案”是全省统一的截止事项，只能由省级工作人员或管理员调整。如需调整，请联系省级工作人员。',
    );
    expect(await bot.sayText('province-staff', '调整截止 项目招标 2019-01-15')).toBe('“项目招标”是甘南州自行确定的截止事项，由甘南州工作人员调整。');
    expect(await bot.sayText('pingliang-staff', '调整截止 项目招标 2019-01-15')).toBe('未找到截止事项“项目招标”。当前的截止事项有：实施方案备案。');
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 2019-01-15')).toBe(
      '已将“项目招标”的截止日期由2018年12月31日调整为2019年1月15日，提醒将按新日期发送。',
    );
    expect(await bot.sayText('gannan-staff', '关闭截止 m-20181026')).toBe('已关闭截止事项“验收材料报送”，今后不再就此事项发送提醒。');
    const list = await bot.sayText('gannan-staff', '截止日期');
    expect(list).toContain('【项目招标】\n\n截止日期：2019年1月15日（还有95天）');
    expect(list).not.toContain('验收材料报送');
    // Closed: no reminder at its T-7.
    bot.clock.set('2018-10-19T09:00:00+08:00');
    await bot.shifan.scheduler.tick();
    expect((await bot.posts('luqu-official')).filter((p) => p.reply.title === '截止提醒：验收材料报送')).toHaveLength(1);
  });

  it('answers wrong input with what was expected', async () => {
    expect(await bot.sayText('gannan-staff', '新增截止 2018-02-30 检查')).toBe('“2018-02-30”不是有效日期。请输入日期，例如 2026-12-20 或 2026年12月20日');
    expect(await bot.sayText('gannan-staff', '新增截止 某天 检查')).toBe('无法识别日期“某天”。请输入日期，例如 2026-12-20 或 2026年12月20日');
    // A date that names no one day is asked back, never guessed; a likely reading is spelled out.
    expect(await bot.sayText('gannan-staff', '新增截止 节后 检查')).toBe('“节后”没有说具体是哪一天。请用具体日期重新发送，例如 2026-12-20。');
    expect(await bot.sayText('gannan-staff', '新增截止 过两天 检查')).toBe('“过两天”没有说具体是哪一天。请用具体日期重新发送，例如 2026-12-20。');

    expect(await bot.sayText('gannan-staff', '新增截止 2018-12-01')).toBe('请写明截止事项的名称，例如：新增截止 2026-12-20 验收材料报送');
    expect(await bot.sayText('gannan-staff', '调整截止 绩效评价 2018-11-01')).toContain('未找到截止事项“绩效评价”。当前的截止事项有：');
    expect(await bot.sayText('zhuoni-official', '已完成 植树造林')).toBe('未找到截止事项“植树造林”。当前的截止事项有：实施方案备案、项目招标。');
    expect(await bot.sayText('zhuoni-official', '新增截止 2018-12-01 检查')).toBe('抱歉，该功能仅限市州工作人员、省级工作人员、管理员使用。');
    // 平凉市 has no deadline of its own: its county sees only the programme-wide one.
    expect(await bot.sayText('kongtong-official', '已完成 植树造林')).toBe('未找到截止事项“植树造林”。当前的截止事项有：实施方案备案。');
    expect(await bot.sayText('visitor', '已完成 实施方案备案')).toBe('抱歉，该功能仅限县级联络员使用。如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。');
  });

  it('moves a deadline to a date typed as staff type it (下礼拜五, 十月底)', async () => {
    bot.clock.set('2018-09-20T10:00:00+08:00');
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 下礼拜五')).toBe(
      '已将“项目招标”的截止日期由2019年1月15日调整为2018年9月28日，提醒将按新日期发送。',
    );
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 十月底')).toBe(
      '已将“项目招标”的截止日期由2018年9月28日调整为2018年10月31日，提醒将按新日期发送。',
    );
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 十一前')).toBe(
      '“十一前”没有说具体是哪一天。按节前最后一个工作日2018年9月30日理解，对吗？如无误，请用具体日期重新发送（2018-09-30）。',
    );
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 10/11')).toContain('也可能是11月10日');
    expect(await bot.sayText('gannan-staff', '截止日期')).toContain('截止日期：2018年10月31日');
    bot.clock.set('2018-10-19T09:00:00+08:00');
  });

  it('says so plainly when a deadline is moved to today or to a day already past, since a command cannot ask back', async () => {
    bot.clock.set('2018-09-20T10:00:00+08:00');
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 2018-09-20')).toBe(
      '已将“项目招标”的截止日期由2018年10月31日调整为2018年9月20日，提醒将按新日期发送。请注意：新的截止日期就是今天，2018年9月20日（星期四），尚未完成的示范县将按今日截止提醒。如日期有误，请重新发送：调整截止 项目招标 新日期。',
    );
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 9月18日')).toBe(
      '已将“项目招标”的截止日期由2018年9月20日调整为2018年9月18日，提醒将按新日期发送。请注意：新的截止日期2018年9月18日（星期二）已经过去（2天前），尚未完成的示范县将按逾期事项提醒。如日期有误，请重新发送：调整截止 项目招标 新日期。',
    );
    expect(await bot.sayText('gannan-staff', '调整截止 项目招标 2018-10-31')).toBe(
      '已将“项目招标”的截止日期由2018年9月18日调整为2018年10月31日，提醒将按新日期发送。',
    );
    bot.clock.set('2018-10-19T09:00:00+08:00');
  });

  it('shows anyone the programme-wide dates and the province clause that sets them, but not who has done what', async () => {
    const text = await bot.sayText('visitor', '截止日期');
    expect(text).toContain('【截止日期】\n\n实施方案备案：2018年9月30日（已截止）\n\n依据：');
    expect(text).toContain('四（二）\n“各市州商务部门要指导示范县');
    // Neither a 市州's own deadline nor its letter is the province's to announce.
    expect(text).not.toContain('项目招标');
    expect(text).not.toContain('州商办发');
    expect(text).not.toContain('卓尼县');
  });
});
