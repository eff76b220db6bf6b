import type { IncomingMessage } from 'node:http';
import express, { type Request, type Response } from 'express';
import type { EventDispatcher } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/core/logger.ts';
import { LarkRequestVerifier } from './lark-security.ts';

export interface LarkWebhookOptions {
  /** Events path, e.g. /lark/events; card callbacks are accepted at `${path}/card` too. */
  readonly path: string;
  readonly encryptKey: string;
  readonly verificationToken: string;
  readonly dispatcher: EventDispatcher;
  readonly logger: Logger;
  /** True when the backlog is full: the event is refused with 503 and Lark delivers it again later. */
  readonly busy?: () => boolean;
  /** Wall-clock milliseconds for the timestamp window (never the demo clock: freshness is real time). */
  readonly wallClock?: () => number;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * How old a signed timestamp may be. Lark redelivers an unanswered event after
 * 15 s, 5 min, 1 h and 6 h, and does not document whether the redelivery is
 * signed afresh; 24 h keeps the last redelivery either way and still refuses a
 * captured request replayed days later.
 */
export const MAX_SIGNED_AGE_MS = 24 * 3600_000;
/** How far ahead of this server's clock a timestamp may be (clock drift). */
export const MAX_SIGNED_AHEAD_MS = 5 * 60_000;

/** Whether a signed timestamp (Unix seconds) is inside the window. */
export function timestampFresh(timestamp: string | undefined, nowMs: number): boolean {
  if (!timestamp || !/^[1-9]\d{0,11}$/.test(timestamp)) return false;
  const at = Number(timestamp) * 1000;
  return at >= nowMs - MAX_SIGNED_AGE_MS && at <= nowMs + MAX_SIGNED_AHEAD_MS;
}

/**
 * The webhook endpoint: checks the signature over the raw bytes and the verification token
 * (the SDK alone answers 200 to forgeries), answers url_verification, and hands the event to
 * the dispatcher, whose handlers only queue work so Lark gets its answer well within 3 s.
 */
export function createLarkWebhookRouter(options: LarkWebhookOptions): express.Router {
  const verifier = new LarkRequestVerifier(options.encryptKey, options.verificationToken);
  const router = express.Router();
  const paths = [options.path, `${options.path.replace(/\/$/, '')}/card`];
  router.post(paths, async (req: Request, res: Response) => {
    try {
      await handle(req, res, verifier, options);
    } catch (err) {
      options.logger.error({ err }, 'Lark webhook failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    }
  });
  return router;
}

/** Answers with a small JSON body (no ETag or other work a webhook answer does not need). */
function send(res: Response, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function handle(req: Request, res: Response, verifier: LarkRequestVerifier, options: LarkWebhookOptions): Promise<void> {
  const raw = await readBody(req);
  if (raw === 'too-large') return send(res, 413, { error: 'body too large' });
  const outer = raw ? parseObject(raw.toString('utf8')) : undefined;
  if (!raw || !outer) return send(res, 400, { error: 'expected a JSON body' });
  const payload = typeof outer.encrypt === 'string' ? verifier.decrypt(outer.encrypt) : outer;
  const refuse = (why: string) => {
    options.logger.warn({ why, ip: req.ip }, 'Lark webhook request refused');
    send(res, 401, { error: 'unauthorized' });
  };
  if (!payload) return refuse('cannot decrypt');

  const header = (payload.header ?? {}) as Record<string, unknown>;
  if (!verifier.tokenMatches(header.token ?? payload.token)) return refuse('wrong verification token');

  const sig = {
    timestamp: req.get('x-lark-request-timestamp'),
    nonce: req.get('x-lark-request-nonce'),
    signature: req.get('x-lark-signature'),
  };
  const signed = Boolean(sig.timestamp || sig.nonce || sig.signature);
  if (payload.type === 'url_verification') {
    // Lark may send the challenge unsigned; it proves itself by the token (and by the encryption).
    if (signed && !verifier.signatureMatches(sig, raw)) return refuse('bad signature on challenge');
    return send(res, 200, { challenge: payload.challenge });
  }
  if (!verifier.signatureMatches(sig, raw)) return refuse(signed ? 'bad signature' : 'missing signature');
  if (!timestampFresh(sig.timestamp, (options.wallClock ?? Date.now)())) return refuse('timestamp outside the window');

  if (options.busy?.()) {
    res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' }).end('{"error":"busy"}');
    return;
  }
  // Handlers only parse, de-duplicate and queue, so this returns at once.
  const result: unknown = await options.dispatcher.invoke(payload, { needCheck: false });
  send(res, 200, result && typeof result === 'object' ? result : {});
}

/** The request body as bytes (a signature needs them), or undefined if a parser upstream already consumed it. */
async function readBody(req: IncomingMessage & { body?: unknown }): Promise<Buffer | 'too-large' | undefined> {
  if (Buffer.isBuffer(req.body)) return req.body;
  if (req.readableEnded || req.body !== undefined) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even when too large (keeping nothing more), so the answer can still be sent.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
