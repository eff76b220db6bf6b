import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';

const exec = (db: sqlite3.Database, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));

describe('/healthz', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  it('answers 503 within its timeout while another process holds the database, and ok again after', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const other = new sqlite3.Database(bot.dbPath);
    try {
      await exec(other, 'begin exclusive');
      const t0 = performance.now();
      const res = await fetch(`${bot.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', reason: 'database' });
      expect(performance.now() - t0).toBeLessThan(3000);
      await exec(other, 'rollback');
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
    // The probe that timed out may still be waiting for the lock; the next one succeeds.
    await expect.poll(async () => (await fetch(`${bot.url}/healthz`)).status, { timeout: 10_000, interval: 200 }).toBe(200);
  }, 20_000);
});
