import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardElements, type FakeLarkMessage } from '../../support/fake-lark.ts';
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

/** The answer card: the answer, the named clause with its quoted words, and 有用/没用 buttons. */
function expectAnswerCard(m: FakeLarkMessage, chat: 'direct' | 'group') {
  expect(m.msgType).toBe('interactive');
  const text = read([m]);
  expect(text).toContain('15%');
  expect(text).toContain('依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》 三（二）2');
  expect(text).toContain('“公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。”');
  const buttons = cardElements(m.content, 'button');
  expect(buttons.map((b) => b.text.content)).toEqual(['有用', '没用']);
  expect(buttons[0].behaviors[0].value).toEqual({ shifan: 'button', value: '有用', chat });
}

describe('policy questions on Lark', () => {
  it('answers a question in a private chat with the quoted clause, and takes feedback from the button', async () => {
    const [m, ...rest] = await lark.say(OFFICIAL, QUESTION);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: OFFICIAL });
    expectAnswerCard(m!, 'direct');
    expect(read(await lark.tap(OFFICIAL, '有用'))).toBe('感谢您的反馈！如有其他政策问题，请随时提问。');
  });

  it('answers a question asked with an @-mention in a group, as a reply to it', async () => {
    const e = messageEvent(OFFICIAL, QUESTION, { groupChatId: GROUP });
    await lark.post(e);
    await lark.adapter.idle();
    const [m, ...rest] = lark.fake.messages;
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ api: 'reply', replyTo: e.event.message.message_id });
    expectAnswerCard(m!, 'group');
  });

  it('takes feedback tapped in the group as coming from that group', async () => {
    await lark.say(OFFICIAL, QUESTION, { groupChatId: GROUP });
    const [m] = await lark.tap(OFFICIAL, '没用', { chat: 'group', chatId: GROUP });
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'chat_id', receiveId: GROUP });
    expect(read([m!])).toContain('感谢您的反馈，我们已记录这个问题');
  });

  it('does not answer the same question in a group without an @-mention', async () => {
    expect(await lark.say(OFFICIAL, QUESTION, { groupChatId: GROUP, mention: false })).toEqual([]);
  });
});
