import { localChannelMode, type Config } from './config.ts';
import { ConfigError } from './core/errors.ts';

/** Whether HOST only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/**
 * Refuses a configuration that would expose something unguarded: the open local
 * chat or the demo roster on a non-loopback HOST, or a production surface that
 * is on without its token. Each message names the variable to set.
 */
export function assertSafeToStart(config: Config): void {
  const problems: string[] = [];
  const mode = localChannelMode(config);
  const exposed = !isLoopbackHost(config.HOST);
  if (exposed && mode === 'open') {
    problems.push(
      `HOST=${config.HOST} would let other machines use the open local web chat, where anyone may act as anyone. ` +
        'Set HOST=127.0.0.1, or LOCAL_CHANNEL=off, or NODE_ENV=production with LOCAL_CHANNEL_TOKEN (people then sign in with login links).',
    );
  }
  if (exposed && mode !== 'off' && config.NODE_ENV !== 'production' && config.DEMO_ROSTER) {
    problems.push(`HOST=${config.HOST} would let other machines act as the demo roster (including its admin). Set DEMO_ROSTER=false, or HOST=127.0.0.1.`);
  }
  if (mode === 'session' && !config.LOCAL_CHANNEL_TOKEN) {
    problems.push(
      'LOCAL_CHANNEL=on in production needs LOCAL_CHANNEL_TOKEN (the key that signs web chat sessions). Set LOCAL_CHANNEL_TOKEN, or LOCAL_CHANNEL=off.',
    );
  }
  if (config.NODE_ENV === 'production' && config.LARK_APP_ID && config.LARK_APP_SECRET && config.LARK_MODE === 'webhook') {
    if (!config.LARK_ENCRYPT_KEY) problems.push('LARK_MODE=webhook in production needs LARK_ENCRYPT_KEY (Feishu console → 事件与回调 → 加密策略).');
    if (!config.LARK_VERIFICATION_TOKEN)
      problems.push('LARK_MODE=webhook in production needs LARK_VERIFICATION_TOKEN (Feishu console → 事件与回调 → 加密策略).');
  }
  if (problems.length) throw new ConfigError(`Refusing to start:\n  ${problems.join('\n  ')}`);
}
