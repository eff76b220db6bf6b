import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';

/** A local stand-in for an OpenAI-compatible /chat/completions endpoint. */
type Mode = 'ok' | 'slow' | 'error' | 'invent' | 'garbage';
let mode: Mode = 'ok';
const requests: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let server: Server;
let bot: TestBot;

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.post('/v1/chat/completions', (req, res) => {
    requests.push({ auth: req.headers.authorization, body: req.body });
    const reply = (content: string) => res.json({ choices: [{ message: { role: 'assistant', content } }] });
    if (mode === 'ok') return reply('公共服务中心的建设资金最多只能占中央财政资金的15%，也就是225万元。');
    if (mode === 'invent') return reply('公共服务中心最多可用300万元，每个站点另补2万元。');
    if (mode === 'error') return res.status(500).json({ error: { message: 'boom' } });
    if (mode === 'garbage') return res.json({ nothing: true });
    setTimeout(() => reply('太晚了'), 1500);
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  bot = await startTestBot({ env: { LLM_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_API_KEY: 'test-key', LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '300' } });
});
afterAll(async () => {
  await bot.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests.length = 0;
});

const PLAIN = '公共服务中心建设资金使用比例原则上不得高于15%';
const QUOTE = '“公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。”';

describe('optional LLM rephrasing', () => {
  it('rephrases from the retrieved clause only, and always keeps the quote', async () => {
    mode = 'ok';
    const text = await bot.sayText('zhuoni-official', '公服中心能花多少？');
    expect(text).toContain('公共服务中心的建设资金最多只能占中央财政资金的15%，也就是225万元。');
    expect(text).not.toContain(PLAIN);
    expect(text).toContain(QUOTE);
    expect(requests).toHaveLength(1);
    const { auth, body } = requests[0]!;
    expect(auth).toBe('Bearer test-key');
    expect(body.model).toBe('fake-model');
    const prompt = body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('资金使用比例原则上不得高于15%');
    // The programme is named from programme.json, not from code.
    expect(body.messages[0]!.content).toContain('你是甘肃省2018年电子商务进农村综合示范项目的政策问答助手');
    // Only the clause that served the answer is given, not the rest of the notice.
    expect(prompt).not.toContain('农村产品上行的比例原则上不低于50%');
    expect(prompt).not.toContain('楼堂馆所');
  });

  it.each<[Mode, string]>([
    ['slow', 'a timeout'],
    ['error', 'an HTTP error'],
    ['garbage', 'a reply without choices'],
    ['invent', 'a reply with figures that are not in the notice'],
  ])('falls back to the plain answer on %s (%s)', async (m) => {
    mode = m;
    const text = await bot.sayText('diebu-official', '公服中心能花多少？');
    expect(text).toContain(PLAIN);
    expect(text).toContain(QUOTE);
    expect(text).not.toContain('300万元');
    expect(text).not.toContain('太晚了');
  });

  it('never sends a refusal to the LLM', async () => {
    mode = 'invent';
    const text = await bot.sayText('luqu-official', '地方配套比例是多少？');
    expect(text).toMatch(/^通知中没有明确规定/);
    expect(requests).toHaveLength(0);
  });
});
