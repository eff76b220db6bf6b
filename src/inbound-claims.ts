import { randomUUID } from 'node:crypto';
import type { InboundJournal } from './core/channel.ts';
import type { Logger } from './core/logger.ts';
import type { InboundLog } from './core/router.ts';
import type { Db } from '../storage/database.ts';
import { journalInbound, type JournalEntry } from '../storage/repositories/inbound-journal.repository.ts';
import { beatInstance, claimInbound, finishInbound, pruneInstances, type ClaimTerms } from '../storage/repositories/inbound.repository.ts';

/** How often a bot process writes its heartbeat. */
export const HEARTBEAT_MS = 1_000;
/** A process that has not beaten for this long is dead: its claims are taken over. */
export const STALE_MS = 5 * HEARTBEAT_MS;
/** How often a redelivery looks again at a claim another live process holds. */
const POLL_MS = 200;
/** At most this many messages share one journal INSERT. */
const MAX_BATCH = 200;

interface PendingEntry {
  readonly entry: JournalEntry;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export interface InboundClaimsOptions {
  /** How long a claim holds while its handling has not finished (INBOUND_LEASE_MS). */
  readonly leaseMs: number;
  readonly logger: Logger;
  /** This process's id; a new one per start by default. */
  readonly instance?: string;
  /** Wall-clock time (not the business clock, which the demo and benchmarks fix). */
  readonly now?: () => Date;
}

/** The inbound log of one bot process: the router's claims, the adapters' journal, and what its sweeper needs. */
export interface InboundClaims extends InboundLog, InboundJournal {
  readonly instance: string;
  /** The terms of a claim made now (the sweeper's look-up and take-over). */
  terms(): ClaimTerms;
  /** Makes sure this process's heartbeat is recent and beating (it must be before it claims). */
  alive(): Promise<void>;
  stop(): void;
}

/**
 * The router's inbound log over `inbound_events`, for any number of bot processes on one
 * database. A message is claimed before it is handled and marked done once answered. A
 * redelivery of a message another process is still handling waits for that process: when it
 * finishes, the redelivery is dropped (it answered); when its heartbeat stops (SIGKILL, a
 * crash) or its lease lapses, the redelivery takes the claim over and is answered here.
 * An adapter whose platform does not deliver again journals each message (`record`) before
 * acknowledging it, so the sweeper of another process can answer it if this one dies.
 */
export function createInboundClaims(db: Db, options: InboundClaimsOptions): InboundClaims {
  const instance = options.instance ?? randomUUID();
  const now = options.now ?? (() => new Date());
  let lastBeat = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;

  const beat = async () => {
    const at = now();
    await beatInstance(db, instance, at);
    // The first beat forgets processes silent for a day (the rows of earlier starts).
    if (lastBeat === Number.NEGATIVE_INFINITY) await pruneInstances(db, new Date(at.getTime() - 86_400_000));
    lastBeat = at.getTime();
  };
  // Started by the first message, so a process that never handles one writes nothing. A failed
  // beat (the database gone, or closed at shutdown) stops the timer; the next message restarts it.
  const beating = async (maxAge = HEARTBEAT_MS) => {
    timer ??= setInterval(() => {
      beat().catch(() => {
        clearInterval(timer);
        timer = undefined;
      });
    }, HEARTBEAT_MS).unref();
    if (now().getTime() - lastBeat >= maxAge) await beat();
  };
  const terms = (): ClaimTerms => ({ instance, now: now(), leaseMs: options.leaseMs, staleMs: STALE_MS });

  // Messages journaled in one turn of the event loop share one INSERT: a flood of events costs
  // one write per turn instead of one per event. If it fails, each of them is refused.
  let pending: PendingEntry[] = [];
  const flush = async () => {
    const rows = pending;
    pending = [];
    if (!rows.length) return;
    try {
      await journalInbound(
        db,
        rows.map((r) => r.entry),
        terms(),
      );
      for (const r of rows) r.resolve();
    } catch (err) {
      for (const r of rows) r.reject(err);
    }
  };

  return {
    instance,
    terms,
    alive: () => beating(),
    async claim(platform, messageId, at) {
      const giveUp = now().getTime() + options.leaseMs + STALE_MS;
      for (;;) {
        await beating();
        const found = await claimInbound(db, platform, messageId, at, terms());
        if (found === 'taken-over') options.logger.warn({ platform, messageId }, 'message taken over from a bot process that stopped while handling it');
        if (found === 'claimed' || found === 'taken-over') return true;
        if (found === 'done' || now().getTime() >= giveUp) return false;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    done: (platform, messageId) => finishInbound(db, platform, messageId, instance),
    async record({ message, context }) {
      // Within the platform's acknowledgement budget: one INSERT, unless the heartbeat has not
      // been kept up (the first message, or after the database was away), since a journaled
      // message of a process that does not beat is taken over by another's sweeper.
      await beating(STALE_MS / 2);
      const payload = JSON.stringify({ message, ...(context ? { context } : {}) });
      const entry: JournalEntry = { platform: message.platform, eventId: message.messageId, receivedAt: message.receivedAt, payload };
      await new Promise<void>((resolve, reject) => {
        if (!pending.length) setImmediate(() => void flush());
        pending.push({ entry, resolve, reject });
        if (pending.length >= MAX_BATCH) void flush();
      });
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
