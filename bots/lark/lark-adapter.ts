import * as lark from '@larksuiteoapi/node-sdk';
import type express from 'express';
import type { ChannelAdapter, InboundJournal, JournaledMessage, MessageHandler, SendResult } from '../../src/core/channel.ts';
import { ChannelError, ConfigError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { SendTarget } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/reply.ts';
import { acceptCardFrames } from './card-frames.ts';
import { MemoryCache, sdkLoggerFor } from './sdk-support.ts';
import {
  parseBotAdded,
  parseP2pEntered,
  parseCardAction,
  parseMessageEvent,
  type BotIdentity,
  type LarkBotAddedEvent,
  type LarkCardActionEvent,
  type LarkMessageEvent,
  type LarkP2pEnteredEvent,
  type ParsedEvent,
} from './lark-events.ts';
import { chatDestination, LarkSender, type Destination, type LarkSenderOptions } from './lark-sender.ts';
import { createLarkWebhookRouter } from './lark-webhook.ts';
import { RecentIds } from './recent-ids.ts';
import { WorkQueue } from './work-queue.ts';

export interface LarkAdapterConfig {
  readonly appId: string;
  readonly appSecret: string;
  /** 'feishu', 'lark' or a base URL such as http://127.0.0.1:9999. */
  readonly domain: string;
  readonly mode: 'ws' | 'webhook';
  readonly webhookPath: string;
  readonly encryptKey?: string;
  readonly verificationToken?: string;
  /** The bot's display name, used to spot its @-mention when its open_id cannot be fetched. */
  readonly botName: string;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Rate limits and retries (defaults are Lark's published limits). */
  readonly sending?: Partial<Omit<LarkSenderOptions, 'logger' | 'dropToken'>>;
  /** Events waiting to be processed beyond which new ones are refused for Lark to redeliver later (default 10 000). */
  readonly maxBacklog?: number;
  /**
   * Takes a reply that could not be delivered after the sender's retries (Lark down or
   * rate limiting for long), so it is sent later instead of lost: main puts it in the outbox.
   */
  readonly onUndelivered?: (target: SendTarget, reply: Reply, dedupKey: string, error: ChannelError) => Promise<void>;
}

const CHAT_NAME_RETRY_MS = 10 * 60_000;
const STOP_GRACE_MS = 10_000;
const MAX_BACKLOG = 10_000;
const CARD_TOAST = { toast: { type: 'info', content: '已收到，正在处理' } };

/** Lark/Feishu on the official SDK: long connection or webhook in, im.v1 messages and JSON 2.0 cards out. */
export class LarkAdapter implements ChannelAdapter {
  readonly name = 'lark';
  readonly client: lark.Client;
  readonly #config: LarkAdapterConfig;
  readonly #log: Logger;
  readonly #dispatcher: lark.EventDispatcher;
  readonly #sender: LarkSender;
  readonly #seen = new RecentIds();
  readonly #queue: WorkQueue;
  readonly #tokenCache = new MemoryCache();
  readonly #chatNames = new Map<string, { readonly name?: string; readonly at: number }>();
  #ws?: lark.WSClient;
  #handler?: MessageHandler;
  #journal?: InboundJournal;
  #bot: BotIdentity;

  constructor(config: LarkAdapterConfig) {
    if (config.mode === 'webhook' && (!config.encryptKey || !config.verificationToken)) {
      throw new ConfigError('LARK_MODE=webhook needs LARK_ENCRYPT_KEY and LARK_VERIFICATION_TOKEN (Feishu console → 事件与回调 → 加密策略)');
    }
    this.#config = config;
    this.#log = config.logger;
    this.#bot = { name: config.botName };
    const sdkLogger = sdkLoggerFor(this.#log);
    // The SDK's shared axios instance has no timeout; a hung request must not hold a reply forever.
    if (!lark.defaultHttpInstance.defaults.timeout) lark.defaultHttpInstance.defaults.timeout = 15_000;
    this.client = new lark.Client({
      appId: config.appId,
      appSecret: config.appSecret,
      domain: larkDomain(config.domain),
      cache: this.#tokenCache,
      logger: sdkLogger,
      loggerLevel: lark.LoggerLevel.warn,
    });
    this.#dispatcher = new lark.EventDispatcher({
      encryptKey: config.encryptKey,
      verificationToken: config.verificationToken,
      logger: sdkLogger,
      loggerLevel: lark.LoggerLevel.warn,
    }).register({
      'im.message.receive_v1': (data: unknown) => this.#onEvent(data as LarkMessageEvent, 'message'),
      'card.action.trigger': (data: unknown) => this.#onEvent(data as LarkCardActionEvent, 'card'),
      'im.chat.member.bot.added_v1': (data: unknown) => this.#onEvent(data as LarkBotAddedEvent, 'added'),
      'im.chat.access_event.bot_p2p_chat_entered_v1': (data: unknown) => this.#onEvent(data as LarkP2pEnteredEvent, 'entered'),
    });
    this.#sender = new LarkSender(this.client, { ...config.sending, logger: this.#log, dropToken: () => this.#tokenCache.clear() });
    this.#queue = new WorkQueue((err) => this.#log.error({ err }, 'Lark event processing failed'));
  }

  async start(handler: MessageHandler, journal?: InboundJournal): Promise<void> {
    this.#handler = handler;
    this.#journal = journal;
    this.#bot = await this.#fetchBotIdentity();
    if (this.#config.mode !== 'ws') return;
    const ws = new lark.WSClient({
      appId: this.#config.appId,
      appSecret: this.#config.appSecret,
      domain: larkDomain(this.#config.domain),
      logger: sdkLoggerFor(this.#log),
      loggerLevel: lark.LoggerLevel.warn,
      onReady: () => this.#log.info('Lark long connection ready'),
      onError: (err: Error) =>
        this.#log.error(
          { err },
          'Lark long connection failed: check LARK_APP_ID / LARK_APP_SECRET and that the app receives events and callbacks through the long connection (事件与回调 → 订阅方式 → 使用长连接接收)',
        ),
    });
    acceptCardFrames(ws, this.#log);
    this.#ws = ws;
    await ws.start({ eventDispatcher: this.#dispatcher });
  }

  async stop(): Promise<void> {
    this.#ws?.close({ force: true });
    this.#ws = undefined;
    // Finish what was acknowledged, but do not hold a shutdown for long (a flood drains at 50 sends/s).
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([this.#queue.idle().then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), STOP_GRACE_MS)))]);
    clearTimeout(timer);
    if (!drained) this.#log.warn({ pending: this.#queue.size }, 'Lark adapter stopped with events still queued');
    this.#handler = undefined;
  }

  /** Handles a message another bot process journaled and did not answer, as if it had just arrived here. */
  async replay({ message, context }: JournaledMessage): Promise<void> {
    if (!this.#handler) throw new Error('Lark adapter not started');
    this.#seen.add(`message:${message.messageId}`);
    this.#queue.push(`${message.chatId}:${message.sender.userId}`, () =>
      this.#process({ kind: 'message', message, replyToMessageId: context?.replyToMessageId }),
    );
  }

  /** Resolves when every received event has been processed and answered (for tests and shutdown). */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  send(target: SendTarget, reply: Reply): Promise<SendResult> {
    return this.#sender.send(chatDestination(target.chatId, target.chatKind), reply, target.chatKind);
  }

  /** The webhook routes (LARK_MODE=webhook): events at the path, card callbacks at `${path}/card`. */
  router(): express.Router {
    return createLarkWebhookRouter({
      path: this.#config.webhookPath,
      encryptKey: this.#config.encryptKey ?? '',
      verificationToken: this.#config.verificationToken ?? '',
      dispatcher: this.#dispatcher,
      logger: this.#log,
      busy: () => this.#busy(),
    });
  }

  /** Whether so much is waiting that new events should be refused (Lark redelivers them later). */
  #busy(): boolean {
    return this.#queue.size >= (this.#config.maxBacklog ?? MAX_BACKLOG);
  }

  /** Called by the SDK's dispatcher for webhook and long-connection events alike; only journals and queues work. */
  async #onEvent(
    data: LarkMessageEvent | LarkCardActionEvent | LarkBotAddedEvent | LarkP2pEnteredEvent,
    kind: 'message' | 'card' | 'added' | 'entered',
  ): Promise<unknown> {
    // Over the long connection a throw makes the SDK answer 500, so Lark delivers the event again later.
    if (this.#busy()) throw new Error('Lark adapter busy: event refused for redelivery');
    const now = this.#config.now?.() ?? new Date();
    const parsed =
      kind === 'message'
        ? parseMessageEvent(data as LarkMessageEvent, this.#bot, now)
        : kind === 'card'
          ? parseCardAction(data as LarkCardActionEvent, now)
          : kind === 'added'
            ? parseBotAdded(data as LarkBotAddedEvent, now)
            : parseP2pEntered(data as LarkP2pEnteredEvent, now);
    // Lark redelivers unanswered events with the same event_id; a message id seen before is the same
    // message. This only spares the queue: the router de-duplicates durably (inbound_events).
    const freshEvent = data.event_id ? this.#seen.add(`event:${data.event_id}`) : true;
    const messageId = parsed.kind === 'message' ? parsed.message.messageId : undefined;
    const freshMessage = messageId ? this.#seen.add(`message:${messageId}`) : true;
    if (!freshEvent || !freshMessage) {
      this.#log.info({ eventId: data.event_id, messageId }, 'duplicate Lark event ignored');
      return kind === 'card' ? CARD_TOAST : undefined;
    }
    if (parsed.kind === 'ignore') {
      this.#log.debug({ eventId: data.event_id, reason: parsed.reason }, 'Lark event ignored');
      return undefined;
    }
    const { message } = parsed;
    // Lark does not deliver an acknowledged event again: it is journaled first, so that if this
    // process dies before answering, another's sweeper answers it. If the store refuses, the
    // throw answers Lark an error and it delivers the event again (then seen as new).
    try {
      await this.#journal?.record({ message, ...(parsed.replyToMessageId ? { context: { replyToMessageId: parsed.replyToMessageId } } : {}) });
    } catch (err) {
      if (data.event_id) this.#seen.delete(`event:${data.event_id}`);
      this.#seen.delete(`message:${message.messageId}`);
      this.#log.error({ err, messageId: message.messageId }, 'Lark event not journaled: refused for redelivery');
      throw new Error('Lark event not journaled: refused for redelivery');
    }
    // The bot-added event names the group: no need to ask Lark for it.
    if (message.kind === 'joined' && message.chatName) this.#chatNames.set(message.chatId, { name: message.chatName, at: Date.now() });
    this.#queue.push(`${message.chatId}:${message.sender.userId}`, () => this.#process(parsed));
    return kind === 'card' ? CARD_TOAST : undefined;
  }

  async #process(parsed: Extract<ParsedEvent, { kind: 'message' }>): Promise<void> {
    const chat = chatDestination(parsed.message.chatId, parsed.message.chatKind);
    const dest: Destination = parsed.replyToMessageId ? { kind: 'reply', messageId: parsed.replyToMessageId, fallback: chat } : chat;
    const handler = this.#handler;
    if (!handler) return;
    const message = parsed.message.chatKind === 'group' ? { ...parsed.message, chatName: await this.#chatName(parsed.message.chatId) } : parsed.message;
    const replies = await handler(message);
    const target: SendTarget = { platform: 'lark', chatId: parsed.message.chatId, chatKind: parsed.message.chatKind };
    let failed: ChannelError | undefined;
    for (const [i, reply] of replies.entries()) {
      const key = `${parsed.message.messageId}:${i}`;
      if (!failed) {
        try {
          await this.#sender.send(dest, reply, parsed.message.chatKind, key);
          continue;
        } catch (err) {
          if (!(err instanceof ChannelError && err.retryable && this.#config.onUndelivered)) throw err;
          failed = err;
        }
      }
      // Once one reply waits, the later ones wait behind it, so they arrive in order.
      await this.#config.onUndelivered!(target, reply, `reply:lark:${key}`, failed);
    }
  }

  /** A group's name (so a registered group is listed by name), fetched once per chat; undefined if Lark will not say. */
  async #chatName(chatId: string): Promise<string | undefined> {
    const known = this.#chatNames.get(chatId);
    if (known && (known.name || Date.now() - known.at < CHAT_NAME_RETRY_MS)) return known.name;
    let name: string | undefined;
    try {
      const res = await this.client.im.chat.get({ path: { chat_id: chatId } });
      name = res?.code === 0 && res.data?.name ? res.data.name : undefined;
    } catch (err) {
      this.#log.debug({ err, chatId }, 'could not fetch the Lark chat name (needs im:chat:readonly)');
    }
    if (this.#chatNames.size > 5000) this.#chatNames.clear();
    this.#chatNames.set(chatId, { name, at: Date.now() });
    return name;
  }

  async #fetchBotIdentity(): Promise<BotIdentity> {
    try {
      const res = (await this.client.request({ method: 'GET', url: '/open-apis/bot/v3/info' })) as {
        code?: number;
        bot?: { open_id?: string; app_name?: string };
      };
      if (res?.code === 0 && res.bot?.open_id) return { openId: res.bot.open_id, name: res.bot.app_name ?? this.#config.botName };
    } catch (err) {
      this.#log.warn({ err }, 'could not fetch the Lark bot identity; recognising @-mentions by name');
    }
    return { name: this.#config.botName };
  }
}

/** The SDK's domain option: its enum for feishu/lark, else the base URL as given. */
export function larkDomain(domain: string): lark.Domain | string {
  if (domain === 'feishu') return lark.Domain.Feishu;
  if (domain === 'lark') return lark.Domain.Lark;
  const url = /^https?:\/\//i.test(domain) ? domain : `https://${domain}`;
  return url.replace(/\/+$/, '');
}

/** Creates the Lark adapter. */
export function createLarkAdapter(config: LarkAdapterConfig): LarkAdapter {
  return new LarkAdapter(config);
}
