import { randomUUID } from 'node:crypto';
import type { Logger } from './core/logger.ts';
import type { InboundLog } from './core/router.ts';
import type { Db } from '../storage/database.ts';
import { beatInstance, claimInbound, finishInbound, pruneInstances } from '../storage/repositories/inbound.repository.ts';

/** How often a bot process writes its heartbeat. */
export const HEARTBEAT_MS = 1_000;
/** A process that has not beaten for this long is dead: its claims are taken over. */
export const STALE_MS = 5 * HEARTBEAT_MS;
/** How often a redelivery looks again at a claim another live process holds. */
const POLL_MS = 200;

export interface InboundClaimsOptions {
  /** How long a claim holds while its handling has not finished (INBOUND_LEASE_MS). */
  readonly leaseMs: number;
  readonly logger: Logger;
  /** This process's id; a new one per start by default. */
  readonly instance?: string;
  /** Wall-clock time (not the business clock, which the demo and benchmarks fix). */
  readonly now?: () => Date;
}

/**
 * The router's inbound log over `inbound_events`, for any number of bot processes on one
 * database. A message is claimed before it is handled and marked done once answered. A
 * redelivery of a message another process is still handling waits for that process: when it
 * finishes, the redelivery is dropped (it answered); when its heartbeat stops (SIGKILL, a
 * crash) or its lease lapses, the redelivery takes the claim over and is answered here.
 */
export function createInboundClaims(db: Db, options: InboundClaimsOptions): InboundLog & { readonly instance: string; stop(): void } {
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
  const beating = async () => {
    timer ??= setInterval(() => {
      beat().catch(() => {
        clearInterval(timer);
        timer = undefined;
      });
    }, HEARTBEAT_MS).unref();
    if (now().getTime() - lastBeat >= HEARTBEAT_MS) await beat();
  };

  return {
    instance,
    async claim(platform, messageId, at) {
      const giveUp = now().getTime() + options.leaseMs + STALE_MS;
      for (;;) {
        await beating();
        const found = await claimInbound(db, platform, messageId, at, { instance, now: now(), leaseMs: options.leaseMs, staleMs: STALE_MS });
        if (found === 'taken-over') options.logger.warn({ platform, messageId }, 'message taken over from a bot process that stopped while handling it');
        if (found === 'claimed' || found === 'taken-over') return true;
        if (found === 'done' || now().getTime() >= giveUp) return false;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    done: (platform, messageId) => finishInbound(db, platform, messageId, instance),
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
