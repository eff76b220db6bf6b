import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createInboundClaims, STALE_MS } from '../../src/inbound-claims.ts';
import type { Db } from '../../storage/database.ts';
import { beatInstance, claimInbound, finishInbound, type ClaimTerms } from '../../storage/repositories/inbound.repository.ts';
import { disposeStore, openTestDb } from '../support/stores.ts';

const T0 = new Date('2026-12-02T03:00:00.000Z');
const LEASE_MS = 30_000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const terms = (instance: string, ms: number): ClaimTerms => ({ instance, now: at(ms), leaseMs: LEASE_MS, staleMs: STALE_MS });
const received = new Date('2018-09-20T02:00:00.000Z');

describe('claiming inbound messages across bot processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-claims-'));
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(dir);
  });
  afterAll(async () => {
    await db.destroy();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  const claim = (id: string, instance: string, ms: number) => claimInbound(db, 'lark', id, received, terms(instance, ms));
  const status = async (id: string) =>
    db.selectFrom('inbound_events').select(['status', 'claimed_by']).where('platform', '=', 'lark').where('event_id', '=', id).executeTakeFirstOrThrow();

  it('claims a message once; another live process hears it is being handled, then that it is done', async () => {
    await beatInstance(db, 'a', at(0));
    await beatInstance(db, 'b', at(0));
    expect(await claim('m1', 'a', 0)).toBe('claimed');
    expect(await status('m1')).toEqual({ status: 'handling', claimed_by: 'a' });
    expect(await claim('m1', 'b', 1_000)).toBe('handling');
    expect(await claim('m1', 'a', 1_000)).toBe('handling');
    await finishInbound(db, 'lark', 'm1', 'b');
    expect((await status('m1')).status).toBe('handling');
    await finishInbound(db, 'lark', 'm1', 'a');
    expect(await claim('m1', 'b', 2_000)).toBe('done');
    // Done stays done, whatever the clock or the claimant's heartbeat.
    expect(await claim('m1', 'b', LEASE_MS * 10)).toBe('done');
  });

  it('takes over a claim whose lease lapsed although its claimant still beats', async () => {
    await beatInstance(db, 'a', at(0));
    await beatInstance(db, 'b', at(0));
    expect(await claim('m2', 'a', 0)).toBe('claimed');
    await beatInstance(db, 'a', at(LEASE_MS + 1));
    expect(await claim('m2', 'b', LEASE_MS - 1)).toBe('handling');
    expect(await claim('m2', 'b', LEASE_MS + 1)).toBe('taken-over');
    expect(await status('m2')).toEqual({ status: 'handling', claimed_by: 'b' });
    // The first claimant finishing late does not mark the new claimant's handling done.
    await finishInbound(db, 'lark', 'm2', 'a');
    expect((await status('m2')).status).toBe('handling');
  });

  it('takes over at once, within the lease, a claim whose claimant stopped beating (SIGKILL)', async () => {
    await beatInstance(db, 'dead', at(0));
    expect(await claim('m3', 'dead', 0)).toBe('claimed');
    await beatInstance(db, 'b', at(STALE_MS - 1));
    expect(await claim('m3', 'b', STALE_MS - 1)).toBe('handling');
    await beatInstance(db, 'b', at(STALE_MS + 1));
    expect(await claim('m3', 'b', STALE_MS + 1)).toBe('taken-over');
  });

  it('gives a lapsed claim to exactly one of many processes redelivered it at once', async () => {
    await beatInstance(db, 'dead', at(0));
    expect(await claim('m4', 'dead', 0)).toBe('claimed');
    const takers = Array.from({ length: 8 }, (_, i) => `taker-${i}`);
    for (const t of takers) await beatInstance(db, t, at(STALE_MS + 1));
    const results = await Promise.all(takers.map((t) => claim('m4', t, STALE_MS + 1)));
    expect(results.filter((r) => r === 'taken-over')).toHaveLength(1);
    expect(results.filter((r) => r === 'handling')).toHaveLength(takers.length - 1);
    expect((await status('m4')).claimed_by).toBe(takers[results.indexOf('taken-over')]);
  });

  it('makes a redelivery wait for a live claimant: dropped when it answers, taken over when it dies', async () => {
    const a = createInboundClaims(db, { leaseMs: LEASE_MS, logger: silentLogger, instance: 'live-a' });
    const b = createInboundClaims(db, { leaseMs: LEASE_MS, logger: silentLogger, instance: 'live-b' });
    try {
      expect(await a.claim('lark', 'm5', received)).toBe(true);
      let settled = false;
      const redelivered = b.claim('lark', 'm5', received).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 500));
      expect(settled).toBe(false);
      await a.done('lark', 'm5');
      expect(await redelivered).toBe(false);

      // A claimant that stops beating (its process is gone) loses the message to the redelivery.
      expect(await a.claim('lark', 'm6', received)).toBe(true);
      a.stop();
      await db
        .updateTable('bot_instances')
        .set({ beat_at: new Date(Date.now() - STALE_MS - 1_000).toISOString() })
        .where('id', '=', 'live-a')
        .execute();
      expect(await b.claim('lark', 'm6', received)).toBe(true);
      expect(await status('m6')).toEqual({ status: 'handling', claimed_by: 'live-b' });
    } finally {
      a.stop();
      b.stop();
    }
  });
});
