import type { EventEmitter } from 'node:events';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { ScanStatus } from 'wechaty';
import type { WechatStatus } from '../../../bots/wechat/login-page.ts';
import type { ProcessedMessage, WechatAdapter, WechatAdapterConfig } from '../../../bots/wechat/wechat-adapter.ts';
import { issueInvite, type InviteRequest } from '../../../src/features/admin/invites.ts';
import { startTestBot, type TestBot } from '../../support/bot.ts';

export type ContactMock = InstanceType<typeof mock.ContactMock>;
export type RoomMock = InstanceType<typeof mock.RoomMock>;
type MessageMock = InstanceType<typeof mock.MessageMock>;

export const QR_TOKEN = 'qr-test-token';
export const LOGIN_QR = 'https://login.weixin.qq.com/l/shifan-test-uuid';

/** The real bot with the WeChat channel on wechaty-puppet-mock, and helpers to talk to it as WeChat users. */
export interface WechatHarness {
  readonly bot: TestBot;
  readonly adapter: WechatAdapter;
  readonly mocker: InstanceType<typeof mock.Mocker>;
  readonly puppet: PuppetMock;
  /** The bot's own WeChat account. */
  readonly self: ContactMock;
  /** What the adapter printed for the console (the login QR code). */
  readonly printed: string[];
  contact(name: string): ContactMock;
  room(topic: string, members: readonly ContactMock[]): RoomMock;
  /** `from` says `text` to the bot in private; resolves with what the bot said back, one string per WeChat message. */
  sayPrivately(from: ContactMock, text: string): Promise<string[]>;
  /** `from` says `text` in a room, @-mentioning the bot when `mention` is set; resolves with what the bot said there. */
  sayInRoom(from: ContactMock, room: RoomMock, text: string, mention?: boolean): Promise<string[]>;
  /** Captures what the bot says in a conversation while `action` runs. */
  capture(where: ContactMock | RoomMock, action: () => Promise<unknown>): Promise<string[]>;
  /** Binds a WeChat contact to a new roster person with an invite code, as an official would. */
  bind(contact: ContactMock, request: InviteRequest): Promise<string>;
  nextProcessed(from: string): Promise<ProcessedMessage>;
  /** Resolves when the adapter reaches a login status (at once if it is there). */
  untilStatus(status: WechatStatus): Promise<void>;
  login(): Promise<void>;
  close(): Promise<void>;
}

/** What `self` (the bot's account) says in a conversation while `action` runs. */
export async function saidBy(self: ContactMock, where: ContactMock | RoomMock, action: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const on = (m: MessageMock) => {
    if (m.payload.talkerId === self.id) said.push(m.payload.text ?? '');
  };
  // Both mocks are typed event emitters; their union is not callable, the Node type is.
  const emitter = where as unknown as EventEmitter;
  emitter.on('message', on);
  try {
    await action();
  } finally {
    emitter.off('message', on);
  }
  return said;
}

/** Starts the bot with a mock puppet; shows the login QR code and logs in unless `login` is false. */
/** Resolves when the adapter has finished handling the next message from a contact. */
export function processedFrom(adapter: WechatAdapter, from: string): Promise<ProcessedMessage> {
  return new Promise((resolve) => {
    const on = (p: ProcessedMessage) => {
      if (p.from !== from) return;
      adapter.events.off('processed', on);
      resolve(p);
    };
    adapter.events.on('processed', on);
  });
}

export async function startWechatHarness(
  options: { overrides?: Partial<WechatAdapterConfig>; now?: string; env?: Record<string, string>; login?: boolean } = {},
): Promise<WechatHarness> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const printed: string[] = [];
  const bot = await startTestBot({
    now: options.now,
    env: { WECHATY_ENABLED: 'true', WECHAT_QR_TOKEN: QR_TOKEN, ...options.env },
    channels: { wechat: { puppet, print: (text) => printed.push(text), ...options.overrides } },
  });
  const adapter = bot.shifan.adapters.get('wechat') as WechatAdapter;
  const self = mocker.createContact({ name: '示范助手' });

  const nextProcessed = (from: string) => processedFrom(adapter, from);

  const capture: WechatHarness['capture'] = (where, action) => saidBy(self, where, action);

  const untilStatus = (wanted: WechatStatus) =>
    new Promise<void>((resolve) => {
      if (adapter.loginState().status === wanted) return resolve();
      const on = (status: WechatStatus) => {
        if (status !== wanted) return;
        adapter.events.off('status', on);
        resolve();
      };
      adapter.events.on('status', on);
    });

  const login = async () => {
    const loggedIn = untilStatus('logged-in');
    mocker.login(self);
    await loggedIn;
  };

  if (options.login !== false) {
    mocker.scan(LOGIN_QR, ScanStatus.Waiting);
    await login();
  }

  const harness: WechatHarness = {
    bot,
    adapter,
    mocker,
    puppet,
    self,
    printed,
    contact: (name) => mocker.createContact({ name }),
    room: (topic, members) => mocker.createRoom({ topic, memberIdList: [self.id, ...members.map((m) => m.id)] }),
    sayPrivately: (from, text) =>
      capture(from, async () => {
        const done = nextProcessed(from.id);
        from.say(text).to(self);
        await done;
      }),
    sayInRoom: (from, room, text, mention = false) =>
      capture(room, async () => {
        const done = nextProcessed(from.id);
        from.say(mention ? `@示范助手\u2005${text}` : text, mention ? [self] : []).to(room);
        await done;
      }),
    capture,
    async bind(contact, request) {
      const { repos, programme } = bot.shifan.services;
      const invite = await issueInvite(repos, programme.data, request, 72, bot.clock.now());
      if (!invite.ok) throw new Error(invite.error);
      return (await harness.sayPrivately(contact, `绑定 ${invite.value.code}`)).join('\n');
    },
    nextProcessed,
    untilStatus,
    login,
    close: () => bot.close(),
  };
  return harness;
}
