import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../../src/features/admin/invites.ts';
import { buildDigestMessages } from '../../../src/features/digest/index.ts';
import { insertSampleReports } from '../../../src/features/demo/index.ts';
import { cardElements, FakeLark } from '../../support/fake-lark.ts';
import { read, startLarkBot, type LarkBot } from './lark-harness.ts';

const STAFF = 'ou_5555eeee6666ffff7777aaaa8888bbbb';
const GROUP = 'oc_b1664fea9014c201e6969b478895c231';

let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot({ now: '2018-09-25T10:00:00+08:00' });
  const { repos, programme } = lark.bot.shifan.services;
  await insertSampleReports(repos, [
    {
      countyId: 'zhuoni',
      period: '2018-W38',
      submittedAt: '2018-09-21T09:00:00.000Z',
      figures: { spent_total: 120, spent_service_centre: 40, service_points_total: 31, training_sessions: 2, trainees: 85 },
    },
    {
      countyId: 'diebu',
      period: '2018-W38',
      submittedAt: '2018-09-21T10:00:00.000Z',
      figures: { spent_total: 60, spent_service_centre: 10, service_points_total: 12, training_sessions: 1, trainees: 40 },
    },
  ]);
  const invite = await issueInvite(repos, programme.data, { role: 'prefecture', prefecture: '甘南州', name: '马文清' }, 72, lark.bot.clock.now());
  if (!invite.ok) throw new Error(invite.error);
  await lark.say(STAFF, `绑定 ${invite.value.code}`);
  const registered = read(await lark.say(STAFF, '绑定本群 市州群', { groupChatId: GROUP }));
  if (!registered.includes('已将本群登记')) throw new Error(registered);
});
afterAll(() => lark.close());

function expectDigestCard(content: Record<string, any>) {
  expect(content.header.title.content).toBe('甘南州电商示范项目周汇总');
  const [table] = cardElements(content, 'table');
  const counties = table.rows.map((r: Record<string, unknown>) => r.c0);
  expect(counties).toEqual(expect.arrayContaining(['卓尼县', '迭部县', '舟曲县', '碌曲县']));
  const [chart] = cardElements(content, 'chart');
  expect(chart.chart_spec.type).toBe('bar');
  expect(chart.chart_spec.data.values.map((v: { label: string }) => v.label)).toEqual(expect.arrayContaining(['卓尼县', '迭部县']));
  expect(chart.chart_spec.data.values.find((v: { label: string }) => v.label === '卓尼县').value).toBeGreaterThan(0);
}

describe('digest in the Lark prefecture group', () => {
  it('answers 汇总 in the group with a card holding a county table and an execution chart', async () => {
    const [m, ...rest] = await lark.say(STAFF, '汇总', { groupChatId: GROUP });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ api: 'reply', msgType: 'interactive' });
    expectDigestCard(m!.content);
    expect(FakeLark.readable(m!)).toContain('2018年第38周');
  });

  it('posts the scheduled digest to the registered Lark group through adapter.send', async () => {
    lark.fake.reset();
    const messages = await buildDigestMessages(lark.bot.shifan.services, lark.bot.clock.now());
    const forLark = messages.filter((d) => d.target.platform === 'lark');
    expect(forLark.map((d) => d.target.chatId)).toEqual([GROUP]);
    for (const d of forLark) await lark.adapter.send(d.target, d.reply);
    const [m] = lark.fake.messages;
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'chat_id', receiveId: GROUP, msgType: 'interactive' });
    expectDigestCard(m!.content);
  });
});

describe('the province digest in a Lark 省级群', () => {
  const PROVINCE = 'ou_1111aaaa2222bbbb3333cccc4444dddd';
  const PROVINCE_GROUP = 'oc_0f1e2d3c4b5a69788796a5b4c3d2e1f0';

  it('is a card with one table row per 市州 and its late counties, asked for and sent on schedule', async () => {
    const { repos, programme } = lark.bot.shifan.services;
    const invite = await issueInvite(repos, programme.data, { role: 'province', name: '省商务厅王科长' }, 72, lark.bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(read(await lark.say(PROVINCE, `绑定 ${invite.value.code}`))).toContain('您是省级工作人员（省商务厅王科长）');
    expect(read(await lark.say(PROVINCE, '绑定本群 省级群', { groupChatId: PROVINCE_GROUP }))).toContain('已将本群登记为省级工作群');

    const [m] = await lark.say(PROVINCE, '汇总', { groupChatId: PROVINCE_GROUP });
    expect(m).toMatchObject({ api: 'reply', msgType: 'interactive' });
    expect(m!.content.header.title.content).toBe('全省电商示范项目周汇总（按市州）');
    const [table] = cardElements(m!.content, 'table');
    expect(table.rows.map((r: Record<string, unknown>) => r.c0)).toEqual(['兰州市', '天水市', '平凉市', '定西市', '陇南市', '临夏州', '甘南州']);
    const gannan = table.rows.find((r: Record<string, unknown>) => r.c0 === '甘南州');
    expect([gannan.c1, gannan.c2]).toEqual(['2/4', '舟曲县、碌曲县']);
    expect(table.rows.find((r: Record<string, unknown>) => r.c0 === '平凉市').c2).toBe('崆峒区');

    lark.fake.reset();
    const scheduled = (await buildDigestMessages(lark.bot.shifan.services, lark.bot.clock.now())).filter((d) => d.target.chatId === PROVINCE_GROUP);
    expect(scheduled.map((d) => d.dedupKey)).toEqual([`digest:province:2018-W38:lark:${PROVINCE_GROUP}`]);
    await lark.adapter.send(scheduled[0]!.target, scheduled[0]!.reply);
    expect(lark.fake.messages[0]).toMatchObject({ api: 'create', receiveId: PROVINCE_GROUP, msgType: 'interactive' });
  });
});
