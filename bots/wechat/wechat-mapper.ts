import { types, type Contact, type Message, type Room } from 'wechaty';
import { joinedEvent, type IncomingMessage } from '../../src/core/message.ts';
import type { QuickReplyMemory } from './quick-replies.ts';

const MEDIA_TYPES: ReadonlySet<number> = new Set([
  types.Message.Audio,
  types.Message.Image,
  types.Message.Video,
  types.Message.Attachment,
  types.Message.Emoticon,
]);

/** What a WeChat message is for the bot: a message for the router (text, or a private picture it cannot read), or nothing. */
export type MappedMessage = { readonly kind: 'message'; readonly message: IncomingMessage } | { readonly kind: 'self' } | { readonly kind: 'ignored' };

export interface MapOptions {
  /** The bot's names: "@name" in a group counts as a mention even without a mention list. */
  readonly botNames: readonly string[];
  /** Numbered choices offered to each person: a bare number picks one. */
  readonly choices: QuickReplyMemory;
  readonly now: Date;
}

/** Turns a Wechaty message into an IncomingMessage: private texts always, group texts when the bot is @-mentioned. */
export async function mapWechatMessage(msg: Message, room: Room | undefined, talker: Contact, chatId: string, options: MapOptions): Promise<MappedMessage> {
  const { choices, now } = options;
  if (msg.self()) return { kind: 'self' };
  if (talker.type() === types.Contact.Official) return { kind: 'ignored' };
  if (msg.type() !== types.Message.Text) {
    choices.take(chatId, talker.id, '', now);
    if (room || !MEDIA_TYPES.has(msg.type())) return { kind: 'ignored' };
    // A picture, voice message or file in private: the router says politely that only text is read.
    const message: IncomingMessage = {
      kind: 'unsupported',
      platform: 'wechat',
      chatId,
      chatKind: 'direct',
      sender: { userId: talker.id, name: talker.name() || undefined },
      text: '',
      mentioned: true,
      messageId: msg.id,
      receivedAt: now,
    };
    return { kind: 'message', message };
  }
  const mention = mentionPattern(options.botNames);
  let text = msg.text();
  let mentioned = !room;
  if (room) {
    const byList = await msg.mentionSelf().catch(() => false);
    mentioned = byList || mention.test(text);
    if (byList) text = await msg.mentionText().catch(() => text);
    text = text.replace(mentionPattern(options.botNames), ' ').trim();
  }
  // A bare number right after a reply with numbered choices picks that choice.
  const picked = choices.take(chatId, talker.id, text, now);
  if (picked !== undefined) {
    text = picked;
    mentioned = true;
  }
  if (room && !mentioned) return { kind: 'ignored' };
  return {
    kind: 'message',
    message: {
      platform: 'wechat',
      chatId,
      chatKind: room ? 'group' : 'direct',
      chatName: room ? await room.topic().catch(() => undefined) : undefined,
      sender: { userId: talker.id, name: (room ? await room.alias(talker).catch(() => undefined) : undefined) || talker.name() || undefined },
      text,
      mentioned,
      messageId: msg.id,
      receivedAt: now,
    },
  };
}

function mentionPattern(names: readonly string[]): RegExp {
  return new RegExp(`@(?:${names.map(escapeRegExp).join('|')})(?:[\\u2005\\u0020]|$)`, 'g');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bot added to a room: an event for the router, which greets the group once (the join's time makes its id; the adapter adds the topic in turn). */
export function roomJoined(room: Room, inviter: Contact, date: Date, now: Date): IncomingMessage {
  const sender = { userId: inviter.id, name: inviter.name() || undefined };
  return joinedEvent({ platform: 'wechat', chatId: room.id, chatKind: 'group', sender, messageId: `joined:${room.id}:${date.getTime()}`, receivedAt: now });
}

/** A new friend: an event for the router, which greets the person in private once (the contact makes its id). */
export function friendAdded(contact: Contact, now: Date): IncomingMessage {
  const sender = { userId: contact.id, name: contact.name() || undefined };
  return joinedEvent({ platform: 'wechat', chatId: contact.id, chatKind: 'direct', sender, messageId: `friend:${contact.id}`, receivedAt: now });
}
