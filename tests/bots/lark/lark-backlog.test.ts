import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bots/lark/lark-adapter.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { textReply } from '../../../src/core/reply.ts';
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeLark, postLark } from '../../support/fake-lark.ts';
import { ENCRYPT_KEY, messageEvent, read, VERIFICATION_TOKEN } from './lark-harness.ts';

let fake: FakeLark;
let adapter: LarkAdapter;
let server: Server;
let url: string;
let release: () => void;
const gate = new Promise<void>((r) => (release = r));
const handled: string[] = [];

beforeAll(async () => {
  fake = await FakeLark.start();
  adapter = createLarkAdapter({
    appId: FAKE_APP_ID,
    appSecret: FAKE_APP_SECRET,
    domain: fake.url,
    mode: 'webhook',
    webhookPath: '/lark/events',
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    botName: '示范助手',
    logger: silentLogger,
    maxBacklog: 2,
  });
  // A core that is slow until the test lets it go.
  await adapter.start(async (m) => {
    if ('resolve' in m) throw new Error('Lark hands the core complete messages');
    handled.push(m.text);
    await gate;
    return [textReply(`收到：${m.text}`)];
  });
  const app = express();
  app.use(adapter.router());
  server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lark/events`;
});
afterAll(async () => {
  release();
  await adapter.stop();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await fake.close();
});

describe('backlog', () => {
  it('refuses new events with 503 while the backlog is full, and takes the redelivery afterwards', async () => {
    const post = (e: unknown) => postLark(url, e, { encryptKey: ENCRYPT_KEY });
    const third = messageEvent('ou_ccc00000000000000000000000000003', '第三条');
    expect((await post(messageEvent('ou_aaa00000000000000000000000000001', '第一条'))).status).toBe(200);
    expect((await post(messageEvent('ou_bbb00000000000000000000000000002', '第二条'))).status).toBe(200);
    const refused = await post(third);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');

    release();
    await adapter.idle();
    // Lark delivers the refused event again, with the same ids: now it is taken.
    expect((await post(third)).status).toBe(200);
    await adapter.idle();
    expect(handled).toEqual(['第一条', '第二条', '第三条']);
    expect(read(fake.messages).split('\n\n').sort()).toEqual(['收到：第一条', '收到：第三条', '收到：第二条']);
  });
});
