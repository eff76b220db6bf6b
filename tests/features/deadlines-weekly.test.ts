import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { TYPICAL_CARD } from '../forms/weekly-report-support.ts';

describe('the weekly reminder and the report form', () => {
  let bot: TestBot;
  const at = async (time: string) => {
    bot.clock.set(time);
    await bot.shifan.scheduler.tick();
  };
  const titles = async (chat: string) => (await bot.posts(chat)).map((p) => `${p.at.slice(0, 16)} ${p.reply.title}`);

  beforeAll(async () => {
    bot = await startTestBot({ now: '2018-10-11T14:00:00+08:00' });
  });

  afterAll(async () => {
    await bot?.close();
  });

  it('offers to start the report at once, and a county that reports hears nothing more that week', async () => {
    await at('2018-10-11T15:00:00+08:00'); // Thursday of 2018-W41
    const [reminder] = (await bot.posts('diebu-official')).filter((p) => p.reply.title === '周报填报提醒');
    expect(reminder!.reply.buttons).toEqual([{ label: '立即填报', value: '填报' }]);

    // Tapping the button sends its value.
    const opening = await bot.sayText('diebu-official', '填报');
    expect(opening).toContain('迭部县2018-W41');
    await bot.say('diebu-official', '', { action: { name: 'form-submit:weekly-report', values: TYPICAL_CARD } });
    expect((await bot.say('diebu-official', '确认')).map((r) => r.text).join('\n')).toContain('已提交');

    await at('2018-10-12T15:00:00+08:00'); // last call
    await at('2018-10-12T18:00:00+08:00'); // deadline
    await at('2018-10-15T09:30:00+08:00'); // escalation, Monday
    expect((await titles('diebu-official')).filter((t) => t.includes('周报') && t < '2018-10-15')).toEqual(['2018-10-11T07:00 周报填报提醒']);
    expect((await titles('luqu-official')).filter((t) => t.includes('周报') && t < '2018-10-15')).toEqual([
      '2018-10-11T07:00 周报填报提醒',
      '2018-10-12T07:00 周报最后提醒',
      '2018-10-12T10:00 周报已逾期',
    ]);
    const escalation = (await bot.posts('gannan-group')).find((p) => p.reply.title === '周报逾期通报');
    expect(escalation!.reply.fields).toEqual([
      { label: '已填报', value: '1/4 个县' },
      { label: '未填报', value: '卓尼县、舟曲县、碌曲县' },
    ]);
  });
});
