import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { types } from 'wechaty';
import { INTRO } from '../../src/features/admin/index.ts';
import { FakeLark, larkFixture } from '../support/fake-lark.ts';
import { newId, startLarkBot, type LarkBot } from './lark/lark-harness.ts';
import { startWechatHarness, type ContactMock, type WechatHarness } from './wechat/harness.ts';

/** The first private contact on each platform; the shared case (a visitor greeted once) is in tests/contract/scenarios.ts. */
describe('Lark: someone opens their private chat with the bot', () => {
  let lark: LarkBot;
  beforeAll(async () => {
    lark = await startLarkBot({ now: '2018-09-20T10:00:00+08:00' });
  });
  afterAll(() => lark.close());

  const open = async (chatId: string, lastMessageId: string) => {
    const event = larkFixture('im.chat.access_event.bot_p2p_chat_entered_v1');
    event.header.event_id = newId();
    event.event.chat_id = chatId;
    event.event.last_message_id = lastMessageId;
    const before = lark.fake.messages.length;
    expect((await lark.post(event)).status).toBe(200);
    await lark.adapter.idle();
    return lark.fake.messages.slice(before).map((m) => FakeLark.readable(m));
  };

  it('is greeted when the chat is empty, and not again when it is opened again before anything was said', async () => {
    expect(await open('oc_p2p_first_contact_0000000000001', '')).toEqual([INTRO.anonymous]);
    expect(await open('oc_p2p_first_contact_0000000000001', '')).toEqual([]);
  });

  it('is not greeted when reopening a chat that already has messages', async () => {
    expect(await open('oc_p2p_first_contact_0000000000002', 'om_dc13264520392913993dd051dba21dcf')).toEqual([]);
  });
});

describe('WeChat: friend requests', () => {
  let h: WechatHarness;
  beforeAll(async () => {
    h = await startWechatHarness({ now: '2018-09-20T10:00:00+08:00', env: { WECHATY_ACCEPT_FRIENDS: 'false' } });
  });
  afterAll(() => h?.close());

  const befriend = async (person: ContactMock, type: number) => {
    const friendshipId = `friendship-${person.id}-${type}`;
    h.puppet.friendshipRawPayload = async () => ({ id: friendshipId, contactId: person.id, hello: '', type, timestamp: Date.now() });
    return h.capture(person, async () => {
      const done = type === types.Friendship.Confirm ? h.nextProcessed(person.id) : undefined;
      h.puppet.emit('friendship', { friendshipId });
      await (done ?? new Promise((r) => setTimeout(r, 200)));
    });
  };

  it('with WECHATY_ACCEPT_FRIENDS=false a request is left for a person to accept, and nothing is said', async () => {
    const accept = vi.spyOn(h.puppet, 'friendshipAccept');
    expect(await befriend(h.contact('陌生人'), types.Friendship.Receive)).toEqual([]);
    expect(accept).not.toHaveBeenCalled();
  });

  it('once someone is a friend, a bound official is greeted with what an official can do', async () => {
    const official = h.contact('道吉草');
    await h.bind(official, { role: 'official', county: '碌曲县', name: '道吉草' });
    expect(await befriend(official, types.Friendship.Confirm)).toEqual([INTRO.official]);
  });
});
