import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScanStatus } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWechatAdapter, type WechatAdapter } from '../../bots/wechat/wechat-adapter.ts';
import type { ChannelAdapter } from '../../src/core/channel.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueInvite } from '../../src/features/admin/invites.ts';
import { STALE_MS } from '../../src/inbound-claims.ts';
import type { LeaderOnlyAdapter } from '../../src/leader-adapter.ts';
import { composeFeatures } from '../../src/services.ts';
import { findConversation } from '../../storage/repositories/conversation.repository.ts';
import { beatInstance } from '../../storage/repositories/inbound.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { disposeStore } from '../support/stores.ts';
import { processedFrom, saidBy } from '../bots/wechat/harness.ts';

type Mocker = InstanceType<typeof mock.Mocker>;
type ContactMock = InstanceType<typeof mock.ContactMock>;

/** Logs a WeChat adapter in on its mock puppet. */
async function login(adapter: WechatAdapter, mocker: Mocker, self: ContactMock): Promise<void> {
  const loggedIn = new Promise<void>((resolve) => {
    const on = (status: string) => {
      if (status !== 'logged-in') return;
      adapter.events.off('status', on);
      resolve();
    };
    adapter.events.on('status', on);
  });
  mocker.scan('https://login.weixin.qq.com/l/journal-test', ScanStatus.Waiting);
  mocker.login(self);
  await loggedIn;
}

/**
 * WeChat never delivers a message again. A leader that has taken an official's message and is
 * killed before its reply goes out used to lose it; now the message is journaled when its turn
 * comes, and the next leader's sweeper answers it (the form does not apply the answer twice).
 */
describe('a WeChat message taken by a leader that dies before replying', () => {
  const mockerB = new mock.Mocker();
  const selfB = mockerB.createContact({ name: '示范助手' });
  let b: TestBot;
  let wechatB: WechatAdapter;
  let official: ContactMock;

  beforeAll(async () => {
    b = await startTestBot({
      // Its own account name: on PostgreSQL the account's lock is server-wide.
      env: { WECHATY_ENABLED: 'true', WECHATY_NAME: `journal-${process.pid}`, INBOUND_SWEEP_MS: '200' },
      channels: { wechat: { puppet: new PuppetMock({ mocker: mockerB }), print: () => {} } },
    });
    const channel = b.shifan.adapters.get('wechat') as ChannelAdapter;
    wechatB = ('inner' in channel ? (channel as LeaderOnlyAdapter).inner : channel) as WechatAdapter;
    await login(wechatB, mockerB, selfB);
    official = mockerB.createContact({ name: '卓尼县联络员' });
    const { repos, programme } = b.shifan.services;
    const invite = await issueInvite(repos, programme.data, { role: 'official', county: '卓尼县', name: '卓尼县联络员' }, 72, b.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    const say = (text: string) =>
      saidBy(selfB, official, async () => {
        const done = processedFrom(wechatB, official.id);
        official.say(text).to(selfB);
        await done;
      });
    expect((await say(`绑定 ${invite.value.code}`)).join('\n')).toContain('绑定成功');
    expect((await say('填报')).join('\n')).toContain('开始填写卓尼县2018-W38周报');
  }, 60_000);

  afterAll(async () => {
    await b?.stop();
    await disposeStore(b.dir);
    rmSync(b.dir, { recursive: true, force: true });
  });

  it('is answered by the next leader: the stored answer is not applied again, and the official reads the next question', async () => {
    // Leader A on the same store and the same account (the same contact ids), dying as its reply is about to go out.
    const { router, inbound } = await composeFeatures(b.shifan.services);
    const mockerA = new mock.Mocker();
    const selfA = mockerA.createContact({ name: '示范助手' });
    const officialA = mockerA.createContact({ id: official.id, name: '卓尼县联络员' });
    const a = createWechatAdapter({
      puppet: new PuppetMock({ mocker: mockerA }),
      name: join(b.dir, 'leader-a'),
      botName: '示范助手',
      logger: silentLogger,
      print: () => {},
      now: () => b.clock.now(),
    });
    let handled!: () => void;
    const handling = new Promise<void>((r) => (handled = r));
    await a.start(
      (message) =>
        router.handle(message, async () => {
          handled();
          await new Promise(() => {}); // killed before the reply is said
        }),
      inbound,
    );
    await login(a, mockerA, selfA);

    const replies = await saidBy(selfB, official, async () => {
      officialA.say('45万').to(selfA);
      await handling;
      const key = `wechat:${official.id}:${official.id}`;
      const answers = async () => (JSON.parse((await findConversation(b.shifan.services.db, key))!.state) as { answers: Record<string, unknown> }).answers;
      expect(await answers()).toEqual({ spent_total: 450_000 });
      // A is killed: its heartbeat stops. B's sweeper takes the message over and answers it.
      inbound.stop();
      await beatInstance(b.shifan.services.db, inbound.instance, new Date(Date.now() - STALE_MS - 1_000));
      await vi.waitFor(
        async () => {
          const row = await b.shifan.services.db
            .selectFrom('inbound_events')
            .select(['status', 'claimed_by'])
            .where('platform', '=', 'wechat')
            .where('status', '<>', 'done')
            .execute();
          expect(row).toEqual([]);
        },
        { timeout: 10_000, interval: 50 },
      );
      await b.shifan.router.idle();
      expect(await answers()).toEqual({ spent_total: 450_000 });
    });
    expect(replies.join('\n')).toContain('您的这条消息已经记录，无需重复发送。');
    expect(replies.join('\n')).toContain('其中用于农村产品上行');
    expect(await b.shifan.sweeper.sweep()).toBe(0);
    await a.stop();
  });
});
