import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSampleReports } from '../../src/features/demo/index.ts';
import { GANNAN_W38, GANNAN_W39 } from '../support/gannan-reports.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { launchChromium } from '../support/browser.ts';

const TOKEN = 'dashboard-test-token-8f3a';
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-10-08T08:30:00+08:00', env: { DASHBOARD_TOKEN: TOKEN } });
  const { db, repos } = bot.shifan.services;
  await insertSampleReports(repos, [...GANNAN_W38, ...GANNAN_W39]);
  await db
    .insertInto('milestone_status')
    .values({ milestone_id: 'plan-filing', county_id: 'zhuoni', done_at: '2018-09-28T02:00:00Z', done_by: null, note: null })
    .execute();
});
afterAll(() => bot.close());

describe('access', () => {
  it('answers 401 without a token, with a wrong one, or with a wrong bearer', async () => {
    for (const [path, headers] of [
      ['/dashboard', {}],
      ['/dashboard/ledger.xlsx', {}],
      ['/dashboard?token=wrong', {}],
      ['/dashboard', { authorization: 'Bearer wrong' }],
      ['/dashboard', { cookie: `shifan_dashboard=${TOKEN}` }],
    ] as const) {
      const res = await fetch(bot.url + path, { headers, redirect: 'manual' });
      expect(res.status, path).toBe(401);
      expect(await res.text()).toContain('需要访问令牌');
    }
  });

  it('opens with a bearer token, read-only', async () => {
    const res = await fetch(`${bot.url}/dashboard?scope=gannan&week=2018-W39`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('甘南州项目看板');
    expect(html).not.toContain(TOKEN);
    const post = await fetch(`${bot.url}/dashboard`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(post.status).toBe(404);
  });

  it('says what is wrong with a bad week instead of failing', async () => {
    const res = await fetch(`${bot.url}/dashboard?week=2018-40`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('应为 2018-W40 这样的 ISO 周次');
  });

  it('opens before anyone has reported, naming who is late', async () => {
    const empty = await startTestBot({ now: '2018-10-08T08:30:00+08:00', env: { DASHBOARD_TOKEN: TOKEN } });
    try {
      // The province's view by default: every county of every 市州.
      const all = await (await fetch(`${empty.url}/dashboard`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      expect(all).toContain('全部示范县项目看板');
      expect(all).toContain('逾期未报：崆峒区、西和县、临夏市');
      const res = await fetch(`${empty.url}/dashboard?scope=gannan`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('逾期未报：卓尼县、迭部县、舟曲县、碌曲县');
      const ledger = await fetch(`${empty.url}/dashboard/ledger.xlsx?scope=gannan`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ledger.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await ledger.arrayBuffer());
      expect(workbook.getWorksheet('资金')!.rowCount).toBe(1);
      expect(workbook.getWorksheet('里程碑')!.rowCount).toBe(9);
    } finally {
      await empty.close();
    }
  });

  it('is off when no DASHBOARD_TOKEN is configured', async () => {
    const plain = await startTestBot();
    try {
      expect((await fetch(`${plain.url}/dashboard`)).status).toBe(404);
      expect((await fetch(`${plain.url}/dashboard?token=`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows what prefecture staff read: counties, figures, warnings, milestones, trends, and saves a screenshot', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${bot.url}/dashboard?token=${TOKEN}&scope=gannan`);
    // The token leaves the address bar at once (a cookie keeps the session).
    expect(page.url()).toBe(`${bot.url}/dashboard/?scope=gannan`);
    await expect(page.title()).resolves.toBe('甘南州项目看板 · 2018-W39');

    const header = await page.locator('header').innerText();
    expect(header).toContain('甘南州项目看板');
    expect(header).toContain('2018年第39周（9月24日—9月30日）');

    const cards = await page.locator('.cards').innerText();
    expect(cards).toContain('累计支出');
    expect(cards).toContain('610万元（+120）');
    expect(cards).toContain('10.2%（+2个百分点）');

    const table = page.locator('#counties');
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['卓尼县', '迭部县', '舟曲县', '碌曲县']);
    const zhuoni = (await table.locator('tbody tr', { hasText: '卓尼县' }).innerText()).split('\t').map((cell) => cell.trim());
    expect(zhuoni.slice(0, 5)).toEqual(['卓尼县', '已报送', '50', '150', '10%']);
    expect(await table.locator('tbody tr', { hasText: '碌曲县' }).innerText()).toContain('逾期未报');
    expect(await table.locator('tfoot').innerText()).toMatch(/合计\s+3\/4\s+120\s+610\s+10\.2%/);

    const warnings = await page.locator('ul.warn').innerText();
    expect(warnings).toContain('逾期未报：碌曲县');
    expect(warnings).toContain('迭部县上行占比 30.9%，低于50%');
    expect(warnings).toContain('迭部县服务中心支出已达下达资金的15.3%，超过15%上限');
    expect(warnings).toContain('依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》 三（一）3');
    expect(warnings).toContain('舟曲县本周报告有资金用于禁止用途：部分资金用于购买流量');

    const milestones = page.locator('#milestones');
    expect(await milestones.locator('tr', { hasText: '卓尼县' }).innerText()).toContain('已完成（9月28日）');
    expect(await milestones.locator('tr', { hasText: '碌曲县' }).innerText()).toContain('逾期 8 天');

    expect(await page.getByText('冷链物流车辆采购需市州协调统一招标').isVisible()).toBe(true);
    await expect(page.locator('figure.chart figcaption').allInnerTexts()).resolves.toEqual([
      '资金执行率（%）',
      '甘南州每周新增支出（万元）',
      '累计服务站点（个）',
      '甘南州每周培训人次',
    ]);
    expect(await page.locator('figure.chart').first().locator('polyline').count()).toBe(4);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'dashboard.png'), fullPage: true });

    // Another week, chosen the way a person would: pick it and press 查看.
    await page.selectOption('select[name=week]', '2018-W38');
    await page.getByRole('button', { name: '查看' }).click();
    await page.waitForURL(/week=2018-W38/);
    expect(await page.locator('.cards').innerText()).toContain('490万元（+490）');
    expect(await page.locator('#counties tbody tr', { hasText: '碌曲县' }).innerText()).toContain('已报送');

    // The download button serves the ledger workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载项目台账（Excel）' }).click()]);
    expect(download.suggestedFilename()).toBe('甘南州项目台账-2018-W38.xlsx');
    const file = join(OUTPUT, 'dashboard-ledger.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['资金', '站点与覆盖', '培训', '招标与带贫', '问题', '里程碑']);
    // Up to W38 only, as chosen: one week × four counties.
    expect(workbook.getWorksheet('资金')!.rowCount).toBe(5);
    await context.close();
  });
});
