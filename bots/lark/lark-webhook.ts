import express, { type Request, type Response } from 'express';
import type { EventDispatcher } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/core/logger.ts';
import { decryptPayload, sameSecret, verifySignature } from './lark-security.ts';

export interface LarkWebhookOptions {
  /** Events path, e.g. /lark/events; card callbacks are accepted at `${path}/card` too. */
  readonly path: string;
  readonly encryptKey: string;
  readonly verificationToken: string;
  readonly dispatcher: EventDispatcher;
  readonly logger: Logger;
}

const MAX_BODY = '1mb';

/**
 * The webhook endpoint: checks the signature over the raw bytes and the verification token
 * (the SDK alone answers 200 to forgeries), answers url_verification, and hands the event to
 * the dispatcher, whose handlers only queue work so Lark gets its answer well within 3 s.
 */
export function createLarkWebhookRouter(options: LarkWebhookOptions): express.Router {
  const router = express.Router();
  const paths = [options.path, `${options.path.replace(/\/$/, '')}/card`];
  router.post(paths, express.raw({ type: () => true, limit: MAX_BODY }), async (req: Request, res: Response) => {
    try {
      await handle(req, res, options);
    } catch (err) {
      options.logger.error({ err }, 'Lark webhook failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}

async function handle(req: Request, res: Response, options: LarkWebhookOptions): Promise<void> {
  const raw = Buffer.isBuffer(req.body) ? req.body : undefined;
  const outer = raw ? parseObject(raw.toString('utf8')) : undefined;
  if (!raw || !outer) {
    res.status(400).json({ error: 'expected a JSON body' });
    return;
  }
  const payload = typeof outer.encrypt === 'string' ? decryptPayload(outer.encrypt, options.encryptKey) : outer;
  const refuse = (why: string) => {
    options.logger.warn({ why, ip: req.ip }, 'Lark webhook request refused');
    res.status(401).json({ error: 'unauthorized' });
  };
  if (!payload) return refuse('cannot decrypt');

  const header = (payload.header ?? {}) as Record<string, unknown>;
  const token = typeof header.token === 'string' ? header.token : typeof payload.token === 'string' ? payload.token : undefined;
  if (!sameSecret(token, options.verificationToken)) return refuse('wrong verification token');

  const sig = {
    timestamp: req.get('x-lark-request-timestamp'),
    nonce: req.get('x-lark-request-nonce'),
    signature: req.get('x-lark-signature'),
  };
  const signed = Boolean(sig.timestamp || sig.nonce || sig.signature);
  if (payload.type === 'url_verification') {
    // Lark may send the challenge unsigned; it proves itself by the token (and by the encryption).
    if (signed && !verifySignature(sig, options.encryptKey, raw)) return refuse('bad signature on challenge');
    res.json({ challenge: payload.challenge });
    return;
  }
  if (!verifySignature(sig, options.encryptKey, raw)) return refuse(signed ? 'bad signature' : 'missing signature');

  // Handlers only parse, de-duplicate and queue, so this returns at once.
  const result: unknown = await options.dispatcher.invoke(payload, { needCheck: false });
  res.json(result && typeof result === 'object' ? result : {});
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
