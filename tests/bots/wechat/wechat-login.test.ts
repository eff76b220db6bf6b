import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanStatus } from 'wechaty';
import { ChannelError } from '../../../src/core/errors.ts';
import type { Logger } from '../../../src/core/logger.ts';
import { textReply } from '../../../src/core/reply.ts';
import { LOGIN_QR, QR_TOKEN, startWechatHarness, type WechatHarness } from './harness.ts';

/** A logger that keeps what the adapter logged, to check what an operator would read. */
function recordingLogger(lines: { level: string; msg: string; obj: Record<string, unknown> }[]): Logger {
  const at = (level: string) => (obj: object | string, msg?: string) => {
    lines.push(typeof obj === 'string' ? { level, msg: obj, obj: {} } : { level, msg: msg ?? '', obj: obj as Record<string, unknown> });
  };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

const logs: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
let h: WechatHarness;
beforeAll(async () => {
  h = await startWechatHarness({ login: false, overrides: { logger: recordingLogger(logs), backoff: { baseMs: 10, maxMs: 1000, loginWatchdogMs: 50 } } });
}, 30_000);
afterAll(() => h?.close());

async function page(query = `?token=${QR_TOKEN}`): Promise<{ status: number; body: string }> {
  const res = await fetch(`${h.bot.url}/wechat/qr${query}`);
  return { status: res.status, body: await res.text() };
}

function qrImage(html: string): string {
  const m = /<img alt="微信登录二维码"[^>]*src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html);
  return m ? Buffer.from(m[1]!, 'base64').toString('utf8') : '';
}

describe('login', () => {
  it('prints the login QR code for the console as a terminal QR code and as a URL', () => {
    expect(h.printed).toEqual([]);
    h.mocker.scan(LOGIN_QR, ScanStatus.Waiting);
    expect(h.printed).toHaveLength(1);
    const text = h.printed[0]!;
    expect(text).toContain('请用机器人所用的微信号扫描下方二维码');
    expect(text).toMatch(/[█▀▄]{10,}/);
    expect(text).toContain(`https://wechaty.js.org/qrcode/${encodeURIComponent(LOGIN_QR)}`);
    expect(text).toContain(LOGIN_QR);
  });

  it('shows the admin the QR code at /wechat/qr, only with the token', async () => {
    expect((await page('')).status).toBe(401);
    expect((await page('?token=wrong')).status).toBe(401);
    const { status, body } = await page();
    expect(status).toBe(200);
    expect(body).toContain('请用机器人所用的微信号扫描下方二维码登录。');
    const svg = qrImage(body);
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
    const json = (await (await fetch(`${h.bot.url}/wechat/qr?format=json`, { headers: { authorization: `Bearer ${QR_TOKEN}` } })).json()) as {
      status: string;
      qrcode: string;
    };
    expect(json).toMatchObject({ status: 'waiting-for-scan', qrcode: LOGIN_QR });
  });

  it('refuses to send before login with a retryable error, so the outbox keeps the message', async () => {
    const err = await h.adapter.send({ platform: 'wechat', chatId: 'anyone', chatKind: 'direct' }, textReply('提醒')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ platform: 'wechat', kind: 'authentication', retryable: true });
  });

  it('shows the logged-in account after the scan', async () => {
    h.mocker.scan(LOGIN_QR, ScanStatus.Scanned);
    expect((await page()).body).toContain('已扫码，请在手机上确认登录。');
    await h.login();
    const { body } = await page();
    expect(body).toContain('微信已登录');
    expect(body).toContain('当前账号：<b>示范助手</b>');
    expect(qrImage(body)).toBe('');
    expect(logs).toContainEqual({ level: 'info', msg: 'wechat: logged in', obj: { account: '示范助手' } });
  });
});

describe('logout and login again', () => {
  it('keeps failing sends retryable while logged out, restarts the puppet, and sends again after the new login', async () => {
    const staff = h.contact('马文军');
    const room = h.room('甘南州电商示范工作群', [staff]);
    const target = { platform: 'wechat', chatId: room.id, chatKind: 'group' as const };
    expect(await h.capture(room, () => h.adapter.send(target, textReply('登录正常。')))).toEqual(['登录正常。']);

    const restarted = once(h.adapter.events, 'restarted');
    await h.puppet.logout('test: kicked out on the phone');
    await h.untilStatus('logged-out');
    const err = await h.adapter.send(target, textReply('卓尼县本周进度尚未报送。')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'authentication', retryable: true });
    expect(logs.some((l) => l.level === 'warn' && l.msg.startsWith('wechat: logged out'))).toBe(true);

    // Nobody scanned within the watchdog period: the puppet is restarted and shows a new QR code.
    await restarted;
    expect(logs).toContainEqual({ level: 'warn', msg: 'wechat: restarting the puppet', obj: { reason: 'no new login after logout', delayMs: 10, attempt: 1 } });
    h.mocker.scan(`${LOGIN_QR}-2`, ScanStatus.Waiting);
    expect(h.printed.at(-1)).toContain(`${LOGIN_QR}-2`);
    expect(qrImage((await page()).body)).toContain('<path');

    await h.login();
    expect(await h.capture(room, () => h.adapter.send(target, textReply('卓尼县本周进度尚未报送。')))).toEqual(['卓尼县本周进度尚未报送。']);
    expect(await h.sayPrivately(staff, '我是谁')).toEqual(['您尚未绑定身份，目前是访客。项目工作人员请发送“绑定 邀请码”（邀请码由管理员提供）。']);
  });

  it('logs puppet errors and restarts with a doubling back-off while not logged in', async () => {
    await h.puppet.logout('test: second logout');
    await h.untilStatus('logged-out');
    // Before the watchdog fires, the puppet reports errors.
    const first = once(h.adapter.events, 'restarted');
    h.puppet.emit('error', { data: 'connection to the puppet service lost' });
    await first;
    const second = once(h.adapter.events, 'restarted');
    h.puppet.emit('error', { data: 'connection to the puppet service lost' });
    await second;
    const restarts = logs.filter((l) => l.msg === 'wechat: restarting the puppet').slice(-2);
    expect(restarts.map((l) => l.obj.delayMs)).toEqual([10, 20]); // the login before reset the back-off;
    expect(logs.some((l) => l.level === 'error' && l.msg === 'wechat: puppet error')).toBe(true);
    await h.login();
    expect(h.adapter.loginState().status).toBe('logged-in');
  });
});

describe('a puppet that is not installed', () => {
  it('is reported once with what to do, and the rest of the bot still starts', async () => {
    const lines: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
    const other = await startWechatHarness({ login: false, overrides: { puppet: 'wechaty-puppet-not-installed', logger: recordingLogger(lines) } });
    try {
      expect(other.adapter.loginState().status).toBe('stopped');
      expect(lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual([
        'wechat: the puppet "wechaty-puppet-not-installed" is not installed; install it (npm install wechaty-puppet-not-installed) or choose another WECHATY_PUPPET',
      ]);
      expect((await fetch(`${other.bot.url}/healthz`)).status).toBe(200);
      const err = await other.adapter.send({ platform: 'wechat', chatId: 'x', chatKind: 'direct' }, textReply('提醒')).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'authentication', retryable: true });
    } finally {
      await other.close();
    }
  });
});
