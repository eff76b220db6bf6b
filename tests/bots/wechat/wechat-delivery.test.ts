import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../bots/wechat/render.ts';
import type { SendTarget } from '../../../src/core/message.ts';
import { reply } from '../../../src/core/reply.ts';
import { buildDigestMessages } from '../../../src/features/digest/index.ts';
import { insertSampleReports } from '../../../src/features/demo/index.ts';
import { GANNAN_W39 } from '../../support/gannan-reports.ts';
import { startWechatHarness, type ContactMock, type RoomMock, type WechatHarness } from './harness.ts';

/**
 * Gannan's week 39 (24–30 September 2018), the shared sample with this test's own spending: three counties
 * reported, 碌曲县 did not. (Week 40 was the National Day week, with no working day and no report due.)
 */
const SPENDING: Readonly<Record<string, Record<string, number>>> = {
  zhuoni: { spent_total: 150, spent_upstream: 90, spent_service_centre: 15 },
  diebu: { spent_total: 40, spent_upstream: 25, spent_service_centre: 5 },
  zhouqu: { spent_total: 300, spent_upstream: 200, spent_service_centre: 30 },
};
const W39 = GANNAN_W39.map((r) => ({ ...r, figures: { ...r.figures, ...SPENDING[r.countyId] } }));

let h: WechatHarness;
let staff: ContactMock;
let room: RoomMock;
let roomTarget: SendTarget;
beforeAll(async () => {
  // Monday morning after the National Day week, when the scheduled digest (covering week 39) goes out.
  h = await startWechatHarness({ now: '2018-10-08T08:30:00+08:00' });
  await insertSampleReports(h.bot.shifan.services.repos, W39);
  staff = h.contact('马文军');
  await h.bind(staff, { role: 'prefecture', prefecture: '甘南州', name: '马文军' });
  room = h.room('甘南州电商示范工作群', [staff]);
  await h.sayInRoom(staff, room, '绑定本群 市州群', true);
  roomTarget = { platform: 'wechat', chatId: room.id, chatKind: 'group' };
}, 30_000);
afterAll(() => h?.close());

const withoutPartLabel = (m: string) => m.replace(/\n（\d+\/\d+）$/, '');

describe('the weekly digest delivered to the registered WeChat room', () => {
  let said: string[];
  beforeAll(async () => {
    const messages = await buildDigestMessages(h.bot.shifan.services, h.bot.clock.now());
    const forRoom = messages.filter((m) => m.target.platform === 'wechat');
    expect(forRoom.map((m) => m.target)).toEqual([roomTarget]);
    said = await h.capture(room, () => h.adapter.send(forRoom[0]!.target, forRoom[0]!.reply));
  });

  it('arrives as phone-sized plain-text messages, split at paragraph boundaries', () => {
    expect(said.length).toBeGreaterThanOrEqual(1);
    for (const m of said) {
      expect(m.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(m).not.toMatch(/<\/?[a-z]+>|\*\*|\|---/);
    }
    expect(said[0]).toMatch(/^【甘南州电商示范项目周汇总】\n\n2018年第39周（9月24日—9月30日）/);
    if (said.length > 1) for (const [i, m] of said.entries()) expect(m.endsWith(`（${i + 1}/${said.length}）`)).toBe(true);
  });

  it('reads the county table as one short block per county', () => {
    const text = said.map(withoutPartLabel).join('\n\n');
    expect(text).toContain('一、报送情况（已报 3/4 县）');
    expect(text).toMatch(/▪ 县区：卓尼县\n {2}报送：已报送\n {2}本周支出：150\n {2}累计支出：150\n {2}执行率：10%/);
  });

  it('draws the execution chart as text bars, one county per line, scaled to 100%', () => {
    const text = said.map(withoutPartLabel).join('\n\n');
    const chart = text.slice(text.indexOf('各县资金执行率'));
    const bars = chart.split('\n').slice(1, 5);
    expect(bars).toEqual(['卓尼县 ▇░░░░░░░░░ 10%', '迭部县 ░░░░░░░░░░ 2.7%', '舟曲县 ▇▇░░░░░░░░ 20%', '碌曲县 ░░░░░░░░░░ 0%']);
  });

  it('goes out on its own on Monday morning through the scheduler and the outbox, once', async () => {
    const scheduled = await h.capture(room, () => h.bot.shifan.scheduler.tick());
    expect(scheduled).toEqual(said);
    expect(await h.capture(room, () => h.bot.shifan.scheduler.tick())).toEqual([]);
  });

  it('is also there on demand: "@示范助手 汇总" in the room gives the same digest', async () => {
    const onDemand = await h.sayInRoom(staff, room, '汇总', true);
    expect(onDemand[0]).toBe(`@马文军 ${said[0]}`);
    expect(onDemand.slice(1)).toEqual(said.slice(1));
  });
});

describe('a reminder', () => {
  // What the deadline reminders send: a short notice with a quick reply to start the report.
  const reminder = reply({
    title: '周进度报送提醒',
    paragraphs: ['碌曲县2018年第40周进度尚未报送，已逾期。请尽快在与我的私聊中发送“填报”完成报送。'],
    buttons: [
      { label: '开始填报', value: '填报' },
      { label: '查看帮助', value: '帮助' },
    ],
  });

  it('is delivered to the room with numbered choices, and a number typed in the room is not taken as a choice', async () => {
    const said = await h.capture(room, () => h.adapter.send(roomTarget, reminder));
    expect(said).toEqual([
      '【周进度报送提醒】\n\n碌曲县2018年第40周进度尚未报送，已逾期。请尽快在与我的私聊中发送“填报”完成报送。\n\n回复 1 开始填报  2 查看帮助',
    ]);
    // In a room the bot cannot know who answers, so "1" without @ stays unanswered.
    expect(await h.sayInRoom(staff, room, '1')).toEqual([]);
  });

  it('is delivered to an official in private, where a bare number picks the quick reply', async () => {
    const official = h.contact('道吉草');
    await h.bind(official, { role: 'official', county: '碌曲县', name: '道吉草' });
    const said = await h.capture(official, () => h.adapter.send({ platform: 'wechat', chatId: official.id, chatKind: 'direct' }, reminder));
    expect(said).toEqual([
      '【周进度报送提醒】\n\n碌曲县2018年第40周进度尚未报送，已逾期。请尽快在与我的私聊中发送“填报”完成报送。\n\n回复 1 开始填报  2 查看帮助',
    ]);
    const answer = await h.sayPrivately(official, '2');
    expect(answer[0]).toContain('【示范助手 · 使用帮助】');
  });
});
