import { createHash } from 'node:crypto';
import { cardElements, FakeLark, larkFixture, type FakeLarkMessage } from '../support/fake-lark.ts';
import { messageEvent, newId, startLarkBot, type LarkBot } from '../bots/lark/lark-harness.ts';
import type { ChannelDriver, DriverFactory } from './driver.ts';

const hex = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 32);

/** Lark through the real SDK in webhook mode: signed, encrypted events in; the fake Open API records what is sent. */
export const startLarkDriver: DriverFactory = async (now) => {
  const lark: LarkBot = await startLarkBot({ now });
  const openId = (person: string) => `ou_${hex(person)}`;
  const chatId = (group: string) => `oc_${hex(group)}`;
  const lastPrivate = new Map<string, readonly FakeLarkMessage[]>();
  const texts = (messages: readonly FakeLarkMessage[]) => messages.map((m) => FakeLark.readable(m));
  /** Posts each payload as Lark would and returns what the bot sent meanwhile. */
  const deliver = async (...payloads: unknown[]) => {
    const before = lark.fake.messages.length;
    for (const payload of payloads) {
      const res = await lark.post(payload);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      await lark.adapter.idle();
    }
    return lark.fake.messages.slice(before);
  };
  const inPrivate = (person: string, messages: FakeLarkMessage[]) => {
    lastPrivate.set(person, messages);
    return texts(messages);
  };
  const driver: ChannelDriver = {
    platform: 'lark',
    bot: lark.bot,
    say: async (person, text) => inPrivate(person, await lark.say(openId(person), text)),
    async press(person, label) {
      const button = (lastPrivate.get(person) ?? [])
        .filter((m) => m.msgType === 'interactive')
        .flatMap((m) => cardElements(m.content, 'button'))
        .find((b) => b.text.content === label);
      if (!button) throw new Error(`no button ${label} on the last card to ${person}`);
      return inPrivate(person, await lark.tap(openId(person), button.behaviors[0].value.value));
    },
    sayInGroup: async (person, group, text, { mention }) => texts(await lark.say(openId(person), text, { groupChatId: chatId(group), mention })),
    async sayTwice(person, text) {
      const event = messageEvent(openId(person), text);
      return inPrivate(person, await deliver(event, event));
    },
    async sendPicture(person, options) {
      const event = messageEvent(openId(person), '');
      event.event.message.message_type = 'image';
      event.event.message.content = JSON.stringify({ image_key: 'img_v2_041b28e3-5680-48c2-9af2-497ace79333g' });
      return inPrivate(person, await deliver(...(options?.twice ? [event, event] : [event])));
    },
    async addToGroup(group, by, options) {
      const event = larkFixture('im.chat.member.bot.added_v1');
      event.header.event_id = newId();
      event.event.chat_id = chatId(group);
      event.event.name = group;
      event.event.operator_id = { open_id: openId(by) };
      const sent = await deliver(...(options?.twice ? [event, event] : [event]));
      return texts(sent.filter((m) => m.receiveIdType === 'chat_id' && m.receiveId === chatId(group)));
    },
    async firstContact(person, options) {
      const event = larkFixture('im.chat.access_event.bot_p2p_chat_entered_v1');
      event.header.event_id = newId();
      event.event.chat_id = `oc_p2p${hex(person).slice(3)}`;
      event.event.operator_id = { open_id: openId(person) };
      const sent = await deliver(...(options?.twice ? [event, { ...event, header: { ...event.header, event_id: newId() } }] : [event]));
      return inPrivate(
        person,
        sent.filter((m) => m.receiveId === event.event.chat_id),
      );
    },
    async runScheduled(person) {
      const before = lark.fake.messagesTo(openId(person)).length;
      await lark.bot.shifan.scheduler.tick();
      return inPrivate(person, lark.fake.messagesTo(openId(person)).slice(before));
    },
    close: () => lark.close(),
  };
  return driver;
};
