import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { larkFixture } from '../../support/fake-lark.ts';
import { ENCRYPT_KEY, messageEvent, newId, read, startLarkBot, type LarkBot } from './lark-harness.ts';

const PERSON = 'ou_84aad35d084aa403a838cf73ee18467';
let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot();
});
afterAll(() => lark.close());
beforeEach(() => lark.fake.reset());

describe('url_verification', () => {
  it('answers the challenge when the payload is encrypted', async () => {
    const res = await lark.post(larkFixture('url_verification'), { sign: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ajls384kdjx98XX' });
  });

  it('answers the challenge when the payload is plain', async () => {
    const res = await lark.post(larkFixture('url_verification'), { encrypt: false, sign: false });
    expect(await res.json()).toEqual({ challenge: 'ajls384kdjx98XX' });
  });

  it('refuses a challenge with the wrong verification token', async () => {
    const payload = { ...larkFixture('url_verification'), token: 'not-the-token' };
    const res = await lark.post(payload, { encrypt: false, sign: false });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('ajls384kdjx98XX');
  });
});

describe('forged requests', () => {
  it('refuses a bad signature with 401 and has no effect', async () => {
    const event = messageEvent(PERSON, '帮助');
    const res = await lark.post(event, { signWith: 'a-guessed-key' });
    expect(res.status).toBe(401);
    await lark.adapter.idle();
    expect(lark.fake.messages).toEqual([]);
    // The real event with the same ids still works afterwards: nothing was recorded.
    const ok = await lark.post(event);
    expect(ok.status).toBe(200);
    await lark.adapter.idle();
    expect(read(lark.fake.messages)).toContain('示范助手 · 使用帮助');
  });

  it('refuses a missing signature with 401', async () => {
    const res = await lark.post(messageEvent(PERSON, '帮助'), { sign: false });
    expect(res.status).toBe(401);
    await lark.adapter.idle();
    expect(lark.fake.messages).toEqual([]);
  });

  it('refuses a correctly signed request with the wrong verification token', async () => {
    const event = messageEvent(PERSON, '帮助');
    event.header.token = 'forged-token';
    const res = await lark.post(event);
    expect(res.status).toBe(401);
    await lark.adapter.idle();
    expect(lark.fake.messages).toEqual([]);
  });

  it('refuses a body encrypted with another key', async () => {
    const res = await lark.post(messageEvent(PERSON, '帮助'), { encryptKey: 'another-key', signWith: ENCRYPT_KEY });
    expect(res.status).toBe(401);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(lark.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
  });

  it('verifies the signature over the exact bytes, whatever their spacing', async () => {
    // Lark signs the bytes it sends; re-serialising parsed JSON (what the SDK does) would not match these.
    const plain = JSON.stringify(messageEvent(PERSON, '帮助'), null, 2);
    const { larkRequest } = await import('../../support/fake-lark.ts');
    const { body, headers } = larkRequest(JSON.parse(plain), { encryptKey: ENCRYPT_KEY, encrypt: false });
    const spaced = body.replace(/,/g, ', ');
    const { createHash } = await import('node:crypto');
    headers['x-lark-signature'] = createHash('sha256')
      .update(headers['x-lark-request-timestamp']! + headers['x-lark-request-nonce']! + ENCRYPT_KEY + spaced)
      .digest('hex');
    const res = await fetch(lark.eventsUrl, { method: 'POST', headers, body: spaced });
    expect(res.status).toBe(200);
    await lark.adapter.idle();
    expect(lark.fake.messages).toHaveLength(1);
  });
});

describe('acknowledgement and duplicates', () => {
  it('answers 200 with an empty body at once and replies afterwards', async () => {
    const res = await lark.post(messageEvent(PERSON, '帮助'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    await lark.adapter.idle();
    expect(lark.fake.messages).toHaveLength(1);
  });

  it('replies once when the same event is delivered five times', async () => {
    const event = messageEvent(PERSON, '我是谁');
    const statuses = await Promise.all([1, 2, 3, 4, 5].map(() => lark.post(event).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await lark.adapter.idle();
    expect(lark.fake.messages).toHaveLength(1);
    expect(read(lark.fake.messages)).toContain('尚未绑定');
  });

  it('replies once when the same message comes again under a new event id', async () => {
    const messageId = newId('om_');
    await lark.say(PERSON, '我是谁', { messageId });
    const again = await lark.say(PERSON, '我是谁', { messageId });
    expect(lark.fake.messages).toHaveLength(1);
    expect(again).toEqual([]);
  });

  it('handles a card button click once when Lark delivers it twice', async () => {
    const eventId = newId();
    const first = await lark.tap(PERSON, '帮助', { eventId });
    const second = await lark.tap(PERSON, '帮助', { eventId });
    expect(read(first)).toContain('使用帮助');
    expect(second).toEqual([]);
  });

  it('answers a card callback with a toast at once', async () => {
    const e = larkFixture('card.action.trigger.button');
    e.header.event_id = newId();
    const res = await lark.post(e, {}, '/lark/events/card');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ toast: { type: 'info', content: '已收到，正在处理' } });
    await lark.adapter.idle();
  });
});

describe('configuration', () => {
  it('refuses to start a webhook without an encrypt key, naming the variable', async () => {
    await expect(startLarkBot({ env: { LARK_ENCRYPT_KEY: '' } })).rejects.toThrow(/LARK_ENCRYPT_KEY/);
  });

  it.each([
    ['feishu', 0],
    ['lark', 1],
    ['http://127.0.0.1:9999/', 'http://127.0.0.1:9999'],
    ['open.feishu.cn', 'https://open.feishu.cn'],
  ] as const)('reads LARK_DOMAIN=%s', async (value, expected) => {
    const { larkDomain } = await import('../../../bots/lark/lark-adapter.ts');
    expect(larkDomain(value)).toBe(expected);
  });
});

describe('next to the local channel', () => {
  it('still sees the raw body when the local web chat (with its JSON parser) is on too', async () => {
    const both = await startLarkBot({ env: { LOCAL_CHANNEL_TOKEN: 'local-secret' } });
    try {
      expect(read(await both.say(PERSON, '我是谁'))).toContain('尚未绑定');
      expect(await both.bot.sayText('visitor', '我是谁')).toContain('尚未绑定');
    } finally {
      await both.close();
    }
  });
});
