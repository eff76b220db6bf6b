import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueInvite } from '../../../src/features/admin/invites.ts';
import { listOutbox } from '../../../storage/repositories/outbox.repository.ts';
import { cardElements, FakeLark } from '../../support/fake-lark.ts';
import { read, startLarkBot, type LarkBot } from './lark-harness.ts';

const ZHUONI = 'ou_a1a1b2b2c3c3d4d4e5e5f6f6a7a7b8b8';
const DIEBU = 'ou_b2b2c3c3d4d4e5e5f6f6a7a7b8b8c9c9';

let lark: LarkBot;
beforeAll(async () => {
  // Thursday of 2018-W38, before the 15:00 weekly reminder.
  lark = await startLarkBot({ now: '2018-09-20T14:00:00+08:00' });
  const { repos, programme } = lark.bot.shifan.services;
  for (const [openId, county] of [
    [ZHUONI, '卓尼县'],
    [DIEBU, '迭部县'],
  ] as const) {
    const invite = await issueInvite(repos, programme.data, { role: 'official', county, name: `${county}联络员` }, 72, lark.bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    const bound = read(await lark.say(openId, `绑定 ${invite.value.code}`));
    if (!bound.startsWith('绑定成功')) throw new Error(bound);
  }
});
afterAll(() => lark.close());

const larkRows = async () => (await listOutbox(lark.bot.shifan.services.db)).filter((r) => r.platform === 'lark');

describe('scheduled messages through the outbox to Lark', () => {
  it('sends the weekly reminder to each bound Lark official once, as a card, and waits as Lark asks when rate limited', async () => {
    const { scheduler } = lark.bot.shifan;
    lark.fake.reset();
    lark.bot.clock.set('2018-09-20T15:00:00+08:00');
    // Lark answers the first send with a long rate-limit wait: that row goes back to the outbox.
    lark.fake.failNext({ status: 429, code: 99991400, msg: 'request trigger frequency limit', headers: { 'x-ogw-ratelimit-reset': '60' } });
    await scheduler.runDue();
    const first = await scheduler.dispatchNow();
    expect(first).toMatchObject({ sent: 1, retried: 1 });
    const waiting = (await larkRows()).find((r) => r.status === 'pending');
    expect(waiting?.attempts).toBe(1);
    expect(Date.parse(waiting!.next_attempt_at)).toBeGreaterThanOrEqual(Date.parse('2018-09-20T15:01:00+08:00'));

    lark.bot.clock.set('2018-09-20T15:01:01+08:00');
    expect(await scheduler.dispatchNow()).toMatchObject({ sent: 1 });
    for (const openId of [ZHUONI, DIEBU]) {
      const [m, ...rest] = lark.fake.messagesTo(openId);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ receiveIdType: 'open_id', msgType: 'interactive' });
      expect(m!.content.header.title.content).toBe('周报填报提醒');
      expect(cardElements(m!.content, 'button')[0].text.content).toBe('立即填报');
    }
    expect(FakeLark.readable(lark.fake.messagesTo(ZHUONI)[0]!)).toContain('卓尼县：贵县尚未填报第38周');

    // Running the same slot again sends nothing more.
    await scheduler.runDue();
    await scheduler.dispatchNow();
    expect(lark.fake.messages).toHaveLength(2);
    const rows = await larkRows();
    expect(
      rows
        .filter((r) => r.status === 'sent')
        .map((r) => r.chat_id)
        .sort(),
    ).toEqual([ZHUONI, DIEBU].sort());
    expect(rows.filter((r) => r.status === 'pending')).toEqual([]);
  });
});

describe('a reply Lark will not take even after retries', () => {
  it('waits in the outbox and is delivered once when Lark is back, instead of being lost', async () => {
    const { scheduler } = lark.bot.shifan;
    lark.fake.reset();
    // More 5xx answers than the sender's attempts: the reply cannot go out now.
    lark.fake.failNext({ status: 503, code: 503, msg: 'service unavailable' }, 4);
    const now = await lark.say(ZHUONI, '我是谁');
    expect(now).toEqual([]);
    const queued = (await larkRows()).filter((r) => r.dedup_key.startsWith('reply:lark:'));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ chat_id: ZHUONI, chat_kind: 'direct', status: 'pending' });

    expect(await scheduler.dispatchNow()).toMatchObject({ sent: 1 });
    const delivered = lark.fake.messagesTo(ZHUONI);
    expect(delivered).toHaveLength(1);
    expect(FakeLark.readable(delivered[0]!)).toContain('卓尼县的县级联络员');
    await scheduler.dispatchNow();
    expect(lark.fake.messagesTo(ZHUONI)).toHaveLength(1);
  });
});
