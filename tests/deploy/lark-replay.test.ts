import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LarkAdapter } from '../../bots/lark/lark-adapter.ts';
import { ENCRYPT_KEY, messageEvent, startLarkBot, VERIFICATION_TOKEN, WEBHOOK_PATH, type LarkBot } from '../bots/lark/lark-harness.ts';
import { startTestBot } from '../support/bot.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, larkFixture, postLark } from '../support/fake-lark.ts';

const PERSON = 'ou_7d8a6e6df7621556ce0d21922b676706';
const secondsAgo = (s: number) => String(Math.floor(Date.now() / 1000) - s);

describe('Lark webhook timestamps', () => {
  let lark: LarkBot;
  beforeAll(async () => {
    lark = await startLarkBot();
  });
  afterAll(() => lark.close());

  it.each([
    ['a year old', secondsAgo(365 * 86_400)],
    ['25 hours old', secondsAgo(25 * 3600)],
    ['10 minutes ahead', secondsAgo(-600)],
    ['zero', '0'],
    ['not a number', 'abc'],
    ['a fraction', '1700000000.5'],
  ])('refuses a correctly signed request whose timestamp is %s', async (_label, timestamp) => {
    const res = await lark.post(messageEvent(PERSON, '帮助'), { timestamp });
    expect(res.status).toBe(401);
  });

  it("keeps Lark's redeliveries: a timestamp 6 h 5 min old (the last redelivery) is accepted", async () => {
    const res = await lark.post(messageEvent(PERSON, '帮助'), { timestamp: secondsAgo(6 * 3600 + 300) });
    expect(res.status).toBe(200);
    await lark.adapter.idle();
  });
});

describe('a bot-added event replayed after a restart', () => {
  it("greets the group once, even when the replay comes after Lark's one-hour uuid memory", async () => {
    const lark = await startLarkBot();
    try {
      const event = larkFixture('im.chat.member.bot.added_v1');
      await lark.post(event);
      await lark.adapter.idle();
      expect(lark.fake.messages).toHaveLength(1);
      await lark.bot.stop();
      lark.fake.forgetUuids(); // Lark's last redelivery comes 6 h later

      const again = await startTestBot({
        reuseDir: lark.bot.dir,
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
      try {
        const res = await postLark(`${again.url}${WEBHOOK_PATH}`, event, { encryptKey: ENCRYPT_KEY });
        expect(res.status).toBe(200);
        await (again.shifan.adapters.get('lark') as LarkAdapter).idle();
        expect(lark.fake.messages).toHaveLength(1);
      } finally {
        await again.stop();
      }
    } finally {
      await lark.close().catch(() => undefined);
    }
  });
});
