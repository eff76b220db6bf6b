import { createHash } from 'node:crypto';
import type { Client } from '@larksuiteoapi/node-sdk';
import type { SendResult } from '../../src/core/channel.ts';
import type { ChannelError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { ChatKind } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/reply.ts';
import { renderReply, textContent, type LarkContent } from './lark-card.ts';
import { fromThrown, STALE_TOKEN, toChannelError } from './lark-errors.ts';
import type { RateCounter } from '../../src/core/rate-counter.ts';
import { RateLimiter } from './rate-limiter.ts';
import { SharedRateLimiter, type Limiter } from './shared-rate-limiter.ts';

export type ReceiveIdType = 'open_id' | 'union_id' | 'user_id' | 'chat_id';

/** Where a message goes: a chat or person, or a reply to a message (falling back to its chat). */
export type Destination =
  | { readonly kind: 'chat'; readonly receiveIdType: ReceiveIdType; readonly receiveId: string }
  | { readonly kind: 'reply'; readonly messageId: string; readonly fallback: Extract<Destination, { kind: 'chat' }> };

export interface LarkSenderOptions {
  readonly logger: Logger;
  /** Lark allows 5 messages per second to one chat … */
  readonly perChatPerSecond?: number;
  /** … and 50 per second per app. */
  readonly perAppPerSecond?: number;
  /**
   * The per-app limit counted in the database under `key` (e.g. lark:<app id>), so every process
   * sending as the app keeps to it together; without it (or while the counter fails) each
   * process counts only its own sends. The per-chat limit stays in-process.
   */
  readonly sharedAppLimit?: { readonly counter: RateCounter; readonly key: string };
  readonly maxAttempts?: number;
  /** Longer waits are left to the outbox: the error is thrown with retryAfterMs. */
  readonly maxInlineWaitMs?: number;
  /** Called when Lark says the tenant token is stale, before one retry. */
  readonly dropToken?: () => Promise<void>;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Wall-clock milliseconds for the limiters (tests give a fake clock with `sleep`). */
  readonly now?: () => number;
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The chat destination for a chat id: Lark ids carry their type in the prefix (oc_, ou_, on_). */
export function chatDestination(chatId: string, chatKind: ChatKind): Extract<Destination, { kind: 'chat' }> {
  const type: ReceiveIdType = chatId.startsWith('oc_')
    ? 'chat_id'
    : chatId.startsWith('ou_')
      ? 'open_id'
      : chatId.startsWith('on_')
        ? 'union_id'
        : chatKind === 'group'
          ? 'chat_id'
          : 'user_id';
  return { kind: 'chat', receiveIdType: type, receiveId: chatId };
}

/** Lark's idempotency key (≤ 50 chars): the same key within an hour is sent once. */
export function idempotencyKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 40);
}

/** Sends replies through the SDK within Lark's rate limits, retrying what may succeed later. */
export class LarkSender {
  readonly #perChat: RateLimiter;
  readonly #perApp: Limiter;
  readonly #appKey: string;
  readonly #maxAttempts: number;
  readonly #maxInlineWaitMs: number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly client: Client,
    private readonly options: LarkSenderOptions,
  ) {
    this.#sleep = options.sleep ?? sleepReal;
    const now = options.now ?? Date.now;
    const perApp = options.perAppPerSecond ?? 50;
    this.#perChat = new RateLimiter(options.perChatPerSecond ?? 5, 1000, this.#sleep, now);
    const local = new RateLimiter(perApp, 1000, this.#sleep, now);
    const shared = options.sharedAppLimit;
    this.#perApp = shared ? new SharedRateLimiter({ counter: shared.counter, limit: perApp, local, logger: options.logger, sleep: this.#sleep, now }) : local;
    this.#appKey = shared?.key ?? 'app';
    this.#maxAttempts = options.maxAttempts ?? 4;
    this.#maxInlineWaitMs = options.maxInlineWaitMs ?? 10_000;
  }

  /** Renders and sends one reply; a card Lark rejects as invalid is sent again as text. Throws ChannelError. */
  async send(dest: Destination, reply: Reply, chatKind: ChatKind, key?: string): Promise<SendResult> {
    const content = renderReply(reply, chatKind);
    try {
      return await this.#deliver(dest, content, key);
    } catch (err) {
      const error = err as ChannelError;
      if (content.msgType !== 'interactive' || error.kind !== 'validation') throw err;
      this.options.logger.warn({ err: error, code: error.options.code }, 'Lark rejected a card; sending it as text');
      return this.#deliver(dest, textContent(reply), key && `${key}:text`);
    }
  }

  async #deliver(dest: Destination, content: LarkContent, key: string | undefined): Promise<SendResult> {
    try {
      return await this.#call(dest, content, key);
    } catch (err) {
      // The message we answer may have been recalled: say it in the chat instead.
      if (dest.kind === 'reply' && (err as ChannelError).kind === 'not_found') return this.#call(dest.fallback, content, key && `${key}:chat`);
      throw err;
    }
  }

  async #call(dest: Destination, content: LarkContent, key: string | undefined): Promise<SendResult> {
    const chatKey = dest.kind === 'reply' ? dest.fallback.receiveId : dest.receiveId;
    const uuid = key ? idempotencyKey(key) : undefined;
    let tokenDropped = false;
    for (let attempt = 1; ; attempt++) {
      await this.#perChat.acquire(chatKey);
      await this.#perApp.acquire(this.#appKey);
      let error: ChannelError;
      try {
        const data = { msg_type: content.msgType, content: content.content, ...(uuid ? { uuid } : {}) };
        const res =
          dest.kind === 'chat'
            ? await this.client.im.message.create({ params: { receive_id_type: dest.receiveIdType }, data: { receive_id: dest.receiveId, ...data } })
            : await this.client.im.message.reply({ path: { message_id: dest.messageId }, data });
        if (!res?.code) return { platformMessageId: res?.data?.message_id };
        error = toChannelError({ status: 200, code: res.code, msg: res.msg });
      } catch (err) {
        error = fromThrown(err);
      }
      if (!tokenDropped && this.options.dropToken && STALE_TOKEN.has(Number(error.options.code))) {
        tokenDropped = true;
        await this.options.dropToken();
        continue;
      }
      if (attempt >= this.#maxAttempts || !error.retryable) throw error;
      const wait = error.kind === 'rate_limited' ? (error.options.retryAfterMs ?? 1000) : Math.min(250 * 2 ** (attempt - 1), 4000);
      if (wait > this.#maxInlineWaitMs) throw error;
      this.options.logger.warn({ kind: error.kind, code: error.options.code, wait, attempt }, 'Lark send failed; retrying');
      await this.#sleep(wait);
    }
  }
}
