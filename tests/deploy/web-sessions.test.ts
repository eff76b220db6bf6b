import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginCode } from '../../src/web-sessions.ts';
import { channelRegistry } from '../../src/channels.ts';
import { createServices } from '../../src/services.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { startTestBot, testConfig, type TestBot } from '../support/bot.ts';
import { insertPerson } from '../../storage/repositories/people.repository.ts';
import { registerChat } from '../../storage/repositories/chat.repository.ts';
import type { Reply } from '../../src/core/reply.ts';

const TOKEN = 'web-session-signing-key';

describe('the web chat in production: a person, not a token', () => {
  let bot: TestBot;
  let officialId: number;
  let adminId: number;
  beforeAll(async () => {
    bot = await startTestBot({ env: { NODE_ENV: 'production', LOCAL_CHANNEL_TOKEN: TOKEN } });
    const db = bot.shifan.services.db;
    const now = bot.clock.now().toISOString();
    officialId = await insertPerson(db, { name: '杨建华', role: 'official', county_id: 'zhuoni', prefecture_id: null, created_at: now });
    adminId = await insertPerson(db, { name: '系统管理员', role: 'admin', county_id: null, prefecture_id: null, created_at: now });
    await registerChat(
      db,
      {
        platform: 'local',
        platformChatId: 'gannan-web-group',
        name: '甘南州工作群',
        purpose: 'prefecture',
        prefectureId: 'gannan',
        countyId: null,
        registeredBy: adminId,
      },
      bot.clock.now(),
    );
    await registerChat(
      db,
      {
        platform: 'local',
        platformChatId: 'kongtong-web-group',
        name: '崆峒区工作群',
        purpose: 'county',
        prefectureId: null,
        countyId: 'kongtong',
        registeredBy: adminId,
      },
      bot.clock.now(),
    );
  });
  afterAll(() => bot.close());

  async function login(personId: number): Promise<string> {
    const { code } = await issueLoginCode(bot.shifan.services.repos, personId, 24, bot.clock.now());
    const res = await fetch(`${bot.url}/login/${code}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const cookie = /^(shifan_web=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    return cookie!;
  }

  const post = (cookie: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bot.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify(body),
    });

  it('a login link works once, and the session speaks for its person whatever `from` says', async () => {
    const { code } = await issueLoginCode(bot.shifan.services.repos, officialId, 24, bot.clock.now());
    const first = await fetch(`${bot.url}/login/${code}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const again = await fetch(`${bot.url}/login/${code}`, { redirect: 'manual' });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('登录链接只能使用一次');

    const cookie = /^(shifan_web=[^;]+)/.exec(first.headers.get('set-cookie') ?? '')![1]!;
    const res = await post(cookie, { from: 'admin', text: '我是谁' });
    expect(res.status).toBe(200);
    const text = ((await res.json()) as { replies: Reply[] }).replies.map((r) => r.text).join('\n');
    expect(text).toContain('卓尼县');
    expect(text).toContain('杨建华');
    expect(text).not.toContain('管理员');
  });

  it('without a session, with a forged cookie or with the shared token, nobody is anybody', async () => {
    const body = { from: 'admin', text: '我是谁' };
    expect((await post(undefined, body)).status).toBe(401);
    expect((await post('shifan_web=abc.def', body)).status).toBe(401);
    expect((await post(undefined, body, { 'x-local-token': TOKEN, authorization: `Bearer ${TOKEN}` })).status).toBe(401);
    expect((await fetch(`${bot.url}/api/local/chats/person-${adminId}/messages`)).status).toBe(401);
    expect((await fetch(`${bot.url}/api/local/directory?token=${TOKEN}`)).status).toBe(401);
  });

  it('a person reads only their own chat and their groups, and the directory lists only them', async () => {
    const cookie = await login(officialId);
    const get = (chat: string) => fetch(`${bot.url}/api/local/chats/${chat}/messages`, { headers: { cookie } });
    expect((await get(`person-${officialId}`)).status).toBe(200);
    expect((await get('gannan-web-group')).status).toBe(200);
    expect((await get(`person-${adminId}`)).status).toBe(403);
    expect((await get('kongtong-web-group')).status).toBe(403);
    expect((await post(cookie, { text: '@示范助手 帮助', chat: 'kongtong-web-group' })).status).toBe(403);

    const dir = (await (await fetch(`${bot.url}/api/local/directory`, { headers: { cookie } })).json()) as {
      people: { id: string; name: string }[];
      groups: { id: string }[];
    };
    expect(dir.people).toEqual([{ id: `person-${officialId}`, name: '杨建华', role: 'official', place: '卓尼县' }]);
    expect(dir.groups.map((g) => g.id)).toEqual(['gannan-web-group']);
  });

  it('a session expires, and an expired login link does not sign in', async () => {
    const cookie = await login(adminId);
    expect((await post(cookie, { text: '我是谁' })).status).toBe(200);
    const { code } = await issueLoginCode(bot.shifan.services.repos, adminId, 1, bot.clock.now());
    bot.clock.advance(31 * 86_400_000);
    expect((await post(cookie, { text: '我是谁' })).status).toBe(401);
    expect((await fetch(`${bot.url}/login/${code}`, { redirect: 'manual' })).status).toBe(401);
  });
});

describe('/wechat/qr', () => {
  it('is not opened by the web chat token: it has its own token only', async () => {
    const config = testConfig(process.env.TMPDIR ?? '/tmp', {
      WECHATY_ENABLED: 'true',
      WECHATY_PUPPET: 'wechaty-puppet-mock',
      LOCAL_CHANNEL_TOKEN: TOKEN,
      DB_PATH: ':memory:',
    });
    const services = await createServices({ config, logger: silentLogger });
    try {
      const wechat = channelRegistry.find((r) => r.name === 'wechat')!;
      expect((await wechat.create(services)).routes).toBeUndefined();
    } finally {
      await services.db.destroy();
    }
  });
});
