import { randomBytes } from 'node:crypto';
import type { LarkAdapter } from '../../../bots/lark/lark-adapter.ts';
import { startTestBot, type TestBot } from '../../support/bot.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark, larkFixture, postLark, type FakeLarkMessage, type LarkRequestOptions } from '../../support/fake-lark.ts';

export const ENCRYPT_KEY = 'kT9xJ2mQ7vP4wL8nR3sY6zB1';
export const VERIFICATION_TOKEN = '066zT6pS4QCbgj5Do145GfDbbagCHGgF';
export const WEBHOOK_PATH = '/lark/events';

export interface LarkBot {
  readonly bot: TestBot;
  readonly fake: FakeLark;
  readonly adapter: LarkAdapter;
  readonly eventsUrl: string;
  /** POSTs a payload as Lark would (encrypted and signed unless told otherwise). */
  post(payload: unknown, options?: Partial<LarkRequestOptions>, path?: string): Promise<Response>;
  /** A person sends a text message (p2p, or in a group chat with or without @bot); returns what the bot sent back. */
  say(openId: string, text: string, options?: SayOptions): Promise<FakeLarkMessage[]>;
  /** A person taps a card button carrying `value`. */
  tap(openId: string, value: string, options?: { eventId?: string; chat?: 'direct' | 'group'; chatId?: string }): Promise<FakeLarkMessage[]>;
  /** A person submits a card form. */
  submit(openId: string, formId: string, values: Record<string, unknown>, options?: { eventId?: string }): Promise<FakeLarkMessage[]>;
  close(): Promise<void>;
}

export interface SayOptions {
  readonly groupChatId?: string;
  readonly mention?: boolean;
  readonly eventId?: string;
  readonly messageId?: string;
  readonly post?: boolean;
}

export const newId = (prefix = '') => prefix + randomBytes(16).toString('hex');

/** Builds an im.message.receive_v1 payload from the fixtures. */
export function messageEvent(openId: string, text: string, options: SayOptions = {}): Record<string, any> {
  const group = Boolean(options.groupChatId);
  const e = larkFixture(group ? 'im.message.receive_v1.group-post-mention' : 'im.message.receive_v1.p2p-text');
  e.header.event_id = options.eventId ?? newId();
  e.event.sender.sender_id = { open_id: openId, union_id: `on_${openId.slice(3)}`, user_id: openId.slice(3, 11) };
  e.event.message.message_id = options.messageId ?? newId('om_');
  if (group) {
    e.event.message.chat_id = options.groupChatId;
    const mention = options.mention !== false;
    if (!mention) e.event.message.mentions = [];
    if (options.post === false) {
      e.event.message.message_type = 'text';
      e.event.message.content = JSON.stringify({ text: `${mention ? '@_user_1 ' : ''}${text}` });
    } else {
      const elements = [
        ...(mention ? [{ tag: 'at', user_id: '@_user_1', user_name: '示范助手', style: [] }] : []),
        { tag: 'text', text: ` ${text}`, style: [] },
      ];
      e.event.message.content = JSON.stringify({ title: '', content: [elements] });
    }
  } else if (options.post) {
    e.event.message.message_type = 'post';
    e.event.message.content = JSON.stringify({ title: '', content: [[{ tag: 'text', text, style: [] }]] });
  } else {
    e.event.message.content = JSON.stringify({ text });
  }
  return e;
}

/** Starts the real bot in Lark webhook mode against a fresh fake Open API. */
export async function startLarkBot(options: { env?: Record<string, string>; now?: string } = {}): Promise<LarkBot> {
  const fake = await FakeLark.start();
  const bot = await startTestBot({
    now: options.now,
    env: {
      LARK_APP_ID: FAKE_APP_ID,
      LARK_APP_SECRET: FAKE_APP_SECRET,
      LARK_DOMAIN: fake.url,
      LARK_MODE: 'webhook',
      LARK_WEBHOOK_PATH: WEBHOOK_PATH,
      LARK_ENCRYPT_KEY: ENCRYPT_KEY,
      LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
      ...options.env,
    },
  }).catch(async (err: unknown) => {
    await fake.close();
    throw err;
  });
  const adapter = bot.shifan.adapters.get('lark') as LarkAdapter;
  const eventsUrl = `${bot.url}${WEBHOOK_PATH}`;
  const post: LarkBot['post'] = (payload, opts = {}, path = WEBHOOK_PATH) => postLark(`${bot.url}${path}`, payload, { encryptKey: ENCRYPT_KEY, ...opts });
  const exchange = async (payload: unknown, path = WEBHOOK_PATH) => {
    const before = fake.messages.length;
    const res = await post(payload, {}, path);
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
    await adapter.idle();
    return fake.messages.slice(before);
  };
  return {
    bot,
    fake,
    adapter,
    eventsUrl,
    post,
    say: (openId, text, opts) => exchange(messageEvent(openId, text, opts)),
    tap(openId, value, opts = {}) {
      const e = larkFixture('card.action.trigger.button');
      e.header.event_id = opts.eventId ?? newId();
      e.event.operator = { open_id: openId, union_id: `on_${openId.slice(3)}`, user_id: openId.slice(3, 11), tenant_key: '736588c9260f175e' };
      e.event.action.value = { shifan: 'button', value, chat: opts.chat ?? 'direct' };
      if (opts.chatId) e.event.context.open_chat_id = opts.chatId;
      return exchange(e, `${WEBHOOK_PATH}/card`);
    },
    submit(openId, formId, values, opts = {}) {
      const e = larkFixture('card.action.trigger.form');
      e.header.event_id = opts.eventId ?? newId();
      e.event.operator = { open_id: openId, union_id: `on_${openId.slice(3)}`, user_id: openId.slice(3, 11), tenant_key: '736588c9260f175e' };
      e.event.action.value = { shifan: 'form', form: formId, chat: 'direct' };
      e.event.action.form_value = values;
      return exchange(e, `${WEBHOOK_PATH}/card`);
    },
    async close() {
      await bot.close();
      await fake.close();
    },
  };
}

/** What a person reads in the messages the bot sent. */
export function read(messages: readonly FakeLarkMessage[]): string {
  return messages.map((m) => FakeLark.readable(m)).join('\n\n');
}
