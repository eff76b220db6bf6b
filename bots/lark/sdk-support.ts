import type { Logger } from '../../src/core/logger.ts';

/** The SDK logs arrays of arguments; route them to our logger. */
export function sdkLoggerFor(log: Logger): {
  error: (...m: unknown[]) => void;
  warn: (...m: unknown[]) => void;
  info: (...m: unknown[]) => void;
  debug: (...m: unknown[]) => void;
  trace: (...m: unknown[]) => void;
} {
  const sdk = log.child({ sdk: 'lark' });
  const fmt = (m: unknown[]) => ({ sdk: m.flat().map((x) => (x instanceof Error ? x.message : typeof x === 'string' ? x : JSON.stringify(x)?.slice(0, 500))) });
  return {
    error: (...m) => sdk.error(fmt(m), 'lark sdk'),
    warn: (...m) => sdk.warn(fmt(m), 'lark sdk'),
    info: (...m) => sdk.debug(fmt(m), 'lark sdk'),
    debug: (...m) => sdk.debug(fmt(m), 'lark sdk'),
    trace: () => {},
  };
}

// biome-ignore lint/complexity/noBannedTypes: the SDK's Cache interface declares its keys as `string | Symbol`.
type CacheKey = string | Symbol;

/** A per-adapter token cache (the SDK's default is process-wide), which we can clear when Lark says the token is stale. */
export class MemoryCache {
  readonly #values = new Map<string, { value: unknown; expiresAt?: number }>();
  #key(key: CacheKey, namespace?: string): string {
    return `${namespace ?? ''}/${key.toString()}`;
  }
  async get(key: CacheKey, options?: { namespace?: string }): Promise<unknown> {
    const entry = this.#values.get(this.#key(key, options?.namespace));
    return entry && (!entry.expiresAt || entry.expiresAt > Date.now()) ? entry.value : undefined;
  }
  async set(key: CacheKey, value: unknown, expiresAt?: number, options?: { namespace?: string }): Promise<boolean> {
    this.#values.set(this.#key(key, options?.namespace), { value, expiresAt });
    return true;
  }
  async clear(): Promise<void> {
    this.#values.clear();
  }
}
