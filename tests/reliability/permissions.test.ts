import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { seedDemoRoster } from '../../src/features/admin/roster.ts';
import { addMilestone } from '../../src/features/deadlines/index.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { answerAll, texts, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';
import { consistencyProblems } from './consistency.ts';

/**
 * Every role × every chat command, in private and in the registered prefecture group,
 * asserted through the local channel. A cell is what the person reads: an exact
 * refusal, or a reply that contains (and does not contain) some words.
 */
type Cell = { readonly says: string } | { readonly has: string; readonly lacks?: string };
type Roles = 'visitor' | 'zhuoni' | 'diebu' | 'kongtong' | 'staff' | 'pingliang' | 'province' | 'admin';
/** One cell for both chats, or [private, group]. */
type Row = Readonly<Record<Roles, Cell | readonly [Cell, Cell]>>;

const USERS: Readonly<Record<Roles, string>> = {
  visitor: 'visitor', // anonymous
  zhuoni: 'zhuoni-official', // official of 卓尼县 (甘南州)
  diebu: 'diebu-official', // official of another county of the same prefecture
  kongtong: 'kongtong-official', // official of a county outside 甘南州 (bound by invite below)
  staff: 'gannan-staff', // prefecture staff of 甘南州
  pingliang: 'pingliang-staff', // staff of another 市州 (平凉市, whose only county is 崆峒区)
  province: 'province-staff', // the province (省商务厅): every county, programme-wide deadlines
  admin: 'admin',
};
const GROUP = 'gannan-group';
// Only zhuoni, its prefecture's staff, the province and the admin may ever read this (the 卓尼县 report's issues field).
const CANARY = '卓尼县物流中心选址内部协调事项';

const says = (text: string): Cell => ({ says: text });
const has = (text: string, lacks?: string): Cell => ({ has: text, lacks });
const ALL = (cell: Cell | readonly [Cell, Cell]): Row => ({
  visitor: cell,
  zhuoni: cell,
  diebu: cell,
  kongtong: cell,
  staff: cell,
  pingliang: cell,
  province: cell,
  admin: cell,
});

const only = (who: string) => says(`抱歉，该功能仅限${who}使用。`);
const onlyAnon = (who: string) => says(`抱歉，该功能仅限${who}使用。如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。`);
/** The visitor and the three county officials, refused a command of `who`. */
const countiesRefused = (who: string) => ({ visitor: onlyAnon(who), zhuoni: only(who), diebu: only(who), kongtong: only(who) });
const PRIVATE = says('为保护数据安全，该功能请在与我的私聊中使用。');
const GROUP_ONLY = says('该功能请在群聊中使用。');
const OFF_PRE = '县级联络员、市州工作人员';
const OFF_PRE_ADMIN = '县级联络员、市州工作人员、省级工作人员、管理员';
const PRE_ADMIN = '市州工作人员、省级工作人员、管理员';
const privateOnly = (cell: Cell): readonly [Cell, Cell] => [cell, PRIVATE];
const ownOnly = (mine: string, verb: string) => says(`您是${mine}的联络员，只能${verb}本县（${mine}）的周报。`);

const MATRIX: readonly { readonly text: string; readonly row: Row; readonly before?: string; readonly group?: string }[] = [
  {
    text: '帮助',
    row: {
      visitor: has('绑定 邀请码', '汇总'),
      zhuoni: has('填报', '新增截止'),
      diebu: has('填报', '新增截止'),
      kongtong: has('我县进度', '设置贫困村'),
      staff: has('汇总'),
      pingliang: has('汇总', '按市州分列'),
      province: has('按市州分列的全省周汇总', '代本市州'),
      admin: has('新增截止', '已完成'),
    },
  },
  {
    text: '我是谁',
    row: {
      visitor: has('目前是访客'),
      zhuoni: says('您是卓尼县的县级联络员（杨建华）。'),
      diebu: has('您是迭部县的县级联络员'),
      kongtong: says('您是崆峒区的县级联络员（崆峒区联络员）。'),
      staff: says('您是甘南州的市州工作人员（马文军）。'),
      pingliang: says('您是平凉市的市州工作人员（平凉市工作人员）。'),
      province: says('您是省级工作人员（省商务厅工作人员）。'),
      admin: says('您是管理员（系统管理员）。'),
    },
  },
  { text: '绑定 WRONG-2345', row: ALL(privateOnly(has('邀请码“WRONG-2345”无效'))) },
  {
    text: '绑定本群 市州群',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: [GROUP_ONLY, says('已将本群登记为甘南州工作群，周汇总和逾期催办将发送到本群。')],
      pingliang: [GROUP_ONLY, says('已将本群登记为平凉市工作群，周汇总和逾期催办将发送到本群。')],
      province: [GROUP_ONLY, says('只有市州工作人员可以登记市州工作群。')],
      admin: [GROUP_ONLY, says('只有市州工作人员可以登记市州工作群。')],
    },
  },
  {
    text: '绑定本群 省级群',
    group: 'scratch-group',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: [GROUP_ONLY, says('只有省级工作人员可以登记省级群。')],
      pingliang: [GROUP_ONLY, says('只有省级工作人员可以登记省级群。')],
      province: [GROUP_ONLY, says('已将本群登记为省级工作群，按市州分列的全省周汇总将发送到本群。')],
      admin: [GROUP_ONLY, says('只有省级工作人员可以登记省级群。')],
    },
  },
  {
    text: '绑定本群 县级群 崆峒区',
    group: 'scratch-group',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: [GROUP_ONLY, says('崆峒区不属于甘南州，无法登记。')],
      pingliang: [GROUP_ONLY, says('已将本群登记为崆峒区工作群。')],
      province: [GROUP_ONLY, says('已将本群登记为崆峒区工作群。')],
      admin: [GROUP_ONLY, says('已将本群登记为崆峒区工作群。')],
    },
  },
  {
    text: '填报',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: privateOnly(has('卓尼县2018-W38的周报已于')),
      diebu: privateOnly(has('开始填写迭部县2018-W38周报')),
      kongtong: privateOnly(has('开始填写崆峒区2018-W38周报')),
      staff: privateOnly(says('请写明县名，例如：填报 卓尼县')),
      pingliang: privateOnly(says('请写明县名，例如：填报 卓尼县')),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
  {
    text: '填报 卓尼县',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: privateOnly(has('卓尼县2018-W38的周报已于')),
      diebu: privateOnly(ownOnly('迭部县', '填报')),
      kongtong: privateOnly(ownOnly('崆峒区', '填报')),
      staff: privateOnly(has('卓尼县2018-W38的周报已于')),
      pingliang: privateOnly(says('卓尼县不属于平凉市，无法填报。')),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
  {
    text: '填报 崆峒区',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: privateOnly(ownOnly('卓尼县', '填报')),
      diebu: privateOnly(ownOnly('迭部县', '填报')),
      kongtong: privateOnly(has('开始填写崆峒区2018-W38周报')),
      staff: privateOnly(says('崆峒区不属于甘南州，无法填报。')),
      pingliang: privateOnly(has('开始填写崆峒区2018-W38周报（市州代填）')),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
  {
    text: '修改周报',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: privateOnly(has('修改卓尼县2018-W38周报')),
      diebu: privateOnly(says('迭部县2018-W38的周报尚未提交，无法修改。发送“填报”填写本周周报。')),
      kongtong: privateOnly(says('崆峒区2018-W38的周报尚未提交，无法修改。发送“填报”填写本周周报。')),
      staff: privateOnly(says('请写明县名，例如：修改周报 卓尼县')),
      pingliang: privateOnly(says('请写明县名，例如：修改周报 卓尼县')),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
  {
    text: '修改周报 卓尼县',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: privateOnly(has('修改卓尼县2018-W38周报')),
      diebu: privateOnly(ownOnly('迭部县', '修改')),
      kongtong: privateOnly(ownOnly('崆峒区', '修改')),
      staff: privateOnly(has('修改卓尼县2018-W38周报')),
      pingliang: privateOnly(says('卓尼县不属于平凉市，无法修改。')),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
  {
    text: '修改记录 卓尼县',
    row: {
      visitor: onlyAnon(OFF_PRE_ADMIN),
      zhuoni: privateOnly(says('卓尼县2018-W38周报提交后没有修改过。')),
      diebu: privateOnly(ownOnly('迭部县', '查看')),
      kongtong: privateOnly(ownOnly('崆峒区', '查看')),
      staff: privateOnly(says('卓尼县2018-W38周报提交后没有修改过。')),
      pingliang: privateOnly(says('卓尼县不属于平凉市，无法查看。')),
      province: privateOnly(says('卓尼县2018-W38周报提交后没有修改过。')),
      admin: privateOnly(says('卓尼县2018-W38周报提交后没有修改过。')),
    },
  },
  {
    text: '修改记录',
    row: {
      visitor: onlyAnon(OFF_PRE_ADMIN),
      zhuoni: privateOnly(says('卓尼县2018-W38周报提交后没有修改过。')),
      diebu: privateOnly(says('迭部县2018-W38的周报尚未提交。')),
      kongtong: privateOnly(says('崆峒区2018-W38的周报尚未提交。')),
      staff: privateOnly(says('请写明县名，例如：修改记录 卓尼县')),
      pingliang: privateOnly(says('请写明县名，例如：修改记录 卓尼县')),
      province: privateOnly(says('请写明县名，例如：修改记录 卓尼县')),
      admin: privateOnly(says('请写明县名，例如：修改记录 卓尼县')),
    },
  },
  {
    text: '进度',
    row: {
      visitor: onlyAnon(OFF_PRE_ADMIN),
      zhuoni: has('卓尼县项目进度'),
      diebu: has('迭部县项目进度', '卓尼县'),
      kongtong: has('崆峒区项目进度', '卓尼县'),
      staff: says('请写明县名，例如：进度 卓尼县'),
      pingliang: says('请写明县名，例如：进度 卓尼县'),
      province: says('请写明县名，例如：进度 卓尼县'),
      admin: says('请写明县名，例如：进度 卓尼县'),
    },
  },
  {
    text: '进度 卓尼县',
    row: {
      visitor: onlyAnon(OFF_PRE_ADMIN),
      zhuoni: has('卓尼县项目进度'),
      diebu: ownOnly('迭部县', '查看'),
      kongtong: ownOnly('崆峒区', '查看'),
      staff: has('卓尼县项目进度'),
      pingliang: says('卓尼县不属于平凉市，无法查看。'),
      province: has('卓尼县项目进度'),
      admin: has('卓尼县项目进度'),
    },
  },
  {
    text: '进度 崆峒区',
    row: {
      visitor: onlyAnon(OFF_PRE_ADMIN),
      zhuoni: ownOnly('卓尼县', '查看'),
      diebu: ownOnly('迭部县', '查看'),
      kongtong: has('崆峒区项目进度'),
      staff: says('崆峒区不属于甘南州，无法查看。'),
      pingliang: has('崆峒区项目进度'),
      province: has('崆峒区项目进度'),
      admin: has('崆峒区项目进度'),
    },
  },
  {
    text: '截止日期',
    row: {
      // The dates are public (they are in the notice); which county has done what is not.
      visitor: has('实施方案备案：2018年9月30日', '县区'),
      zhuoni: has('县区：卓尼县', '迭部县'),
      diebu: has('县区：迭部县', '卓尼县'),
      kongtong: has('县区：崆峒区', '卓尼县'),
      staff: has('完成情况：0/4 个县已完成', '崆峒区'),
      pingliang: has('完成情况：0/1 个县已完成', '项目招标'),
      province: has('完成情况：0/20 个县已完成'),
      admin: has('完成情况：0/20 个县已完成'),
    },
  },
  {
    text: '新增截止 2018-12-20 验收材料报送',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: has('已新增截止事项“验收材料报送”，截止日期2018年12月20日'),
      pingliang: has('已新增截止事项“验收材料报送”，截止日期2018年12月20日'),
      province: has('已新增截止事项“验收材料报送”，截止日期2018年12月20日'),
      admin: has('已新增截止事项“验收材料报送”'),
    },
  },
  {
    text: '调整截止 验收材料 2018-12-25',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: has('已将“验收材料”的截止日期由2018年12月20日调整为2018年12月25日'),
      pingliang: says('未找到截止事项“验收材料”。当前的截止事项有：实施方案备案。'),
      province: says('“验收材料”是甘南州自行确定的截止事项，由甘南州工作人员调整。'),
      admin: has('调整为2018年12月25日'),
    },
  },
  {
    text: '关闭截止 验收材料',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: says('已关闭截止事项“验收材料”，今后不再就此事项发送提醒。'),
      pingliang: says('未找到截止事项“验收材料”。当前的截止事项有：实施方案备案。'),
      province: says('“验收材料”是甘南州自行确定的截止事项，由甘南州工作人员关闭。'),
      admin: says('已关闭截止事项“验收材料”，今后不再就此事项发送提醒。'),
    },
  },
  {
    // Programme-wide milestones belong to the province and the admin; 市州 staff change only their 市州's.
    text: '调整截止 实施方案备案 2018-10-15',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: says('“实施方案备案”是全省统一的截止事项，只能由省级工作人员或管理员调整。如需调整，请联系省级工作人员。'),
      pingliang: says('“实施方案备案”是全省统一的截止事项，只能由省级工作人员或管理员调整。如需调整，请联系省级工作人员。'),
      province: has('调整为2018年10月15日'),
      admin: has('调整为2018年10月15日'),
    },
  },
  {
    // 项目招标 is set by Gannan's letter alone: 甘南州's own deadline.
    text: '关闭截止 项目招标',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: says('已关闭截止事项“项目招标”，今后不再就此事项发送提醒。'),
      pingliang: says('未找到截止事项“项目招标”。当前的截止事项有：实施方案备案。'),
      province: says('“项目招标”是甘南州自行确定的截止事项，由甘南州工作人员关闭。'),
      admin: says('已关闭截止事项“项目招标”，今后不再就此事项发送提醒。'),
    },
  },
  {
    text: '已完成 实施方案备案 甘卓商发〔2018〕12号',
    row: {
      visitor: onlyAnon('县级联络员'),
      zhuoni: has('已记录：卓尼县已完成“实施方案备案”'),
      diebu: has('已记录：迭部县已完成“实施方案备案”'),
      kongtong: has('已记录：崆峒区已完成“实施方案备案”'),
      staff: only('县级联络员'),
      pingliang: only('县级联络员'),
      province: only('县级联络员'),
      admin: only('县级联络员'),
    },
  },
  {
    text: '本周汇总',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: has('甘南州电商示范项目周汇总', '崆峒区'),
      pingliang: [has('平凉市电商示范项目周汇总', '卓尼县'), has('甘南州电商示范项目周汇总', '崆峒区')],
      province: [has('全省电商示范项目周汇总（按市州）', CANARY), has('甘南州电商示范项目周汇总', '崆峒区')],
      admin: [has('全部示范县电商示范项目周汇总'), has('甘南州电商示范项目周汇总', '崆峒区')],
    },
  },
  {
    text: '设置贫困村 卓尼县 120',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: says('已登记卓尼县建档立卡贫困村120个，覆盖率将按此计算（目标50%左右）。'),
      pingliang: says('卓尼县不属于平凉市，无法设置。'),
      province: says('已登记卓尼县建档立卡贫困村120个，覆盖率将按此计算（目标50%左右）。'),
      admin: says('已登记卓尼县建档立卡贫困村120个，覆盖率将按此计算（目标50%左右）。'),
    },
  },
  {
    text: '设置贫困村 崆峒区 50',
    row: {
      ...countiesRefused(PRE_ADMIN),
      staff: says('崆峒区不属于甘南州，无法设置。'),
      pingliang: has('已登记崆峒区建档立卡贫困村50个'),
      province: has('已登记崆峒区建档立卡贫困村50个'),
      admin: has('已登记崆峒区建档立卡贫困村50个'),
    },
  },
  { text: '公共服务中心资金比例是多少？', row: ALL(has('原则上不得高于15%')) },
  { text: '卓尼县的周报填了什么？存在什么问题？', row: ALL(has('', CANARY)) },
  { text: '有用', before: '培训资金能占多少？', row: ALL(says('感谢您的反馈！如有其他政策问题，请随时提问。')) },
  {
    text: '继续填报',
    row: {
      visitor: onlyAnon(OFF_PRE),
      zhuoni: says('您目前没有未完成的填报。发送“填报”开始填写本周周报。'),
      diebu: says('您目前没有未完成的填报。发送“填报”开始填写本周周报。'),
      kongtong: says('您目前没有未完成的填报。发送“填报”开始填写本周周报。'),
      staff: says('您目前没有未完成的填报。发送“填报”开始填写本周周报。'),
      pingliang: says('您目前没有未完成的填报。发送“填报”开始填写本周周报。'),
      province: only(OFF_PRE),
      admin: only(OFF_PRE),
    },
  },
];

let bot: TestBot;

/** Back to the same state before every cell: no open forms, the programme's milestones (at their dates) plus one of 甘南州's, nothing set. */
async function reset(): Promise<void> {
  const { db, repos, programme } = bot.shifan.services;
  await db.deleteFrom('conversations').execute();
  await db.deleteFrom('milestone_status').execute();
  await db.deleteFrom('milestones').where('source', '!=', 'programme').execute();
  await db.updateTable('milestones').set({ closed_at: null }).execute();
  for (const m of programme.data.milestones) await db.updateTable('milestones').set({ due_date: m.due }).where('id', '=', m.id).execute();
  const added = await addMilestone(
    repos,
    programme,
    { dateText: '2018-12-20', title: '验收材料', by: null, source: 'cli', prefectureId: 'gannan' },
    bot.clock.now(),
  );
  if (!added.ok) throw new Error(added.text);
  await db.updateTable('counties').set({ poor_villages: null }).execute();
  await db.deleteFrom('chats').execute();
  await seedDemoRoster(repos, programme.data, bot.clock.now());
}

beforeAll(async () => {
  // Thursday of 2018-W38: the weekly report is open until Friday 18:00.
  bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  const { repos, programme } = bot.shifan.services;
  const invite = await issueInvite(repos, programme.data, { role: 'official', county: '崆峒区', name: '崆峒区联络员' }, 72, bot.clock.now());
  if (!invite.ok) throw new Error(invite.error);
  expect(await bot.sayText(USERS.kongtong, `绑定 ${invite.value.code}`)).toContain('绑定成功');
  // 卓尼县 files its report; the issues field is the canary others must never read.
  expect(await bot.sayText(USERS.zhuoni, '填报')).toContain('开始填写卓尼县2018-W38周报');
  await answerAll(bot, USERS.zhuoni, [...TYPICAL_WEEK.slice(0, -1), CANARY]);
  expect(texts(await bot.say(USERS.zhuoni, '确认'))).toContain('卓尼县2018-W38周报已提交');
});
afterAll(() => bot.close());

describe('permission matrix: role × command, in private and in the 市州 group', () => {
  for (const { text, row, before, group } of MATRIX) {
    it(text, async () => {
      const failures: string[] = [];
      for (const role of Object.keys(USERS) as Roles[]) {
        const cells = row[role];
        const [dm, inGroup] = Array.isArray(cells) ? (cells as readonly [Cell, Cell]) : [cells as Cell, cells as Cell];
        for (const [where, cell] of [
          ['private', dm],
          ['group', inGroup],
        ] as const) {
          await reset();
          const options = where === 'group' ? { chat: group ?? GROUP, mentioned: true } : {};
          if (before) await bot.say(USERS[role], before, options);
          const got = await bot.sayText(USERS[role], text, options);
          const wrong = 'says' in cell ? got !== cell.says : !got.includes(cell.has) || (cell.lacks !== undefined && got.includes(cell.lacks));
          // Whatever the command, 卓尼县's report stays with 卓尼县, its 市州, the province and the admin
          // (and with whoever is in 甘南州's group, which reads 甘南州's digest).
          const outsiders = where === 'private' ? ['visitor', 'diebu', 'kongtong', 'pingliang'] : ['visitor', 'diebu', 'kongtong'];
          const leaked = outsiders.includes(role) && got.includes(CANARY);
          if (wrong || leaked) failures.push(`${role} in ${where}: expected ${JSON.stringify(cell)}, got ${JSON.stringify(got.slice(0, 300))}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('what a matrix cell cannot show', () => {
  it('lets 卓尼县 staff and officials read the 卓尼县 report, and nobody else', async () => {
    await reset();
    expect(await bot.sayText(USERS.staff, '本周汇总')).toContain(CANARY);
    expect(texts(await bot.say(USERS.zhuoni, '修改周报'))).toContain('修改卓尼县2018-W38周报');
    // Another county's official cannot reach the report through the card form either.
    await reset();
    const card = texts(await bot.say(USERS.diebu, '', { action: { name: 'form-submit:weekly-report', values: { spent_total: '0', issues: '篡改' } } }));
    expect(card).toBe('这张表单已提交、已取消或已失效，本次提交未保存。如需填报，请发送“填报”重新开始。');
    const { db } = bot.shifan.services;
    const issues = await db
      .selectFrom('report_values')
      .innerJoin('reports', 'reports.id', 'report_values.report_id')
      .select('report_values.text')
      .where('reports.county_id', '=', 'zhuoni')
      .where('report_values.field', '=', 'issues')
      .executeTakeFirst();
    expect(issues?.text).toBe(CANARY);
  });

  it('keeps an anonymous user away from every prefecture and admin command, whatever the spelling', async () => {
    await reset();
    for (const text of [
      '汇总 2018-W37',
      '上周汇总',
      '新增截止 2018-12-01 测试',
      '调整截止 实施方案备案 2019-01-01',
      '关闭截止 实施方案备案',
      '设置贫困村数 卓尼县 10',
      '进度 卓尼县',
      '修改记录 2018-W38 卓尼县',
      '填报周报 卓尼县',
    ]) {
      expect(await bot.sayText(USERS.visitor, text), text).toMatch(/^抱歉，该功能仅限.+使用。如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。$/);
    }
    const { db } = bot.shifan.services;
    expect(await db.selectFrom('milestones').select('id').where('source', '=', 'chat').execute()).toEqual([]);
    expect((await db.selectFrom('milestones').select('due_date').where('id', '=', 'plan-filing').executeTakeFirstOrThrow()).due_date).toBe('2018-09-30');
    expect((await db.selectFrom('counties').select('poor_villages').where('id', '=', 'zhuoni').executeTakeFirstOrThrow()).poor_villages).toBeNull();
  });
});

describe('rights checked again when a report is stored', () => {
  const personOf = async (userId: string) =>
    (
      await bot.shifan.services.db
        .selectFrom('identities')
        .select('person_id')
        .where('platform', '=', 'local')
        .where('platform_user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).person_id;
  const reportsOf = (countyId: string) => bot.shifan.services.db.selectFrom('reports').selectAll().where('county_id', '=', countyId).execute();

  it('refuses the report of an official deactivated while the form was open', async () => {
    await reset();
    const db = bot.shifan.services.db;
    expect(await bot.sayText('luqu-official', '填报')).toContain('开始填写碌曲县2018-W38周报');
    await answerAll(bot, 'luqu-official', TYPICAL_WEEK);
    const id = await personOf('luqu-official');
    await db.updateTable('people').set({ active: 0 }).where('id', '=', id).execute();
    try {
      expect(await bot.sayText('luqu-official', '确认')).toBe(
        '您当前的身份无权提交碌曲县的周报，本次填写未保存。如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。',
      );
      expect(await reportsOf('luqu')).toEqual([]);
    } finally {
      await db.updateTable('people').set({ active: 1 }).where('id', '=', id).execute();
    }
  });

  it('refuses the report of an official bound to another county while the form was open', async () => {
    await reset();
    const { db, repos, programme } = bot.shifan.services;
    expect(await bot.sayText('zhouqu-official', '填报')).toContain('开始填写舟曲县2018-W38周报');
    await answerAll(bot, 'zhouqu-official', TYPICAL_WEEK.slice(0, 4));
    // Mid-form, the same person redeems an invite for 迭部县 (a question mid-form goes to the router).
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '迭部县', name: '调岗联络员' }, 72, bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(texts(await bot.say('zhouqu-official', `绑定 ${invite.value.code}`))).toContain('绑定成功');
    await answerAll(bot, 'zhouqu-official', TYPICAL_WEEK.slice(4));
    expect(await bot.sayText('zhouqu-official', '确认')).toBe('您当前的身份无权提交舟曲县的周报，本次填写未保存。');
    expect(await reportsOf('zhouqu')).toEqual([]);
    expect(await consistencyProblems(db)).toEqual([]);
  });
});
