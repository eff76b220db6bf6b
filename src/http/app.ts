import express from 'express';

/** How long /healthz waits for the store before it answers 503. */
export const HEALTH_TIMEOUT_MS = 2000;

/**
 * The express app: health check first; bots and the dashboard mount their routers on it.
 * `/healthz` runs `probe` (a cheap store query) with a timeout: 503 when it fails or hangs.
 */
export function createHttpApp(isReady: () => boolean, probe?: () => Promise<void>): express.Express {
  const app = express();
  app.disable('x-powered-by');
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

/** Catches what a route threw: a JSON error in Chinese, never a stack trace. */
export function errorHandler(log: (err: unknown, status: number) => void): express.ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    log(err, status);
    if (!res.headersSent) res.status(status).json({ error: status === 500 ? '服务器内部错误，请稍后再试' : '请求格式不正确' });
  };
}
