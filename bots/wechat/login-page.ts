import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import QRCode from 'qrcode';

/** Where the WeChat login stands, as the admin page shows it. */
export type WechatStatus = 'starting' | 'waiting-for-scan' | 'scanned' | 'logged-in' | 'logged-out' | 'restarting' | 'stopped';

export interface WechatLoginState {
  readonly status: WechatStatus;
  /** The value to encode in the login QR code, while a scan is awaited. */
  readonly qrcode?: string;
  /** The logged-in WeChat account's display name. */
  readonly account?: string;
  readonly since: Date;
}

const STATUS_TEXT: Readonly<Record<WechatStatus, string>> = {
  starting: '正在启动微信连接……',
  'waiting-for-scan': '请用机器人所用的微信号扫描下方二维码登录。',
  scanned: '已扫码，请在手机上确认登录。',
  'logged-in': '微信已登录，机器人正常工作。',
  'logged-out': '微信已退出登录，正在等待重新登录；期间的定时消息会在登录后补发。',
  restarting: '微信连接出现问题，正在重新启动……',
  stopped: '微信连接已停止。',
};

/** The login QR value as an SVG image, generated locally (no network). */
export async function qrSvg(value: string): Promise<string> {
  return QRCode.toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

/** The HTML page of /wechat/qr; it refreshes itself until the bot is logged in. */
export async function renderLoginPage(state: WechatLoginState): Promise<string> {
  const showQr = state.qrcode && (state.status === 'waiting-for-scan' || state.status === 'scanned');
  const image = showQr
    ? `<img alt="微信登录二维码" width="280" height="280" src="data:image/svg+xml;base64,${Buffer.from(await qrSvg(state.qrcode!)).toString('base64')}">`
    : '';
  const account = state.status === 'logged-in' && state.account ? `<p>当前账号：<b>${escapeHtml(state.account)}</b></p>` : '';
  const refresh = state.status === 'logged-in' ? '' : '<meta http-equiv="refresh" content="5">';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<meta name="robots" content="noindex"><title>示范助手 · 微信登录</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:420px;margin:40px auto;padding:0 16px;color:#1f2329;text-align:center}img{display:block;margin:16px auto;image-rendering:pixelated}small{color:#8f959e}</style>
</head><body>
<h1>示范助手 · 微信登录</h1>
<p data-status="${state.status}">${STATUS_TEXT[state.status]}</p>
${image}${account}
<small>状态更新于 ${shanghaiClock(state.since)}（北京时间）</small>
</body></html>`;
}

/** The express router of /wechat/qr, guarded by a token; without a token there is no route. */
export function loginRouter(token: string, state: () => WechatLoginState): express.Router {
  const r = express.Router();
  r.get('/wechat/qr', guard(token), async (req, res) => {
    res.set('cache-control', 'no-store');
    if (req.query.format === 'json') {
      const s = state();
      res.json({ status: s.status, qrcode: s.qrcode ?? null, account: s.account ?? null, since: s.since.toISOString() });
      return;
    }
    res.type('html').send(await renderLoginPage(state()));
  });
  return r;
}

function guard(token: string) {
  const expected = digest(token);
  return (req: Request, res: Response, next: NextFunction): void => {
    const presented = req.get('authorization')?.replace(/^Bearer\s+/i, '') ?? (typeof req.query.token === 'string' ? req.query.token : undefined);
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      res.status(401).type('text').send('需要有效的令牌（WECHAT_QR_TOKEN），例如 /wechat/qr?token=…');
      return;
    }
    next();
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function shanghaiClock(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
