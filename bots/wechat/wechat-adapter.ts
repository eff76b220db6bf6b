import { EventEmitter } from 'node:events';
import type express from 'express';
import qrcodeTerminal from 'qrcode-terminal';
import {
  log as wechatyLog,
  qrcodeValueToImageUrl,
  ScanStatus,
  types,
  WechatyBuilder,
  type Contact,
  type ContactSelf,
  type Message,
  type OfficialPuppetNpmName,
  type Room,
  type Wechaty,
  type WechatyOptions,
} from 'wechaty';
import type { ChannelAdapter, MessageHandler, SendResult } from '../../src/core/channel.ts';
import { ChannelError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { IncomingMessage, SendTarget } from '../../src/core/message.ts';
import type { QuickReply, Reply } from '../../src/core/reply.ts';
import { loginRouter, type WechatLoginState, type WechatStatus } from './login-page.ts';
import { QuickReplyMemory } from './quick-replies.ts';
import { renderForWechat } from './render.ts';
import { loggedOutError, toChannelError } from './wechat-errors.ts';

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
}

/** What happened to one incoming WeChat message; emitted as 'processed' on `events`. */
export interface ProcessedMessage {
  readonly messageId: string;
  readonly chatId: string;
  readonly from: string;
  readonly outcome: 'self' | 'ignored' | 'answered' | 'failed';
  readonly replies: number;
}

const DEFAULT_BACKOFF: WechatBackoff = { baseMs: 2_000, maxMs: 5 * 60_000, loginWatchdogMs: 2 * 60_000 };
const NOT_TEXT_REPLY = '抱歉，我目前只能阅读文字消息。请用文字提问，或发送“帮助”查看我能做什么。';
const MEDIA_TYPES: ReadonlySet<number> = new Set([
  types.Message.Audio,
  types.Message.Image,
  types.Message.Video,
  types.Message.Attachment,
  types.Message.Emoticon,
]);

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
  readonly #backoff: WechatBackoff;
  readonly #choices = new QuickReplyMemory();
  readonly #queues = new Map<string, Promise<void>>();
  #wechaty?: Wechaty;
  #handler?: MessageHandler;
  #status: WechatStatus = 'stopped';
  #since = new Date();
  #qrcode?: string;
  #account?: string;
  #stopped = true;
  #restarting = false;
  #failures = 0;
  #restartTimer?: NodeJS.Timeout;
  #watchdog?: NodeJS.Timeout;

  constructor(private readonly config: WechatAdapterConfig) {
    this.#log = config.logger;
    this.#backoff = { ...DEFAULT_BACKOFF, ...config.backoff };
    this.events.setMaxListeners(100); // one waiter per conversation is normal for observers
  }

  async start(handler: MessageHandler): Promise<void> {
    this.#handler = handler;
    this.#stopped = false;
    if (this.config.sdkLogLevel) wechatyLog.level(this.config.sdkLogLevel);
    this.#wechaty ??= this.#build();
    this.#setStatus('starting');
    if (this.config.puppet === 'wechaty-puppet-service' && !this.config.puppetToken) {
      this.#log.error('wechat: WECHATY_PUPPET=wechaty-puppet-service needs WECHATY_PUPPET_SERVICE_TOKEN (the token from your puppet service provider)');
    }
    try {
      await this.#wechaty.start();
    } catch (err) {
      // WeChat being down must not keep the other channels from starting.
      if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
        this.#log.error(
          { err },
          `wechat: the puppet "${String(this.config.puppet)}" is not installed; install it (npm install ${String(this.config.puppet)}) or choose another WECHATY_PUPPET`,
        );
        this.#setStatus('stopped');
        return;
      }
      this.#log.error({ err }, 'wechat: the puppet did not start');
      this.#scheduleRestart('start failed');
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#restartTimer);
    clearTimeout(this.#watchdog);
    this.#restartTimer = this.#watchdog = undefined;
    this.#handler = undefined;
    await this.#wechaty?.stop().catch((err: unknown) => this.#log.warn({ err }, 'wechat: stop failed'));
    this.#setStatus('stopped');
  }

  /** Where the login stands, for the admin page. */
  loginState(): WechatLoginState {
    return { status: this.#status, qrcode: this.#qrcode, account: this.#account, since: this.#since };
  }

  /** The /wechat/qr route, when a token protects it. */
  router(): express.Router | undefined {
    return this.config.qrToken ? loginRouter(this.config.qrToken, () => this.loginState()) : undefined;
  }

  async send(target: SendTarget, reply: Reply): Promise<SendResult> {
    const wechaty = this.#wechaty;
    if (!wechaty || !this.#puppetLoggedIn()) throw loggedOutError();
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

  #build(): Wechaty {
    const { puppet, puppetToken, name } = this.config;
    const options: WechatyOptions =
      typeof puppet === 'string'
        ? { name, puppet: puppet as OfficialPuppetNpmName, puppetOptions: puppetToken ? { token: puppetToken } : undefined }
        : { name, puppet };
    const bot = WechatyBuilder.build(options);
    bot.on('scan', (qrcode, status) => this.#onScan(qrcode, status));
    bot.on('login', (user) => this.#onLogin(user));
    bot.on('logout', (user, reason) => this.#onLogout(user, reason));
    bot.on('error', (err) => this.#onError(err));
    bot.on('message', (msg) => this.#onMessage(msg));
    return bot;
  }

  #onScan(qrcode: string, status: ScanStatus): void {
    clearTimeout(this.#watchdog);
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      if (!qrcode) return;
      this.#setStatus('waiting-for-scan');
      if (qrcode === this.#qrcode) return; // printed already
      this.#qrcode = qrcode;
      const url = qrcodeValueToImageUrl(qrcode);
      this.#log.info({ url }, 'wechat: scan the QR code to log in');
      const print = this.config.print ?? ((text: string) => console.log(text));
      qrcodeTerminal.generate(qrcode, { small: true }, (art) => {
        print(
          [
            '微信登录：请用机器人所用的微信号扫描下方二维码（Scan with the bot’s WeChat account）',
            art,
            `二维码链接 QR link: ${url}`,
            `登录内容 QR value: ${qrcode}`,
            this.config.qrToken ? '管理员也可打开 /wechat/qr?token=<WECHAT_QR_TOKEN> 扫码。' : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      });
    } else if (status === ScanStatus.Scanned) {
      this.#setStatus('scanned');
      this.#log.info('wechat: QR code scanned, waiting for confirmation on the phone');
    } else if (status === ScanStatus.Cancel) {
      this.#log.warn('wechat: login cancelled on the phone');
    }
  }

  #onLogin(user: ContactSelf): void {
    clearTimeout(this.#watchdog);
    this.#failures = 0;
    this.#qrcode = undefined;
    this.#account = user.name();
    this.#setStatus('logged-in');
    this.#log.info({ account: this.#account }, 'wechat: logged in');
  }

  #onLogout(user: ContactSelf, reason?: string): void {
    this.#account = undefined;
    if (this.#stopped || this.#restarting) return;
    this.#setStatus('logged-out');
    this.#log.warn({ account: user.name(), reason }, 'wechat: logged out; messages wait in the outbox until the next login');
    clearTimeout(this.#watchdog);
    this.#watchdog = setTimeout(() => {
      this.#watchdog = undefined;
      if (!this.#puppetLoggedIn() && this.#status === 'logged-out') this.#scheduleRestart('no new login after logout');
    }, this.#backoff.loginWatchdogMs);
  }

  #onError(err: Error): void {
    this.#log.error({ err }, 'wechat: puppet error');
    const awaitingScan = this.#status === 'waiting-for-scan' || this.#status === 'scanned';
    if (!this.#stopped && !this.#puppetLoggedIn() && !awaitingScan) this.#scheduleRestart('puppet error while not logged in');
  }

  #scheduleRestart(reason: string): void {
    if (this.#stopped || this.#restarting || this.#restartTimer) return;
    const delayMs = Math.min(this.#backoff.baseMs * 2 ** this.#failures, this.#backoff.maxMs);
    this.#failures++;
    this.#setStatus('restarting');
    this.#log.warn({ reason, delayMs, attempt: this.#failures }, 'wechat: restarting the puppet');
    this.#restartTimer = setTimeout(() => void this.#restart(), delayMs);
  }

  async #restart(): Promise<void> {
    this.#restartTimer = undefined;
    const wechaty = this.#wechaty;
    if (this.#stopped || !wechaty) return;
    this.#restarting = true;
    let ok = false;
    try {
      await wechaty.stop().catch((err: unknown) => this.#log.warn({ err }, 'wechat: stop before restart failed'));
      if (this.#stopped) return;
      this.#qrcode = undefined;
      await wechaty.start();
      ok = true;
    } catch (err) {
      this.#log.error({ err }, 'wechat: restart failed');
    } finally {
      this.#restarting = false;
    }
    if (this.#stopped) return;
    if (!ok) return this.#scheduleRestart('restart failed');
    if (this.#status === 'restarting') this.#setStatus('starting');
    this.#log.info('wechat: puppet restarted');
    this.events.emit('restarted');
  }

  #onMessage(msg: Message): void {
    const room = msg.room();
    const talker = msg.talker();
    const chatId = room?.id ?? talker.id;
    this.#serially(`${chatId}\u0000${talker.id}`, async () => {
      const outcome = await this.#handle(msg, room, talker, chatId).catch((err: unknown) => {
        this.#log.error({ err, messageId: msg.id }, 'wechat: handling a message failed');
        return { outcome: 'failed', replies: 0 } as const;
      });
      this.events.emit('processed', { messageId: msg.id, chatId, from: talker.id, ...outcome } satisfies ProcessedMessage);
    });
  }

  async #handle(msg: Message, room: Room | undefined, talker: Contact, chatId: string): Promise<Pick<ProcessedMessage, 'outcome' | 'replies'>> {
    const handler = this.#handler;
    if (!handler || !this.#puppetLoggedIn()) return { outcome: 'ignored', replies: 0 };
    if (msg.self()) return { outcome: 'self', replies: 0 };
    if (talker.type() === types.Contact.Official) return { outcome: 'ignored', replies: 0 };
    const now = this.config.now?.() ?? new Date();
    if (msg.type() !== types.Message.Text) {
      this.#choices.take(chatId, talker.id, '', now);
      if (room || !MEDIA_TYPES.has(msg.type())) return { outcome: 'ignored', replies: 0 };
      await talker.say(NOT_TEXT_REPLY);
      return { outcome: 'answered', replies: 1 };
    }
    let text = msg.text();
    let mentioned = !room;
    if (room) {
      const byList = await msg.mentionSelf().catch(() => false);
      mentioned = byList || this.#mentionPattern().test(text);
      if (byList) text = await msg.mentionText().catch(() => text);
      text = text.replace(this.#mentionPattern(), ' ').trim();
    }
    // A bare number right after a reply with numbered choices picks that choice.
    const picked = this.#choices.take(chatId, talker.id, text, now);
    if (picked !== undefined) {
      text = picked;
      mentioned = true;
    }
    if (room && !mentioned) return { outcome: 'ignored', replies: 0 };
    const incoming: IncomingMessage = {
      platform: 'wechat',
      chatId,
      chatKind: room ? 'group' : 'direct',
      chatName: room ? await room.topic().catch(() => undefined) : undefined,
      sender: { userId: talker.id, name: (room ? await room.alias(talker).catch(() => undefined) : undefined) || talker.name() || undefined },
      text,
      mentioned,
      messageId: msg.id,
      receivedAt: now,
    };
    const replies = await handler(incoming);
    if (replies.length) await this.#deliver(room ?? talker, replies, chatId, talker.id, room ? talker : undefined);
    return { outcome: 'answered', replies: replies.length };
  }

  /** Says every reply as one or more messages; remembers the numbered choices of the last reply that had buttons. */
  async #deliver(conversation: Room | Contact, replies: readonly Reply[], chatId: string, userId?: string, mention?: Contact): Promise<string | undefined> {
    let choices: readonly QuickReply[] = [];
    let lastId: string | undefined;
    let first = true;
    for (const reply of replies) {
      const rendered = renderForWechat(reply);
      if (reply.buttons?.length) choices = rendered.choices;
      for (const text of rendered.messages) {
        // In a group, the first message @-mentions the person asked, as people do in WeChat groups.
        const sent = mention && first && isRoom(conversation) ? await conversation.say(text, mention) : await conversation.say(text);
        first = false;
        if (sent) lastId = sent.id;
      }
    }
    if (userId) this.#choices.remember(chatId, userId, choices, this.config.now?.() ?? new Date());
    return lastId;
  }

  /** Runs one person's messages in one chat in order (a form must see answers in the order typed). */
  #serially(key: string, task: () => Promise<void>): void {
    const run = (this.#queues.get(key) ?? Promise.resolve()).then(task);
    this.#queues.set(key, run);
    void run.finally(() => {
      if (this.#queues.get(key) === run) this.#queues.delete(key);
    });
  }

  #mentionPattern(): RegExp {
    const names = [this.config.botName, this.#account].filter((n): n is string => !!n).map(escapeRegExp);
    return new RegExp(`@(?:${names.join('|')})(?:[\\u2005\\u0020]|$)`, 'g');
  }

  #puppetLoggedIn(): boolean {
    try {
      return this.#wechaty?.puppet.isLoggedIn ?? false;
    } catch {
      return false; // the puppet is not resolved yet
    }
  }

  #setStatus(status: WechatStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#since = this.config.now?.() ?? new Date();
    this.events.emit('status', status);
  }
}

function isRoom(conversation: Room | Contact): conversation is Room {
  return 'topic' in conversation;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wechaty's log level for our LOG_LEVEL; its info lines are chatty, so they show only at debug. */
export function wechatSdkLogLevel(level: string): NonNullable<WechatAdapterConfig['sdkLogLevel']> {
  if (level === 'silent') return 'silent';
  if (level === 'fatal' || level === 'error') return 'error';
  if (level === 'debug') return 'info';
  if (level === 'trace') return 'verbose';
  return 'warn';
}

let testOverrides: Partial<WechatAdapterConfig> | undefined;

/** Test hook: overrides the adapter config the registry builds (e.g. a wechaty-puppet-mock instance). */
export function setWechatTestOverrides(overrides: Partial<WechatAdapterConfig> | undefined): void {
  testOverrides = overrides;
}

/** Creates the WeChat adapter. */
export function createWechatAdapter(config: WechatAdapterConfig): WechatAdapter {
  return new WechatAdapter({ ...config, ...testOverrides });
}
