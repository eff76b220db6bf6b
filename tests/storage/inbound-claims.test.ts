import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createInboundClaims, STALE_MS } from '../../src/inbound-claims.ts';
import { decodeJournaled } from '../../src/inbound-sweeper.ts';
import type { Db } from '../../storage/database.ts';
import { adoptOrphan, findOrphans, journalInbound } from '../../storage/repositories/inbound-journal.repository.ts';
import { beatInstance, claimInbound, finishInbound, type ClaimTerms } from '../../storage/repositories/inbound.repository.ts';
import { disposeStore, openTestDb } from '../support/stores.ts';

const T0 = new Date('2026-12-02T03:00:00.000Z');
const LEASE_MS = 30_000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const terms = (instance: string, ms: number): ClaimTerms => ({ instance, now: at(ms), leaseMs: LEASE_MS, staleMs: STALE_MS });
const received = new Date('2018-09-20T02:00:00.000Z');

const payload = (id: string) =>
  JSON.stringify({
    message: {
      platform: 'lark',
      chatId: 'ou_a',
      chatKind: 'group',
      sender: { userId: 'ou_a' },
      text: '进度',
      mentioned: true,
      messageId: id,
      receivedAt: received,
    },
    context: { replyToMessageId: id },
  });

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

  describe('journaled before the platform is acknowledged, and taken over from a dead process by a sweeper', () => {
    const journal = async (id: string, instance: string, ms: number) =>
      (await journalInbound(db, [{ platform: 'lark', eventId: id, receivedAt: received, payload: payload(id) }], terms(instance, ms))) === 1;
    const orphans = async (instance: string, ms: number) => (await findOrphans(db, ['lark'], terms(instance, ms))).map((o) => o.eventId);
    const row = async (id: string) =>
      db
        .selectFrom('inbound_events')
        .select(['status', 'claimed_by', 'payload'])
        .where('platform', '=', 'lark')
        .where('event_id', '=', id)
        .executeTakeFirstOrThrow();

    it('journals a message once; its own process claims it, another live one waits; done drops the payload', async () => {
      await beatInstance(db, 'a', at(0));
      await beatInstance(db, 'b', at(0));
      expect(await journal('j1', 'a', 0)).toBe(true);
      expect(await journal('j1', 'b', 0)).toBe(false);
      expect(await row('j1')).toEqual({ status: 'journaled', claimed_by: 'a', payload: payload('j1') });
      expect(await claimInbound(db, 'lark', 'j1', received, terms('b', 100))).toBe('handling');
      expect(await claimInbound(db, 'lark', 'j1', received, terms('a', 100))).toBe('claimed');
      // Once picked up by its router, a second claim by the same process is a duplicate being handled.
      expect(await claimInbound(db, 'lark', 'j1', received, terms('a', 200))).toBe('handling');
      await finishInbound(db, 'lark', 'j1', 'a');
      expect(await row('j1')).toEqual({ status: 'done', claimed_by: 'a', payload: null });
    });

    it('lists for the sweeper only what a dead or overdue process holds, never its own nor what is done', async () => {
      await beatInstance(db, 'a', at(0));
      await beatInstance(db, 'b', at(0));
      await journal('j2', 'a', 0);
      expect(await orphans('b', 1_000)).not.toContain('j2');
      // A still beats but its lease lapsed: overdue.
      await beatInstance(db, 'a', at(LEASE_MS + 1));
      expect(await orphans('b', LEASE_MS + 1)).toContain('j2');
      expect(await orphans('a', LEASE_MS + 1)).not.toContain('j2');

      await beatInstance(db, 'dead', at(0));
      await journal('j3', 'dead', 0);
      expect(await orphans('b', STALE_MS - 1)).not.toContain('j3');
      expect(await orphans('b', STALE_MS + 1)).toContain('j3');
      await finishInbound(db, 'lark', 'j3', 'dead', 'journaled');
      expect(await orphans('b', STALE_MS + 1)).not.toContain('j3');
      // Other platforms are another adapter's: a process without it leaves them.
      expect(await findOrphans(db, ['wechat'], terms('b', LEASE_MS + 1))).toEqual([]);
    });

    it('gives a dead process’s journaled message to exactly one of many sweepers, which its router then claims', async () => {
      await beatInstance(db, 'dead', at(0));
      await journal('j4', 'dead', 0);
      // Picked up by the dead process's router before it died: 'handling', payload kept.
      expect(await claimInbound(db, 'lark', 'j4', received, terms('dead', 10))).toBe('claimed');
      const sweepers = Array.from({ length: 8 }, (_, i) => `sweeper-${i}`);
      for (const s of sweepers) await beatInstance(db, s, at(STALE_MS + 1));
      const [orphan] = (await findOrphans(db, ['lark'], terms('sweeper-0', STALE_MS + 1))).filter((o) => o.eventId === 'j4');
      expect(orphan).toMatchObject({ claimedBy: 'dead', payload: payload('j4') });
      const won = await Promise.all(sweepers.map((s) => adoptOrphan(db, orphan!, terms(s, STALE_MS + 1))));
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = sweepers[won.indexOf(true)]!;
      expect(await row('j4')).toMatchObject({ status: 'journaled', claimed_by: winner });
      // The others' routers (a late redelivery) wait for the winner; the winner's router claims it as its own.
      expect(await claimInbound(db, 'lark', 'j4', received, terms(sweepers.find((s) => s !== winner)!, STALE_MS + 2))).toBe('handling');
      expect(await claimInbound(db, 'lark', 'j4', received, terms(winner, STALE_MS + 2))).toBe('claimed');
      // Adopting again from the dead claimant finds nothing: it no longer holds it.
      expect(await adoptOrphan(db, orphan!, terms('sweeper-1', STALE_MS + 3))).toBe(false);
    });

    it('journals the messages of one turn in one INSERT, and refuses them all if it fails', async () => {
      const claims = createInboundClaims(db, { leaseMs: LEASE_MS, logger: silentLogger, instance: 'batching' });
      try {
        const message = (id: string, receivedAt = received) =>
          ({ platform: 'lark', chatId: 'ou_b', chatKind: 'direct', sender: { userId: 'ou_b' }, text: id, mentioned: true, messageId: id, receivedAt }) as const;
        await Promise.all(['b1', 'b2', 'b3'].map((id) => claims.record({ message: message(id) })));
        for (const id of ['b1', 'b2', 'b3']) expect(await row(id)).toMatchObject({ status: 'journaled', claimed_by: 'batching' });
        // One message of the turn cannot be written: the others in its INSERT are refused with it (Lark redelivers them all).
        const results = await Promise.allSettled([claims.record({ message: message('b4') }), claims.record({ message: message('b5', new Date(Number.NaN)) })]);
        expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
        expect(await db.selectFrom('inbound_events').select('event_id').where('event_id', 'in', ['b4', 'b5']).execute()).toEqual([]);
        // Its own router claims each at once.
        expect(await claims.claim('lark', 'b2', received)).toBe(true);
      } finally {
        claims.stop();
      }
    });

    it('reads a payload back with its time, and refuses one it cannot handle', () => {
      const read = decodeJournaled(payload('j5'));
      expect(read.ok && read.value.message.receivedAt).toEqual(received);
      expect(read.ok && read.value.context).toEqual({ replyToMessageId: 'j5' });
      expect(decodeJournaled('{').ok).toBe(false);
      expect(decodeJournaled(JSON.stringify({ message: { platform: 'lark' } })).ok).toBe(false);
      expect(decodeJournaled(payload('j6').replace(received.toISOString(), 'yesterday')).ok).toBe(false);
    });
  });
});
