import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LarkAdapter } from '../../bots/lark/lark-adapter.ts';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { WEEKLY_FORM_ID } from '../../src/features/weekly-report/fields.ts';
import { findConversation } from '../../storage/repositories/conversation.repository.ts';
import { findReport } from '../../storage/repositories/report.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, larkRequest } from '../support/fake-lark.ts';
import { ENCRYPT_KEY, messageEvent, newId, read, startLarkBot, VERIFICATION_TOKEN, WEBHOOK_PATH, type LarkBot } from '../bots/lark/lark-harness.ts';
import { answerAll, texts, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';
import { consistencyProblems } from './consistency.ts';

// Thursday of 2018-W38; the weekly report is open until Friday 18:00.
const NOW = '2018-09-20T10:00:00+08:00';
const FIVE = [1, 2, 3, 4, 5];

type Db = TestBot['shifan']['services']['db'];

/** The open weekly-report form of a conversation: which field it asks and what it holds. */
async function formState(db: Db, key: string): Promise<{ at: string; key?: string; answers: Record<string, unknown> }> {
  const row = await findConversation(db, key);
  if (!row) throw new Error(`no conversation ${key}`);
  const state = JSON.parse(row.state) as { step: { at: string; key?: string }; answers: Record<string, unknown> };
  return { ...state.step, answers: state.answers };
}

const count = async (db: Db, table: 'qa_log' | 'reports' | 'inbound_events' | 'report_revisions') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The exact same signed request (same bytes, same signature), POSTed `times` at once. */
async function deliverAtOnce(urls: readonly string[], payload: unknown): Promise<number[]> {
  const { body, headers } = larkRequest(payload, { encryptKey: ENCRYPT_KEY });
  return Promise.all(urls.map((url) => fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) }).then((r) => r.status)));
}

describe('the same Lark event delivered five times at once', () => {
  const OFFICIAL = 'ou_9999aaaa0000bbbb1111cccc2222dddd';
  let lark: LarkBot;
  let db: Db;
  beforeAll(async () => {
    lark = await startLarkBot({ now: NOW });
    db = lark.bot.shifan.services.db;
    const invite = await issueInvite(
      lark.bot.shifan.services.repos,
      lark.bot.shifan.services.programme.data,
      { role: 'official', county: '卓尼县', name: '卓尼县联络员' },
      72,
      lark.bot.clock.now(),
    );
    if (!invite.ok) throw new Error(invite.error);
    expect(read(await lark.say(OFFICIAL, `绑定 ${invite.value.code}`))).toContain('绑定成功');
  });
  afterAll(() => lark.close());

  it('answers a weekly-report answer once and stores it once', async () => {
    expect(read(await lark.say(OFFICIAL, '填报'))).toContain('本周新增支出的中央财政资金是多少万元？');
    const key = `lark:${OFFICIAL}:${OFFICIAL}`;
    expect(await formState(db, key)).toMatchObject({ at: 'field', key: 'spent_total' });
    const before = lark.fake.messages.length;

    const answer = messageEvent(OFFICIAL, '45');
    expect(
      await deliverAtOnce(
        FIVE.map(() => lark.eventsUrl),
        answer,
      ),
    ).toEqual([200, 200, 200, 200, 200]);
    await lark.adapter.idle();

    const sent = lark.fake.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(read(sent)).toContain('其中用于农村产品上行');
    // One step forward, not five: the next question is the first 其中 amount, and 45万 is held once.
    const state = await formState(db, key);
    expect(state).toMatchObject({ at: 'field', key: 'spent_upstream' });
    expect(state.answers.spent_total).toBe(450_000);
    const seen = await db
      .selectFrom('inbound_events')
      .selectAll()
      .where('platform', '=', 'lark')
      .where('event_id', '=', answer.event.message.message_id)
      .execute();
    expect(seen).toHaveLength(1);
  });

  it('logs a policy question once when it comes five times under new event ids (same message id)', async () => {
    const questions = await count(db, 'qa_log');
    const before = lark.fake.messages.length;
    const messageId = newId('om_');
    const statuses = await Promise.all(
      FIVE.map(() => lark.post(messageEvent('ou_visitor00000000000000000000000', '培训资金能占多少？', { messageId })).then((r) => r.status)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await lark.adapter.idle();
    expect(lark.fake.messages.slice(before)).toHaveLength(1);
    expect(await count(db, 'qa_log')).toBe(questions + 1);
  });

  it('submits the report once when the 确认提交 button click arrives five times at once', async () => {
    const key = `lark:${OFFICIAL}:${OFFICIAL}`;
    // Finish the form (the first answer, 45万, was given above).
    for (const a of TYPICAL_WEEK.slice(1)) await lark.say(OFFICIAL, a);
    expect(await formState(db, key)).toMatchObject({ at: 'confirm' });
    const before = lark.fake.messages.length;
    const reports = await count(db, 'reports');

    const { larkFixture } = await import('../support/fake-lark.ts');
    const click = larkFixture('card.action.trigger.button');
    click.header.event_id = newId();
    click.event.operator = { open_id: OFFICIAL, union_id: `on_${OFFICIAL.slice(3)}`, user_id: OFFICIAL.slice(3, 11), tenant_key: '736588c9260f175e' };
    click.event.action.value = { shifan: 'button', value: '确认', chat: 'direct' };
    expect(
      await deliverAtOnce(
        FIVE.map(() => `${lark.eventsUrl}/card`),
        click,
      ),
    ).toEqual([200, 200, 200, 200, 200]);
    await lark.adapter.idle();

    const sent = lark.fake.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(read(sent)).toContain('卓尼县2018-W38周报已提交');
    expect(await count(db, 'reports')).toBe(reports + 1);
    expect((await findReport(db, WEEKLY_FORM_ID, 'zhuoni', '2018-W38'))?.values.spent_total?.num).toBe(450_000);
    expect(await consistencyProblems(db)).toEqual([]);
  });
});

describe('the same Lark event delivered five times at once to two bot instances on one database', () => {
  let lark: LarkBot;
  let second: TestBot;
  beforeAll(async () => {
    lark = await startLarkBot({ now: NOW });
    second = await startTestBot({
      reuseDir: lark.bot.dir,
      clock: lark.bot.clock,
      env: {
        LARK_APP_ID: FAKE_APP_ID,
        LARK_APP_SECRET: FAKE_APP_SECRET,
        LARK_DOMAIN: lark.fake.url,
        LARK_MODE: 'webhook',
        LARK_WEBHOOK_PATH: WEBHOOK_PATH,
        LARK_ENCRYPT_KEY: ENCRYPT_KEY,
        LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
      },
    });
  });
  afterAll(async () => {
    await second.stop();
    await lark.close();
  });

  it('answers once and logs once, whichever instance each delivery reaches', async () => {
    const db = lark.bot.shifan.services.db;
    const questions = await count(db, 'qa_log');
    const event = messageEvent('ou_visitor11111111111111111111111', '公共服务中心资金比例是多少？');
    const urls = [lark.eventsUrl, `${second.url}${WEBHOOK_PATH}`, lark.eventsUrl, `${second.url}${WEBHOOK_PATH}`, lark.eventsUrl];
    expect(await deliverAtOnce(urls, event)).toEqual([200, 200, 200, 200, 200]);
    await lark.adapter.idle();
    await (second.shifan.adapters.get('lark') as LarkAdapter).idle();
    expect(lark.fake.messages).toHaveLength(1);
    expect(read(lark.fake.messages)).toContain('15%');
    expect(await count(db, 'qa_log')).toBe(questions + 1);
  });
});

describe('the same local message id five times at once', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: NOW });
  });
  afterAll(() => bot.close());

  const fiveTimes = (from: string, text: string, messageId: string) => Promise.all(FIVE.map(() => bot.say(from, text, { messageId })));

  it('answers a weekly-report answer once and stores it once', async () => {
    const who = 'diebu-official';
    expect(await bot.sayText(who, '填报')).toContain('开始填写迭部县2018-W38周报');
    const all = await fiveTimes(who, '45', 'dup-answer-1');
    const answered = all.filter((r) => r.length > 0);
    expect(answered).toHaveLength(1);
    expect(texts(answered[0]!)).toContain('其中用于农村产品上行');
    const state = await formState(bot.shifan.services.db, `local:${who}:${who}`);
    expect(state).toMatchObject({ at: 'field', key: 'spent_upstream' });
    expect(state.answers.spent_total).toBe(450_000);
  });

  it('submits once when 确认 comes five times under one id, and once when it comes five times under five ids', async () => {
    const db = bot.shifan.services.db;
    await answerAll(bot, 'diebu-official', TYPICAL_WEEK.slice(1));
    const all = await fiveTimes('diebu-official', '确认', 'dup-confirm-1');
    expect(all.filter((r) => r.length > 0).map(texts)).toEqual([expect.stringContaining('迭部县2018-W38周报已提交')]);
    expect(await count(db, 'reports')).toBe(1);

    // A person tapping 确认 five times (five different message ids) still files one report.
    expect(await bot.sayText('zhouqu-official', '填报')).toContain('开始填写舟曲县2018-W38周报');
    await answerAll(bot, 'zhouqu-official', TYPICAL_WEEK);
    const taps = await Promise.all(FIVE.map(() => bot.say('zhouqu-official', '确认')));
    expect(taps.map(texts).filter((t) => t.includes('舟曲县2018-W38周报已提交'))).toHaveLength(1);
    expect(await count(db, 'reports')).toBe(2);
    expect(await consistencyProblems(db)).toEqual([]);
  });

  it('records one milestone completion and adds one milestone from five copies', async () => {
    const db = bot.shifan.services.db;
    const done = await fiveTimes('zhuoni-official', '已完成 实施方案备案 甘卓商发〔2018〕12号', 'dup-done-1');
    expect(done.filter((r) => r.length > 0)).toHaveLength(1);
    expect(await db.selectFrom('milestone_status').selectAll().where('county_id', '=', 'zhuoni').execute()).toHaveLength(1);

    const added = await fiveTimes('gannan-staff', '新增截止 2018-12-20 验收材料报送', 'dup-add-1');
    expect(added.filter((r) => r.length > 0).map(texts)).toEqual([expect.stringContaining('已新增截止事项“验收材料报送”')]);
    expect(await db.selectFrom('milestones').selectAll().where('title', '=', '验收材料报送').execute()).toHaveLength(1);
    expect(await db.selectFrom('inbound_events').selectAll().where('event_id', 'in', ['dup-done-1', 'dup-add-1']).execute()).toHaveLength(2);
  });
});

describe('the same report confirmed by two people at once', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: NOW });
  });
  afterAll(() => bot.close());

  it('files one report when the county official and prefecture staff (on behalf) confirm at the same moment', async () => {
    expect(await bot.sayText('luqu-official', '填报')).toContain('开始填写碌曲县2018-W38周报');
    expect(await bot.sayText('gannan-staff', '填报 碌曲县')).toContain('开始填写碌曲县2018-W38周报（市州代填）');
    await Promise.all([answerAll(bot, 'luqu-official', TYPICAL_WEEK), answerAll(bot, 'gannan-staff', TYPICAL_WEEK)]);
    const [official, staff] = await Promise.all([bot.sayText('luqu-official', '确认'), bot.sayText('gannan-staff', '确认')]);
    const filed = [official, staff].filter((t) => t.includes('碌曲县2018-W38周报已提交'));
    expect(filed).toHaveLength(1);
    const other = [official, staff].find((t) => !t.includes('碌曲县2018-W38周报已提交'))!;
    expect(other).toContain('碌曲县2018-W38的周报已');
    const db = bot.shifan.services.db;
    expect(await db.selectFrom('reports').selectAll().where('county_id', '=', 'luqu').execute()).toHaveLength(1);
    expect(await consistencyProblems(db)).toEqual([]);
  });
});

describe('one invite code redeemed five times at once', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: NOW });
  });
  afterAll(() => bot.close());

  it('binds exactly one person and tells the others it is used', async () => {
    const { db, repos, programme } = bot.shifan.services;
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '崆峒区', name: '崆峒区联络员' }, 72, bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    const said = await Promise.all(FIVE.map((i) => bot.sayText(`newcomer-${i}`, `绑定 ${invite.value.code}`)));
    expect(said.filter((t) => t.startsWith('绑定成功'))).toHaveLength(1);
    expect(said.filter((t) => t === '该邀请码已被使用，每个邀请码只能使用一次。如需绑定，请联系管理员重新获取。')).toHaveLength(4);
    expect(await db.selectFrom('identities').selectAll().where('platform_user_id', 'like', 'newcomer-%').execute()).toHaveLength(1);
  });
});
