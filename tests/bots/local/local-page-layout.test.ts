import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { DemoManualClock, startTestBot, type TestBot } from '../../support/bot.ts';

/** What spills past the right edge: the page itself, or any message, form or header element. */
async function overflow(page: Page): Promise<{ page: number; inner: number; spills: string[] }> {
  return page.evaluate(() => {
    const spills: string[] = [];
    for (const e of Array.from(document.querySelectorAll('header, form#send, .msg, .msg *'))) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 0.5)
        spills.push(`${e.tagName}.${e.className} right=${Math.round(r.right)}: ${(e.textContent ?? '').slice(0, 30)}`);
    }
    for (const e of Array.from(document.querySelectorAll('.msg'))) {
      if (e.scrollWidth > e.clientWidth + 1) spills.push(`scrolls inside: ${(e.textContent ?? '').slice(0, 30)}`);
    }
    return { page: document.documentElement.scrollWidth, inner: window.innerWidth, spills };
  });
}

async function say(page: Page, text: string, waitFor: string): Promise<void> {
  await page.fill('#text', text);
  await page.click('form#send button[type=submit]');
  await page.getByText(waitFor).last().waitFor({ timeout: 15_000 });
}

async function expectFits(page: Page): Promise<void> {
  const o = await overflow(page);
  expect(o.spills).toEqual([]);
  expect(o.page).toBeLessThanOrEqual(o.inner);
  // The input stays on screen.
  const box = await page.locator('#text').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(o.inner > 500 ? 800 : 844);
}

describe('local web chat page on a phone and a desktop', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock: new DemoManualClock('2018-09-20T09:30:00+08:00') });
    mkdirSync('tests/output', { recursive: true });
  });
  afterAll(() => bot.close());

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    it(`fits ${viewport.width}×${viewport.height} without horizontal scrolling: greeting, help, digest, progress`, async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport });
        await page.goto(bot.url);
        await page.getByText('您好，我是示范助手').waitFor({ timeout: 10_000 });
        expect(await page.locator('.greeting .quick button').count()).toBe(3);
        await expect.poll(() => page.locator('#demo').textContent()).toContain('演示时间 2018年9月20日 09:30');
        await expectFits(page);

        const nav = page.locator('nav#chats');
        if (viewport.width < 500) {
          expect(await nav.isVisible()).toBe(false);
          // Messages use the width of the phone.
          const log = await page.locator('#log').boundingBox();
          expect(log!.width).toBeGreaterThanOrEqual(viewport.width - 2);
          await page.click('#menu');
          expect(await nav.isVisible()).toBe(true);
          await page.getByText('与示范助手私聊').click();
          expect(await nav.isVisible()).toBe(false);
        } else {
          expect(await nav.isVisible()).toBe(true);
        }

        await page.selectOption('#who', 'gannan-staff');
        await say(page, '帮助', '示范助手 · 使用帮助');
        await say(page, '汇总', '甘南州电商示范项目周汇总');
        await expectFits(page);
        await page.screenshot({ path: `tests/output/local-chat-${viewport.width}-digest.png`, fullPage: false });

        await page.selectOption('#who', 'diebu-official');
        await page.getByText('您好，我是示范助手').waitFor();
        await say(page, '我县进度', '迭部县');
        await say(page, '我是谁', '演示时间');
        await expectFits(page);
        await page.screenshot({ path: `tests/output/local-chat-${viewport.width}-progress.png`, fullPage: false });
      } finally {
        await browser.close();
      }
    });
  }
});
