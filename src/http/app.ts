import express from 'express';

/** The express app: health check first; bots and the dashboard mount their routers on it. */
export function createHttpApp(isReady: () => boolean): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    if (isReady()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'starting' });
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
