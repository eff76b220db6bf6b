import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../../src/features/admin/invites.ts';
import { weeklyMessage } from '../../../src/features/deadlines/messages.ts';
import { WEEKLY_FIELDS, WEEKLY_FORM_ID } from '../../../src/features/weekly-report/fields.ts';
import { findReport } from '../../../storage/repositories/report.repository.ts';
import { cardElements, type FakeLarkMessage } from '../../support/fake-lark.ts';
import { newId, read, startLarkBot, type LarkBot } from './lark-harness.ts';

// Thursday of 2018-W38; the report is due on Friday at 18:00.
const ZHUONI = 'ou_1111aaaa2222bbbb3333cccc4444dddd';
const DIEBU = 'ou_2222bbbb3333cccc4444dddd5555eeee';
const ZHOUQU = 'ou_3333cccc4444dddd5555eeee6666ffff';
const LUQU = 'ou_4444dddd5555eeee6666ffff7777bbbb';

let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot({ now: '2018-09-20T10:00:00+08:00' });
  const { repos, programme } = lark.bot.shifan.services;
  for (const [openId, county] of [
    [ZHUONI, '卓尼县'],
    [DIEBU, '迭部县'],
    [ZHOUQU, '舟曲县'],
    [LUQU, '碌曲县'],
  ] as const) {
    const invite = await issueInvite(repos, programme.data, { role: 'official', county, name: `${county}联络员` }, 72, lark.bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    const bound = read(await lark.say(openId, `绑定 ${invite.value.code}`));
    if (!bound.startsWith('绑定成功')) throw new Error(bound);
  }
});
afterAll(() => lark.close());

const stored = async (countyId: string) => findReport(lark.bot.shifan.services.db, WEEKLY_FORM_ID, countyId, '2018-W38');
const only = (ms: FakeLarkMessage[]): FakeLarkMessage => {
  expect(ms).toHaveLength(1);
  return ms[0]!;
};

describe('weekly report by text in a private Lark chat', () => {
  it('asks question by question, shows a confirmation card and stores the report', async () => {
    const opening = only(await lark.say(ZHUONI, '填报'));
    expect(opening.msgType).toBe('interactive');
    expect(read([opening])).toContain('开始填写卓尼县2018-W38周报');
    expect(read([opening])).toContain('本周新增支出的中央财政资金是多少万元？');

    const answers = ['120', '70', '15', '20', '10', '否', '31', '12', '2', '85', '30', '3', '5', '8', '260', '物流配送中心选址需市州协调用地'];
    let last: FakeLarkMessage | undefined;
    for (const a of answers) last = only(await lark.say(ZHUONI, a));

    // The yes/no question came as a card with 是/否 buttons; the summary is a card with fields and buttons.
    expect(last!.msgType).toBe('interactive');
    const summary = read([last!]);
    expect(summary).toContain('请核对：卓尼县 2018-W38 周报');
    expect(summary).toContain('**1. 本周新增支出的中央财政资金（万元）**：120万元');
    expect(summary).toContain('**16. 存在问题及需市州协调事项**：物流配送中心选址需市州协调用地');
    const confirm = cardElements(last!.content, 'button').find((b) => b.text.content === '确认提交');
    expect(confirm.behaviors[0].value).toMatchObject({ shifan: 'button', value: '确认' });
    expect(await stored('zhuoni')).toBeUndefined();

    // Tapping 确认提交 on the card submits.
    const done = read(await lark.tap(ZHUONI, confirm.behaviors[0].value.value));
    expect(done).toContain('卓尼县2018-W38周报已提交');
    const report = await stored('zhuoni');
    expect(report?.values.spent_total?.num).toBe(1_200_000);
    expect(report?.values.trainees?.num).toBe(85);
    expect(report?.values.issues?.text).toBe('物流配送中心选址需市州协调用地');
  });

  it('says what was expected when an answer is not a number, and keeps the earlier answers', async () => {
    only(await lark.say(ZHOUQU, '填报'));
    only(await lark.say(ZHOUQU, '45万'));
    const wrong = read([only(await lark.say(ZHOUQU, '很多'))]);
    expect(wrong).toMatch(/万元|金额/);
    expect(wrong).not.toMatch(/error|stack|undefined/i);
    expect(read(await lark.say(ZHOUQU, '上一步'))).toContain('本周新增支出');
    expect(await stored('zhouqu')).toBeUndefined();
  });
});

describe('weekly report by card form', () => {
  it('sends the whole form as a card form container with every field', async () => {
    const opening = only(await lark.say(DIEBU, '填报'));
    const [form] = cardElements(opening.content, 'form');
    const names = [...cardElements(form, 'input'), ...cardElements(form, 'select_static')].map((e) => e.name);
    expect(names.sort()).toEqual(WEEKLY_FIELDS.map((f) => f.key).sort());
    // Hints speak of filling in, not of replying.
    const [amount] = cardElements(form, 'input');
    expect(amount.placeholder.content).not.toContain('回复');
    const submit = cardElements(form, 'button').find((b) => b.form_action_type === 'submit');
    expect(submit.behaviors[0].value).toEqual({ shifan: 'form', form: WEEKLY_FORM_ID, chat: 'direct' });
  });

  it('validates a submitted form exactly like the conversation and asks for the wrong value', async () => {
    const reply = read(await lark.submit(DIEBU, WEEKLY_FORM_ID, { spent_total: '很多', forbidden_use: '否' }));
    expect(reply).toContain('提交的表单有');
    expect(reply).toContain('本周新增支出');
    expect(await stored('diebu')).toBeUndefined();
  });

  it('takes a complete form at once, confirms, and stores it once even when Lark delivers the submit twice', async () => {
    const values = {
      spent_total: '60',
      spent_upstream: '35',
      spent_service_centre: '8',
      spent_service_points: '10',
      spent_training: '5',
      forbidden_use: '否',
      forbidden_use_note: '',
      service_points_total: '12',
      poor_villages_covered: '6',
      training_sessions: '1',
      trainees: '40',
      trainees_poor: '15',
      tenders_done: '2',
      tenders_planned: '4',
      online_sales: '',
      households_benefited: '120',
      issues: '',
    };
    const eventId = newId();
    const first = await lark.submit(DIEBU, WEEKLY_FORM_ID, values, { eventId });
    const again = await lark.submit(DIEBU, WEEKLY_FORM_ID, values, { eventId });
    expect(again).toEqual([]);
    const text = read(first);
    expect(text).toContain('已收到您提交的表单');
    expect(text).toContain('请核对：迭部县 2018-W38 周报');
    expect(text).toContain('60万元');
    const done = read(await lark.tap(DIEBU, '确认'));
    expect(done).toContain('迭部县2018-W38周报已提交');
    const report = await stored('diebu');
    expect(report?.values.spent_total?.num).toBe(600_000);
    expect(report?.values.households_benefited?.num).toBe(120);
  });
});

describe('a reminder on Lark', () => {
  it('is sent through adapter.send as a card whose 立即填报 button starts the report', async () => {
    lark.fake.reset();
    const reminder = weeklyMessage({
      stage: 'remind',
      countyName: '碌曲县',
      week: '2018-W38',
      weekStart: '2018-09-17',
      weekEnd: '2018-09-23',
      deadline: new Date('2018-09-21T18:00:00+08:00'),
    });
    // What the outbox does: the person's platform user id is the chat id of a direct chat.
    await lark.adapter.send({ platform: 'lark', chatId: LUQU, chatKind: 'direct' }, reminder);
    const card = only(lark.fake.messages);
    expect(card).toMatchObject({ receiveIdType: 'open_id', receiveId: LUQU, msgType: 'interactive' });
    expect(read([card])).toContain('碌曲县：贵县尚未填报第38周');
    const [button] = cardElements(card.content, 'button');
    expect(button.text.content).toBe('立即填报');
    const opening = read(await lark.tap(LUQU, button.behaviors[0].value.value));
    expect(opening).toContain('开始填写碌曲县2018-W38周报');
  });
});
