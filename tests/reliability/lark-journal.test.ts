import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../bots/lark/lark-adapter.ts';
import { issueInvite } from '../../src/features/admin/invites.ts';
import type { InboundJournal } from '../../src/core/channel.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { STALE_MS } from '../../src/inbound-claims.ts';
import { composeFeatures } from '../../src/services.ts';
import { findConversation } from '../../storage/repositories/conversation.repository.ts';
import { beatInstance } from '../../storage/repositories/inbound.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark, postLark, type FakeLarkMessage } from '../support/fake-lark.ts';
import { disposeStore } from '../support/stores.ts';
import { ENCRYPT_KEY, messageEvent, newId, read, VERIFICATION_TOKEN, WEBHOOK_PATH, type SayOptions } from '../bots/lark/lark-harness.ts';

const OFFICIAL = 'ou_5555aaaa6666bbbb7777cccc8888dddd';
const STAFF = 'ou_6666bbbb7777cccc8888dddd9999eeee';
const GROUP = 'oc_journal00000000000000000000000001';

/** A second bot process on the same store and the same Lark app, whose handling waits for `gate` (forever: it was killed). */
interface ProcessA {
  readonly adapter: LarkAdapter;
  readonly instance: string;
  /** Lark delivers an event to this process; resolves with the HTTP status it answered. */
  deliver(openId: string, text: string, options?: SayOptions): Promise<{ status: number; messageId: string }>;
  /** SIGKILL: its heartbeat stops, and it never answers. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Lark acknowledges an event as soon as the bot's handler returns, and never delivers it again.
 * A bot process that is killed after that, before it answers, used to lose the message. Now the
 * adapter journals it before the acknowledgement, and the sweeper of another process answers it.
 */
describe('a Lark message acknowledged by a bot process that dies before answering it', () => {
  let fake: FakeLark;
  let b: TestBot;
  let c: TestBot;
  const opened: ProcessA[] = [];
  const larkEnv = {
    LARK_APP_ID: FAKE_APP_ID,
    LARK_APP_SECRET: FAKE_APP_SECRET,
    LARK_MODE: 'webhook',
    LARK_WEBHOOK_PATH: WEBHOOK_PATH,
    LARK_ENCRYPT_KEY: ENCRYPT_KEY,
    LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
    INBOUND_SWEEP_MS: '200',
  };

  beforeAll(async () => {
    fake = await FakeLark.start();
    b = await startTestBot({ env: { ...larkEnv, LARK_DOMAIN: fake.url } });
    const { repos, programme } = b.shifan.services;
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '卓尼县', name: '卓尼县联络员' }, 72, b.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    expect(read(await sayTo(b, OFFICIAL, `绑定 ${invite.value.code}`))).toContain('绑定成功');
    expect(read(await sayTo(b, OFFICIAL, '填报'))).toContain('开始填写卓尼县2018-W38周报');
  });

  afterAll(async () => {
    for (const a of opened) await a.close();
    await c?.stop();
    await b?.stop();
    await fake?.close();
    await disposeStore(b.dir);
    rmSync(b.dir, { recursive: true, force: true });
  });

  const db = () => b.shifan.services.db;
  const larkOf = (bot: TestBot) => bot.shifan.adapters.get('lark') as LarkAdapter;
  const row = (messageId: string) =>
    db()
      .selectFrom('inbound_events')
      .select(['status', 'claimed_by', 'payload'])
      .where('platform', '=', 'lark')
      .where('event_id', '=', messageId)
      .executeTakeFirstOrThrow();
  const answers = async () =>
    (JSON.parse((await findConversation(db(), `lark:${OFFICIAL}:${OFFICIAL}`))!.state) as { answers: Record<string, unknown> }).answers;
  const sentAfter = (n: number) => fake.messages.slice(n);

  /** Posts an event to a full bot's webhook and waits until its answer is out. */
  async function sayTo(bot: TestBot, openId: string, text: string): Promise<FakeLarkMessage[]> {
    const before = fake.messages.length;
    const res = await postLark(`${bot.url}${WEBHOOK_PATH}`, messageEvent(openId, text), { encryptKey: ENCRYPT_KEY });
    expect(res.status).toBe(200);
    await larkOf(bot).idle();
    return sentAfter(before);
  }

  async function startProcessA(gate: Promise<void>, journalOf: (journal: InboundJournal) => InboundJournal = (j) => j): Promise<ProcessA> {
    // The core of another process on the same store: its own router, inbound log and heartbeat.
    const { router, inbound } = await composeFeatures(b.shifan.services);
    const adapter = createLarkAdapter({
      appId: FAKE_APP_ID,
      appSecret: FAKE_APP_SECRET,
      domain: fake.url,
      mode: 'webhook',
      webhookPath: WEBHOOK_PATH,
      encryptKey: ENCRYPT_KEY,
      verificationToken: VERIFICATION_TOKEN,
      botName: '示范助手',
      logger: silentLogger,
      now: () => b.clock.now(),
    });
    await adapter.start(async (message, deliver) => {
      await gate;
      return router.handle(message, deliver);
    }, journalOf(inbound));
    const app = express().use(adapter.router());
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
    const a: ProcessA = {
      adapter,
      instance: inbound.instance,
      async deliver(openId, text, options = {}) {
        const messageId = options.messageId ?? newId('om_');
        const res = await postLark(url, messageEvent(openId, text, { ...options, messageId }), { encryptKey: ENCRYPT_KEY });
        return { status: res.status, messageId };
      },
      async kill() {
        inbound.stop();
        await beatInstance(db(), inbound.instance, new Date(Date.now() - STALE_MS - 1_000));
      },
      async close() {
        inbound.stop();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
    opened.push(a);
    return a;
  }

  it('journals the message before acknowledging; the next process answers it once and applies the answer once', async () => {
    const a = await startProcessA(new Promise(() => {}));
    const before = fake.messages.length;
    const { status, messageId } = await a.deliver(OFFICIAL, '45万');
    // Lark got its 200: it will not deliver this message again. What A must answer is on disk.
    expect(status).toBe(200);
    const journaled = await row(messageId);
    expect(journaled).toMatchObject({ status: 'journaled', claimed_by: a.instance });
    expect(JSON.parse(journaled.payload!)).toMatchObject({ message: { platform: 'lark', chatId: OFFICIAL, text: '45万', messageId } });

    await a.kill();
    // B's sweeper (every 200 ms) takes it over and answers it through B's Lark adapter.
    await vi.waitFor(() => expect(sentAfter(before)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await larkOf(b).idle();
    const [reply] = sentAfter(before);
    expect(reply).toMatchObject({ api: 'create', receiveIdType: 'open_id', receiveId: OFFICIAL });
    expect(read([reply!])).toContain('其中用于农村产品上行');
    expect(await answers()).toEqual({ spent_total: 450_000 });
    await vi.waitFor(async () => expect(await row(messageId)).toMatchObject({ status: 'done', payload: null }));
    expect((await row(messageId)).claimed_by).not.toBe(a.instance);

    // Nothing left to take over, and nothing said or stored a second time.
    expect(await b.shifan.sweeper.sweep()).toBe(0);
    await larkOf(b).idle();
    expect(sentAfter(before)).toHaveLength(1);
    expect(await answers()).toEqual({ spent_total: 450_000 });
  });

  it('replies in the group to the message that @-mentioned the bot, as the dead process would have', async () => {
    const a = await startProcessA(new Promise(() => {}));
    const before = fake.messages.length;
    const { status, messageId } = await a.deliver(STAFF, '我是谁', { groupChatId: GROUP });
    expect(status).toBe(200);
    await a.kill();
    await vi.waitFor(() => expect(sentAfter(before)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    const [reply] = sentAfter(before);
    expect(reply).toMatchObject({ api: 'reply', replyTo: messageId });
    expect(read([reply!])).toContain('尚未绑定');
  });

  it('leaves a slow but living process its message: no take-over while its heartbeat beats, and one answer', async () => {
    let release!: () => void;
    const a = await startProcessA(new Promise<void>((r) => (release = r)));
    const before = fake.messages.length;
    const { status, messageId } = await a.deliver(OFFICIAL, '25');
    expect(status).toBe(200);
    // Several of B's sweeps go by (and one more by hand): A beats, its lease holds, B keeps out.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await b.shifan.sweeper.sweep()).toBe(0);
    expect(await row(messageId)).toMatchObject({ status: 'journaled', claimed_by: a.instance });
    expect(sentAfter(before)).toEqual([]);

    release();
    await a.adapter.idle();
    expect(sentAfter(before)).toHaveLength(1);
    expect(read(sentAfter(before))).toContain('其中用于县级电商公共服务中心');
    expect(await row(messageId)).toEqual({ status: 'done', claimed_by: a.instance, payload: null });
    expect(await b.shifan.sweeper.sweep()).toBe(0);
    await larkOf(b).idle();
    expect(sentAfter(before)).toHaveLength(1);
    expect(await answers()).toEqual({ spent_total: 450_000, spent_upstream: 250_000 });
    await a.close();
  });

  it('is answered once when two living processes sweep for it at the same moment', async () => {
    c = await startTestBot({ env: { ...larkEnv, LARK_DOMAIN: fake.url }, reuseDir: b.dir });
    const a = await startProcessA(new Promise(() => {}));
    const before = fake.messages.length;
    const { messageId } = await a.deliver(OFFICIAL, '5');
    await a.kill();
    const taken = await Promise.all([b.shifan.sweeper.sweep(), c.shifan.sweeper.sweep()]);
    // Each process's timer sweeps too (a call joins a sweep under way), so the one take-over may have been theirs.
    expect(taken.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(1);
    await vi.waitFor(() => expect(sentAfter(before)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await new Promise((r) => setTimeout(r, 600));
    await Promise.all([larkOf(b).idle(), larkOf(c).idle()]);
    expect(sentAfter(before)).toHaveLength(1);
    expect(read(sentAfter(before))).toContain('乡村电商服务站点');
    expect((await row(messageId)).status).toBe('done');
    expect(await answers()).toEqual({ spent_total: 450_000, spent_upstream: 250_000, spent_service_centre: 50_000 });
  });

  it('refuses the event when the store will not journal it, so that Lark delivers it again, and then answers it once', async () => {
    let refuse = true;
    const a = await startProcessA(Promise.resolve(), (journal) => ({
      record: (entry) => (refuse ? Promise.reject(new Error('connection terminated')) : journal.record(entry)),
    }));
    const before = fake.messages.length;
    const messageId = newId('om_');
    const eventId = newId();
    expect((await a.deliver(STAFF, '帮助', { messageId, eventId })).status).toBe(500);
    await a.adapter.idle();
    expect(sentAfter(before)).toEqual([]);
    expect(await db().selectFrom('inbound_events').select('status').where('event_id', '=', messageId).executeTakeFirst()).toBeUndefined();
    // Lark delivers the same event again once the database is back: taken, journaled, answered.
    refuse = false;
    expect((await a.deliver(STAFF, '帮助', { messageId, eventId })).status).toBe(200);
    await a.adapter.idle();
    expect(read(sentAfter(before))).toContain('示范助手 · 使用帮助');
    expect(await row(messageId)).toEqual({ status: 'done', claimed_by: a.instance, payload: null });
  });
});
