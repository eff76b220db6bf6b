/** What the Q&A remembers about one conversation between two questions. */
export interface QaTurn {
  /** The previous answer's topic, for follow-ups such as 那培训呢？ */
  readonly topic: string;
  /** The qa_log row of the previous answer, for 有用/没用. */
  readonly logId: number;
  readonly at: number;
}

const MAX_CONVERSATIONS = 10_000;

/** Per-conversation memory of the last question, in process, forgotten after `ttlMs` (a follow-up an hour later is a new question). */
export class ConversationMemory {
  readonly #turns = new Map<string, QaTurn>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, now: Date): QaTurn | undefined {
    const turn = this.#turns.get(key);
    if (!turn) return undefined;
    if (now.getTime() - turn.at > this.ttlMs) {
      this.#turns.delete(key);
      return undefined;
    }
    return turn;
  }

  set(key: string, turn: Omit<QaTurn, 'at'>, now: Date): void {
    this.#turns.delete(key);
    this.#turns.set(key, { ...turn, at: now.getTime() });
    // Maps iterate in insertion order, so the first keys are the oldest.
    for (const old of this.#turns.keys()) {
      if (this.#turns.size <= MAX_CONVERSATIONS) break;
      this.#turns.delete(old);
    }
  }
}
