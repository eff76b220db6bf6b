import { dirname, join } from 'node:path';
import type express from 'express';
import { localChannelMode } from './config.ts';
import type { ChannelAdapter } from './core/channel.ts';
import type { Services } from './services.ts';
import { createLocalAdapter } from '../bots/local/local-adapter.ts';
import type { WechatAdapterConfig } from '../bots/wechat/wechat-adapter.ts';
import { demoIdentities } from './features/admin/index.ts';
import { enqueue } from '../storage/repositories/outbox.repository.ts';
import { createWebSessions } from './web-sessions.ts';
import { LeaderOnlyAdapter } from './leader-adapter.ts';
import { isPostgres } from '../storage/database.ts';
import { createRateCounter } from './rate-counter.ts';

/** A started chat platform: its adapter and, if it serves HTTP, its routes. */
export interface ChannelInstance {
  readonly adapter: ChannelAdapter;
  readonly routes?: express.Router;
}

/** One line per chat platform: when it is on, and how to build it. */
/** Adapter settings a test or benchmark injects (e.g. a wechaty-puppet-mock instance), by channel. */
export interface ChannelOverrides {
  readonly wechat?: Partial<WechatAdapterConfig>;
}

export interface ChannelRegistration {
  readonly name: string;
  enabled(services: Services): boolean;
  create(services: Services, overrides?: ChannelOverrides): Promise<ChannelInstance>;
}

export const channelRegistry: readonly ChannelRegistration[] = [
  // Lark comes first: its webhook needs the raw body, before any JSON body parser on the app.
  {
    name: 'lark',
    enabled: ({ config }) => Boolean(config.LARK_APP_ID && config.LARK_APP_SECRET),
    async create({ config, clock, logger, db }) {
      // Loaded only when enabled: each platform SDK costs start-up time and tens of MB of memory.
      const { createLarkAdapter } = await import('../bots/lark/lark-adapter.ts');
      const adapter = createLarkAdapter({
        appId: config.LARK_APP_ID!,
        appSecret: config.LARK_APP_SECRET!,
        domain: config.LARK_DOMAIN,
        mode: config.LARK_MODE,
        webhookPath: config.LARK_WEBHOOK_PATH,
        encryptKey: config.LARK_ENCRYPT_KEY,
        verificationToken: config.LARK_VERIFICATION_TOKEN,
        botName: config.WECHAT_BOT_NAME,
        logger: logger.child({ channel: 'lark' }),
        now: () => clock.now(),
        // Lark's per-app limit, counted in the database so several bot processes sending as one app keep to it together.
        sending: {
          perAppPerSecond: config.LARK_APP_RATE_PER_SECOND,
          sharedAppLimit: { counter: createRateCounter(db), key: `lark:${config.LARK_APP_ID}` },
        },
        // A reply Lark would not take even after retries waits in the outbox instead of being lost.
        onUndelivered: async (target, reply, dedupKey, error) => {
          logger.warn({ err: error, dedupKey }, 'Lark reply not delivered; queued in the outbox');
          await enqueue(
            db,
            {
              dedupKey,
              platform: target.platform,
              chatId: target.chatId,
              chatKind: target.chatKind,
              reply,
              reason: `回复未能即时送达（${error.kind}），稍后重发`,
              dueAt: clock.now(),
            },
            clock.now(),
          );
        },
      });
      return { adapter, routes: config.LARK_MODE === 'webhook' ? adapter.router() : undefined };
    },
  },
  {
    name: 'local',
    enabled: ({ config }) => localChannelMode(config) !== 'off',
    async create({ config, programme, clock, db }) {
      const mode = localChannelMode(config);
      const adapter = createLocalAdapter({
        token: mode === 'token' ? config.LOCAL_CHANNEL_TOKEN : undefined,
        // Production: a person signed in by a login link, never the `from` a request names.
        sessions:
          mode === 'session' ? createWebSessions({ db, clock, secret: config.LOCAL_CHANNEL_TOKEN!, sessionDays: config.LOCAL_SESSION_DAYS }) : undefined,
        botName: config.WECHAT_BOT_NAME,
        now: () => clock.now(),
        directory: async () => {
          const demo = demoIdentities(programme.data);
          const people = config.DEMO_ROSTER && config.NODE_ENV !== 'production' ? demo.people : demo.people.filter((p) => p.role === 'anonymous');
          // The page shows 演示时间 from this moment on, so nobody mistakes the demo for today.
          return { people, groups: demo.groups, ...(clock.demo ? { demoNow: clock.now().toISOString() } : {}) };
        },
      });
      return { adapter, routes: adapter.router() };
    },
  },
  {
    name: 'wechat',
    enabled: ({ config }) => config.WECHATY_ENABLED,
    async create({ config, clock, logger, db }, overrides) {
      const { createWechatAdapter, wechatSdkLogLevel } = await import('../bots/wechat/wechat-adapter.ts');
      const adapter = createWechatAdapter({
        puppet: config.WECHATY_PUPPET,
        puppetToken: config.WECHATY_PUPPET_SERVICE_TOKEN,
        // The login session file sits next to the database (storage/data/, git-ignored).
        name: join(dirname(config.DB_PATH), config.WECHATY_NAME),
        botName: config.WECHAT_BOT_NAME,
        // Its own token only: a web chat token must not open the bot's WeChat login.
        qrToken: config.WECHAT_QR_TOKEN,
        logger: logger.child({ channel: 'wechat' }),
        now: () => clock.now(),
        sdkLogLevel: wechatSdkLogLevel(config.LOG_LEVEL),
        acceptFriends: config.WECHATY_ACCEPT_FRIENDS,
        ...overrides?.wechat,
      });
      // One WeChat login per account: with several bot processes on PostgreSQL, the one holding the lock runs it.
      const leader = isPostgres(db)
        ? new LeaderOnlyAdapter(adapter, { db, lock: `wechat:${config.WECHATY_NAME}`, logger: logger.child({ channel: 'wechat' }) })
        : adapter;
      return { adapter: leader, routes: adapter.router() };
    },
  },
];
