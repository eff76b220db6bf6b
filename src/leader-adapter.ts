import type { ChannelAdapter, InboundJournal, JournaledMessage, MessageHandler, SendResult } from './core/channel.ts';
import { ChannelError } from './core/errors.ts';
import type { Logger } from './core/logger.ts';
import type { SendTarget } from './core/message.ts';
import type { Reply } from './core/reply.ts';
import type { Db } from '../storage/database.ts';
import { tryAdvisoryLock, type HeldLock } from '../storage/advisory-lock.ts';

export interface LeaderOptions {
  readonly db: Db;
  /** The lock's name, one per account (e.g. the WeChat account). */
  readonly lock: string;
  readonly logger: Logger;
  /** How often a follower tries to take over, and the leader checks it still holds the lock. */
  readonly pollMs?: number;
}

/**
 * A platform one account may be logged in to only once (the WeChat puppet): of several bot
 * processes, the one holding the advisory lock runs the adapter; the others wait and take over
 * when it dies. A follower neither receives nor sends on the platform: `ready()` is false, so its
 * outbox dispatcher leaves the platform's messages to the leader.
 */
export class LeaderOnlyAdapter implements ChannelAdapter {
  readonly name: string;
  #held?: HeldLock;
  #leading = false;
  #timer?: NodeJS.Timeout;
  #handler?: MessageHandler;
  #journal?: InboundJournal;
  #step: Promise<void> = Promise.resolve();

  constructor(
    readonly inner: ChannelAdapter,
    private readonly options: LeaderOptions,
  ) {
    this.name = inner.name;
  }

  ready(): boolean {
    return this.#leading;
  }

  async start(handler: MessageHandler, journal?: InboundJournal): Promise<void> {
    this.#handler = handler;
    this.#journal = journal;
    await this.check();
    this.#timer = setInterval(() => void this.check(), this.options.pollMs ?? 15_000);
    this.#timer.unref();
  }

  /** Takes the lead if it is free; gives it up if the lock was lost. Serialised. */
  check(): Promise<void> {
    this.#step = this.#step.then(() => this.#check()).catch((err: unknown) => this.options.logger.warn({ err }, 'leader check failed'));
    return this.#step;
  }

  async #check(): Promise<void> {
    if (this.#held && !(await this.#held.alive())) {
      this.options.logger.warn({ lock: this.options.lock }, 'lost the lead (database connection gone); stopping the channel');
      await this.#resign();
    }
    if (this.#held || !this.#handler) return;
    this.#held = await tryAdvisoryLock(this.options.db, this.options.lock);
    if (!this.#held) return;
    this.options.logger.info({ lock: this.options.lock }, 'took the lead: starting the channel in this process');
    await this.inner.start(this.#handler, this.#journal);
    this.#leading = true;
  }

  async #resign(): Promise<void> {
    const wasLeading = this.#leading;
    this.#leading = false;
    if (wasLeading) await this.inner.stop();
    await this.#held?.release();
    this.#held = undefined;
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#handler = undefined;
    this.#step = this.#step.then(() => this.#resign());
    await this.#step;
  }

  /** Only the leader replays (a follower is not `ready()`, so its sweeper leaves the platform alone). */
  async replay(entry: JournaledMessage): Promise<void> {
    if (!this.#leading || !this.inner.replay) throw new ChannelError(this.name, 'network', 'another bot process holds this account');
    await this.inner.replay(entry);
  }

  async send(target: SendTarget, reply: Reply): Promise<SendResult> {
    if (!this.#leading) throw new ChannelError(this.name, 'network', 'another bot process holds this account', { retryAfterMs: 30_000 });
    return this.inner.send(target, reply);
  }
}
