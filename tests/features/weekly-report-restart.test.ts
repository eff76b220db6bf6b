import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { answerAll, storedReport, texts, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';

const bots: TestBot[] = [];
afterAll(async () => {
  for (const b of bots.reverse()) await b.stop().catch(() => undefined);
});

async function conversationState(bot: TestBot, key: string) {
  const row = await bot.shifan.services.db.selectFrom('conversations').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  return { ...row, state: JSON.parse(row.state) as { answers: Record<string, unknown>; step: { at: string; key?: string } } };
}

describe('a restart in the middle of a form', () => {
  it('commits every answer before replying and resumes at the same field in a new process on the same database', async () => {
    const clock = new ManualClock('2018-09-20T10:00:00+08:00');
    const first = await startTestBot({ clock });
    bots.push(first);
    await first.say('zhuoni-official', '填报');
    await answerAll(first, 'zhuoni-official', TYPICAL_WEEK.slice(0, 4));
    const saved = await conversationState(first, 'local:zhuoni-official:zhuoni-official');
    expect(saved.status).toBe('open');
    expect(saved.version).toBe(5); // opened, then one commit per answer
    expect(saved.state.answers).toEqual({ spent_total: 450_000, spent_upstream: 250_000, spent_service_centre: 50_000, spent_service_points: 80_000 });
    expect(saved.state.step).toEqual({ at: 'field', key: 'spent_training' });
    await first.stop();

    clock.advance(10 * 60_000);
    const second = await startTestBot({ clock, reuseDir: first.dir });
    bots.push(second);
    const next = texts(await second.say('zhuoni-official', TYPICAL_WEEK[4]!));
    expect(next).toContain('（第6项，还剩约11项）本周是否有中央财政资金用于网络交易平台、楼堂馆所、工作经费或购买流量？');
    const summary = await answerAll(second, 'zhuoni-official', TYPICAL_WEEK.slice(5));
    expect(summary[0]!.fields?.slice(0, 5).map((f) => f.value)).toEqual(['45万元', '25万元', '5万元', '8万元', '2万元']);
    expect(texts(await second.say('zhuoni-official', '确认'))).toContain('已提交');
    expect((await storedReport(second, 'zhuoni', '2018-W38'))?.values.spent_training).toBe(20_000);
    await second.close();
  });

  it('applies two answers that arrive together one after the other, losing neither', async () => {
    const bot = await startTestBot();
    bots.push(bot);
    await bot.say('diebu-official', '填报');
    const replies = await Promise.all([bot.say('diebu-official', '45'), bot.say('diebu-official', '20')]);
    expect(replies.flat().every((r) => !r.text.includes('同时到达'))).toBe(true);
    const saved = await conversationState(bot, 'local:diebu-official:diebu-official');
    expect(Object.keys(saved.state.answers).sort()).toEqual(['spent_total', 'spent_upstream']);
    await bot.close();
  });

  it('drops a stored form of another template version and says so', async () => {
    const bot = await startTestBot();
    bots.push(bot);
    await bot.say('luqu-official', '填报');
    await bot.say('luqu-official', '45');
    await bot.shifan.services.db.updateTable('conversations').set({ form_version: 0 }).where('key', '=', 'local:luqu-official:luqu-official').execute();
    expect(await bot.sayText('luqu-official', '20')).toBe('填报表单已更新，您之前未完成的填写已失效，请重新发送“填报”开始。');
    expect(texts(await bot.say('luqu-official', '填报'))).toContain('（第1项');
    await bot.close();
  });
});
