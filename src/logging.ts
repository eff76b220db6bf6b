import { pino } from 'pino';
import type { Config } from './config.ts';
import type { Logger } from './core/logger.ts';

/** The structured logger; secrets from the configuration are redacted wherever they appear as fields. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { app: 'shifan' },
    redact: {
      paths: [
        '*.LARK_APP_SECRET',
        '*.LARK_ENCRYPT_KEY',
        '*.LARK_VERIFICATION_TOKEN',
        '*.WECHATY_PUPPET_SERVICE_TOKEN',
        '*.LLM_API_KEY',
        '*.LOCAL_CHANNEL_TOKEN',
        '*.DASHBOARD_TOKEN',
        'headers.authorization',
        '*.token',
        'token',
        'secret',
      ],
      censor: '[redacted]',
    },
  });
}
