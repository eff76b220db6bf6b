import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_TEXT } from '../../../src/core/router.ts';
import { messageEvent, read, startLarkBot, type LarkBot } from './lark-harness.ts';

const OFFICIAL = 'ou_4444dddd5555eeee6666ffff7777aaaa';
const GROUP = 'oc_c2775fea9014c201e6969b478895c232';
const QUESTION = '公共服务中心资金使用比例是多少？';

let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot();
});
afterAll(() => lark.close());
beforeEach(() => lark.fake.reset());

describe('policy questions on Lark', () => {
  it('answers a question in a private chat', async () => {
    const [m, ...rest] = await lark.say(OFFICIAL, QUESTION);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: OFFICIAL });
    expect(read([m!])).toBe(FALLBACK_TEXT);
  });

  it('answers a question asked with an @-mention in a group, as a reply to it', async () => {
    const e = messageEvent(OFFICIAL, QUESTION, { groupChatId: GROUP });
    await lark.post(e);
    await lark.adapter.idle();
    const [m] = lark.fake.messages;
    expect(m).toMatchObject({ api: 'reply', replyTo: e.event.message.message_id });
    expect(read([m!])).toBe(FALLBACK_TEXT);
  });

  it('does not answer the same question in a group without an @-mention', async () => {
    expect(await lark.say(OFFICIAL, QUESTION, { groupChatId: GROUP, mention: false })).toEqual([]);
  });
});
