import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWechatHarness, type ContactMock, type WechatHarness } from './harness.ts';

let h: WechatHarness;
let official: ContactMock;
beforeAll(async () => {
  // Thursday of week 39, 15:00: the weekly reminder, and three days before 实施方案备案 is due.
  h = await startWechatHarness({ now: '2018-09-27T15:00:30+08:00', overrides: { backoff: { baseMs: 10, maxMs: 100, loginWatchdogMs: 60_000 } } });
  official = h.contact('杨建华');
  await h.bind(official, { role: 'official', county: '卓尼县', name: '杨建华' });
}, 30_000);
afterAll(() => h?.close());

async function wechatRows() {
  return h.bot.shifan.services.db
    .selectFrom('outbox')
    .select(['dedup_key', 'status', 'attempts', 'last_error'])
    .where('platform', '=', 'wechat')
    .orderBy('id')
    .execute();
}

describe('scheduled messages through the outbox to WeChat', () => {
  it('delivers the county reminders to the official in private, with the quick reply as a word', async () => {
    const said = await h.capture(official, () => h.bot.shifan.scheduler.tick());
    expect(said).toHaveLength(2);
    const milestone = said.find((m) => m.startsWith('【截止提醒：实施方案备案】'));
    const weekly = said.find((m) => m.startsWith('【周报填报提醒】'));
    expect(milestone).toContain('卓尼县：“实施方案备案”将于2018年9月30日截止，距截止还有3天');
    expect(milestone).toContain('回复“已完成 实施方案备案”');
    expect(weekly).toContain('卓尼县：贵县尚未填报第39周');
    expect(weekly!.endsWith('回复“填报”：立即填报')).toBe(true);
    // Older reminders (past the grace window) were recorded as skipped, never sent.
    const rows = await wechatRows();
    expect(rows.filter((r) => r.status !== 'skipped').map((r) => [r.dedup_key.replace(/:to:wechat:.*/, ''), r.status])).toEqual([
      ['milestone:plan-filing:county:zhuoni:T-3@2018-09-30', 'sent'],
      ['week:2018-W39:remind:county:zhuoni', 'sent'],
    ]);
    // Typing the word does what the reminder asks.
    expect((await h.sayPrivately(official, '填报'))[0]).toContain('开始填写卓尼县2018-W39周报');
    expect((await h.sayPrivately(official, '取消'))[0]).toContain('回复 1 确定取消  2 继续填写');
    expect((await h.sayPrivately(official, '1'))[0]).not.toContain('（1/');
  });

  it('keeps what comes due while WeChat is logged out in the outbox, and sends it after the next login', async () => {
    await h.puppet.logout('test: logged out on the phone');
    await h.untilStatus('logged-out');
    // Friday 15:00, the last call before the 18:00 deadline.
    h.bot.clock.set('2018-09-28T15:00:30+08:00');
    const whileOut = await h.capture(official, () => h.bot.shifan.scheduler.tick());
    expect(whileOut).toEqual([]);
    const waiting = (await wechatRows()).filter((r) => r.dedup_key.startsWith('week:2018-W39:last-call:')).at(-1)!;
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.dedup_key).toMatch(/^week:2018-W39:last-call:county:zhuoni:to:wechat:/);
    expect(waiting.last_error).toMatch(/^authentication: WeChat is logged out/);

    await h.login();
    h.bot.clock.advance(61_000); // the adapter asked for a retry after a minute
    const afterLogin = await h.capture(official, () => h.bot.shifan.scheduler.dispatchNow());
    expect(afterLogin).toHaveLength(1);
    expect(afterLogin[0]).toMatch(/^【周报/);
    expect(afterLogin[0]).toContain('卓尼县');
    expect((await wechatRows()).filter((r) => r.dedup_key.startsWith('week:2018-W39:last-call:'))).toMatchObject([{ status: 'sent', attempts: 2 }]);
    // Sent once: another dispatch sends nothing more.
    expect(await h.capture(official, () => h.bot.shifan.scheduler.tick())).toEqual([]);
  });
});
