import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWechatHarness, type ContactMock, type WechatHarness } from './harness.ts';

let h: WechatHarness;
let official: ContactMock;
beforeAll(async () => {
  // Thursday of week 40, before the Friday 18:00 deadline.
  h = await startWechatHarness({ now: '2018-10-04T10:00:00+08:00' });
  official = h.contact('杨建华');
  await h.bind(official, { role: 'official', county: '卓尼县', name: '杨建华' });
}, 30_000);
afterAll(() => h?.close());

async function storedValues(countyId: string, period: string): Promise<Record<string, number | string | null>> {
  const { db } = h.bot.shifan.services;
  const rows = await db
    .selectFrom('reports')
    .innerJoin('report_values', 'report_values.report_id', 'reports.id')
    .select(['report_values.field', 'report_values.num', 'report_values.text'])
    .where('reports.county_id', '=', countyId)
    .where('reports.period', '=', period)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.field, r.num ?? r.text]));
}

describe('a whole weekly report in a private WeChat chat', () => {
  const transcript: { said: string; messages: string[] }[] = [];
  const say = async (text: string) => {
    const messages = await h.sayPrivately(official, text);
    transcript.push({ said: text, messages });
    return messages.join('\n\n');
  };

  it('asks one question per message, with numbered choices for yes/no', async () => {
    const first = await say('填报');
    expect(first).toContain('开始填写卓尼县2018-W40周报');
    expect(first).toMatch(/（第1项，还剩约\d+项）本周新增支出的中央财政资金是多少万元？/);
    expect(await say('45')).toMatch(/已记录：本周新增支出的中央财政资金 45万元。[\s\S]*（第2项，还剩约\d+项）其中用于农村产品上行/);
    await say('30万');
    await say('5');
    await say('3');
    const yesNo = await say('2');
    expect(yesNo).toMatch(/是否有中央财政资金用于网络交易平台/);
    expect(yesNo).toContain('回复 1 是  2 否');
    // "2" picks 否 from the numbered choices.
    expect(await say('2')).toMatch(/累计建成乡镇和村级电商服务站点多少个？/);
  });

  it('asks back an approximate figure with its reading spelled out, and takes a new figure instead', async () => {
    const asked = await say('十五个左右吧');
    expect(asked).toContain('“十五个左右吧”是约数，周报需要准确数字。您填写的是 15个吗？回复“是”确认，或直接重新输入。');
    expect(asked).not.toMatch(/error|undefined|stack/i);
    await say('15');
    await say('12');
    await say('1');
    await say('60');
    await say('20');
    await say('2');
    await say('5');
  });

  it('keeps a bare number as a number on an optional amount that offers only 跳过', async () => {
    const optional = transcript.at(-1)!.messages.join('\n\n');
    expect(optional).toMatch(/本周农产品网络零售额是多少万元？（选填/);
    expect(optional).toContain('回复“跳过”');
    expect(optional).not.toContain('回复 1');
    await say('1');
    await say('70');
  });

  it('shows the summary to check, and "1" submits it', async () => {
    const summary = await say('冷链物流车辆采购需市州协调统一招标');
    expect(summary).toContain('【请核对：卓尼县 2018-W40 周报】');
    expect(summary).toContain('本周新增支出的中央财政资金（万元）：45万元');
    expect(summary).toContain('本周农产品网络零售额（万元）：1万元');
    expect(summary).toMatch(/回复 1 确认提交 {2}2 修改 {2}3 取消/);
    const done = await say('1');
    expect(done).toContain('【已提交：卓尼县 2018-W40 周报】');
    expect(done).toContain('累计支出：45万元');
  });

  it('stored the report with the figures typed, in 元', async () => {
    const values = await storedValues('zhuoni', '2018-W40');
    expect(values).toMatchObject({
      spent_total: 450_000,
      spent_upstream: 300_000,
      spent_service_centre: 50_000,
      spent_service_points: 30_000,
      spent_training: 20_000,
      forbidden_use: 0,
      service_points_total: 15,
      poor_villages_covered: 12,
      training_sessions: 1,
      trainees: 60,
      trainees_poor: 20,
      tenders_done: 2,
      tenders_planned: 5,
      online_sales: 10_000,
      households_benefited: 70,
      issues: '冷链物流车辆采购需市州协调统一招标',
    });
  });

  it('answered every message with one short plain-text message', () => {
    expect(transcript.length).toBeGreaterThanOrEqual(18);
    for (const { said, messages } of transcript) {
      expect(messages, `reply to ${said}`).toHaveLength(1);
      expect(messages[0]!.length).toBeLessThanOrEqual(1500);
    }
  });
});
