import { ChannelError } from '../../src/core/errors.ts';

// Lark Open API error codes we act on (https://open.feishu.cn/document/server-docs/getting-started/server-error-codes).
const RATE_LIMITED = new Set([99991400]);
const AUTHENTICATION = new Set([99991661, 99991663, 99991664, 99991665, 99991668, 99991671, 10003, 10014]);
const PERMISSION = new Set([99991672, 99991679, 230002, 230006, 230013, 230027, 230035]);
const NOT_FOUND = new Set([230011, 231003, 234003]);
const VALIDATION = new Set([230001, 230025, 230099, 11310, 200621, 9499]);
/** Codes that mean the tenant token went stale: drop it and ask again. */
export const STALE_TOKEN = new Set([99991663, 99991668]);

const DEFAULT_RETRY_MS = 1000;

/** The parts of a failed call we classify on. */
export interface LarkFailure {
  readonly status?: number;
  readonly code?: number;
  readonly msg?: string;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/** How long Lark asks us to wait: x-ogw-ratelimit-reset or Retry-After (seconds). */
export function retryAfterMs(headers: Readonly<Record<string, unknown>> | undefined): number | undefined {
  for (const name of ['x-ogw-ratelimit-reset', 'retry-after']) {
    const raw = headers?.[name];
    const n = Number(Array.isArray(raw) ? raw[0] : raw);
    if (raw !== undefined && raw !== null && Number.isFinite(n) && n >= 0) return Math.ceil(n * 1000);
  }
  return undefined;
}

/** Maps a Lark failure onto the one ChannelError family. */
export function toChannelError(f: LarkFailure): ChannelError {
  const code = f.code;
  const detail = `Lark API ${f.status ? `HTTP ${f.status} ` : ''}${code !== undefined ? `code ${code}` : ''}${f.msg ? `: ${f.msg}` : ''}`.trim();
  const opts = { code: code ?? f.status, cause: f.cause };
  if (f.status === 429 || (code !== undefined && RATE_LIMITED.has(code))) {
    return new ChannelError('lark', 'rate_limited', detail, { ...opts, retryAfterMs: retryAfterMs(f.headers) ?? DEFAULT_RETRY_MS });
  }
  if (code !== undefined && AUTHENTICATION.has(code)) return new ChannelError('lark', 'authentication', detail, opts);
  if (code !== undefined && PERMISSION.has(code)) return new ChannelError('lark', 'permission', detail, opts);
  if (code !== undefined && NOT_FOUND.has(code)) return new ChannelError('lark', 'not_found', detail, opts);
  if (code !== undefined && VALIDATION.has(code)) return new ChannelError('lark', 'validation', detail, opts);
  if (f.status === 401) return new ChannelError('lark', 'authentication', detail, opts);
  if (f.status === 403) return new ChannelError('lark', 'permission', detail, opts);
  if (f.status === 404) return new ChannelError('lark', 'not_found', detail, opts);
  if (f.status !== undefined && f.status >= 500) return new ChannelError('lark', 'server', detail, opts);
  if (f.status === undefined && code === undefined) return new ChannelError('lark', 'network', detail || 'Lark API unreachable', opts);
  if (f.status === 400) return new ChannelError('lark', 'validation', detail, opts);
  return new ChannelError('lark', 'unknown', detail, opts);
}

/** Classifies whatever the SDK threw (an axios error, a token error, anything). */
export function fromThrown(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const e = err as { response?: { status?: number; data?: unknown; headers?: Record<string, unknown> }; message?: string; code?: string };
  if (e?.response) {
    const data = (e.response.data ?? {}) as { code?: number; msg?: string };
    return toChannelError({
      status: e.response.status,
      code: typeof data.code === 'number' ? data.code : undefined,
      msg: data.msg,
      headers: e.response.headers,
      cause: err,
    });
  }
  // The SDK's tenant-token failure: "failed to get tenant_access_token, code: 10014, msg: ..."
  const token = /failed to get tenant_access_token, code: (\d+)/.exec(e?.message ?? '');
  if (token) {
    const code = Number(token[1]);
    return toChannelError({ code: code === 99991400 ? code : AUTHENTICATION.has(code) ? code : 10014, msg: e.message, cause: err });
  }
  const transport = (e as { isAxiosError?: boolean })?.isAxiosError || /^E[A-Z]+/.test(e?.code ?? '');
  if (transport) return toChannelError({ msg: e?.message ?? String(err), cause: err });
  return new ChannelError('lark', 'unknown', e?.message ?? String(err), { cause: err });
}
