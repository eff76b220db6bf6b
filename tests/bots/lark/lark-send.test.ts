import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter } from '../../../bots/lark/lark-adapter.ts';
import { RateLimiter } from '../../../bots/lark/rate-limiter.ts';
import { ChannelError } from '../../../src/core/errors.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import type { SendTarget } from '../../../src/core/message.ts';
import { reply, textReply } from '../../../src/core/reply.ts';
import { weeklyMessage } from '../../../src/features/deadlines/messages.ts';
import { cardElements, FAKE_APP_ID, FakeLark } from '../../support/fake-lark.ts';
import { startLarkBot, type LarkBot } from './lark-harness.ts';

const PERSON = 'ou_5f1e2d3c4b5a69788796a5b4c3d2e1f0';
const GROUP = 'oc_7e6d5c4b3a2918070f1e2d3c4b5a6978';
const toPerson: SendTarget = { platform: 'lark', chatId: PERSON, chatKind: 'direct' };
const toGroup: SendTarget = { platform: 'lark', chatId: GROUP, chatKind: 'group' };

let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot();
});
afterAll(() => lark.close());
beforeEach(() => lark.fake.reset());

const sends = () => lark.fake.calls.filter((c) => c.api === 'create' || c.api === 'reply');

describe('rendering', () => {
  it('sends a short plain reply as a text message to the person by open_id', async () => {
    const result = await lark.adapter.send(toPerson, textReply('您好，已收到。'));
    const [m] = lark.fake.messages;
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: PERSON, msgType: 'text', content: { text: '您好，已收到。' } });
    expect(result.platformMessageId).toBe(m!.messageId);
  });

  it('sends a reminder as a card whose button starts the report', async () => {
    const remind = weeklyMessage({
      stage: 'remind',
      countyName: '卓尼县',
      week: '2018-W38',
      weekStart: '2018-09-17',
      weekEnd: '2018-09-23',
      deadline: new Date('2018-09-21T18:00:00+08:00'),
    });
    await lark.adapter.send(toPerson, remind);
    const [m] = lark.fake.messages;
    expect(m?.msgType).toBe('interactive');
    expect(m?.content.schema).toBe('2.0');
    expect(m?.content.header.title.content).toBe('周报填报提醒');
    expect(m?.content.header.template).toBe('orange');
    expect(FakeLark.readable(m!)).toContain('卓尼县：贵县尚未填报第38周');
    const [button] = cardElements(m!.content, 'button');
    expect(button.text.content).toBe('立即填报');
    expect(button.behaviors).toEqual([{ type: 'callback', value: { shifan: 'button', value: '填报', chat: 'direct' } }]);
  });

  it('renders a table and a chart component for a digest-like reply in a group', async () => {
    await lark.adapter.send(
      toGroup,
      reply({
        title: '甘南州电商示范项目周汇总',
        paragraphs: ['2018年第38周'],
        table: {
          columns: ['县', '报送', '执行率%'],
          rows: [
            ['卓尼县', '已报', 42.5],
            ['迭部县', '未报', 0],
          ],
        },
        chart: {
          title: '各县资金执行率',
          unit: '%',
          max: 100,
          series: [
            { label: '卓尼县', value: 42.5 },
            { label: '迭部县', value: 0 },
          ],
        },
      }),
    );
    const [m] = lark.fake.messages;
    expect(m).toMatchObject({ receiveIdType: 'chat_id', receiveId: GROUP, msgType: 'interactive' });
    const [table] = cardElements(m!.content, 'table');
    expect(table.columns.map((c: { display_name: string }) => c.display_name)).toEqual(['县', '报送', '执行率%']);
    expect(table.columns[2]).toMatchObject({ data_type: 'number', format: { precision: 1 } });
    expect(table.rows).toEqual([
      { c0: '卓尼县', c1: '已报', c2: 42.5 },
      { c0: '迭部县', c1: '未报', c2: 0 },
    ]);
    const [chart] = cardElements(m!.content, 'chart');
    expect(chart.chart_spec.type).toBe('bar');
    expect(chart.chart_spec.data.values).toEqual([
      { label: '卓尼县', value: 42.5 },
      { label: '迭部县', value: 0 },
    ]);
  });

  it('renders a form as a card form container with inputs and a submit button', async () => {
    await lark.adapter.send(
      toPerson,
      reply({
        title: '项目进度周报',
        form: {
          id: 'weekly-report',
          submitLabel: '提交周报',
          fields: [
            { name: 'spent_total', label: '本周新增支出（万元）', kind: 'number', required: true, placeholder: '例如 45' },
            {
              name: 'forbidden_use',
              label: '是否有违规用途',
              kind: 'select',
              required: true,
              options: [
                { label: '否', value: 'no' },
                { label: '是', value: 'yes' },
              ],
            },
            { name: 'issues', label: '存在问题', kind: 'textarea' },
            { name: 'filed_on', label: '备案日期', kind: 'date' },
          ],
        },
      }),
    );
    const card = lark.fake.messages[0]!.content;
    const [form] = cardElements(card, 'form');
    expect(form).toBeDefined();
    expect(cardElements(form, 'input').map((i) => i.name)).toEqual(['spent_total', 'issues']);
    expect(cardElements(form, 'input')[0].placeholder.content).toBe('例如 45');
    expect(cardElements(form, 'select_static')[0].placeholder.content).toBe('请选择');
    expect(cardElements(form, 'select_static')[0].options.map((o: { value: string }) => o.value)).toEqual(['no', 'yes']);
    expect(cardElements(form, 'date_picker')[0].name).toBe('filed_on');
    const submit = cardElements(form, 'button').find((b) => b.form_action_type === 'submit');
    expect(submit.text.content).toBe('提交周报');
    expect(submit.behaviors[0].value).toEqual({ shifan: 'form', form: 'weekly-report', chat: 'direct' });
  });

  it('falls back to text when Lark rejects the card', async () => {
    lark.fake.rejectCards = true;
    const r = reply({ title: '截止提醒', paragraphs: ['请按时完成。'], buttons: [{ label: '已完成', value: '已完成 备案' }] });
    await lark.adapter.send(toPerson, r);
    expect(sends().map((c) => c.body.msg_type)).toEqual(['interactive', 'text']);
    expect(lark.fake.messages).toHaveLength(1);
    expect(lark.fake.messages[0]!.content.text).toBe(r.text);
    expect(r.text).toContain('请回复：「已完成 备案」');
  });
});

describe('limits and failures', () => {
  it('waits as Lark asks after HTTP 429 and sends once', async () => {
    lark.fake.failNext({ status: 429, code: 99991400, msg: 'request trigger frequency limit', headers: { 'x-ogw-ratelimit-reset': '1' } });
    await lark.adapter.send(toPerson, textReply('第一条'));
    expect(sends().map((c) => c.status)).toEqual([429, 200]);
    expect(lark.fake.messages.map((m) => m.content.text)).toEqual(['第一条']);
  });

  it('treats code 99991400 as rate limiting whatever the HTTP status', async () => {
    lark.fake.failNext({ status: 400, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '0' } });
    await lark.adapter.send(toPerson, textReply('第二条'));
    expect(sends()).toHaveLength(2);
    expect(lark.fake.messages).toHaveLength(1);
  });

  it('leaves a long wait to the outbox: rate_limited with retryAfterMs', async () => {
    lark.fake.failNext({ status: 429, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '60' } });
    const err = await lark.adapter.send(toPerson, textReply('第三条')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ kind: 'rate_limited', platform: 'lark', retryable: true, options: { retryAfterMs: 60_000 } });
    expect(lark.fake.messages).toEqual([]);
  });

  it('retries a 5xx and delivers once', async () => {
    lark.fake.failNext({ status: 502, code: 1 }, 2);
    await lark.adapter.send(toGroup, textReply('服务恢复后送达'));
    expect(sends().map((c) => c.status)).toEqual([502, 502, 200]);
    expect(lark.fake.messages).toHaveLength(1);
  });

  it('gives up on a lasting outage with a retryable server error', async () => {
    lark.fake.failNext({ status: 503, code: 1 }, 10);
    const err = await lark.adapter.send(toGroup, textReply('稍后再试')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server', retryable: true });
    expect(sends()).toHaveLength(4);
  });

  it.each([
    [230002, 'permission'],
    [230013, 'permission'],
    [230011, 'not_found'],
    [230001, 'validation'],
  ] as const)('maps Lark code %i to %s without retrying', async (code, kind) => {
    lark.fake.failNext({ status: 400, code });
    const err = await lark.adapter.send(toGroup, textReply('测试')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind, options: { code } });
    expect(sends()).toHaveLength(1);
  });

  it('fetches a new tenant token when Lark says it is stale', async () => {
    lark.fake.failNext({ status: 400, code: 99991663 });
    await lark.adapter.send(toPerson, textReply('令牌刷新后送达'));
    expect(lark.fake.calls.filter((c) => c.api === 'token')).toHaveLength(1);
    expect(lark.fake.messages).toHaveLength(1);
  });

  it('reports a wrong app secret as an authentication error', async () => {
    const adapter = createLarkAdapter({
      appId: FAKE_APP_ID,
      appSecret: 'wrong',
      domain: lark.fake.url,
      mode: 'ws',
      webhookPath: '/lark/events',
      botName: '示范助手',
      logger: silentLogger,
    });
    const err = await adapter.send(toPerson, textReply('不会送达')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'authentication', retryable: false });
    expect(lark.fake.messages).toEqual([]);
  });

  it('reports an unreachable Lark as a network error', async () => {
    const adapter = createLarkAdapter({
      appId: FAKE_APP_ID,
      appSecret: 'x',
      domain: 'http://127.0.0.1:9',
      mode: 'ws',
      webhookPath: '/lark/events',
      botName: '示范助手',
      logger: silentLogger,
      sending: { maxAttempts: 1 },
    });
    const err = await adapter.send(toPerson, textReply('不会送达')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'network', retryable: true });
  });
});

describe('rate limiter', () => {
  it('lets five sends a second through to one chat and makes the sixth wait for the window', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      5,
      1000,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
      () => now,
    );
    for (let i = 0; i < 5; i++) await limiter.acquire('chat-a');
    expect(waits).toEqual([]);
    await limiter.acquire('chat-b');
    expect(waits).toEqual([]);
    await limiter.acquire('chat-a');
    expect(waits).toEqual([1001]);
  });
});
