import { joinedEvent, type ChatKind, type IncomingMessage } from '../../src/core/message.ts';
import type { CardActionValue } from './lark-card.ts';

/** A user id as Lark gives it in events. */
export interface LarkUserId {
  readonly open_id?: string;
  readonly union_id?: string;
  readonly user_id?: string;
}

export interface LarkMention {
  readonly key: string;
  readonly id?: LarkUserId;
  readonly name?: string;
}

/** im.message.receive_v1 after the SDK has merged header and event into one object. */
export interface LarkMessageEvent {
  readonly event_id?: string;
  readonly sender?: { readonly sender_id?: LarkUserId; readonly sender_type?: string };
  readonly message?: {
    readonly message_id?: string;
    readonly chat_id?: string;
    readonly chat_type?: string;
    readonly message_type?: string;
    readonly content?: string;
    readonly mentions?: readonly LarkMention[];
  };
}

/** card.action.trigger after the SDK has merged header and event. */
export interface LarkCardActionEvent {
  readonly event_id?: string;
  readonly operator?: LarkUserId;
  readonly open_id?: string;
  readonly action?: {
    readonly tag?: string;
    readonly name?: string;
    readonly value?: unknown;
    readonly form_value?: Readonly<Record<string, unknown>>;
    readonly option?: string;
  };
  readonly context?: { readonly open_message_id?: string; readonly open_chat_id?: string };
  readonly open_message_id?: string;
  readonly open_chat_id?: string;
}

/** im.chat.member.bot.added_v1 after the SDK has merged header and event. */
export interface LarkBotAddedEvent {
  readonly event_id?: string;
  readonly chat_id?: string;
  readonly name?: string;
  readonly operator_id?: LarkUserId;
}

/** im.chat.access_event.bot_p2p_chat_entered_v1 after the SDK has merged header and event: someone opened their private chat with the bot. */
export interface LarkP2pEnteredEvent {
  readonly event_id?: string;
  readonly chat_id?: string;
  readonly operator_id?: LarkUserId;
  /** Empty when nothing has been said in the chat yet. */
  readonly last_message_id?: string;
}

/** Who the bot is, to tell its @-mention from others'. */
export interface BotIdentity {
  readonly openId?: string;
  readonly name: string;
}

/** What the adapter does with an event: a message for the core (text, something unreadable, the bot added), or nothing. */
export type ParsedEvent =
  | { readonly kind: 'message'; readonly message: IncomingMessage; readonly replyToMessageId?: string }
  | { readonly kind: 'ignore'; readonly reason: string };

/** The id the bot answers a person by: open_id, else union_id, else user_id. */
export function personId(id: LarkUserId | undefined): string | undefined {
  return id?.open_id || id?.union_id || id?.user_id || undefined;
}

/** Turns im.message.receive_v1 into an IncomingMessage (text and post only; groups only when the bot is @-mentioned). */
export function parseMessageEvent(event: LarkMessageEvent, bot: BotIdentity, now: Date): ParsedEvent {
  const msg = event.message;
  const sender = personId(event.sender?.sender_id);
  if (!msg?.message_id || !msg.chat_id) return { kind: 'ignore', reason: 'malformed message event' };
  if (!sender || (event.sender?.sender_type && event.sender.sender_type !== 'user')) return { kind: 'ignore', reason: 'not sent by a user' };
  const chatKind: ChatKind = msg.chat_type === 'p2p' ? 'direct' : 'group';
  // Direct chats are answered by the person's open_id, which is also their identity, so
  // bot-initiated sends (outbox, SendTarget.chatId = the person's id) reach the same chat.
  const chatId = chatKind === 'direct' ? sender : msg.chat_id;
  // Malformed mentions (not a list, null entries) must not throw: that would answer Lark 500 and it would redeliver forever.
  const mentions = Array.isArray(msg.mentions) ? msg.mentions.filter((m): m is LarkMention => Boolean(m) && typeof m === 'object') : [];
  const isBot = (m: LarkMention) => (bot.openId ? m.id?.open_id === bot.openId : m.name === bot.name);
  const mentioned = chatKind === 'direct' || mentions.some(isBot);
  if (!mentioned) return { kind: 'ignore', reason: 'group message without @-mention' };
  const replyToMessageId = chatKind === 'group' ? msg.message_id : undefined;

  const base = { platform: 'lark', chatId, chatKind, sender: { userId: sender }, mentioned, messageId: msg.message_id, receivedAt: now } as const;
  const raw = extractText(msg.message_type, msg.content);
  // A picture, a file, a sticker: the router says politely that only text is read.
  if (raw === undefined) return { kind: 'message', replyToMessageId, message: { ...base, kind: 'unsupported', text: '' } };
  let text = raw;
  // Longest keys first, so @_user_1 does not eat the start of @_user_10.
  for (const m of [...mentions].sort((a, b) => b.key.length - a.key.length)) text = text.split(m.key).join(isBot(m) ? ' ' : `@${m.name ?? ''}`);
  text = text
    .replace(/@_all/g, '@所有人')
    .replace(/[ \t]+/g, ' ')
    .trim();

  return { kind: 'message', replyToMessageId, message: { ...base, text } };
}

/** The bot added to a group chat: an event for the router, which greets the group (once per event id). */
export function parseBotAdded(event: LarkBotAddedEvent, now: Date): ParsedEvent {
  if (!event.chat_id || !event.event_id) return { kind: 'ignore', reason: 'malformed bot-added event' };
  const sender = { userId: personId(event.operator_id) ?? event.chat_id };
  const message = joinedEvent({
    platform: 'lark',
    chatId: event.chat_id,
    chatKind: 'group',
    chatName: event.name,
    sender,
    messageId: `joined:${event.event_id}`,
    receivedAt: now,
  });
  return { kind: 'message', message };
}

/**
 * Someone opened their private chat with the bot. Lark sends this every time the chat is opened;
 * only a chat with nothing in it yet is a first contact, which the router greets (once per chat).
 */
export function parseP2pEntered(event: LarkP2pEnteredEvent, now: Date): ParsedEvent {
  const userId = personId(event.operator_id);
  if (!event.chat_id || !userId) return { kind: 'ignore', reason: 'malformed p2p-entered event' };
  if (event.last_message_id) return { kind: 'ignore', reason: 'a chat with history reopened' };
  const message = joinedEvent({
    platform: 'lark',
    chatId: event.chat_id,
    chatKind: 'direct',
    sender: { userId },
    messageId: `entered:${event.chat_id}`,
    receivedAt: now,
  });
  return { kind: 'message', message };
}

/** Plain text of a text or post message; undefined for other types. */
export function extractText(messageType: string | undefined, content: string | undefined): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content ?? '');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const body = parsed as Record<string, unknown>;
  if (messageType === 'text') return typeof body.text === 'string' ? body.text : undefined;
  if (messageType === 'post') return postText(body);
  return undefined;
}

function postText(body: Record<string, unknown>): string | undefined {
  // A post is { title, content: [[element]] }, sometimes wrapped in a locale key such as zh_cn.
  const post = Array.isArray(body.content)
    ? body
    : (Object.values(body).find((v) => v && typeof v === 'object' && Array.isArray((v as Record<string, unknown>).content)) as
        | Record<string, unknown>
        | undefined);
  if (!post) return undefined;
  const lines: string[] = [];
  if (typeof post.title === 'string' && post.title.trim()) lines.push(post.title.trim());
  for (const paragraph of post.content as unknown[]) {
    if (!Array.isArray(paragraph)) continue;
    lines.push(
      paragraph
        .map((el: Record<string, unknown>) => {
          if (!el || typeof el !== 'object') return '';
          if (el.tag === 'at') return typeof el.user_id === 'string' && el.user_id.startsWith('@_') ? el.user_id : `@${String(el.user_name ?? '')}`;
          return typeof el.text === 'string' ? el.text : '';
        })
        .join(''),
    );
  }
  const text = lines.join('\n').trim();
  return text || undefined;
}

/** Turns a card button click or form submission into an IncomingMessage for the core. */
export function parseCardAction(event: LarkCardActionEvent, now: Date): ParsedEvent {
  const operator = personId(event.operator) ?? event.open_id;
  const eventId = event.event_id;
  if (!operator || !eventId || !event.action) return { kind: 'ignore', reason: 'malformed card action' };
  const value = decodeValue(event.action.value);
  if (!value) return { kind: 'ignore', reason: 'card action without a Shifan value' };
  const openChatId = event.context?.open_chat_id ?? event.open_chat_id;
  const chatKind: ChatKind = value.chat === 'group' && openChatId ? 'group' : 'direct';
  const base = {
    platform: 'lark',
    chatId: chatKind === 'direct' ? operator : openChatId!,
    chatKind,
    sender: { userId: operator },
    mentioned: true,
    // Each click has its own event id; a redelivered click keeps it.
    messageId: `card:${eventId}`,
    receivedAt: now,
  } as const;
  if (value.shifan === 'button') {
    return { kind: 'message', message: { ...base, text: value.value, action: { name: 'button' } } };
  }
  return {
    kind: 'message',
    message: { ...base, text: '', action: { name: `form-submit:${value.form}`, values: formValues(event.action.form_value) } },
  };
}

function decodeValue(raw: unknown): CardActionValue | undefined {
  let v = raw;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const chat: ChatKind = o.chat === 'group' ? 'group' : 'direct';
  if (o.shifan === 'button' && typeof o.value === 'string') return { shifan: 'button', value: o.value, chat };
  if (o.shifan === 'form' && typeof o.form === 'string') return { shifan: 'form', form: o.form, chat };
  return undefined;
}

/** A form value as text; objects as JSON, since String() throws on {"toString": 1} and says [object Object] otherwise. */
function plainText(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function formValues(raw: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw ?? {})) {
    if (v === null || v === undefined) continue;
    const s = Array.isArray(v) ? v.map(plainText).join(',') : plainText(v);
    // Date pickers answer "2018-09-30 +0800"; the core wants the date.
    const date = /^(\d{4}-\d{2}-\d{2}) [+-]\d{4}$/.exec(s);
    values[k] = date ? date[1]! : s.trim();
  }
  return values;
}
