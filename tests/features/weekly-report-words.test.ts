import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { storedReport, texts } from '../forms/weekly-report-support.ts';

const bots: TestBot[] = [];
afterAll(async () => {
  for (const b of bots.reverse()) await b.stop().catch(() => undefined);
});

async function bot(clock = new ManualClock('2018-09-20T10:00:00+08:00'), reuseDir?: string): Promise<TestBot> {
  const b = await startTestBot({ clock, ...(reuseDir ? { reuseDir } : {}) });
  bots.push(b);
  return b;
}

describe('the weekly report reads what officials type', () => {
  it('keeps a reading awaiting confirmation across a restart, and 是 stores the reading it offered', async () => {
    const clock = new ManualClock('2018-09-20T10:00:00+08:00');
    const first = await bot(clock);
    await first.say('zhuoni-official', '填报');
    expect(texts(await first.say('zhuoni-official', '1500000'))).toContain(
      '本项的单位是万元。您填写的是 150万元（1,500,000元）吗？回复“是”确认，或直接重新输入。',
    );
    await first.stop();
    const second = await bot(clock, first.dir);
    expect(texts(await second.say('zhuoni-official', '是'))).toContain('已记录：本周新增支出的中央财政资金 150万元。');
  });

  it('stores a reading asked back on an agreeing word (成, 行, 要得), as on 是', async () => {
    const b = await bot();
    await b.say('zhuoni-official', '填报');
    expect(texts(await b.say('zhuoni-official', '量万三'))).toContain(
      '“量万三”中的“量”按“两”理解（两万三）。您填写的是 2.3万元（23,000元）吗？回复“是”确认，或直接重新输入。',
    );
    expect(texts(await b.say('zhuoni-official', '成'))).toContain('已记录：本周新增支出的中央财政资金 2.3万元。');
  });

  it('takes a new figure instead of 是, and 否 asks again', async () => {
    const b = await bot();
    await b.say('diebu-official', '填报');
    await b.say('diebu-official', '大概六十万左右吧');
    expect(texts(await b.say('diebu-official', '否'))).toContain('好的，请重新填写。');
    await b.say('diebu-official', '三五十万');
    expect(texts(await b.say('diebu-official', '是'))).toContain('请直接输入准确数字。');
    expect(texts(await b.say('diebu-official', '三十八万六千'))).toContain('已记录：本周新增支出的中央财政资金 38.6万元。');
  });

  it('offers the words after a yes as the details asked next, and stores them on 是', async () => {
    const b = await bot();
    await b.say('zhuoni-official', '填报');
    for (const a of ['0']) await b.say('zhuoni-official', a);
    const offered = texts(await b.say('zhuoni-official', '有一点，买了2万的流量'));
    expect(offered).toContain('已记录：本周是否有资金用于网络交易平台、楼堂馆所、工作经费或购买流量 是。');
    expect(offered).toContain('您提到：“买了2万的流量”。将其作为“违规用途说明”，回复“是”确认，或直接输入新的说明。');
    expect(texts(await b.say('zhuoni-official', '是'))).toContain('累计建成乡镇和村级电商服务站点');
    for (const a of ['12', '8', '没有培训', '3', '10', '跳过', '200户', '跳过']) await b.say('zhuoni-official', a);
    expect(texts(await b.say('zhuoni-official', '确认'))).toContain('已提交');
    const stored = await storedReport(b, 'zhuoni', '2018-W38');
    expect(stored?.values).toMatchObject({ forbidden_use: 1, forbidden_use_note: '买了2万的流量', training_sessions: 0 });
  });

  it('pauses on an answer with the rest put off, and says that answer is not recorded', async () => {
    const b = await bot();
    await b.say('luqu-official', '填报');
    const paused = texts(await b.say('luqu-official', '先报5万，其余的下午再填'));
    expect(paused).toContain('已暂停');
    expect(paused).toContain('您这条消息中的本项答案尚未记录，继续填报时请重新填写这一项。');
    expect(texts(await b.say('luqu-official', '继续填报'))).toContain('（第1项');
    // A plain 暂停 says nothing of an unrecorded answer.
    expect(texts(await b.say('luqu-official', '暂停'))).not.toContain('尚未记录');
  });

  it('numbers the questions without ever going back as answers remove fields', async () => {
    const b = await bot();
    await b.say('zhouqu-official', '填报');
    const numbers: number[] = [];
    for (const a of ['0', '否', '12', '8', '0', '3', '10', '跳过', '200户']) {
      const m = /（第(\d+)项，(?:还剩约\d+项|最后一项)）/.exec(texts(await b.say('zhouqu-official', a)));
      if (m) numbers.push(Number(m[1]));
    }
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('finds a county by a near spelling and a field by another name', async () => {
    const b = await bot();
    expect(texts(await b.say('gannan-staff', '填报 桌尼县'))).toContain('按“卓尼县”理解。开始填写卓尼县2018-W38周报（市州代填）');
    for (const a of ['0', '否', '12', '8', '2场', '60', '20', '3', '10', '跳过', '200户', '跳过']) await b.say('gannan-staff', a);
    expect(texts(await b.say('gannan-staff', '修改 培训次数'))).toContain('本周举办电商培训多少场？');
    expect(texts(await b.say('gannan-staff', '3'))).toContain('请核对');
    expect(texts(await b.say('gannan-staff', '修改 花了多少'))).toContain('本周新增支出的中央财政资金是多少万元？');
  });

  it("starts a county's report when the county is named first, forgiving its spelling", async () => {
    const b = await bot();
    expect(texts(await b.say('gannan-staff', '桌尼县周报'))).toContain('按“卓尼县”理解。开始填写卓尼县2018-W38周报（市州代填）');
    expect(texts(await b.say('diebu-official', '我们县的周报'))).toContain('开始填写迭部县2018-W38周报');
  });

  it('starts the report for a county named without 县, misspelt before 填报本周, or with an emoji after it', async () => {
    const b = await bot();
    expect(texts(await b.say('gannan-staff', '碌曲周报'))).toContain('开始填写碌曲县2018-W38周报（市州代填）');
    await b.say('gannan-staff', '取消');
    await b.say('gannan-staff', '确认');
    expect(texts(await b.say('gannan-staff', '卓泥县填报本周'))).toContain('按“卓尼县”理解。开始填写卓尼县2018-W38周报（市州代填）');
    await b.say('gannan-staff', '取消');
    await b.say('gannan-staff', '确认');
    expect(texts(await b.say('gannan-staff', '迭部县 周报 🙏'))).toContain('开始填写迭部县2018-W38周报（市州代填）');
  });

  it('starts the report from a question about how to fill it in, instead of the policy Q&A', async () => {
    const b = await bot();
    const reply = texts(await b.say('diebu-official', '周报怎么填'));
    expect(reply).toContain('周报由我逐项提问');
    expect(reply).not.toContain('通知中没有明确规定');
    expect(texts(await b.say('diebu-official', '填到哪了'))).toContain('您已填写0项，还剩约17项。');
  });

  it('reads a message with several figures: the total of its parts, the figure of this field, a correction, and offers the rest to their fields', async () => {
    const b = await bot();
    const say = async (text: string) => texts(await b.say('zhuoni-official', text));
    await say('填报');
    expect(await say('本周支出12万，其中培训3万')).toContain('您的回复中有多个数字，按“本周支出12万”理解，您要填写的是 12万元（120,000元）吗？');
    expect(await say('是')).toContain('已记录：本周新增支出的中央财政资金 12万元。');
    expect(await say('5万，哦不对，是6万')).toContain('已记录：其中用于农村产品上行 6万元。');
    await say('0');
    // 其中培训3万, said with the total, is offered when its own question comes.
    const offered = await say('0');
    expect(offered).toContain('您刚才提到“培训3万”。“其中用于电商培训”填写 3万元吗？回复“是”确认，或直接输入。');
    expect(await say('是')).toContain('已记录：其中用于电商培训 3万元。');
    // Not knowing is asked back; 否 then is the answer, not a refusal of the question.
    expect(await say('不清楚')).toContain('这一项需要明确回答。请核实后回复“是”或“否”');
    expect(await say('否')).toContain('已记录：本周是否有资金用于网络交易平台、楼堂馆所、工作经费或购买流量 否。');
    expect(await say('乡镇站3个，村级站9个')).toContain('合计：乡镇站3个 + 村级站9个，您要填写的是 12个吗？');
    expect(await say('是')).toContain('已记录：累计建成乡镇和村级电商服务站点 12个。');
    await say('8');
    await say('办了2场，80人参加');
    expect(await say('是')).toContain('您刚才提到“80人参加”。“本周培训人次”填写 80人次吗？');
    await say('是');
    expect(await say('80人里有贫困户25人')).toContain('按“贫困户25人”理解，您要填写的是 25人次吗？');
    await say('是');
    await say('计划8个，已完成5个');
    expect(await say('是')).toContain('您刚才提到“计划8个”。“计划招标项目数”填写 8个吗？');
    for (const a of ['是', '跳过', '200户', '跳过']) await say(a);
    expect(await say('确认')).toContain('已提交');
    const stored = await storedReport(b, 'zhuoni', '2018-W38');
    expect(stored?.values).toMatchObject({
      spent_total: 120_000,
      spent_upstream: 60_000,
      spent_training: 30_000,
      service_points_total: 12,
      training_sessions: 2,
      trainees: 80,
      trainees_poor: 25,
      tenders_done: 5,
      tenders_planned: 8,
    });
  });
});
