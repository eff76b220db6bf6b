import type { ChannelAdapter, JournaledMessage } from './core/channel.ts';
import { fail, ok, type Result } from './core/errors.ts';
import type { Logger } from './core/logger.ts';
import type { IncomingMessage } from './core/message.ts';
import type { InboundClaims } from './inbound-claims.ts';
import type { Db } from '../storage/database.ts';
import { adoptOrphan, findOrphans } from '../storage/repositories/inbound-journal.repository.ts';
import { finishInbound } from '../storage/repositories/inbound.repository.ts';

export interface InboundSweeperOptions {
  readonly db: Db;
  readonly claims: InboundClaims;
  /** The started chat platforms, by name: a platform's journaled messages are taken over only where its adapter can replay them and may send. */
  readonly adapters: ReadonlyMap<string, ChannelAdapter>;
  /** How often to look (INBOUND_SWEEP_MS). */
  readonly intervalMs: number;
  readonly logger: Logger;
}

export interface InboundSweeper {
  /** Looks once; the number of messages taken over and handed to their adapter. */
  sweep(): Promise<number>;
  start(): void;
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>;
}

/**
 * Answers what a dead bot process acknowledged but never answered: messages its adapter
 * journaled (Lark, WeChat) and that are still not done while its heartbeat has stopped (or its
 * lease lapsed). Each is taken over atomically (one conditional UPDATE: of several sweepers,
 * one takes it) and handed to this process's adapter for that platform, which handles it the
 * normal way; a form's last applied message id keeps an answer from being applied twice.
 */
export function createInboundSweeper(options: InboundSweeperOptions): InboundSweeper {
  const { db, claims, adapters, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const replayable = () => [...adapters].filter(([, a]) => a.replay && a.ready?.() !== false).map(([name]) => name);

  const sweepOnce = async (): Promise<number> => {
    const orphans = await findOrphans(db, replayable(), claims.terms());
    if (!orphans.length) return 0;
    // A take-over is a claim: the others must see this process alive before it holds one.
    await claims.alive();
    let handed = 0;
    for (const orphan of orphans) {
      const adapter = adapters.get(orphan.platform);
      if (!adapter?.replay || !(await adoptOrphan(db, orphan, claims.terms()))) continue;
      const log = logger.child({ platform: orphan.platform, messageId: orphan.eventId, from: orphan.claimedBy });
      const entry = decodeJournaled(orphan.payload);
      if (!entry.ok) {
        log.error({ error: entry.error }, 'journaled message unreadable; given up');
        await finishInbound(db, orphan.platform, orphan.eventId, claims.instance, 'journaled');
        continue;
      }
      log.warn('message taken over from a bot process that stopped before answering it');
      try {
        await adapter.replay(entry.value);
        handed++;
      } catch (err) {
        // Still this process's claim: once its lease lapses, a sweeper (maybe this one) tries again.
        log.error({ err }, 'replaying a journaled message failed');
      }
    }
    return handed;
  };

  const sweep = () => {
    running ??= sweepOnce().finally(() => (running = undefined));
    return running;
  };

  return {
    sweep,
    start() {
      timer ??= setInterval(() => {
        sweep().catch((err: unknown) => logger.warn({ err }, 'inbound sweep failed'));
      }, options.intervalMs).unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

/** Reads a journal payload back: the message with its Date revived, and the adapter's reply context. */
export function decodeJournaled(payload: string): Result<JournaledMessage> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return fail('payload is not JSON');
  }
  const o = parsed as { message?: Record<string, unknown>; context?: unknown } | null;
  const m = o?.message;
  if (!m || typeof m !== 'object') return fail('no message');
  const sender = m.sender as { userId?: unknown } | undefined;
  if (typeof m.platform !== 'string' || typeof m.chatId !== 'string' || typeof m.messageId !== 'string' || typeof m.text !== 'string')
    return fail('message without platform, chat, id or text');
  if (m.chatKind !== 'direct' && m.chatKind !== 'group') return fail('message without chat kind');
  if (typeof sender?.userId !== 'string') return fail('message without sender');
  const receivedAt = new Date(typeof m.receivedAt === 'string' ? m.receivedAt : Number.NaN);
  if (Number.isNaN(receivedAt.getTime())) return fail('message without a time');
  const context = o.context;
  if (context !== undefined && (typeof context !== 'object' || context === null || Object.values(context).some((v) => typeof v !== 'string')))
    return fail('reply context is not a map of strings');
  const message = { ...m, receivedAt } as unknown as IncomingMessage;
  return ok({ message, ...(context ? { context: context as Record<string, string> } : {}) });
}
