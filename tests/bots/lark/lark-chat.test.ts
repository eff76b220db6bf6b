import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueInvite } from '../../../src/features/admin/invites.ts';
import { findChat } from '../../../storage/repositories/chat.repository.ts';
import { parseMessageEvent } from '../../../bots/lark/lark-events.ts';
import { cardElements, FAKE_BOT_OPEN_ID, larkFixture } from '../../support/fake-lark.ts';
import { messageEvent, read, startLarkBot, type LarkBot } from './lark-harness.ts';

const OFFICIAL = 'ou_1111aaaa2222bbbb3333cccc4444dddd';
const STAFF = 'ou_5555eeee6666ffff7777aaaa8888bbbb';
const STRANGER = 'ou_9999cccc0000dddd1111eeee2222ffff';
const GROUP = 'oc_a0553eda9014c201e6969b478895c230';

let lark: LarkBot;
beforeAll(async () => {
  lark = await startLarkBot();
  lark.fake.chatNames.set(GROUP, '甘南州电商示范工作群');
});
afterAll(() => lark.close());
beforeEach(() => lark.fake.reset());

async function bind(openId: string, request: Parameters<typeof issueInvite>[2]): Promise<string> {
  const { repos, programme } = lark.bot.shifan.services;
  const result = await issueInvite(repos, programme.data, request, 72, lark.bot.clock.now());
  if (!result.ok) throw new Error(result.error);
  return read(await lark.say(openId, `绑定 ${result.value.code}`));
}

describe('private chat', () => {
  it('answers 帮助 with a help card sent to the person by open_id', async () => {
    const [m, ...rest] = await lark.say(STRANGER, '帮助');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: STRANGER, msgType: 'interactive' });
    expect(m!.content.header.title.content).toBe('示范助手 · 使用帮助');
    expect(read([m!])).toContain('绑定 邀请码');
  });

  it('reads a rich-text (post) message as text', async () => {
    expect(read(await lark.say(STRANGER, '我是谁', { post: true }))).toContain('尚未绑定');
  });

  it('binds a Lark user by invite code, by open_id', async () => {
    expect(await bind(OFFICIAL, { role: 'official', county: '卓尼县', name: '杨卓玛' })).toBe(
      '绑定成功：您是卓尼县的县级联络员（杨卓玛）。发送“帮助”查看可用功能。',
    );
    const [m] = await lark.say(OFFICIAL, '我是谁');
    expect(m).toMatchObject({ msgType: 'text', content: { text: '您是卓尼县的县级联络员（杨卓玛）。' } });
  });

  it('treats a tapped button like the words on it', async () => {
    expect(read(await lark.tap(STRANGER, '我是谁'))).toContain('尚未绑定');
  });
});

describe('group chat', () => {
  it('stays silent unless @-mentioned', async () => {
    expect(await lark.say(STAFF, '帮助', { groupChatId: GROUP, mention: false })).toEqual([]);
    expect(lark.fake.calls.filter((c) => c.api === 'create' || c.api === 'reply')).toEqual([]);
  });

  it('answers an @-mention as a reply to that message, with the placeholder stripped', async () => {
    const e = messageEvent(STAFF, '我是谁', { groupChatId: GROUP });
    await lark.post(e);
    await lark.adapter.idle();
    const [m] = lark.fake.messages;
    expect(m).toMatchObject({ api: 'reply', replyTo: e.event.message.message_id, msgType: 'text' });
    expect(read([m!])).toContain('尚未绑定');
  });

  it('posts in the chat instead when the message it answers was recalled', async () => {
    lark.fake.failNext({ status: 400, code: 230011, msg: 'The message was withdrawn.' });
    const [m] = await lark.say(STAFF, '我是谁', { groupChatId: GROUP });
    expect(m).toMatchObject({ api: 'create', receiveIdType: 'chat_id', receiveId: GROUP });
    expect(read([m!])).toContain('尚未绑定');
  });

  it('strips the mention in a plain text group message too', async () => {
    expect(read(await lark.say(STAFF, '我是谁', { groupChatId: GROUP, post: false }))).toContain('尚未绑定');
  });

  it('does not answer when someone else is @-mentioned', async () => {
    const e = larkFixture('im.message.receive_v1.group-post-mention');
    e.header.event_id = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
    e.event.message.message_id = 'om_someoneelse0000000000000000001';
    e.event.message.mentions[0].id.open_id = 'ou_colleague000000000000000000000';
    e.event.message.mentions[0].name = '李明';
    await lark.post(e);
    await lark.adapter.idle();
    expect(lark.fake.messages).toEqual([]);
  });

  it('lets prefecture staff register the group as the prefecture group, under its Lark name', async () => {
    expect(await bind(STAFF, { role: 'prefecture', prefecture: '甘南州', name: '马文清' })).toContain('绑定成功');
    const text = read(await lark.say(STAFF, '绑定本群 市州群', { groupChatId: GROUP }));
    expect(text).toBe('已将本群登记为甘南州工作群，周汇总和逾期催办将发送到本群。');
    const chat = await findChat(lark.bot.shifan.services.db, 'lark', GROUP);
    expect(chat).toMatchObject({ purpose: 'prefecture', prefecture_id: 'gannan', name: '甘南州电商示范工作群' });
  });

  it('refuses personal binding in a group', async () => {
    expect(read(await lark.say(STRANGER, '绑定 ABCD-2345', { groupChatId: 'oc_other000000000000000000000000' }))).toContain('请在与我的私聊中使用');
  });
});

describe('cards in conversation', () => {
  it('shows the help entries in bold in the card', async () => {
    const [m] = await lark.say(STRANGER, '帮助');
    expect(cardElements(m!.content, 'markdown')[0].content).toContain('**帮助**');
  });
});

describe('mentions', () => {
  it('keeps other people’s @-names and strips only the bot, with ten or more mentions', () => {
    const e = messageEvent(STAFF, '', { groupChatId: GROUP, post: false });
    const people = Array.from({ length: 10 }, (_, i) => ({
      key: `@_user_${i + 2}`,
      id: { open_id: `ou_person${i}000000000000000000000` },
      name: `同事${i + 2}`,
    }));
    e.event.message.mentions = [e.event.message.mentions[0], ...people];
    e.event.message.content = JSON.stringify({ text: '@_user_1 请 @_user_11 和 @_user_2 填报' });
    // What the SDK hands the handler: header and event merged.
    const parsed = parseMessageEvent({ ...e.header, ...e.event }, { openId: FAKE_BOT_OPEN_ID, name: '示范助手' }, new Date());
    expect(parsed.kind === 'message' && parsed.message.text).toBe('请 @同事11 和 @同事2 填报');
  });
});
