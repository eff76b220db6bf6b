import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LarkAdapter } from '../../../bots/lark/lark-adapter.ts';
import { startTestBot, type TestBot } from '../../support/bot.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark, larkFixture } from '../../support/fake-lark.ts';
import { messageEvent, newId, read } from './lark-harness.ts';

const PERSON = 'ou_84aad35d084aa403a838cf73ee18467';
let fake: FakeLark;
let bot: TestBot;
let adapter: LarkAdapter;

beforeAll(async () => {
  fake = await FakeLark.start();
  // The default mode: a long connection, no public URL, no encrypt key needed.
  bot = await startTestBot({ env: { LARK_APP_ID: FAKE_APP_ID, LARK_APP_SECRET: FAKE_APP_SECRET, LARK_DOMAIN: fake.url } });
  adapter = bot.shifan.adapters.get('lark') as LarkAdapter;
  await fake.waitForWs();
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});
beforeEach(() => fake.reset());

describe('long connection (WSClient)', () => {
  it('receives a message over the long connection, acknowledges it and answers', async () => {
    const ack = await fake.push(messageEvent(PERSON, '我是谁'));
    expect(ack.code).toBe(200);
    await adapter.idle();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: PERSON });
    expect(read(fake.messages)).toContain('尚未绑定');
  });

  it('answers one event pushed five times once', async () => {
    const event = messageEvent(PERSON, '我是谁');
    for (let i = 0; i < 5; i++) expect((await fake.push(event)).code).toBe(200);
    await adapter.idle();
    expect(fake.messages).toHaveLength(1);
  });

  it('handles card callbacks that arrive as "card" frames, answering with a toast', async () => {
    const e = larkFixture('card.action.trigger.button');
    e.header.event_id = newId();
    e.event.action.value = { shifan: 'button', value: '帮助', chat: 'direct' };
    const ack = await fake.push(e, 'card');
    expect(ack.code).toBe(200);
    expect(JSON.parse(Buffer.from(ack.data ?? '', 'base64').toString('utf8'))).toEqual({ toast: { type: 'info', content: '已收到，正在处理' } });
    await adapter.idle();
    expect(FakeLark.readable(fake.messages[0]!)).toContain('示范助手 · 使用帮助');
  });

  it('does not mount the webhook in long-connection mode', async () => {
    const res = await fetch(`${bot.url}/lark/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
  });
});
