import { types } from 'wechaty';
import { startWechatHarness, type ContactMock, type RoomMock, type WechatHarness } from '../bots/wechat/harness.ts';
import type { ChannelDriver, DriverFactory } from './driver.ts';

/** WeChat through the real Wechaty on wechaty-puppet-mock: people and rooms are mock contacts; buttons are numbered replies. */
export const startWechatDriver: DriverFactory = async (now) => {
  const h: WechatHarness = await startWechatHarness({ now });
  const contacts = new Map<string, ContactMock>();
  const rooms = new Map<string, RoomMock>();
  const lastPrivate = new Map<string, readonly string[]>();
  const contact = (person: string) => contacts.get(person) ?? contacts.set(person, h.contact(person)).get(person)!;
  /** A room with the bot and the person who first speaks in it (the scenarios have one person per group). */
  const room = (group: string, member: ContactMock) => rooms.get(group) ?? rooms.set(group, h.room(group, [member])).get(group)!;
  const inPrivate = (person: string, said: string[]) => {
    lastPrivate.set(person, said);
    return said;
  };
  /** Says a message, then makes the puppet deliver the same message again when `twice`. */
  const deliver = async (from: ContactMock, send: () => void, twice: boolean) => {
    const first = h.nextProcessed(from.id);
    send();
    const { messageId } = await first;
    if (twice) {
      const again = h.nextProcessed(from.id);
      h.puppet.emit('message', { messageId });
      await again;
    }
  };
  const driver: ChannelDriver = {
    platform: 'wechat',
    bot: h.bot,
    say: async (person, text) => inPrivate(person, await h.sayPrivately(contact(person), text)),
    async press(person, label) {
      const offered = (lastPrivate.get(person) ?? []).join('\n');
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // Several choices are numbered (回复 1 是  2 否); a lone one is the word to type (回复“填报”：立即填报).
      const choice = new RegExp(`(\\d+) ${escaped}(?:\\s|$)`).exec(offered)?.[1] ?? new RegExp(`回复“([^”]+)”：${escaped}`).exec(offered)?.[1];
      if (!choice) throw new Error(`no choice ${label} in what was last said to ${person}`);
      return inPrivate(person, await h.sayPrivately(contact(person), choice));
    },
    sayInGroup: (person, group, text, { mention }) => h.sayInRoom(contact(person), room(group, contact(person)), text, mention),
    async sayTwice(person, text) {
      const from = contact(person);
      return inPrivate(person, await h.capture(from, () => deliver(from, () => from.say(text).to(h.self), true)));
    },
    async sendPicture(person, options) {
      const { FileBox } = await import('file-box');
      const from = contact(person);
      const picture = FileBox.fromBase64(Buffer.from('89504e47', 'hex').toString('base64'), 'photo.png');
      return inPrivate(person, await h.capture(from, () => deliver(from, () => from.say(picture).to(h.self), options?.twice ?? false)));
    },
    async firstContact(person, options) {
      const from = contact(person);
      const friendshipId = `friendship-${from.id}`;
      // The mock puppet has no friend requests of its own: it describes this one as WeChat would.
      const payload = { id: friendshipId, contactId: from.id, hello: '您好，我是县商务局的', type: types.Friendship.Receive, timestamp: Date.now() };
      h.puppet.friendshipRawPayload = async () => payload;
      return inPrivate(
        person,
        await h.capture(from, async () => {
          for (let i = 0; i < (options?.twice ? 2 : 1); i++) {
            const done = h.nextProcessed(from.id);
            h.puppet.emit('friendship', { friendshipId });
            await done;
          }
        }),
      );
    },
    async addToGroup(group, by, options) {
      const inviter = contact(by);
      const r = h.mocker.createRoom({ topic: group, memberIdList: [inviter.id] });
      rooms.set(group, r);
      const payload = { inviteeIdList: [h.self.id], inviterId: inviter.id, roomId: r.id, timestamp: Date.now() };
      r.payload.memberIdList.push(h.self.id);
      return h.capture(r, async () => {
        for (let i = 0; i < (options?.twice ? 2 : 1); i++) {
          const done = h.nextProcessed(inviter.id);
          h.puppet.emit('room-join', payload);
          await done;
        }
      });
    },
    async runScheduled(person) {
      return inPrivate(person, await h.capture(contact(person), () => h.bot.shifan.scheduler.tick()));
    },
    close: () => h.close(),
  };
  return driver;
};
