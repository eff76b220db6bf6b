/** What went wrong when talking to a chat platform, whatever the platform. */
export type ChannelErrorKind = 'rate_limited' | 'authentication' | 'permission' | 'not_found' | 'validation' | 'network' | 'server' | 'unknown';

/** The one error family for platform failures; carries platform, code and cause. */
export class ChannelError extends Error {
  override readonly name = 'ChannelError';
  constructor(
    readonly platform: string,
    readonly kind: ChannelErrorKind,
    message: string,
    readonly options: { readonly code?: string | number; readonly retryAfterMs?: number; readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }

  /** Whether sending again later may succeed; an adapter that knows when to retry (retryAfterMs) makes any kind retryable. */
  get retryable(): boolean {
    if (this.options.retryAfterMs !== undefined) return true;
    return this.kind === 'rate_limited' || this.kind === 'network' || this.kind === 'server' || this.kind === 'unknown';
  }
}

/** A handler failed while processing a message; caught once in the router. */
export class HandlerError extends Error {
  override readonly name = 'HandlerError';
  constructor(
    readonly handler: string,
    readonly messageId: string,
    cause: unknown,
  ) {
    super(`handler ${handler} failed on message ${messageId}`, { cause });
  }
}

/** Configuration is invalid; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A validator's outcome: a parsed value or a Chinese sentence saying what was expected. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
