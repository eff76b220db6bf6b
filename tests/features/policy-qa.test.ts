import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2018-09-20T10:00:00+08:00' });
});
afterAll(() => bot.close());

const log = () => bot.shifan.services.db.selectFrom('qa_log').selectAll().orderBy('id').execute();

describe('policy Q&A in chat', () => {
  it('answers a question in private chat with the clause quoted and 有用/没用 buttons', async () => {
    const [answer] = await bot.say('zhuoni-official', '公服中心能花多少？');
    expect(answer!.text).toContain('不得高于15%');
    expect(answer!.text).toContain('最多225万元');
    expect(answer!.text).toContain('依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》 三（二）2');
    expect(answer!.text).toContain('“公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。”');
    expect(answer!.citations).toEqual([
      {
        source: '《甘肃省2018年电子商务进农村综合示范项目实施方案》',
        section: '三（二）2',
        quote: '公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。',
      },
    ]);
    expect(answer!.buttons).toEqual([
      { label: '有用', value: '有用' },
      { label: '没用', value: '没用' },
    ]);
  });

  it('says plainly when the notice does not say, and invents no figure', async () => {
    const text = await bot.sayText('diebu-official', '每个村级站点补贴多少钱？');
    expect(text).toMatch(/^通知中没有明确规定按服务点、村、户或人计算的补贴标准或金额/);
    expect(text.replace(/2018|183|三（二）2/g, '')).not.toMatch(/\d/);
  });

  it('in the group answers only when @-mentioned', async () => {
    expect(await bot.say('gannan-staff', '甘南州有哪几个示范县？', { chat: 'gannan-group' })).toEqual([]);
    const text = await bot.sayText('gannan-staff', '甘南州有哪几个示范县？', { chat: 'gannan-group', mentioned: true });
    expect(text).toContain('甘南州的示范县有4个：卓尼县、迭部县、舟曲县、碌曲县。');
    expect(text).toContain('依据：州商办发〔2018〕183号 主送单位');
  });

  it('lets a follow-up lean on the previous question of the same conversation only', async () => {
    expect(await bot.sayText('zhouqu-official', '公示有啥要求？')).toContain('资金安排');
    const followUp = await bot.sayText('zhouqu-official', '那培训呢？');
    expect(followUp).toContain('三（三）');
    expect(await bot.sayText('zhouqu-official', '上行比例最少多少')).toContain('不低于50%');
    expect(await bot.sayText('zhouqu-official', '那公服中心呢？')).toContain('用于公共服务中心的最多225万元');
    // Another person asking the same follow-up has no previous amount question to lean on.
    expect(await bot.sayText('luqu-official', '那公服中心呢？')).not.toContain('225万元');
  });

  it('takes a mistyped county name for the right county and says so', async () => {
    const text = await bot.sayText('visitor', '桌尼县的补贴资金是多少');
    expect(text).toContain('卓尼县的补贴资金为1500万元');
    expect(text).toContain('您输入的“桌尼县”，按“卓尼县”理解');
    expect(text).toContain('依据：附件1');
  });

  it('reads 我县 as the asker’s own county', async () => {
    expect(await bot.sayText('diebu-official', '我县能拿多少钱？')).toContain('迭部县的补贴资金为1500万元');
  });

  it('counts the days to the filing deadline with the clock, and says when it has passed', async () => {
    bot.clock.set('2018-09-20T10:00:00+08:00');
    expect(await bot.sayText('luqu-official', '实施方案还有几天截止？')).toContain('今天距截止还有10天');
    bot.clock.set('2018-10-08T09:00:00+08:00');
    const after = await bot.sayText('luqu-official', '实施方案还有几天截止？');
    expect(after).toContain('已于2018年9月30日截止');
    expect(after).toContain('依据：州商办发〔2018〕183号 二');
    expect(await bot.sayText('luqu-official', '招标啥时候截止')).toContain('距截止还有84天');
    bot.clock.set('2018-09-20T10:00:00+08:00');
  });

  it('records 有用/没用 on the conversation’s last answer and thanks the person', async () => {
    await bot.say('diebu-official', '考核不合格会怎么样？');
    expect(await bot.sayText('diebu-official', '没用')).toContain('感谢您的反馈');
    const rows = await log();
    const row = rows.filter((r) => r.user_id === 'diebu-official').at(-1)!;
    expect(row).toMatchObject({ question: '考核不合格会怎么样?', answered: 1, clause_id: 'plan-6', feedback: 'down' });
    // A quick-reply press in the group counts without an @-mention.
    await bot.say('gannan-staff', '谁来搞绩效评价', { chat: 'gannan-group', mentioned: true });
    expect(await bot.sayText('gannan-staff', '有用', { chat: 'gannan-group', action: { name: '有用' } } as never)).toContain('感谢您的反馈');
    const staff = (await log()).filter((r) => r.user_id === 'gannan-staff').at(-1)!;
    expect(staff).toMatchObject({ clause_id: 'plan-6', feedback: 'up' });
  });

  it('logs every question with whether it was answered and which clause served', async () => {
    const rows = await log();
    expect(rows.find((r) => r.question === '每个村级站点补贴多少钱?')).toMatchObject({ answered: 0, user_id: 'diebu-official', platform: 'local' });
    expect(rows.find((r) => r.question === '公服中心能花多少?')).toMatchObject({ answered: 1, clause_id: 'plan-3-2-2' });
    expect(rows.every((r) => r.answer)).toBe(true);
  });

  it('does not shadow commands, and says what to do when there is nothing to rate', async () => {
    expect(await bot.sayText('someone-new', '帮助')).toContain('示范助手 · 使用帮助');
    expect(await bot.sayText('someone-new', '有用')).toContain('还没有可以评价的回答');
  });
});
