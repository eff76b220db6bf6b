/**
 * The baseline for the Lark webhook figure: express reading the raw body and answering `{}` on
 * the same path, in its own process like the bot, so the ratio shows what Shifan's webhook work costs.
 */
import express from 'express';

const app = express();
app.disable('x-powered-by');
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.post('/lark/events', express.raw({ type: () => true, limit: '1mb' }), (_req, res) => {
  res.json({});
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
