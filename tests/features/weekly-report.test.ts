import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { answerAll, personId, storedReport, texts, TYPICAL_CARD, TYPICAL_WEEK } from '../forms/weekly-report-support.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot(); // Thursday 2018-09-20 10:00, week 2018-W38
});
afterAll(() => bot.close());

describe('a whole weekly report, typed', () => {
  it('asks each field, summarises, and stores the report in the units of fields.ts', async () => {
    const [opening, ...rest] = await bot.say('zhuoni-official', '填报');
    expect(rest).toEqual([]);
    expect(opening!.text).toContain('开始填写卓尼县2018-W38周报');
    expect(opening!.text).toContain('本周新增支出的中央财政资金是多少万元？');
    // The same reply carries the whole form for card clients.
    expect(opening!.form?.id).toBe('weekly-report');
    expect(opening!.form?.fields.map((f) => f.name)).toContain('forbidden_use_note');
    expect(opening!.form?.fields.find((f) => f.name === 'spent_total')).toMatchObject({
      label: '本周新增支出的中央财政资金（万元）',
      kind: 'number',
      required: true,
    });
    expect(opening!.form?.fields.find((f) => f.name === 'issues')).toMatchObject({ kind: 'textarea', required: false });

    const summary = await answerAll(bot, 'zhuoni-official', TYPICAL_WEEK);
    expect(summary).toHaveLength(1);
    expect(summary[0]!.title).toBe('请核对：卓尼县 2018-W38 周报');
    const fields = Object.fromEntries(summary[0]!.fields!.map((f) => [f.label.replace(/^\d+\. /, ''), f.value]));
    expect(fields['本周新增支出的中央财政资金（万元）']).toBe('45万元');
    expect(fields['其中用于乡村电商服务站点（万元）']).toBe('8万元');
    expect(fields['本周是否有资金用于网络交易平台、楼堂馆所、工作经费或购买流量']).toBe('否');
    expect(fields['本周培训人次']).toBe('120人次');
    expect(fields['本周农产品网络零售额（万元）']).toBe('（未填）');
    expect(fields['违规用途说明']).toBeUndefined(); // not asked when the answer was 否
    expect(summary[0]!.buttons?.map((b) => b.value)).toEqual(['确认', '修改', '取消']);

    const done = texts(await bot.say('zhuoni-official', '确认'));
    expect(done).toContain('卓尼县2018-W38周报已提交');
    expect(done).toContain('9月21日 18:00前可发送“修改周报”修改');

    const stored = await storedReport(bot, 'zhuoni', '2018-W38');
    expect(stored?.report).toMatchObject({
      form_id: 'weekly-report',
      on_behalf: 0,
      submitted_by: await personId(bot, 'zhuoni-official'),
      submitted_at: '2018-09-20T02:00:00.000Z',
    });
    expect(stored?.values).toMatchObject({
      spent_total: 450_000,
      spent_upstream: 250_000,
      spent_service_centre: 50_000,
      spent_service_points: 80_000,
      spent_training: 20_000,
      forbidden_use: 0,
      service_points_total: 12,
      poor_villages_covered: 8,
      training_sessions: 2,
      trainees: 120,
      trainees_poor: 45,
      tenders_done: 3,
      tenders_planned: 10,
      households_benefited: 200,
      issues: '物流配送中心选址需市州协调',
    });
    expect(stored?.values).not.toHaveProperty('online_sales');
  });

  it('says the week is already in when asked to file again', async () => {
    expect(await bot.sayText('zhuoni-official', '周报')).toMatch(/^卓尼县2018-W38的周报已于9月20日 10:00提交。如需修改，请在9月21日 18:00前发送“修改周报”。$/);
  });

  it('skips the spending parts and training details when there were none, and stores them as 0', async () => {
    await bot.say('luqu-official', '填写周报');
    const answers = ['0', '否', '3', '2', '0', '0', '5', '无', '0', '跳过'];
    const summary = await answerAll(bot, 'luqu-official', answers);
    expect(summary[0]!.fields).toHaveLength(10);
    expect(texts(await bot.say('luqu-official', '确认'))).toContain('已提交');
    const stored = await storedReport(bot, 'luqu', '2018-W38');
    expect(stored?.values).toMatchObject({
      spent_total: 0,
      spent_upstream: 0,
      spent_service_centre: 0,
      spent_service_points: 0,
      spent_training: 0,
      trainees: 0,
      trainees_poor: 0,
      tenders_planned: 5,
      online_sales: 0,
    });
    expect(stored?.values).not.toHaveProperty('issues');
  });
});

describe('controls at any step', () => {
  const who = 'diebu-official';

  it('goes back with 上一步, showing the current answer, and refuses to skip a required field', async () => {
    await bot.say(who, '填报');
    await bot.say(who, '45');
    const back = texts(await bot.say(who, '上一步'));
    expect(back).toContain('（第1项');
    expect(back).toContain('当前填写：45万元');
    expect(texts(await bot.say(who, '上一步'))).toContain('已经是第一项了');
    expect(texts(await bot.say(who, '跳过'))).toContain('“本周新增支出的中央财政资金”为必填项，不能跳过。');
    expect(texts(await bot.say(who, '同上周'))).toContain('上期没有这一项的数据，请直接填写。');
  });

  it('jumps back to an answered field with 修改 N mid-form, then returns to where it was', async () => {
    await bot.say(who, '50');
    expect(texts(await bot.say(who, '修改 1'))).toContain('当前填写：50万元');
    expect(texts(await bot.say(who, '50'))).toContain('（第2项，还剩约15项）其中用于农村产品上行');
  });

  it('pauses, lets other commands through, and resumes at the same field', async () => {
    const paused = await bot.say(who, '稍后');
    expect(texts(paused)).toBe('已暂停“迭部县 2018-W38 周报”，已填写的1项已保存（还剩约16项）。需要继续时，请发送“继续填报”。');
    // While paused, messages are not answers.
    expect(texts(await bot.say(who, '我是谁'))).toContain('迭部县的县级联络员');
    const resumed = texts(await bot.say(who, '继续填报'));
    expect(resumed).toContain('好的，我们继续填写“迭部县 2018-W38 周报”');
    expect(resumed).toContain('（第2项，还剩约15项）其中用于农村产品上行');
    // 填报 again while paused also resumes rather than starting over.
    await bot.say(who, '暂停');
    expect(texts(await bot.say(who, '填报'))).toContain('您有一份未完成的“迭部县 2018-W38 周报”，我们从上次的位置继续。');
  });

  it('answers a question or a command asked mid-form, then asks the field again, in one response', async () => {
    const help = await bot.say(who, '帮助');
    expect(help).toHaveLength(2);
    expect(help[0]!.title).toBe('示范助手 · 使用帮助');
    expect(help[1]!.text).toContain('（第2项，还剩约15项）其中用于农村产品上行');
    const question = await bot.say(who, '公共服务中心的资金比例有什么规定？');
    expect(question).toHaveLength(2);
    expect(question[1]!.text).toContain('（第2项，还剩约15项）其中用于农村产品上行');
    // Starting the form again, or asking how to fill it in, mid-form just points back to the question and its hint.
    for (const words of ['填报', '这个怎么填']) {
      const again = await bot.say(who, words);
      expect(again).toHaveLength(2);
      expect(again[0]!.text).toBe('您正在填写“迭部县 2018-W38 周报”，请按提示直接回答下面这一项；如需稍后再填，请回复“暂停”。');
      expect(again[1]!.text).toContain('（第2项，还剩约15项）其中用于农村产品上行');
      expect(again[1]!.text).toContain('单位：万元，例如 45');
    }
  });

  it('answers an invalid answer with one message saying what is expected and repeating the question', async () => {
    const replies = await bot.say(who, '随便');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('请输入金额（单位：万元），例如 45、45万、四十五万 或 450000元');
    expect(replies[0]!.text).toContain('（第2项，还剩约15项）其中用于农村产品上行');
    expect(texts(await bot.say(who, '60'))).toContain('其中用于农村产品上行（60万元）不能超过本周新增支出的中央财政资金（50万元）。');
    // The third failure in a row offers a pause (the field is required, so no skip).
    const third = await bot.say(who, '🙂');
    expect(third[0]!.text).toContain('这一项已多次未能识别');
    expect(third[0]!.buttons?.map((b) => b.value)).toEqual(['暂停']);
  });

  it('checks that the four parts together stay within the total', async () => {
    await answerAll(bot, who, ['20', '10', '15']);
    const over = texts(await bot.say(who, '6'));
    expect(over).toContain('合计51万元，超过了本周新增支出的中央财政资金（50万元）');
    expect(over).toContain('其中用于电商培训');
  });

  it('asks for the note when funds went to a forbidden use, and offers to skip an optional field after three misses', async () => {
    await bot.say(who, '5');
    expect(texts(await bot.say(who, '有'))).toContain('请说明资金的具体用途和金额');
    expect(texts(await bot.say(who, '跳过'))).toContain('“违规用途说明”为必填项，不能跳过。');
    expect(texts(await bot.say(who, '上一步'))).toContain('本周是否有中央财政资金用于');
    expect(texts(await bot.say(who, '否'))).toContain('累计建成乡镇和村级电商服务站点');
    await answerAll(bot, who, ['6', '3', '1场', '30', '10', '0', '4']);
    for (let i = 0; i < 2; i++) await bot.say(who, '不知道');
    const third = await bot.say(who, '不清楚');
    expect(third[0]!.text).toContain('此项为选填，可回复“跳过”');
    expect(third[0]!.buttons?.map((b) => b.value)).toEqual(['跳过', '暂停']);
    expect(texts(await bot.say(who, '跳过'))).toContain('累计带动贫困户');
  });

  it('takes a text answer that starts like a command as the answer, but a short command as a command', async () => {
    await bot.say(who, '80户');
    const help = await bot.say(who, '帮助');
    expect(help).toHaveLength(2);
    expect(help[1]!.text).toContain('本周存在哪些问题');
    const summary = await bot.say(who, '已完成招标，需协调物流配送中心用地');
    expect(summary[0]!.title).toContain('请核对');
    expect(summary[0]!.fields?.at(-1)?.value).toBe('已完成招标，需协调物流配送中心用地');
    await bot.say(who, '修改 存在问题');
    await bot.say(who, '无');
  });

  it('edits by number and by name at the summary, and returns to it', async () => {
    const summary = await bot.say(who, '不变');
    expect(summary[0]!.title).toContain('请核对');
    const byNumber = texts(await bot.say(who, '修改 10'));
    expect(byNumber).toContain('本周培训多少人次？');
    expect(byNumber).toContain('当前填写：30人次');
    const back = await bot.say(who, '35');
    expect(back[0]!.title).toContain('请核对');
    expect(back[0]!.fields?.find((f) => f.label.endsWith('本周培训人次'))?.value).toBe('35人次');
    expect(texts(await bot.say(who, '修改 培训场次'))).toContain('本周举办电商培训多少场？');
    expect(texts(await bot.say(who, '不变'))).toContain('请核对');
    expect(texts(await bot.say(who, '修改'))).toContain('请回复要修改的序号或名称');
    expect(texts(await bot.say(who, '修改 99'))).toContain('没有第99项');
    expect(texts(await bot.say(who, '修改 无人机'))).toContain('没有找到“无人机”这一项');
    expect(texts(await bot.say(who, '好吧'))).toContain('请回复“确认”提交，或“修改 序号”修改某一项，或“取消”放弃。');
  });

  it('asks before cancelling, can go on, and discards on confirmation', async () => {
    expect(texts(await bot.say(who, '取消'))).toContain('确定要取消“迭部县 2018-W38 周报”吗？');
    expect(texts(await bot.say(who, '继续'))).toContain('好的，我们继续填写。');
    await bot.say(who, '取消');
    expect(texts(await bot.say(who, '确定'))).toContain('已取消“迭部县 2018-W38 周报”，本次填写的内容未保存。');
    expect(await storedReport(bot, 'diebu', '2018-W38')).toBeUndefined();
    expect(await bot.sayText(who, '继续填报')).toBe('您目前没有未完成的填报。发送“填报”开始填写本周周报。');
    // A new start begins from the first field.
    expect(texts(await bot.say(who, '填报'))).toContain('（第1项');
    await bot.say(who, '取消');
    await bot.say(who, '确定');
  });
});

describe('adversarial answers', () => {
  const who = 'zhouqu-official';
  it('keeps odd input out of numbers and stores text verbatim, never failing', async () => {
    await bot.say(who, '填报');
    for (const junk of ["'; DROP TABLE reports; --", '<script>alert(1)</script>', '1e9', '-5', 'NaN']) {
      const replies = await bot.say(who, junk);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toContain('（第1项');
      expect(replies[0]!.text).not.toMatch(/error|undefined|stack/i);
    }
    // 万 typed twice is asked with its likely reading, never stored; a new figure answers instead.
    expect(texts(await bot.say(who, '45万万'))).toContain('“45万万”中“万”写了两次，按“45万”理解。您填写的是 45万元（450,000元）吗？');
    expect(texts(await bot.say(who, '1.2亿'))).toContain('您填写的是 12000万元（120,000,000元）吗？');
    expect(texts(await bot.say(who, '是'))).toContain('超过了舟曲县下达的中央财政资金1500万元');
    await answerAll(bot, who, ['0', '否', '1', '0', '0', '0', '0', '跳过', '0']);
    const long = texts(await bot.say(who, '问题'.repeat(300)));
    expect(long).toContain('内容过长（600字），请精简到500字以内。');
    const summary = await bot.say(who, "'; DROP TABLE reports; -- <b>需协调</b>");
    expect(summary[0]!.title).toContain('请核对');
    await bot.say(who, '确认');
    const stored = await storedReport(bot, 'zhouqu', '2018-W38');
    expect(stored?.values.issues).toBe("'; DROP TABLE reports; -- <b>需协调</b>");
  });
});

describe('who may file, and where', () => {
  it('refuses a visitor, a group chat, and an official of another county', async () => {
    expect(await bot.sayText('visitor', '填报')).toContain('抱歉，该功能仅限县级联络员、市州工作人员使用。');
    expect(await bot.sayText('zhuoni-official', '@示范助手 填报', { chat: 'gannan-group' })).toBe('为保护数据安全，该功能请在与我的私聊中使用。');
    expect(await bot.sayText('diebu-official', '填报 卓尼县')).toBe('您是迭部县的联络员，只能填报本县（迭部县）的周报。');
    expect(await bot.sayText('admin', '填报 卓尼县')).toContain('仅限县级联络员、市州工作人员使用');
  });

  it('lets prefecture staff file for a county of their prefecture, recorded as on behalf', async () => {
    expect(await bot.sayText('gannan-staff', '填报')).toBe('请写明县名，例如：填报 卓尼县');
    expect(await bot.sayText('gannan-staff', '填报 西和县')).toBe('西和县不属于甘南州，无法填报。');
    expect(await bot.sayText('gannan-staff', '填报 北京')).toContain('未找到示范县“北京”');
    const opening = await bot.sayText('gannan-staff', '填报 迭部');
    expect(opening).toContain('开始填写迭部县2018-W38周报（市州代填）');
    await answerAll(bot, 'gannan-staff', TYPICAL_WEEK);
    expect(texts(await bot.say('gannan-staff', '确认'))).toContain('由马文军代为填报');
    const stored = await storedReport(bot, 'diebu', '2018-W38');
    expect(stored?.report).toMatchObject({ on_behalf: 1, submitted_by: await personId(bot, 'gannan-staff') });
    // The county's own official now sees it as filed.
    expect(await bot.sayText('diebu-official', '填报')).toContain('迭部县2018-W38的周报已于');
  });
});

describe('the card form', () => {
  const who = 'luqu-official';
  const submit = (values: Record<string, string>) => bot.say(who, '', { action: { name: 'form-submit:weekly-report', values } });
  const card = TYPICAL_CARD;

  it('validates a whole submission like typed answers and lists what to correct in one message', async () => {
    bot.clock.advance(7 * 86_400_000); // next week, 2018-W39
    try {
      const opening = await bot.say(who, '填报');
      expect(opening[0]!.form?.fields).toHaveLength(17);
      const replies = await submit({ ...card, spent_upstream: '40', trainees: '很多', households_benefited: '' });
      expect(replies).toHaveLength(1);
      const text = replies[0]!.text;
      expect(text).toContain('提交的表单有3处需要更正');
      expect(text).toContain('其中用于农村产品上行（40万元）不能超过本周新增支出的中央财政资金（30万元）');
      expect(text).toContain('本周培训人次：请输入整数');
      expect(text).toContain('累计带动贫困户为必填项');
      expect(text).toContain('请先更正下面这一项：\n\n（第2项，还剩约2项）其中用于农村产品上行（产销对接、品牌、分级包装、仓储、物流配送）的有多少万元？');
      // The corrected card goes to the same confirmation step.
      const summary = await submit(card);
      expect(summary[0]!.title).toBe('请核对：碌曲县 2018-W39 周报');
      expect(summary[0]!.text).toContain('已收到您提交的表单');
      expect(texts(await bot.say(who, '确认'))).toContain('已提交');
      const stored = await storedReport(bot, 'luqu', '2018-W39');
      expect(stored?.values).toMatchObject({ spent_total: 300_000, trainees: 40, households_benefited: 20 });
    } finally {
      bot.clock.advance(-7 * 86_400_000);
    }
  });

  it('tells a card submitted with no form open to start one', async () => {
    const replies = await submit(card);
    expect(texts(replies)).toBe('这张表单已提交、已取消或已失效，本次提交未保存。如需填报，请发送“填报”重新开始。');
  });
});
