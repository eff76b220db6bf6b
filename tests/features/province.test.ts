import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite, parseRoster, parseRosterWorkbook } from '../../src/features/admin/index.ts';
import { insertSampleReports } from '../../src/features/demo/index.ts';
import { loadProgramme, programmeSchema } from '../../src/programme.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { GANNAN_W38, GANNAN_W39 } from '../support/gannan-reports.ts';

const programme = loadProgramme('gansu-2018').data;

describe('the programme data: every county has its 市州', () => {
  it('maps the 20 counties to the seven 市州, and records a forwarding letter only for 甘南州', () => {
    const of = (prefecture: string) =>
      programme.counties
        .filter((c) => c.prefecture === programme.prefectures.find((p) => p.name === prefecture)!.id)
        .map((c) => c.name)
        .sort();
    expect(programme.counties.every((c) => c.prefecture)).toBe(true);
    expect(of('兰州市')).toEqual(['皋兰县']);
    expect(of('天水市')).toEqual(['张家川县', '清水县', '麦积区'].sort());
    expect(of('平凉市')).toEqual(['崆峒区']);
    expect(of('定西市')).toEqual(['临洮县', '漳县', '通渭县', '陇西县'].sort());
    expect(of('陇南市')).toEqual(['两当县', '文县', '武都区', '西和县'].sort());
    expect(of('临夏州')).toEqual(['东乡县', '临夏市', '积石山县'].sort());
    expect(of('甘南州')).toEqual(['卓尼县', '碌曲县', '舟曲县', '迭部县'].sort());
    expect(programme.prefectures.filter((p) => p.clause).map((p) => p.name)).toEqual(['甘南州']);
  });

  it('refuses data that gives a 市州 a deadline or wording from a letter it never sent', () => {
    // The same data, but 项目招标 handed to 平凉市 and Gannan's wording of the filing to 定西市: neither sent a letter.
    const milestones = programme.milestones.map((m) =>
      m.id === 'tendering' ? { ...m, prefecture: 'pingliang' } : { ...m, prefectureDetails: { ...m.prefectureDetails, dingxi: m.detail } },
    );
    const parsed = programmeSchema.safeParse({ ...programme, milestones });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'milestone plan-filing: dingxi has no letter on file',
      'milestone tendering: pingliang has no letter on file',
    ]);
  });
});

describe('a province deployment in chat', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-14T10:00:00+08:00' });
  });
  afterAll(() => bot?.close());

  it("reminds each county of the province's deadline in the province's words, and only 甘南州's counties of its letter", async () => {
    // T-14 of 实施方案备案 (30 September) is a Sunday: the reminder goes out on Monday.
    bot.clock.set('2018-09-17T09:30:00+08:00');
    await bot.shifan.scheduler.tick();
    const reminder = async (user: string) => (await bot.posts(user)).find((p) => p.reply.title === '截止提醒：实施方案备案')!.reply.text;
    const kongtong = await reminder('kongtong-official');
    expect(kongtong).toContain('要求：制定项目实施方案、项目管理规定和资金管理规定，报省商务厅、省财政厅、省扶贫办审核备案');
    expect(kongtong).toContain('四（二）');
    expect(kongtong).not.toContain('州商务局');
    expect(kongtong).not.toContain('州商办发');
    const zhuoni = await reminder('zhuoni-official');
    expect(zhuoni).toContain('并报州商务局、州财政局、州扶贫办备案');
    expect(zhuoni).toContain('州商办发〔2018〕183号 二');
  });

  it("escalates a late county to its own 市州's group, citing only what that 市州 received", async () => {
    // 1 October is the National Day holiday: the first overdue day's escalation goes out on 8 October.
    bot.clock.set('2018-10-08T09:30:00+08:00');
    await bot.shifan.scheduler.tick();
    const escalation = async (group: string) => (await bot.posts(group)).find((p) => p.reply.title === '逾期通报：实施方案备案')?.reply.text ?? '';
    const pingliang = await escalation('pingliang-group');
    expect(pingliang).toContain('以下示范县尚未完成：崆峒区。');
    expect(pingliang).not.toContain('州商办发');
    expect(pingliang).not.toContain('卓尼县');
    const dingxi = await escalation('dingxi-group');
    expect(dingxi).toContain('以下示范县尚未完成：陇西县、临洮县、通渭县、漳县。');
    expect(await escalation('gannan-group')).toContain('州商办发〔2018〕183号 二');
  });

  it('gives the province a digest with one row per 市州 and its late counties', async () => {
    await insertSampleReports(bot.shifan.services.repos, [...GANNAN_W38, ...GANNAN_W39]);
    const [digest] = await bot.say('province-staff', '汇总 2018-W39');
    expect(digest!.title).toBe('全省电商示范项目周汇总（按市州）');
    expect(digest!.table!.columns).toEqual(['市州', '已报/县数', '逾期未报', '逾期未完成的截止事项', '执行率']);
    const rows = new Map(digest!.table!.rows.map((r) => [r[0], r]));
    expect([...rows.keys()]).toEqual(['兰州市', '天水市', '平凉市', '定西市', '陇南市', '临夏州', '甘南州']);
    expect(rows.get('甘南州')!.slice(1, 3)).toEqual(['3/4', '碌曲县']);
    expect(rows.get('平凉市')!.slice(1, 3)).toEqual(['0/1', '崆峒区']);
    expect(rows.get('定西市')![2]).toBe('陇西县、临洮县、通渭县、漳县');
    // Judged now (8 October): every county that has not filed its plan is overdue, 市州 by 市州; 项目招标 is not due yet.
    expect(rows.get('平凉市')![3]).toBe('实施方案备案（9月30日截止）：崆峒区');
    expect(rows.get('甘南州')![3]).toBe('实施方案备案（9月30日截止）：卓尼县、迭部县、舟曲县、碌曲县');
    expect(digest!.text).toContain('全省20个示范县，已报送3个，逾期未报17个');
    expect(digest!.text).toContain('需督促的市州：兰州市、天水市、平凉市、定西市、陇南市、临夏州、甘南州。');
    expect(digest!.text).toContain('▪ 市州：平凉市');
    // Once 卓尼县 reports its plan filed, the province reads it at once.
    await bot.say('zhuoni-official', '已完成 实施方案备案');
    const [after] = await bot.say('province-staff', '汇总 2018-W39');
    expect(after!.table!.rows.find((r) => r[0] === '甘南州')![3]).toBe('实施方案备案（9月30日截止）：迭部县、舟曲县、碌曲县');
  });

  it('lets a 市州 outside Gannan have its own staff, group, digest and deadline', async () => {
    const [digest] = await bot.say('pingliang-staff', '汇总', { chat: 'pingliang-group', mentioned: true });
    expect(digest!.title).toBe('平凉市电商示范项目周汇总');
    expect(digest!.text).toContain('平凉市1个示范县');
    expect(await bot.sayText('pingliang-staff', '新增截止 2018-11-30 平凉市验收自查')).toContain('已新增截止事项“平凉市验收自查”');
    // 定西市 may use the same name for its own; its counties never hear of 平凉市's.
    expect(await bot.sayText('dingxi-staff', '新增截止 2018-11-30 平凉市验收自查')).toContain('已新增截止事项');
    expect(await bot.sayText('kongtong-official', '截止日期')).toContain('平凉市验收自查');
    expect(await bot.sayText('gannan-staff', '截止日期')).not.toContain('平凉市验收自查');
    expect(await bot.sayText('province-staff', '调整截止 实施方案备案 2018-10-20')).toContain('调整为2018年10月20日');
  });
});

describe('the Q&A about a 市州, asked by its own people', () => {
  it("reads 本市, 我们市 and 本州 as the asker's 市州, and says where the mapping comes from", async () => {
    const bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
    try {
      const pingliang = await bot.sayText('pingliang-staff', '本市有几个示范县？');
      expect(pingliang).toContain('平凉市的示范县有1个：崆峒区。');
      expect(pingliang).toContain('所属市州依据项目数据中登记的行政区划，不是通知原文');
      expect(pingliang).not.toContain('州商办发');
      expect(await bot.sayText('longxi-official', '我们市哪几个县是示范县')).toContain('定西市的示范县有4个：陇西县、临洮县、通渭县、漳县。');
      const gannan = await bot.sayText('gannan-staff', '本州有哪些示范县');
      expect(gannan).toContain('甘南州的示范县有4个：卓尼县、迭部县、舟曲县、碌曲县。');
      expect(gannan).toContain('州商办发〔2018〕183号');
      // Asked by a visitor, 平凉 is still answered from the data.
      expect(await bot.sayText('visitor', '平凉有几个示范县')).toContain('平凉市的示范县有1个：崆峒区');
    } finally {
      await bot.close();
    }
  });

  it("gives officials bound before their county had a 市州 their county's 市州 at the next start", async () => {
    const bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
    const { db } = bot.shifan.services;
    await db.updateTable('people').set({ prefecture_id: null }).where('county_id', '=', 'kongtong').execute();
    const dir = bot.dir;
    await bot.stop();
    const again = await startTestBot({ now: '2018-09-20T10:00:00+08:00', reuseDir: dir });
    try {
      expect(await again.sayText('kongtong-official', '本市有几个示范县')).toContain('平凉市的示范县有1个');
      const rows = await again.shifan.services.db.selectFrom('people').select('prefecture_id').where('county_id', '=', 'kongtong').execute();
      expect(rows.map((r) => r.prefecture_id)).toEqual(['pingliang']);
    } finally {
      await again.close();
    }
  });
});

describe('invites and rosters for the province and the seven 市州', () => {
  it('issues invites for the province and for any 市州 by its short name', async () => {
    const bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
    try {
      const { repos } = bot.shifan.services;
      const province = await issueInvite(repos, programme, { role: 'province', name: '省商务厅张处长' }, 72, bot.clock.now());
      expect(province.ok && province.value.prefectureId).toBe(null);
      const dingxi = await issueInvite(repos, programme, { role: 'prefecture', prefecture: '定西', name: '定西市商务局李科长' }, 72, bot.clock.now());
      expect(dingxi.ok && dingxi.value.prefectureName).toBe('定西市');
      const missing = await issueInvite(repos, programme, { role: 'prefecture' }, 72, bot.clock.now());
      expect(missing.ok ? '' : missing.error).toBe('市州工作人员的邀请码需要指定市州，例如 --prefecture 兰州市');
      if (!province.ok || !dingxi.ok) throw new Error('invite refused');
      expect(await bot.sayText('new-province', `绑定 ${province.value.code}`)).toBe('绑定成功：您是省级工作人员（省商务厅张处长）。发送“帮助”查看可用功能。');
      expect(await bot.sayText('new-dingxi', `绑定 ${dingxi.value.code}`)).toBe(
        '绑定成功：您是定西市的市州工作人员（定西市商务局李科长）。发送“帮助”查看可用功能。',
      );
      expect(await bot.sayText('new-dingxi', '进度 陇西县')).toContain('陇西县项目进度');
      expect(await bot.sayText('new-dingxi', '进度 卓尼县')).toBe('卓尼县不属于定西市，无法查看。');
    } finally {
      await bot.close();
    }
  });

  it('reads the province role and every 市州 from a CSV roster and the same roster as an Excel workbook', async () => {
    const table = [
      ['姓名', '角色', '县', '市州', '平台账号'],
      ['王省', '省级工作人员', '', '', 'lark:ou_p1'],
      ['李市', '市州工作人员', '', '陇南', 'lark:ou_m1'],
      ['赵州', 'prefecture', '', '临夏回族自治州', ''],
      ['钱错', 'prefecture', '', '酒泉市', ''],
      ['孙县', 'official', '文县', '', ''],
    ];
    const csv = parseRoster(table.map((r) => r.join(',')).join('\n'), programme);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    for (const row of table) sheet.addRow(row);
    const xlsx = await parseRosterWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), programme);
    for (const parsed of [csv, xlsx]) {
      expect(parsed.rows.map((r) => [r.name, r.role, r.prefectureId, r.countyId])).toEqual([
        ['王省', 'province', null, null],
        ['李市', 'prefecture', 'longnan', null],
        ['赵州', 'prefecture', 'linxia', null],
        ['孙县', 'official', 'longnan', 'wenxian'],
      ]);
      expect(parsed.problems).toEqual([{ line: 5, message: '“酒泉市”不是本项目的市州（可选：兰州市、天水市、平凉市、定西市、陇南市、临夏州、甘南州）' }]);
    }
    const broken = await parseRosterWorkbook(Buffer.from('not a workbook'), programme);
    expect(broken.problems[0]!.message).toMatch(/^文件不是有效的 Excel（\.xlsx）文件/);
  });
});
