import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { startTestBot, type TestBot } from '../../support/bot.ts';

describe('local web chat page', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  it('answers /healthz once ready', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('lets a person pick who they are, type a message and read the reply', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(bot.url);
      // Every role of a province deployment is offered, each named in Chinese.
      const who = await page.locator('#who option').allInnerTexts();
      expect(who).toContain('省商务厅工作人员 · 省级工作人员');
      expect(who).toContain('平凉市工作人员 · 平凉市市州工作人员');
      await page.selectOption('#who', 'zhuoni-official');
      await page.fill('#text', '我是谁');
      await page.click('form#send button');
      await page.getByText('您是卓尼县的县级联络员（杨建华）。').waitFor({ timeout: 10_000 });
      await page.getByText('甘南州电商示范工作群').click();
      await page.fill('#text', '帮助');
      await page.click('form#send button');
      await page.getByText('示范助手 · 使用帮助').waitFor({ timeout: 10_000 });
      mkdirSync('tests/output', { recursive: true });
      await page.screenshot({ path: 'tests/output/local-chat.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('lists what the bot posted on its own to a chat after a cursor', async () => {
    const adapter = bot.shifan.adapters.get('local')!;
    await adapter.send({ platform: 'local', chatId: 'gannan-group', chatKind: 'group' }, { text: '第一条', paragraphs: ['第一条'] });
    await adapter.send({ platform: 'local', chatId: 'gannan-group', chatKind: 'group' }, { text: '第二条', paragraphs: ['第二条'] });
    const all = await bot.posts('gannan-group');
    expect(all.map((m) => m.reply.text)).toEqual(['第一条', '第二条']);
    const after = await bot.posts('gannan-group', all[0]!.cursor);
    expect(after.map((m) => m.reply.text)).toEqual(['第二条']);
  });

  it('refuses an empty message with a Chinese error', async () => {
    const res = await fetch(`${bot.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"from":"visitor","text":"  "}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('消息内容不能为空（text）');
  });
});

describe('local channel outside development', () => {
  it('is off in production without a token: nobody can impersonate an official', async () => {
    const bot = await startTestBot({ env: { NODE_ENV: 'production' } });
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const res = await fetch(`${bot.url}/api/local/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: 'zhuoni-official', text: '我是谁' }),
      });
      expect(res.status).toBe(404);
    } finally {
      await bot.close();
    }
  });

  it('demands the token when one is set (outside production; there people sign in, see tests/deploy)', async () => {
    const bot = await startTestBot({ env: { LOCAL_CHANNEL_TOKEN: 's3cret-token' } });
    try {
      const body = JSON.stringify({ from: 'visitor', text: '帮助' });
      const without = await fetch(`${bot.url}/api/local/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(without.status).toBe(401);
      expect(await bot.sayText('visitor', '帮助')).toContain('使用帮助');
    } finally {
      await bot.close();
    }
  });
});
