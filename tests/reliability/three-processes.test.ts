import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginCode } from '../../src/web-sessions.ts';
import { createRepositories } from '../../storage/repositories/index.ts';
import { insertPerson } from '../../storage/repositories/people.repository.ts';
import type { Db } from '../../storage/database.ts';
import { spawnBot, type ChildBot } from '../support/child-bot.ts';
import { disposeStore, openTestDb, postgresUrl, schemaFor } from '../support/stores.ts';

/**
 * The province recipe of docs/operations.md (“N processes under systemd”), as far as a test can
 * run it: three real bot processes (`src/main.ts`, production settings from one shared `.env` in
 * their working directory, each its own PORT as `deploy/shifan@.service` gives it) on one
 * PostgreSQL database, an official signed in to the web chat with a login link, filing the weekly
 * report across the processes. One process is SIGKILLed while the official's message waits on it;
 * the web page's retry of the same message id reaches another process, is answered once, and the
 * report goes on there. PostgreSQL only (the `postgres` project, with TEST_DATABASE_URL).
 */
describe('three bot processes on one PostgreSQL database, one killed in the middle of a weekly report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shifan-three-'));
  const bots: ChildBot[] = [];
  let db: Db;
  let cookie = '';

  beforeAll(async () => {
    writeFileSync(
      join(dir, '.env'),
      [
        'NODE_ENV=production',
        'HOST=127.0.0.1',
        'PORT=3000',
        `DATABASE_URL=${await postgresUrl(schemaFor(dir))}`,
        `LOCAL_CHANNEL_TOKEN=${'k'.repeat(64)}`,
        'SCHEDULER_ENABLED=false',
        'LOG_LEVEL=silent',
      ].join('\n'),
    );
    // The unit sets only PORT; everything else comes from the shared .env. The first process
    // migrates, the other two start together (the migration lock is tested elsewhere).
    const start = () => spawnBot({ env: {}, cwd: dir, timeoutMs: 60_000 });
    bots.push(await start());
    bots.push(...(await Promise.all([start(), start()])));
    db = await openTestDb(dir);
    const personId = await insertPerson(db, {
      name: '杨建华',
      role: 'official',
      county_id: 'zhuoni',
      prefecture_id: null,
      created_at: new Date().toISOString(),
    });
    const { code } = await issueLoginCode(createRepositories(db), personId, 24, new Date());
    const res = await fetch(`${bots[1]!.url}/login/${code}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    cookie = /^(shifan_web=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
  }, 120_000);

  afterAll(async () => {
    for (const b of bots) await b.kill();
    await db?.destroy();
    await disposeStore(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the web page posts; the replies' texts, joined. */
  const say = async (bot: ChildBot, messageId: string, text: string): Promise<string> => {
    const res = await fetch(`${bot.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text, messageId }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { replies: { text: string }[] };
    return body.replies.map((r) => r.text).join('\n');
  };

  it('goes on on the other two: the message the killed process never answered is answered once, nothing twice', { timeout: 60_000 }, async () => {
    const [one, two, three] = bots as [ChildBot, ChildBot, ChildBot];
    expect(await say(one, 'w1', '我要报周报')).toContain('本周新增支出的中央财政资金是多少万元');
    expect(await say(two, 'w2', '十二万五')).toContain('已记录：本周新增支出的中央财政资金 12.5万元');
    expect(await say(three, 'w3', '3万')).toContain('其中用于县级电商公共服务中心的有多少万元');
    // A follow-up policy question in the middle of the form, on the first process.
    const policy = await say(one, 'w3q', '公服中心的钱最多占多少');
    expect(policy).toContain('15%');
    expect(policy).toContain('其中用于县级电商公共服务中心的有多少万元');

    // The official's next answer reaches the first process, which is killed before it answers.
    one.process.kill('SIGSTOP');
    const lost = fetch(`${one.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text: '5万', messageId: 'w4' }),
    }).then(
      (r) => r.status,
      () => 'no answer',
    );
    await new Promise((r) => setTimeout(r, 300));
    await one.kill();
    expect(await lost).toBe('no answer');

    // The page sends it again under the same id; the proxy passes it to a live process.
    const retried = await say(two, 'w4', '5万');
    expect(retried).toContain('已记录：其中用于县级电商公共服务中心 5万元');
    expect(retried).toContain('其中用于乡村电商服务站点的有多少万元');
    // A further copy of the same message, at the third process: no second effect, no second answer.
    expect(await say(three, 'w4', '5万')).toBe('');
    // The next answer lands on the field after it, not one further on.
    expect(await say(three, 'w5', '2万')).toContain('已记录：其中用于乡村电商服务站点 2万元');
    const progress = await say(two, 'w6', '进度');
    expect(progress).toContain('其中用于电商培训的有多少万元');

    for (const bot of [two, three]) expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const killed = await fetch(`${one.url}/healthz`).then(
      () => 'answered',
      () => 'gone',
    );
    expect(killed).toBe('gone');
  });
});
