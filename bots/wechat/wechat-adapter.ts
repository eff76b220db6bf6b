import { EventEmitter } from 'node:events';
import type express from 'express';
import { types, type Contact, type Friendship, type Message, type Room, type WechatyOptions } from 'wechaty';
import type { ChannelAdapter, InboundJournal, JournaledMessage, MessageHandler, SendResult } from '../../src/core/channel.ts';
import { ChannelError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { IncomingMessage, SendTarget } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/reply.ts';
import { loginRouter, type WechatLoginState } from './login-page.ts';
import { QuickReplyMemory } from './quick-replies.ts';
import { loggedOutError, toChannelError } from './wechat-errors.ts';
import { friendAdded, mapWechatMessage, roomJoined, type MappedMessage } from './wechat-mapper.ts';
import { sayReplies } from './wechat-sender.ts';
import { WechatSupervisor } from './wechat-supervisor.ts';

/** A puppet instance (wechaty-puppet-mock in tests) rather than a puppet's npm name. */
export type PuppetInstance = Exclude<NonNullable<WechatyOptions['puppet']>, string>;

export interface WechatBackoff {
  /** First restart delay; doubled after each failed restart. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** After a logout, restart the puppet if it shows no new QR code and no login within this time. */
  readonly loginWatchdogMs: number;
}

export interface WechatAdapterConfig {
  /** The puppet's npm name (WECHATY_PUPPET) or a puppet instance. */
  readonly puppet: string | PuppetInstance;
  /** WECHATY_PUPPET_SERVICE_TOKEN, for wechaty-puppet-service. */
  readonly puppetToken?: string;
  /** The Wechaty session name or path; the login is kept in `<name>.memory-card.json`. */
  readonly name?: string;
  /** The bot's display name; "@name" in a group counts as a mention even when the puppet gives no mention list. */
  readonly botName: string;
  /** Token of the admin's /wechat/qr page; without it the page is not served. */
  readonly qrToken?: string;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Where the login QR code is printed for the console; console.log by default. */
  readonly print?: (text: string) => void;
  /** Wechaty's own log level (it logs through its own logger). */
  readonly sdkLogLevel?: 'silent' | 'error' | 'warn' | 'info' | 'verbose' | 'silly';
  readonly backoff?: Partial<WechatBackoff>;
  /** Accept friend requests (WECHATY_ACCEPT_FRIENDS, default true): officials add the bot to talk to it in private. */
  readonly acceptFriends?: boolean;
}

/** What happened to one incoming WeChat message; emitted as 'processed' on `events`. */
export interface ProcessedMessage {
  readonly messageId: string;
  readonly chatId: string;
  readonly from: string;
  readonly outcome: 'self' | 'ignored' | 'answered' | 'failed';
  readonly replies: number;
}

/**
 * WeChat through Wechaty: private messages always, group messages when the bot is @-mentioned;
 * replies as phone-friendly plain text with numbered choices; the puppet restarted with back-off
 * when it fails or stays logged out.
 */
export class WechatAdapter implements ChannelAdapter {
  readonly name = 'wechat';
  /** 'processed' (ProcessedMessage), 'status' (WechatStatus), 'restarted'. */
  readonly events = new EventEmitter();
  readonly #log: Logger;
  readonly #choices = new QuickReplyMemory();
  readonly #supervisor: WechatSupervisor;
  #handler?: MessageHandler;
  #journal?: InboundJournal;

  constructor(private readonly config: WechatAdapterConfig) {
    this.#log = config.logger;
    this.#supervisor = new WechatSupervisor(config, this.events, {
      message: (msg) => this.#onMessage(msg),
      roomJoin: (room, invitees, inviter, date) => this.#onRoomJoin(room, invitees, inviter, date),
      friendship: (friendship) => void this.#onFriendship(friendship),
    });
    this.events.setMaxListeners(100); // one waiter per conversation is normal for observers
  }

  async start(handler: MessageHandler, journal?: InboundJournal): Promise<void> {
    this.#handler = handler;
    this.#journal = journal;
    await this.#supervisor.start();
  }

  async stop(): Promise<void> {
    this.#handler = undefined;
    await this.#supervisor.stop();
  }

  /** Where the login stands, for the admin page. */
  loginState(): WechatLoginState {
    return this.#supervisor.loginState();
  }

  /** The /wechat/qr route, when a token protects it. */
  router(): express.Router | undefined {
    return this.config.qrToken ? loginRouter(this.config.qrToken, () => this.loginState()) : undefined;
  }

  async send(target: SendTarget, reply: Reply): Promise<SendResult> {
    const wechaty = this.#supervisor.wechaty;
    if (!wechaty || !this.#supervisor.loggedIn()) throw loggedOutError();
    let conversation: Room | Contact | undefined;
    try {
      conversation = target.chatKind === 'group' ? await wechaty.Room.find({ id: target.chatId }) : await wechaty.Contact.find({ id: target.chatId });
    } catch (err) {
      throw toChannelError(err);
    }
    if (!conversation) throw new ChannelError('wechat', 'not_found', `no WeChat ${target.chatKind === 'group' ? 'room' : 'contact'} ${target.chatId}`);
    try {
      // Only a private chat has one person whose bare number we can map to the choices.
      const who = target.chatKind === 'direct' ? target.chatId : undefined;
      return { platformMessageId: await this.#deliver(conversation, [reply], target.chatId, who) };
    } catch (err) {
      throw toChannelError(err);
    }
  }

  /**
   * Hands a message to the router at once, keyed by what the payload already says (room
   * and talker), so the router keeps arrival order; the puppet look-ups (mentions, topic,
   * the talker's group alias) run when its turn comes, and its replies are said in turn.
   */
  #onMessage(msg: Message): void {
    const room = msg.room();
    const talker = msg.talker();
    const chatId = room?.id ?? talker.id;
    const handler = this.#handler;
    const processed = (outcome: ProcessedMessage['outcome'], replies = 0) => {
      this.events.emit('processed', { messageId: msg.id, chatId, from: talker.id, outcome, replies } satisfies ProcessedMessage);
    };
    if (!handler || !this.#supervisor.loggedIn() || msg.self()) {
      processed(handler && msg.self() ? 'self' : 'ignored');
      return;
    }
    const now = this.config.now?.() ?? new Date();
    let mapped: MappedMessage['kind'] = 'ignored';
    const resolve = async (): Promise<IncomingMessage | undefined> => {
      const botNames = [this.config.botName, this.#supervisor.account].filter((n): n is string => !!n);
      const result = await mapWechatMessage(msg, room, talker, chatId, { botNames, choices: this.#choices, now });
      mapped = result.kind;
      return result.kind === 'message' ? this.#journaled(result.message) : undefined;
    };
    const deliver = (replies: readonly Reply[]) => this.#deliver(room ?? talker, replies, chatId, talker.id, room ? talker : undefined).then(() => undefined);
    handler({ platform: 'wechat', chatId, userId: talker.id, resolve }, deliver).then(
      (replies) => processed(mapped === 'message' ? 'answered' : mapped, replies.length),
      (err: unknown) => {
        this.#log.error({ err, messageId: msg.id }, 'wechat: handling a message failed');
        processed('failed');
      },
    );
  }

  /** The bot added to a room: the router greets the group (the join of someone else is not the bot's business). */
  #onRoomJoin(room: Room, invitees: readonly Contact[], inviter: Contact, date: Date | undefined): void {
    const self = this.#supervisor.wechaty?.currentUser;
    if (!self || !invitees.some((c) => c.id === self.id)) return;
    const now = this.config.now?.() ?? new Date();
    const joined = roomJoined(room, inviter, date ?? now, now);
    this.#greet(room, joined, inviter.id, async () => this.#journaled({ ...joined, chatName: await room.topic().catch(() => undefined) }));
  }

  /**
   * A friend request (accepted unless WECHATY_ACCEPT_FRIENDS=false), or the confirmation that someone is
   * now a friend: the router greets the person in private, once (the contact makes the message id).
   */
  async #onFriendship(friendship: Friendship): Promise<void> {
    const type = friendship.type();
    if (type === types.Friendship.Receive) {
      if (this.config.acceptFriends === false) return;
      try {
        await friendship.accept();
      } catch (err) {
        this.#log.error({ err, friendshipId: friendship.id }, 'wechat: accepting a friend request failed');
        return;
      }
    } else if (type !== types.Friendship.Confirm) return;
    const contact = friendship.contact();
    const now = this.config.now?.() ?? new Date();
    const met = friendAdded(contact, now);
    this.#greet(contact, met, contact.id, () => this.#journaled(met));
  }

  /** Hands a greeting event (room joined, new friend) to the router and says its replies there. */
  #greet(conversation: Room | Contact, event: IncomingMessage, from: string, resolve: () => Promise<IncomingMessage>): void {
    const handler = this.#handler;
    if (!handler) return;
    const processed = (outcome: ProcessedMessage['outcome'], replies = 0) => {
      this.events.emit('processed', { messageId: event.messageId, chatId: event.chatId, from, outcome, replies } satisfies ProcessedMessage);
    };
    const deliver = (replies: readonly Reply[]) => this.#deliver(conversation, replies, event.chatId).then(() => undefined);
    handler({ platform: 'wechat', chatId: event.chatId, userId: from, resolve }, deliver).then(
      (replies) => processed('answered', replies.length),
      (err: unknown) => {
        this.#log.error({ err, chatId: event.chatId }, 'wechat: greeting failed');
        processed('failed');
      },
    );
  }

  /**
   * Journals a message once it is known for the bot (WeChat never delivers a message again, so
   * if this process dies before answering, the next leader's sweeper answers it). Best effort:
   * there is no acknowledgement to withhold, and the router's claim follows anyway.
   */
  async #journaled(message: IncomingMessage): Promise<IncomingMessage> {
    await this.#journal?.record({ message }).catch((err: unknown) => this.#log.warn({ err, messageId: message.messageId }, 'wechat: message not journaled'));
    return message;
  }

  /** Handles, in its conversation, a message a bot process that held the account journaled and died before answering. */
  async replay({ message }: JournaledMessage): Promise<void> {
    const wechaty = this.#supervisor.wechaty;
    const handler = this.#handler;
    if (!handler || !wechaty || !this.#supervisor.loggedIn()) throw loggedOutError();
    const group = message.chatKind === 'group';
    const person = message.kind === 'joined' ? undefined : message.sender.userId;
    let conversation: Room | Contact | undefined;
    let mention: Contact | undefined;
    try {
      conversation = group ? await wechaty.Room.find({ id: message.chatId }) : await wechaty.Contact.find({ id: message.chatId });
      if (group && person) mention = await wechaty.Contact.find({ id: person });
    } catch (err) {
      throw toChannelError(err);
    }
    if (!conversation) throw new ChannelError('wechat', 'not_found', `no WeChat ${group ? 'room' : 'contact'} ${message.chatId}`);
    const target = conversation;
    const deliver = (replies: readonly Reply[]) => this.#deliver(target, replies, message.chatId, person, mention).then(() => undefined);
    const processed = (outcome: ProcessedMessage['outcome'], replies = 0) =>
      this.events.emit('processed', {
        messageId: message.messageId,
        chatId: message.chatId,
        from: message.sender.userId,
        outcome,
        replies,
      } satisfies ProcessedMessage);
    handler(message, deliver).then(
      (replies) => processed('answered', replies.length),
      (err: unknown) => {
        this.#log.error({ err, messageId: message.messageId }, 'wechat: handling a journaled message failed');
        processed('failed');
      },
    );
  }

  /** Says the replies; remembers the numbered choices of the last reply that had buttons. */
  async #deliver(conversation: Room | Contact, replies: readonly Reply[], chatId: string, userId?: string, mention?: Contact): Promise<string | undefined> {
    const { lastId, choices } = await sayReplies(conversation, replies, mention);
    if (userId) this.#choices.remember(chatId, userId, choices, this.config.now?.() ?? new Date());
    return lastId;
  }
}

/** Wechaty's log level for our LOG_LEVEL; its info lines are chatty, so they show only at debug. */
export function wechatSdkLogLevel(level: string): NonNullable<WechatAdapterConfig['sdkLogLevel']> {
  if (level === 'silent') return 'silent';
  if (level === 'fatal' || level === 'error') return 'error';
  if (level === 'debug') return 'info';
  if (level === 'trace') return 'verbose';
  return 'warn';
}

/** Creates the WeChat adapter. */
export function createWechatAdapter(config: WechatAdapterConfig): WechatAdapter {
  return new WechatAdapter(config);
}
