import { z } from 'zod';
import { ConfigError } from './core/errors.ts';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes', 'on'].includes(v)));
const optionalString = z.string().trim().min(1).optional().catch(undefined);
const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const cron = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => /^(\S+\s+){4,5}\S+$/.test(v), '应为 cron 表达式，例如 "30 8 * * 1"');

/** Every environment variable Shifan reads; .env.example documents each one. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: optionalString,
  /** More host names the bot answers to, besides PUBLIC_BASE_URL's, HOST's and loopback (comma-separated). */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean)),
  /** express 'trust proxy': false, true, a hop count, or addresses ('loopback', '10.0.0.0/8'); set it behind an HTTPS reverse proxy. */
  TRUST_PROXY: z.string().trim().default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_PATH: z.string().min(1).default('storage/data/shifan.sqlite'),
  /** postgres://user:password@host:port/database: the bot keeps its data on PostgreSQL instead of DB_PATH (several bot processes may share it). */
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, '应为 postgres:// 开头的连接串，例如 postgres://shifan@127.0.0.1:5432/shifan')
    .optional(),
  DB_POOL_MAX: int(10, 1),
  DB_STATEMENT_TIMEOUT_MS: int(15_000, 100),
  DB_CONNECT_TIMEOUT_MS: int(5_000, 100),
  DB_POOL_WAIT_MS: int(30_000, 100),
  /** How long a bot process's claim on a message holds while it has not answered; a redelivery after that is handled by another. */
  INBOUND_LEASE_MS: int(30_000, 1_000),
  /** How often each bot process looks for messages a dead process journaled (Lark, WeChat) and never answered, to answer them. */
  INBOUND_SWEEP_MS: int(3_000, 100),
  PROGRAMME: z.string().regex(/^[a-z0-9-]+$/, '应为 storage/programmes 下的文件夹名').default('gansu-2018'),
  DEMO_ROSTER: bool(true),
  DEMO_CLOCK: bool(true),
  DEMO_START: z
    .string()
    .trim()
    .default('2018-09-20T09:30:00+08:00')
    .refine((v) => !Number.isNaN(Date.parse(v)), '应为带时区的日期时间，例如 2018-09-20T09:30:00+08:00'),
  INVITE_TTL_HOURS: int(72, 1),

  LOCAL_CHANNEL: z.enum(['auto', 'on', 'off']).default('auto'),
  LOCAL_CHANNEL_TOKEN: optionalString,
  LOCAL_SESSION_DAYS: int(30, 1),
  LOGIN_LINK_TTL_HOURS: int(24, 1),

  LARK_APP_ID: optionalString,
  LARK_APP_SECRET: optionalString,
  LARK_DOMAIN: z.string().default('feishu'),
  LARK_MODE: z.enum(['ws', 'webhook']).default('ws'),
  LARK_WEBHOOK_PATH: z.string().startsWith('/').default('/lark/events'),
  LARK_ENCRYPT_KEY: optionalString,
  LARK_VERIFICATION_TOKEN: optionalString,
  // Counted in the database, so every bot process sending as the app shares it.
  LARK_APP_RATE_PER_SECOND: int(50, 1),

  WECHATY_ENABLED: bool(false),
  WECHATY_PUPPET: z.string().default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  WECHATY_NAME: z.string().default('shifan'),
  WECHATY_ACCEPT_FRIENDS: bool(true),
  WECHAT_BOT_NAME: z.string().default('示范助手'),
  WECHAT_QR_TOKEN: optionalString,

  NOTICE_WATCH: bool(false),

  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_MODEL: z.string().default('qwen-plus'),
  LLM_TIMEOUT_MS: int(8000, 100),

  FORM_IDLE_REMIND_MINUTES: int(120, 1),
  FORM_EXPIRE_HOURS: int(72, 1),

  SCHEDULER_ENABLED: bool(true),
  CRON_WEEK_OPEN: cron('0 9 * * 1'),
  CRON_WEEK_REMIND: cron('0 15 * * 4'),
  CRON_WEEK_LAST_CALL: cron('0 15 * * 5'),
  CRON_WEEK_DEADLINE: cron('0 18 * * 5'),
  CRON_WEEK_ESCALATE: cron('30 9 * * 1'),
  CRON_WEEK_PROVINCE_ESCALATE: cron('30 9 * * 2'),
  CRON_MILESTONES: cron('0 9 * * *'),
  CRON_DIGEST: cron('30 8 * * 1'),
  REMINDER_DAYS_BEFORE: z
    .string()
    .default('14,7,3,1,0')
    .transform((v) => v.split(',').map((s) => Number(s.trim())))
    .refine((list) => list.every((n) => Number.isInteger(n) && n >= 0), '应为以逗号分隔的天数，例如 14,7,3,1,0'),
  OVERDUE_REMIND_EVERY_DAYS: int(1, 1),
  QUIET_HOURS: z
    .string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, '应为 HH:MM-HH:MM，例如 21:00-08:00')
    .default('21:00-08:00'),
  OUTBOX_GRACE_HOURS: int(24, 0),
  OUTBOX_MAX_ATTEMPTS: int(8, 1),
  RETENTION_DAYS: int(90, 30),

  DASHBOARD_TOKEN: optionalString,
  DASHBOARD_SESSION_HOURS: int(12, 1),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Reads and validates the configuration once; a bad value fails naming its variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(known[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze(parsed.data);
}

/** Whether a real chat platform is configured, which turns the open local channel off. */
export function platformsEnabled(config: Config): string[] {
  const list: string[] = [];
  if (config.LARK_APP_ID && config.LARK_APP_SECRET) list.push('lark');
  if (config.WECHATY_ENABLED) list.push('wechat');
  return list;
}

/**
 * Whether the local web chat and its API run, and who a request speaks for:
 * open (development: the `from` the page names), token (outside development
 * with a platform on: the shared token, then `from`), session (production: a
 * person signed in through a one-time login link; `from` is ignored), or off.
 */
export function localChannelMode(config: Config): 'open' | 'token' | 'session' | 'off' {
  if (config.LOCAL_CHANNEL === 'off') return 'off';
  if (config.NODE_ENV === 'production') return config.LOCAL_CHANNEL_TOKEN || config.LOCAL_CHANNEL === 'on' ? 'session' : 'off';
  if (config.LOCAL_CHANNEL_TOKEN) return 'token';
  if (platformsEnabled(config).length > 0 && config.LOCAL_CHANNEL !== 'on') return 'off';
  return 'open';
}

/** The programme moment the demo clock starts at, when it runs (development with the demo roster); else undefined. */
export function demoClockStart(config: Config): Date | undefined {
  if (config.NODE_ENV !== 'development' || !config.DEMO_ROSTER || !config.DEMO_CLOCK) return undefined;
  return new Date(config.DEMO_START);
}
