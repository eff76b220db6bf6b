import { Agent, request } from 'node:http';
import { ERROR_TEXT } from '../../src/core/router.ts';

/** One official's conversation as the load driver saw it. */
export interface ConversationTrace {
  readonly from: string;
  /** Messages the bot acknowledged with HTTP 200, in order (the opening command included). */
  readonly acknowledged: string[];
  /** The reply texts to those messages, in the same order. */
  readonly replies: string[];
  /** Why the request failed, if one did. */
  error?: string;
  /** The message whose request failed or was cut off (e.g. the bot was killed), if any. */
  unanswered?: string;
}

export interface LoadResult {
  readonly traces: ConversationTrace[];
  /** Latency of every acknowledged message, in ms. */
  readonly latencies: number[];
  readonly wallMs: number;
  readonly failures: number;
}

/** POSTs to the local channel's API over a keep-alive agent; resolves with the status and the replies' texts. */
export function postLocal(
  agent: Agent,
  url: string,
  from: string,
  text: string,
  timeoutMs = 30_000,
  messageId?: string,
): Promise<{ status: number; text: string }> {
  const body = JSON.stringify({ from, text, ...(messageId ? { messageId } : {}) });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/local/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return resolve({ status: res.statusCode ?? 0, text: raw });
          try {
            const parsed = JSON.parse(raw) as { replies: { text: string }[] };
            resolve({ status: 200, text: parsed.replies.map((r) => r.text).join('\n\n') });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Every official works through `script` at the same time, each sending the next message as soon
 * as the previous one is answered, like people at their phones but without thinking time.
 * A failed request ends that official's run (recorded as `unanswered`); the others go on.
 */
export async function runConversations(
  /** One bot, or several behind an imaginary load balancer: message k of official i goes to bot (i + k) mod n. */
  url: string | readonly string[],
  officials: readonly string[],
  script: readonly string[],
  options: {
    onAcknowledged?: (trace: ConversationTrace) => void;
    startDelayMs?: (index: number) => number;
    /** A pause before each message after the first, as a person reads the reply and types. */
    pauseMs?: number;
    /**
     * Several bots: a request that fails is delivered again, under the same message id, to the
     * next bot: at once when the connection was refused (no bot got it), else `redeliverAfterMs`
     * after it was sent, as a platform redelivers an event it got no answer to. The bots answer a
     * message id once.
     */
    failover?: boolean;
    /** The platform's redelivery delay (default 0: at once, as a proxy's `proxy_next_upstream`). */
    redeliverAfterMs?: number;
    /** The bot's apology (a handler failed, e.g. no database connection in time) ends the run like a failed request. */
    apologyFails?: boolean;
  } = {},
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const urls = typeof url === 'string' ? [url] : url;
  const latencies: number[] = [];
  let failures = 0;
  const t0 = performance.now();
  const traces = await Promise.all(
    officials.map(async (from, index) => {
      const trace: ConversationTrace = { from, acknowledged: [], replies: [] };
      const delay = options.startDelayMs?.(index) ?? 0;
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      for (const [i, text] of script.entries()) {
        if (i > 0 && options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
        const t = performance.now();
        try {
          const res = await send(agent, urls, index + i, from, text, options.failover ? `${from}:${i}` : undefined, options.redeliverAfterMs);
          if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.text.slice(0, 200)}`);
          // Silence to a message sent again elsewhere: the process that first took its id died with it.
          if (res.retried && !res.text) throw new Error('cut off: the message id was taken by a process that died');
          if (options.apologyFails && res.text === ERROR_TEXT) throw new Error('the apology: the message was not handled');
          latencies.push(performance.now() - t);
          trace.acknowledged.push(text);
          trace.replies.push(res.text);
          options.onAcknowledged?.(trace);
        } catch (err) {
          failures++;
          trace.unanswered = text;
          trace.error = (err as Error).message;
          break;
        }
      }
      return trace;
    }),
  );
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { traces, latencies, wallMs, failures };
}

async function send(agent: Agent, urls: readonly string[], turn: number, from: string, text: string, messageId?: string, redeliverAfterMs = 0) {
  for (let k = 0; ; k++) {
    const sent = performance.now();
    try {
      return { ...(await postLocal(agent, urls[(turn + k) % urls.length]!, from, text, 30_000, messageId)), retried: k > 0 };
    } catch (err) {
      if (!messageId || k + 1 >= urls.length) throw err;
      // Refused: it reached no bot, and a proxy tries the next at once. Otherwise a bot took it and died.
      const wait = (err as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? 0 : redeliverAfterMs - (performance.now() - sent);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/** The p-th percentile of ascending-sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
