import type { EventEmitter } from 'node:events';
import qrcodeTerminal from 'qrcode-terminal';
import {
  log as wechatyLog,
  qrcodeValueToImageUrl,
  ScanStatus,
  WechatyBuilder,
  type Contact,
  type ContactSelf,
  type Friendship,
  type Message,
  type Room,
  type OfficialPuppetNpmName,
  type Wechaty,
  type WechatyOptions,
} from 'wechaty';
import type { Logger } from '../../src/core/logger.ts';
import type { WechatLoginState, WechatStatus } from './login-page.ts';
import type { WechatAdapterConfig, WechatBackoff } from './wechat-adapter.ts';

const DEFAULT_BACKOFF: WechatBackoff = { baseMs: 2_000, maxMs: 5 * 60_000, loginWatchdogMs: 2 * 60_000 };

/** What the supervisor hands on from the puppet: every message, every time someone joins a room, every friend request. */
export interface PuppetEvents {
  message(msg: Message): void;
  roomJoin(room: Room, invitees: readonly Contact[], inviter: Contact, date: Date | undefined): void;
  friendship(friendship: Friendship): void;
}

/**
 * Keeps the Wechaty puppet running: builds it, shows the login QR code, follows
 * login and logout, and restarts it with back-off when it fails or stays logged
 * out. Emits 'status' (WechatStatus) and 'restarted' on the adapter's events;
 * hands every message and room join to `on`.
 */
export class WechatSupervisor {
  readonly #config: WechatAdapterConfig;
  readonly #events: EventEmitter;
  readonly #on: PuppetEvents;
  readonly #log: Logger;
  readonly #backoff: WechatBackoff;
  #wechaty?: Wechaty;
  #status: WechatStatus = 'stopped';
  #since = new Date();
  #qrcode?: string;
  #account?: string;
  #stopped = true;
  #restarting = false;
  #failures = 0;
  #restartTimer?: NodeJS.Timeout;
  #watchdog?: NodeJS.Timeout;

  constructor(config: WechatAdapterConfig, events: EventEmitter, on: PuppetEvents) {
    this.#config = config;
    this.#events = events;
    this.#on = on;
    this.#log = config.logger;
    this.#backoff = { ...DEFAULT_BACKOFF, ...config.backoff };
  }

  /** The running Wechaty, once started. */
  get wechaty(): Wechaty | undefined {
    return this.#wechaty;
  }

  /** The logged-in account's name, for recognising "@name" in groups. */
  get account(): string | undefined {
    return this.#account;
  }

  /** Starts the puppet; a failure schedules a restart instead of failing the bot. */
  async start(): Promise<void> {
    this.#stopped = false;
    if (this.#config.sdkLogLevel) wechatyLog.level(this.#config.sdkLogLevel);
    this.#wechaty ??= this.#build();
    this.#setStatus('starting');
    if (this.#config.puppet === 'wechaty-puppet-service' && !this.#config.puppetToken) {
      this.#log.error('wechat: WECHATY_PUPPET=wechaty-puppet-service needs WECHATY_PUPPET_SERVICE_TOKEN (the token from your puppet service provider)');
    }
    try {
      await this.#wechaty.start();
    } catch (err) {
      // WeChat being down must not keep the other channels from starting.
      if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
        this.#log.error(
          { err },
          `wechat: the puppet "${String(this.#config.puppet)}" is not installed; install it (npm install ${String(this.#config.puppet)}) or choose another WECHATY_PUPPET`,
        );
        this.#setStatus('stopped');
        return;
      }
      this.#log.error({ err }, 'wechat: the puppet did not start');
      this.#scheduleRestart('start failed');
    }
  }

  /** Stops the puppet and every timer. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#restartTimer);
    clearTimeout(this.#watchdog);
    this.#restartTimer = this.#watchdog = undefined;
    await this.#wechaty?.stop().catch((err: unknown) => this.#log.warn({ err }, 'wechat: stop failed'));
    this.#setStatus('stopped');
  }

  /** Where the login stands, for the admin page. */
  loginState(): WechatLoginState {
    return { status: this.#status, qrcode: this.#qrcode, account: this.#account, since: this.#since };
  }

  #build(): Wechaty {
    const { puppet, puppetToken, name } = this.#config;
    const options: WechatyOptions =
      typeof puppet === 'string'
        ? { name, puppet: puppet as OfficialPuppetNpmName, puppetOptions: puppetToken ? { token: puppetToken } : undefined }
        : { name, puppet };
    const bot = WechatyBuilder.build(options);
    bot.on('scan', (qrcode, status) => this.#onScan(qrcode, status));
    bot.on('login', (user) => this.#onLogin(user));
    bot.on('logout', (user, reason) => this.#onLogout(user, reason));
    bot.on('error', (err) => this.#onError(err));
    bot.on('message', (msg) => this.#on.message(msg));
    bot.on('room-join', (room, invitees, inviter, date) => this.#on.roomJoin(room, invitees, inviter, date));
    bot.on('friendship', (friendship) => this.#on.friendship(friendship));
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
      const print = this.#config.print ?? ((text: string) => console.log(text));
      qrcodeTerminal.generate(qrcode, { small: true }, (art) => {
        print(
          [
            '微信登录：请用机器人所用的微信号扫描下方二维码（Scan with the bot’s WeChat account）',
            art,
            `二维码链接 QR link: ${url}`,
            `登录内容 QR value: ${qrcode}`,
            this.#config.qrToken ? '管理员也可打开 /wechat/qr?token=<WECHAT_QR_TOKEN> 扫码。' : '',
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
      if (!this.loggedIn() && this.#status === 'logged-out') this.#scheduleRestart('no new login after logout');
    }, this.#backoff.loginWatchdogMs);
  }

  #onError(err: Error): void {
    this.#log.error({ err }, 'wechat: puppet error');
    const awaitingScan = this.#status === 'waiting-for-scan' || this.#status === 'scanned';
    if (!this.#stopped && !this.loggedIn() && !awaitingScan) this.#scheduleRestart('puppet error while not logged in');
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
    this.#events.emit('restarted');
  }

  /** Whether the puppet is logged in (false while it is not resolved yet). */
  loggedIn(): boolean {
    try {
      return this.#wechaty?.puppet.isLoggedIn ?? false;
    } catch {
      return false; // the puppet is not resolved yet
    }
  }

  #setStatus(status: WechatStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#since = this.#config.now?.() ?? new Date();
    this.#events.emit('status', status);
  }
}
