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
  ] as const)('%j at %s is read at once as %d', (text, kind, field, value) => {
    expect(read(text, kind, field)).toMatchObject({ ok: true, value, confirm: false });
  });
});
