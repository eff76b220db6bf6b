import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginCode } from '../../src/web-sessions.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { launchChromium } from '../support/browser.ts';
import { insertPerson } from '../../storage/repositories/people.repository.ts';

/** A GET with any Host header (fetch will not send one it did not derive from the URL). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

/** The status line's code of a raw HTTP/1.0 request (which may omit Host). */
function rawStatus(port: number, head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(head));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.once('error', reject);
    socket.once('close', () => resolve(Number(/^HTTP\/1\.\d (\d{3})/.exec(text)?.[1] ?? 0)));
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers['content-security-policy']).toMatch(/default-src 'none'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
}

describe('security headers and the Host allow-list (development, open local chat)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { NODE_ENV: 'development', DASHBOARD_TOKEN: 'dash-token', PUBLIC_BASE_URL: 'https://shifan.example.gov.cn' } });
  });
  afterAll(() => bot.close());

  it('sends the headers on the page, the API, the dashboard, errors and /healthz', async () => {
    for (const path of ['/', '/api/local/directory', '/dashboard/', '/healthz', '/no-such-page', '/dashboard/?token=wrong']) {
      const res = await get(`${bot.url}${path}`);
      expectSecurityHeaders(res.headers);
    }
    const page = await get(`${bot.url}/`);
    // The page's own script runs by its hash; nothing else may (no 'unsafe-inline' scripts).
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers['content-security-policy']).toMatch(/connect-src 'self'/);
  });

  it('the local page and the dashboard still work in a browser under their policies, with no violation', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(bot.url);
      await page.selectOption('#who', 'zhuoni-official');
      await page.fill('#text', '我是谁');
      await page.click('form#send button');
      await page.getByText('您是卓尼县的县级联络员（杨建华）。').waitFor({ timeout: 10_000 });
      await page.goto(`${bot.url}/dashboard/?token=dash-token`);
      await page.locator('table').first().waitFor({ timeout: 10_000 });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('answers 421 to a host that is not ours (DNS rebinding) and 400 without a Host', async () => {
    const port = bot.shifan.port;
    const rebound = await get(`${bot.url}/api/local/directory`, { host: `attacker.example:${port}` });
    expect(rebound.status).toBe(421);
    expect(rebound.body).toContain('PUBLIC_BASE_URL');
    expect((await get(`${bot.url}/`, { host: 'attacker.example' })).status).toBe(421);
    for (const ok of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'shifan.example.gov.cn', 'SHIFAN.example.gov.cn:443']) {
      expect((await get(`${bot.url}/api/local/directory`, { host: ok })).status, ok).toBe(200);
    }
    expect(await rawStatus(port, 'GET /api/local/directory HTTP/1.0\r\n\r\n')).toBe(400);
    expect(await rawStatus(port, 'GET /api/local/directory HTTP/1.0\r\nHost: evil.example\r\n\r\n')).toBe(421);
    // Load balancers probe /healthz by address: it shows nothing and stays open.
    expect((await get(`${bot.url}/healthz`, { host: '10.1.2.3' })).status).toBe(200);
  });
});

describe('behind an HTTPS proxy, and the dashboard sign-in', () => {
  let bot: TestBot;
  let trusted: TestBot;
  beforeAll(async () => {
    const env = { NODE_ENV: 'production', LOCAL_CHANNEL_TOKEN: 'web-key', DASHBOARD_TOKEN: 'dash-token', DASHBOARD_SESSION_HOURS: '2' };
    bot = await startTestBot({ env });
    trusted = await startTestBot({ env: { ...env, TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await bot.close();
    await trusted.close();
  });

  const viaProxy = { 'x-forwarded-proto': 'https' };

  it('marks cookies Secure only when TRUST_PROXY trusts the proxy that says HTTPS', async () => {
    const plain = await get(`${bot.url}/dashboard/?token=dash-token`, viaProxy);
    expect(plain.status).toBe(303);
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/i);
    const secure = await get(`${trusted.url}/dashboard/?token=dash-token`, viaProxy);
    expect(String(secure.headers['set-cookie'])).toMatch(/;\s*Secure/i);

    const db = trusted.shifan.services.db;
    const personId = await insertPerson(db, {
      name: '杨建华',
      role: 'official',
      county_id: 'zhuoni',
      prefecture_id: null,
      created_at: trusted.clock.now().toISOString(),
    });
    const { code } = await issueLoginCode(trusted.shifan.services.repos, personId, 24, trusted.clock.now());
    const login = await get(`${trusted.url}/login/${code}`, viaProxy);
    expect(login.status).toBe(303);
    expect(String(login.headers['set-cookie'])).toMatch(/shifan_web=.*;\s*Secure/i);
  });

  it('the dashboard cookie is signed, carries no fixed hash of the token, and expires on the server', async () => {
    const signIn = async () => {
      const res = await get(`${bot.url}/dashboard/?token=dash-token`);
      const cookie = /^(shifan_dashboard=[^;]+)/.exec(String(res.headers['set-cookie']))![1]!;
      expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=7200/);
      return cookie;
    };
    const first = await signIn();
    expect((await get(`${bot.url}/dashboard/`, { cookie: first })).status).toBe(200);
    bot.clock.advance(60_000);
    const second = await signIn();
    expect(second).not.toBe(first); // issued-at differs: not a fixed value an attacker could keep for ever

    // A browser that ignores Max-Age gains nothing: two hours after sign-in the server refuses it.
    bot.clock.advance(2 * 3_600_000 - 60_000);
    expect((await get(`${bot.url}/dashboard/`, { cookie: first })).status).toBe(401);
    expect((await get(`${bot.url}/dashboard/`, { cookie: second })).status).toBe(200);

    // Tampering with the issued-at (to extend it) breaks the signature.
    const [, issued, mac] = /^shifan_dashboard=v1\.(\d+)\.(.+)$/.exec(first)!;
    const forged = `shifan_dashboard=v1.${Number(issued) + 3 * 3_600_000}.${mac}`;
    expect((await get(`${bot.url}/dashboard/`, { cookie: forged })).status).toBe(401);
    expect((await get(`${bot.url}/dashboard/`, { cookie: 'shifan_dashboard=%E0%A4%A' })).status).toBe(401);
  });
});
