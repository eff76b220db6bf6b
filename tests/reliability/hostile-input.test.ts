import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { messageEvent as larkMessage, newId, startLarkBot, type LarkBot } from '../bots/lark/lark-harness.ts';
import { FakeLark, larkFixture } from '../support/fake-lark.ts';
import { consistencyProblems, replyLeaks } from './consistency.ts';
import { currentBackend } from '../support/stores.ts';
import { fragment, hostileAction, hostileCase, hostileText, toMessage, type HostileCase } from './hostile-arbitraries.ts';

const WEEK_MS = 7 * 24 * 3600_000;
const IN_PROCESS_RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);
// A guard against a hang, not a speed figure: on PostgreSQL every statement is a round trip to the server.
const LIMIT_MS = currentBackend() === 'postgres' ? 450_000 : 150_000;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(() => {
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});

const describeCase = (c: HostileCase) =>
  JSON.stringify({ ...c, text: c.text.length > 200 ? `${c.text.slice(0, 200)}…(${c.text.length})` : c.text }).slice(0, 600);

describe('10,000 hostile messages through the router', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // Thursday of 2018-W38; the clock moves a week every 500 messages, so reports pile up over weeks.
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => bot.close());

  it(
    'answers each with a reply or a deliberate silence, never an internal error, and keeps the database consistent',
    async () => {
      let runs = 0;
      let silent = 0;
      const counts = { answered: 0, redelivered: 0 };
      const one = async (c: HostileCase) => {
        const message = toMessage(c, bot.clock.now());
        const replies: readonly Reply[] = await bot.shifan.router.handle(message);
        const expectSilence = message.chatKind === 'group' && !message.mentioned && !message.action;
        if (expectSilence) {
          silent++;
          if (replies.length !== 0) throw new Error(`an unmentioned group message was answered: ${describeCase(c)}`);
        } else {
          counts.answered++;
          if (replies.length === 0) throw new Error(`no reply: ${describeCase(c)}`);
          const leaks = replyLeaks(replies, c.text);
          if (leaks.length) throw new Error(`${leaks.join('; ')} — for ${describeCase(c)}`);
        }
        if (c.redeliver) {
          counts.redelivered++;
          const again = await bot.shifan.router.handle(message);
          if (again.length !== 0) throw new Error(`a redelivered message was answered again: ${describeCase(c)}`);
        }
      };
      // Two messages at a time (sometimes from the same person), so database work overlaps and races show.
      await fc.assert(
        fc.asyncProperty(hostileCase, hostileCase, async (a, b) => {
          runs += 2;
          if (runs % 500 === 0) bot.clock.advance(WEEK_MS);
          await Promise.all([one(a), one(b)]);
        }),
        {
          numRuns: IN_PROCESS_RUNS / 2,
          seed: Number(process.env.HOSTILE_SEED ?? 20181),
          endOnFailure: true,
          interruptAfterTimeLimit: LIMIT_MS,
          markInterruptAsFailure: true,
        },
      );
      expect(runs).toBe(IN_PROCESS_RUNS);
      expect(counts.answered).toBeGreaterThan(IN_PROCESS_RUNS / 2);
      expect(silent).toBeGreaterThan(IN_PROCESS_RUNS / 100);
      expect(counts.redelivered).toBeGreaterThan(IN_PROCESS_RUNS / 100);
      expect(rejections).toEqual([]);
      expect(await consistencyProblems(bot.shifan.services.db)).toEqual([]);

      // The mix reached deep into forms: reports were filed and questions logged, and the bot still works.
      const db = bot.shifan.services.db;
      const reports = await db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const asked = await db
        .selectFrom('qa_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(reports.n)).toBeGreaterThan(0);
      expect(Number(asked.n)).toBeGreaterThan(100);
      expect(await bot.sayText('visitor', '我是谁')).toContain('访客');
    },
    LIMIT_MS + 30_000,
  );
});

describe('hostile requests through the local channel HTTP API', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => bot.close());

  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    fc.array(fragment, { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fragment, { maxKeys: 3 }),
    fragment,
  );
  const body = fc.record({
    from: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('visitor', 'zhuoni-official', 'gannan-staff', 'admin') }, { weight: 1, arbitrary: junk }),
    chat: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('gannan-group', '../../etc', '%2F') },
      { weight: 1, arbitrary: junk },
    ),
    text: fc.oneof({ weight: 6, arbitrary: hostileText }, { weight: 1, arbitrary: junk }),
    mentioned: fc.oneof(fc.boolean(), junk),
    messageId: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 300 }), junk),
    action: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileAction }, { weight: 1, arbitrary: junk }),
  });

  it('answers 300 hostile bodies with replies or a Chinese 4xx, never a 5xx or a stack trace', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        // What the local channel makes of the body: silence for a group message without @, and for a message id seen before.
        const text = typeof b.text === 'string' ? b.text : '';
        const inGroup = typeof b.chat === 'string' && b.chat.trim() !== '';
        const action = b.action as { name?: unknown } | undefined;
        const hasAction = Boolean(action) && typeof action === 'object' && typeof action?.name === 'string' && action.name !== '';
        const silent = inGroup && b.mentioned !== true && !/@(示范助手|bot|机器人)/i.test(text) && !hasAction;
        const id = typeof b.messageId === 'string' && b.messageId ? b.messageId.slice(0, 200) : undefined;
        const duplicate = id !== undefined && seen.has(id);
        const res = await fetch(`${bot.url}/api/local/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
        const raw = await res.text();
        const what = `${res.status} ${raw.slice(0, 300)} for ${JSON.stringify(b).slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`server error: ${what}`);
        const json = JSON.parse(raw) as { replies?: Reply[]; error?: string };
        if (res.status === 200) {
          if (!Array.isArray(json.replies)) throw new Error(`no replies array: ${what}`);
          if (json.replies.length === 0 && !silent && !duplicate) throw new Error(`no reply: ${what}`);
          if (json.replies.length > 0 && (silent || duplicate)) throw new Error(`answered a ${silent ? 'group message without @' : 'duplicate'}: ${what}`);
          if (id !== undefined && !silent) seen.add(id);
          const leaks = replyLeaks(json.replies, typeof b.text === 'string' ? b.text : '');
          if (leaks.length) throw new Error(`${leaks.join('; ')}: ${what}`);
        } else {
          if (res.status !== 400 && res.status !== 413) throw new Error(`unexpected status: ${what}`);
          if (!/[\u4e00-\u9fff]/.test(json.error ?? '') || /\n\s+at /.test(raw)) throw new Error(`not a Chinese error: ${what}`);
        }
      }),
      { numRuns: 300, seed: 2018, endOnFailure: true, interruptAfterTimeLimit: 40_000, markInterruptAsFailure: true },
    );
    // Bodies that are not JSON at all, or far too large.
    for (const raw of ['{not json', '', 'null', '[]', '"text"', `{"text":"${'填'.repeat(300_000)}"}`]) {
      const res = await fetch(`${bot.url}/api/local/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
      expect([400, 413]).toContain(res.status);
      expect((await res.json()).error).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(rejections).toEqual([]);
    expect(await consistencyProblems(bot.shifan.services.db)).toEqual([]);
    expect(await bot.sayText('zhuoni-official', '我是谁')).toContain('卓尼县');
  }, 60_000);
});

describe('hostile events through the Lark webhook', () => {
  let lark: LarkBot;
  beforeAll(async () => {
    lark = await startLarkBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => lark.close());

  const PERSON = 'ou_5555eeee6666ffff7777aaaa8888bbbb';
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const content = fc.oneof(
    hostileText.map((text) => JSON.stringify({ text })),
    fc
      .array(
        fc.array(
          fc.oneof(
            fc.record({
              tag: fc.constantFrom('text', 'at', 'a', 'img', 'emotion', 'x'),
              text: fc.oneof(hostileText, anyJson),
              user_id: fc.oneof(fc.string(), anyJson),
            }),
            anyJson,
          ),
          { maxLength: 4 },
        ),
        { maxLength: 3 },
      )
      .map((c) => JSON.stringify({ title: '', content: c })),
    anyJson.map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 50 }),
  );
  const messageEvent = fc.record({
    type: fc.constantFrom('text', 'post', 'image', 'file', 'sticker', 'merge_forward', '', '\u0000'),
    content,
    group: fc.boolean(),
    mentions: fc.oneof(
      fc.constant(undefined),
      fc.array(fc.record({ key: fc.oneof(fc.constant('@_user_1'), fc.string({ maxLength: 5 })), name: fc.oneof(fc.constant('示范助手'), fc.string()) }), {
        maxLength: 3,
      }),
      anyJson,
    ),
  });
  const cardEvent = fc.record({
    value: fc.oneof(
      fc.record({ shifan: fc.constant('button'), value: fc.oneof(hostileText, anyJson), chat: fc.oneof(fc.constantFrom('direct', 'group'), anyJson) }),
      fc.record({ shifan: fc.constant('form'), form: fc.oneof(fc.constant('weekly-report'), fc.string(), anyJson), chat: fc.constant('direct') }),
      anyJson,
      fc.string().map((s) => s),
    ),
    formValue: fc.oneof(fc.constant(undefined), fc.dictionary(fc.string({ maxLength: 20 }), anyJson, { maxKeys: 20 }), anyJson),
  });

  it('acknowledges 150 hostile events, answers in Chinese without internals, and keeps the database consistent', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          messageEvent.map((m) => ({ kind: 'message' as const, m })),
          cardEvent.map((c) => ({ kind: 'card' as const, c })),
        ),
        async (ev) => {
          const before = lark.fake.messages.length;
          let res: Response;
          if (ev.kind === 'message') {
            const e = larkFixture(ev.m.group ? 'im.message.receive_v1.group-post-mention' : 'im.message.receive_v1.p2p-text');
            e.header.event_id = newId();
            e.event.sender.sender_id = { open_id: PERSON };
            e.event.message.message_id = newId('om_');
            e.event.message.message_type = ev.m.type;
            e.event.message.content = ev.m.content;
            if (ev.m.mentions !== undefined) e.event.message.mentions = ev.m.mentions;
            res = await lark.post(e);
          } else {
            const e = larkFixture('card.action.trigger.form');
            e.header.event_id = newId();
            e.event.operator = { open_id: PERSON };
            e.event.action.value = ev.c.value;
            e.event.action.form_value = ev.c.formValue;
            res = await lark.post(e, {}, '/lark/events/card');
          }
          if (res.status !== 200) throw new Error(`webhook answered ${res.status} ${await res.text()} for ${JSON.stringify(ev).slice(0, 400)}`);
          await lark.adapter.idle();
          const out = lark.fake.messages.slice(before);
          sent += out.length;
          for (const m of out) {
            const text = FakeLark.readable(m);
            const leaks = replyLeaks([{ text } as Reply], ev.kind === 'message' ? ev.m.content : JSON.stringify(ev.c));
            if (leaks.length) throw new Error(`${leaks.join('; ')} for ${JSON.stringify(ev).slice(0, 400)}`);
          }
        },
      ),
      { numRuns: 150, seed: 2019, endOnFailure: true, interruptAfterTimeLimit: 40_000, markInterruptAsFailure: true },
    );
    expect(sent).toBeGreaterThan(0);
    expect(rejections).toEqual([]);
    expect(await consistencyProblems(lark.bot.shifan.services.db)).toEqual([]);
  }, 60_000);

  // Each of these once answered 500 (a TypeError in the event parser), so Lark would have redelivered it again and again.
  it.each([
    [
      'mentions that are an object',
      (e: Record<string, any>) => {
        e.event.message.mentions = {};
      },
    ],
    [
      'mentions holding null',
      (e: Record<string, any>) => {
        e.event.message.mentions = [null];
      },
    ],
    [
      'mentions that are a string',
      (e: Record<string, any>) => {
        e.event.message.mentions = '@_user_1';
      },
    ],
  ])('acknowledges a message event with %s, in private and in a group', async (_name, mutate) => {
    for (const groupChatId of [undefined, 'oc_hostile_group']) {
      const e = larkMessage(PERSON, '帮助', { groupChatId });
      mutate(e);
      const res = await lark.post(e);
      expect(res.status).toBe(200);
      await lark.adapter.idle();
    }
    expect(rejections).toEqual([]);
  });

  it('acknowledges a card form whose values are objects that cannot become text, and answers in Chinese', async () => {
    const e = larkFixture('card.action.trigger.form');
    e.header.event_id = newId();
    e.event.operator = { open_id: PERSON };
    e.event.action.value = { shifan: 'form', form: 'weekly-report', chat: 'direct' };
    e.event.action.form_value = { spent_total: { toString: 1 }, issues: [{ valueOf: null }], trainees: null };
    const before = lark.fake.messages.length;
    const res = await lark.post(e, {}, '/lark/events/card');
    expect(res.status).toBe(200);
    await lark.adapter.idle();
    expect(lark.fake.messages.slice(before).map((m) => FakeLark.readable(m))).toEqual([
      '这张表单已提交、已取消或已失效，本次提交未保存。如需填报，请发送“填报”重新开始。',
    ]);
  });
});

describe('hostile arguments that once got through', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => bot.close());

  it('refuses milestone dates that are surely typos, and keeps the milestones as they were', async () => {
    const db = bot.shifan.services.db;
    const before = await db.selectFrom('milestones').select(['id', 'due_date']).orderBy('id').execute();
    expect(await bot.sayText('gannan-staff', '新增截止 2108-12-20 验收材料报送')).toBe(
      '“2108-12-20”与今天相差超过10年，请核对年份。请输入日期，例如 2026-12-20 或 2026年12月20日',
    );
    expect(await bot.sayText('gannan-staff', '新增截止 9999-12-31 远期事项')).toContain('请核对年份');
    expect(await bot.sayText('admin', '调整截止 实施方案备案 1018-09-30')).toBe(
      '“1018-09-30”与今天相差超过10年，请核对年份。请输入日期，例如 2026-12-20 或 2026年12月20日',
    );
    expect(await db.selectFrom('milestones').select(['id', 'due_date']).orderBy('id').execute()).toEqual(before);
    // A date within the programme's horizon still works.
    expect(await bot.sayText('gannan-staff', '新增截止 2019-06-30 验收材料报送')).toContain('已新增截止事项“验收材料报送”，截止日期2019年6月30日');
  });

  it('refuses a pasted document as a milestone note, and records nothing', async () => {
    const long = `已完成 实施方案备案 ${'甘卓商发〔2018〕12号'.repeat(40)}`;
    expect(await bot.sayText('zhuoni-official', long)).toMatch(/^备注请不超过200个字（现有\d+字），例如：已完成 实施方案备案 甘卓商发〔2018〕12号$/);
    const db = bot.shifan.services.db;
    expect(await db.selectFrom('milestone_status').selectAll().where('county_id', '=', 'zhuoni').execute()).toEqual([]);
    expect(await bot.sayText('zhuoni-official', '已完成 实施方案备案 甘卓商发〔2018〕12号')).toContain(
      '已记录：卓尼县已完成“实施方案备案”（备注：甘卓商发〔2018〕12号）',
    );
  });

  it('says which weeks do not exist instead of looking them up', async () => {
    expect(await bot.sayText('zhuoni-official', '修改 2018-W00')).toBe('“2018-W00”不是有效的周次，请按“修改 2018-W40”的格式输入（年份-W周数）。');
    expect(await bot.sayText('zhuoni-official', '修改 2018-W53')).toBe('“2018-W53”不是有效的周次，请按“修改 2018-W40”的格式输入（年份-W周数）。');
    expect(await bot.sayText('zhuoni-official', '修改记录 2018-W99')).toBe('“2018-W99”不是有效的周次，请按“修改记录 2018-W40”的格式输入（年份-W周数）。');
    expect(await bot.sayText('zhuoni-official', '修改记录 2018-W37')).toBe('卓尼县2018-W37的周报尚未提交。');
  });
});
