import express from 'express';
import { hostAllowList, securityHeaders, trustProxySetting } from './security.ts';

/** What the app needs to know about where it is reached. */
export interface HttpOptions {
  /** Host names answered; other Host headers get 421. Absent: any (unit tests of single routes). */
  readonly allowedHosts?: ReadonlySet<string>;
  /** TRUST_PROXY, as written in the configuration. */
  readonly trustProxy?: string;
}

/** How long /healthz waits for the store before it answers 503. */
export const HEALTH_TIMEOUT_MS = 2000;

/**
 * The express app: health check first; bots and the dashboard mount their routers on it.
 * Every response carries the security headers; a request naming a host not ours gets 421.
 * `/healthz` runs `probe` (a cheap store query) with a timeout: 503 when it fails or hangs.
 */
export function createHttpApp(isReady: () => boolean, probe?: () => Promise<void>, options: HttpOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind an HTTPS proxy: req.secure (and so Secure cookies) and req.ip from its X-Forwarded-* headers.
  app.set('trust proxy', trustProxySetting(options.trustProxy ?? 'false'));
  app.use(securityHeaders());
  if (options.allowedHosts) app.use(hostAllowList(options.allowedHosts));
  // Checks arriving while one probe runs share it, so a hung store does not pile them up.
  let running: Promise<boolean> | undefined;
  const storeOk = () =>
    (running ??= new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
      probe!().then(
        () => resolve(true),
        () => resolve(false),
      ).finally(() => clearTimeout(timer));
    }).finally(() => {
      running = undefined;
    }));
  app.get('/healthz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!isReady()) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    if (probe && !(await storeOk())) {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
      return;
    }
    res.json({ status: 'ok' });
  });
  return app;
}

/** Counts open requests, so a shutdown can wait for them; while draining, answers ask the client not to reuse the connection. */
export function requestTracker(): { middleware: express.RequestHandler; active(): number; drain(): void } {
  const open = new Set<express.Response>();
  let draining = false;
  const closeAfter = (res: express.Response) => {
    if (!res.headersSent) res.set('Connection', 'close');
  };
  return {
    middleware: (_req, res, next) => {
      open.add(res);
      const end = () => open.delete(res);
      res.once('finish', end);
      res.once('close', end);
      if (draining) closeAfter(res);
      next();
    },
    active: () => open.size,
    drain: () => {
      draining = true;
      for (const res of open) closeAfter(res);
    },
  };
}

/** Answers a path nothing serves: a short Chinese 404 (keeping the security headers, unlike express's default page). */
export function notFoundHandler(): express.RequestHandler {
  return (_req, res) => {
    res.status(404).json({ error: '未找到该页面或接口' });
  };
}

/** Catches what a route threw: a JSON error in Chinese, never a stack trace. */
export function errorHandler(log: (err: unknown, status: number) => void): express.ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    log(err, status);
    if (!res.headersSent) res.status(status).json({ error: status === 500 ? '服务器内部错误，请稍后再试' : '请求格式不正确' });
  };
}
