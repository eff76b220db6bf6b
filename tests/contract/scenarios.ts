import { afterAll, beforeAll, expect, it } from 'vitest';
import { GROUP_WELCOME, INTRO } from '../../src/features/admin/index.ts';
import { issueInvite, type InviteRequest } from '../../src/features/admin/invites.ts';
import { WEEKLY_FORM_ID } from '../../src/features/weekly-report/index.ts';
import { UNSUPPORTED_TEXT } from '../../src/core/router.ts';
import { findReport } from '../../storage/repositories/report.repository.ts';
import { playEverydayWords } from './everyday-words.ts';
import type { ChannelDriver, DriverFactory } from './driver.ts';

/** Thursday of 2018-W38, 10:00: the weekly report is due on Friday at 18:00, the reminder goes out at 15:00. */
const THURSDAY = '2018-09-20T10:00:00+08:00';
const VISITOR = '王小明';
const ZHUONI = '杨建华';
const DIEBU = '才让东主';

/** The answers to the weekly report's questions, in order; `press` answers with the button of that label. */
const WEEKLY_ANSWERS: readonly (string | { readonly press: string })[] = [
  '45',
  '30万',
  '5',
  '3',
  '2',
  { press: '否' },
  '15',
  '12',
  '1',
  '60',
  '20',
  '2',
  '5',
  '1',
  '70',
  '冷链物流车辆采购需州级协调统一招标',
];

/**
 * The scenarios every chat platform must pass, each through the platform's own driver:
 * what an official does (ask, file a report with buttons, @ the bot in a group) and what
 * the platform does (deliver twice, send a picture, add the bot to a group, take the bot's
 * own messages from the outbox). Registered inside one `describe` per platform.
 */
export function adapterContract(start: DriverFactory): void {
  let d: ChannelDriver;
  beforeAll(async () => {
    d = await start(THURSDAY);
  }, 30_000);
  afterAll(() => d?.close());

  const joined = (messages: readonly string[]) => messages.join('\n\n');
  async function bind(person: string, request: InviteRequest): Promise<void> {
    const { repos, programme } = d.bot.shifan.services;
    const invite = await issueInvite(repos, programme.data, request, 72, d.bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(joined(await d.say(person, `绑定 ${invite.value.code}`))).toContain('绑定成功');
  }

  it('answers a policy question from the notice, quoting its clause, and takes feedback from its button', async () => {
    const answer = await d.say(VISITOR, '公共服务中心资金使用比例是多少？');
    expect(answer).toHaveLength(1);
    expect(answer[0]).toContain('15%');
    expect(answer[0]).toContain('三（二）2');
    expect(answer[0]).toContain('资金使用比例原则上不得高于15%');
    expect(await d.press(VISITOR, '有用')).toEqual(['感谢您的反馈！如有其他政策问题，请随时提问。']);
  });

  it('files a whole weekly report: typed answers, a yes/no button and the confirmation button', async () => {
    await bind(ZHUONI, { role: 'official', county: '卓尼县', name: ZHUONI });
    expect(joined(await d.say(ZHUONI, '填报'))).toContain('开始填写卓尼县2018-W38周报');
    let last: string[] = [];
    for (const answer of WEEKLY_ANSWERS) {
      last = typeof answer === 'string' ? await d.say(ZHUONI, answer) : await d.press(ZHUONI, answer.press);
      expect(joined(last)).toContain('已记录');
    }
    expect(joined(last)).toContain('请核对：卓尼县 2018-W38 周报');
    expect(await findReport(d.bot.shifan.services.db, WEEKLY_FORM_ID, 'zhuoni', '2018-W38')).toBeUndefined();
    const done = joined(await d.press(ZHUONI, '确认提交'));
    expect(done).toContain('已提交：卓尼县 2018-W38 周报');
    // Lark shows the field in bold (**累计支出**：45万元), the others as plain text.
    expect(done.replaceAll('**', '')).toContain('累计支出：45万元');
    expect(await findReport(d.bot.shifan.services.db, WEEKLY_FORM_ID, 'zhuoni', '2018-W38')).toBeDefined();
  });

  it('reads a report in everyday words: starts without the command word, asks a range back, pauses, resumes, cancels', async () => {
    await bind(DIEBU, { role: 'official', county: '迭部县', name: DIEBU });
    await playEverydayWords(async (text) => joined(await d.say(DIEBU, text)));
  });

  it('stays silent in a group unless @-mentioned, then answers the mention', async () => {
    expect(await d.sayInGroup(VISITOR, '迭部县电商工作群', '我是谁', { mention: false })).toEqual([]);
    const answer = await d.sayInGroup(VISITOR, '迭部县电商工作群', '我是谁', { mention: true });
    expect(answer).toHaveLength(1);
    expect(answer[0]).toContain('您尚未绑定身份，目前是访客。');
  });

  it('answers a message the platform delivers twice once', async () => {
    const said = await d.sayTwice(VISITOR, '我是谁');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('您尚未绑定身份');
  });

  it('says, once and in the same words as everywhere, that it reads only text when sent a picture twice', async () => {
    expect(await d.sendPicture(VISITOR, { twice: true })).toEqual([UNSUPPORTED_TEXT]);
  });

  it('greets a person who opens a private chat for the first time once, with what a visitor can do, even when the event comes twice', async () => {
    expect(await d.firstContact('赵文华', { twice: true })).toEqual([INTRO.anonymous]);
  });

  it('greets a group it is added to once, in the same words as everywhere, even when the event comes twice', async () => {
    expect(await d.addToGroup('甘南州电商示范工作群', '马文清', { twice: true })).toEqual([GROUP_WELCOME]);
  });

  it('delivers the weekly reminder from the outbox, and its button starts the report', async () => {
    d.bot.clock.set('2018-09-20T15:00:30+08:00');
    const received = await d.runScheduled(DIEBU);
    const reminder = received.find((m) => m.includes('周报填报提醒'));
    expect(reminder).toContain('迭部县：贵县尚未填报第38周');
    // The county that filed gets no reminder.
    expect(joined(await d.runScheduled(ZHUONI))).not.toContain('周报填报提醒');
    expect(joined(await d.press(DIEBU, '立即填报'))).toContain('开始填写迭部县2018-W38周报');
  });
}
