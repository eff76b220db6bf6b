import type { QuickReply } from '../../src/core/reply.ts';

const DEFAULT_TTL_MS = 10 * 60_000;
const MAX_PENDING = 5000;

interface Pending {
  readonly choices: readonly QuickReply[];
  readonly at: number;
}

/**
 * Remembers the numbered choices last shown to a person in a chat, so that a bare "1" typed next
 * means the first button. A choice list lives for one message or ten minutes, whichever ends first:
 * a number typed later may be the answer to a form question, not a button.
 */
export class QuickReplyMemory {
  readonly #pending = new Map<string, Pending>();

  constructor(private readonly ttlMs = DEFAULT_TTL_MS) {}

  /** Records the choices just shown (or forgets earlier ones when there are none). */
  remember(chatId: string, userId: string, choices: readonly QuickReply[], at: Date): void {
    const key = keyOf(chatId, userId);
    this.#pending.delete(key);
    if (!choices.length) return;
    if (this.#pending.size >= MAX_PENDING) this.#prune(at);
    this.#pending.set(key, { choices, at: at.getTime() });
  }

  /** Consumes the pending choices of this person in this chat; returns the value a bare number picks. */
  take(chatId: string, userId: string, text: string, at: Date): string | undefined {
    const key = keyOf(chatId, userId);
    const pending = this.#pending.get(key);
    if (!pending) return undefined;
    this.#pending.delete(key);
    if (at.getTime() - pending.at > this.ttlMs) return undefined;
    const m = /^(\d{1,2})[.。、]?$/.exec(text.normalize('NFKC').trim());
    if (!m) return undefined;
    return pending.choices[Number(m[1]) - 1]?.value;
  }

  #prune(at: Date): void {
    for (const [key, p] of this.#pending) if (at.getTime() - p.at > this.ttlMs) this.#pending.delete(key);
    // Still full: drop the oldest (Map keeps insertion order).
    while (this.#pending.size >= MAX_PENDING) this.#pending.delete(this.#pending.keys().next().value!);
  }
}

function keyOf(chatId: string, userId: string): string {
  return `${chatId}\u0000${userId}`;
}
