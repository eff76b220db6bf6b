import { ChannelError } from '../../src/core/errors.ts';

const PLATFORM = 'wechat';
/** While logged out, ask the outbox to try again after this long; the admin has to scan the QR code. */
export const LOGGED_OUT_RETRY_MS = 60_000;

/** The error `send` throws while the bot's WeChat account is logged out; the outbox keeps the message. */
export function loggedOutError(): ChannelError {
  return new ChannelError(PLATFORM, 'authentication', 'WeChat is logged out; the message waits until the admin scans the login QR code', {
    retryAfterMs: LOGGED_OUT_RETRY_MS,
  });
}

const NETWORK = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|socket hang up|network|timeout|timed out|UNAVAILABLE|DEADLINE_EXCEEDED/i;
const LOGGED_OUT = /not logged in|must login|no this\.__currentUserId|NOT_LOGIN|UNAUTHENTICATED/i;

/** Maps what a puppet threw onto the channel error family. */
export function toChannelError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string | number } | null)?.code;
  if (LOGGED_OUT.test(message)) return new ChannelError(PLATFORM, 'authentication', message, { code, cause: err, retryAfterMs: LOGGED_OUT_RETRY_MS });
  // gRPC status 14 (UNAVAILABLE) and 4 (DEADLINE_EXCEEDED) come from puppet services.
  if (NETWORK.test(message) || code === 14 || code === 4) return new ChannelError(PLATFORM, 'network', message, { code, cause: err });
  return new ChannelError(PLATFORM, 'server', message, { code, cause: err });
}
