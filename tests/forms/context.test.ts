import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';

/** What the words around a figure say: asked back with the reading, never stored unasked. */
const read = (text: string, kind: 'amount' | 'count', field: string) => formParse({ kind, text, field, now: '2018-09-20' });

describe('a figure whose words say it may not be the answer is asked back', () => {
  it.each([
    ['占30%', 'amount', 'spent_total', '不是比例'],
    ['2018年计划支出300万', 'amount', 'spent_total', '计划数'],
    ['累计已支出120万', 'amount', 'spent_total', '本周的数'],
    ['上周三花了5万', 'amount', 'spent_total', '上周'],
    ['退回了2万', 'amount', 'spent_total', '退回'],
    ['本周新建5个', 'count', 'service_points_total', '累计数'],
    ['9月份累计12个站', 'count', 'service_points_total', '累计数'],
    ['还剩3个没招', 'count', 'tenders_done', '已完成'],
    ['3场', 'count', 'trainees', '单位'],
    ['25户贫困户', 'count', 'trainees_poor', '单位'],
    ['2018', 'count', 'trainees', '年份'],
    ['1.2k', 'amount', 'spent_total', '简写'],
    ['一千二', 'amount', 'spent_total', '没有写单位'],
    // A figure said of another matter than the field's: money for another part of the spending, a count of another thing.
    ['培训用了3万', 'amount', 'spent_upstream', '“培训”方面的支出'],
    ['站点那边花了3万', 'amount', 'spent_training', '“站点”方面的支出'],
    ['用于物流5万', 'amount', 'spent_training', '“物流”方面的支出'],
    ['公服中心支出了2万', 'amount', 'spent_service_points', '“公服中心”方面的支出'],
    ['培训3万', 'amount', 'spent_upstream', '“培训”方面的支出'],
    ['3万是培训的', 'amount', 'spent_upstream', '“培训”方面的支出'],
    ['3万（站点建设）', 'amount', 'spent_training', '“站点建设”方面的支出'],
    ['覆盖贫困村40个', 'count', 'service_points_total', '您说的是“覆盖贫困村”的数吗？'],
    ['站点86个', 'count', 'poor_villages_covered', '您说的是“站点”的数吗？'],
    ['建了86个站', 'count', 'poor_villages_covered', '您说的是“站”的数吗？'],
    ['女的25个', 'count', 'trainees_poor', '您说的是“女”的数吗？'],
    // A running total to a day more than a week ago may be out of date; one to a day at a weekly figure is no week's.
    ['截至8月31日累计带动1200户', 'count', 'households_benefited', '这是截至8月31日的累计数吗？本项填写截至目前的累计数。'],
    ['截至9月20日共支出12万', 'amount', 'spent_total', '这是截至9月20日的累计数吗？本项填写本周的数，不是累计数。'],
  ] as const)('%j at %s', (text, kind, field, says) => {
    const out = read(text, kind, field);
    expect(out.ok && 'confirm' in out && out.confirm).toBe(true);
    if (out.ok && 'question' in out) expect(out.question).toContain(says);
  });

  it.each([
    ['本周支出12万', 'amount', 'spent_total', 12],
    ['30w', 'amount', 'spent_total', 30],
    ['5k元', 'amount', 'spent_total', 0.5],
    ['累计建成120个站点', 'count', 'service_points_total', 120],
    ['培训了3场', 'count', 'training_sessions', 3],
    ['80人', 'count', 'trainees', 80],
    ['一个都没有', 'count', 'tenders_done', 0],
    // Said of the field's own matter, or of none.
    ['培训用了3万', 'amount', 'spent_training', 3],
    ['物流配送花了2万', 'amount', 'spent_upstream', 2],
    ['本周花了3万', 'amount', 'spent_upstream', 3],
    ['站点这块用了1.5万', 'amount', 'spent_service_points', 1.5],
    ['其中用于上行的3万', 'amount', 'spent_upstream', 3],
    ['3万元整', 'amount', 'spent_training', 3],
    ['就3万吧', 'amount', 'spent_training', 3],
    ['覆盖40个村', 'count', 'poor_villages_covered', 40],
    ['目前有86个站点', 'count', 'service_points_total', 86],
    ['累计86个', 'count', 'poor_villages_covered', 86],
    ['带动了120户', 'count', 'households_benefited', 120],
    // A running total to a day of the last week (today is 9月20日) is the one asked.
    ['截至9月20日累计建成126个', 'count', 'service_points_total', 126],
    ['截止九月十八号累计带动1200户', 'count', 'households_benefited', 1200],
  ] as const)('%j at %s is read at once as %d', (text, kind, field, value) => {
    expect(read(text, kind, field)).toMatchObject({ ok: true, value, confirm: false });
  });
});

describe('a no whose details report the very spending asked about', () => {
  const yesno = (text: string) => formParse({ kind: 'yesno', text, field: 'forbidden_use', now: '2018-09-20' });
  it.each([
    ['没有，不过买了2万流量', '买了2万流量'],
    ['没有，就是工作经费用了5000', '工作经费用了5000'],
    ['没有，只是花了两万买流量', '花了两万买流量'],
  ])('%j is asked back as a yes, never stored as a no', (text, note) => {
    const out = yesno(text);
    expect(out).toMatchObject({ ok: true, value: true, confirm: true, note });
    if (out.ok && 'question' in out) expect(out.question).toBe(`您提到“${note}”，按“是”理解。您的回答是“是”吗？回复“是”确认，或直接重新输入。`);
  });
  it.each(['没有，均按规定使用', '没有，都用在站点建设上', '没有，买了2台电脑'])('%j is a plain no', (text) => {
    expect(yesno(text)).toMatchObject({ ok: true, value: false, confirm: false });
  });
});
