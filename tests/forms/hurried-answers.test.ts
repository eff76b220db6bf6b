import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';
import { commandIntent } from '../../src/features/weekly-report/index.ts';
import { countyLed } from '../../src/features/weekly-report/county-led.ts';
import { intentOf } from '../../src/forms/intents.ts';

/**
 * Classes of answers typed in a hurry at the end of the week (found by development set 39): a county named first,
 * perhaps mistyped, before a request; a control said with its reason; a date with what was done on it; a figure beside
 * the whole it is out of, or beside another field's approximate figure. The wordings are our own.
 */
const at = (kind: 'amount' | 'count' | 'yesno' | 'date' | 'control', text: string, field?: string) =>
  formParse({ kind, text, ...(field ? { field } : {}), now: '2018-09-20' });

describe('a request that names its county first, perhaps mistyped', () => {
  const isCounty = (name: string) => ['卓尼县', '卓尼', '两当县', '两当', '积石山县', '积石山'].includes(name);

  it.each([
    ['碌区县报一下数', 'start-report'],
    ['两当县报数据', 'start-report'],
    ['舟典县的资金支出进展咋样了', 'progress'],
    ['洮河县站点建了几个了', 'progress'],
    ['看看积石山的进度', 'progress'],
    ['卓泥的完成情况发我一下', 'progress'],
  ] as const)('%j is %s', (text, intent) => {
    expect(commandIntent(text, isCounty)).toBe(intent);
  });

  it('asks nothing when the rest is no request, or the word before 县 is no name', () => {
    expect(commandIntent('卓尼县报数据的截止时间是哪天', isCounty)).toBe('none');
    expect(commandIntent('别的县完成情况咋样', isCounty)).toBe('none');
    expect(commandIntent('邻县报数据', isCounty)).toBe('none');
    expect(countyLed('我们县报数据', isCounty)).toBeUndefined();
  });

  it('never starts a report for a bare word before 的', () => {
    expect(countyLed('资金的执行情况发我看看', isCounty)).toMatchObject({ bare: true });
    expect(commandIntent('资金的报数据', isCounty)).toBe('none');
  });

  it('reads whether a report is done, and the reporting’s state, as progress', () => {
    expect(commandIntent('东坪报好了没')).toBe('progress');
    expect(commandIntent('这周的填报情况')).toBe('progress');
    expect(commandIntent('这周的周报填完了')).not.toBe('progress');
  });
});

describe('controls said with a reason or an object', () => {
  it('leaves this question empty when it is named as what is not written', () => {
    expect(intentOf('这项暂时不写了')).toBe('skip');
    expect(intentOf('这一题先不填')).toBe('skip');
    expect(intentOf('先不写了')).not.toBe('skip');
  });

  it('goes back when an earlier figure is named as the one to change', () => {
    expect(intentOf('我想回去改一下培训场次')).toBe('back');
    expect(intentOf('回去重填零售额')).toBe('back');
    expect(intentOf('回去改天再填')).not.toBe('back');
  });

  it('pauses when the figure is still to be fetched from someone, and the pause said', () => {
    expect(at('control', '站点数要找乡上核实，先暂停', 'service_points_total')).toMatchObject({ control: 'pause' });
    expect(at('control', '培训人数得问人社局，等会儿再填', 'trainees')).toMatchObject({ control: 'pause' });
    // (A figure in the reason is an answer that must not be passed over.)
    expect(at('control', '两个站点得去乡上核实，先停一下', 'service_points_total')).toMatchObject({ control: null });
    expect(at('control', '培训人数得问人社局', 'trainees')).toMatchObject({ control: null });
  });
});

describe('dates said loosely, with what was done on them', () => {
  it('reads 前天 and 大前天, and last month’s end, asked as every day past', () => {
    expect(at('date', '大前天')).toMatchObject({ ok: true, value: '2018-09-17', confirm: true });
    expect(at('date', '上月底')).toMatchObject({ ok: true, value: '2018-08-31', confirm: true });
  });

  it('reads the day past a remark of what was done then', () => {
    expect(at('date', '上周三就签完了')).toMatchObject({ ok: true, value: '2018-09-12', confirm: true });
    expect(at('date', '昨天都办好了')).toMatchObject({ ok: true, value: '2018-09-19', confirm: true });
  });

  it('takes a day named again as the holiday it falls on, and asks when they differ', () => {
    expect(at('date', '下周一，正好是中秋')).toMatchObject({ ok: true, value: '2018-09-24', confirm: false });
    expect(at('date', '下周三，正好是中秋')).toMatchObject({ ok: true, value: null, confirm: true });
  });
});

describe('a figure beside others that are no answer', () => {
  it('offers the figure done when it and what is left add up to the whole it is out of', () => {
    expect(at('count', '覆盖了50个，全县贫困村65个，还剩15个', 'poor_villages_covered')).toMatchObject({ value: 50, confirm: true });
    // (When they do not add up, no figure is offered, least of all the whole.)
    expect(at('count', '50个，全县65个贫困村还差10个', 'poor_villages_covered')).toMatchObject({ value: null, confirm: true });
  });

  it('offers the sessions beside an approximate count of people, who are another field’s', () => {
    expect(at('count', '2场电商培训，来了100来人', 'training_sessions')).toMatchObject({ value: 2, confirm: true });
  });

  it('reads 加起来 as "in all", not as a plus', () => {
    expect(at('count', '三场加起来120人', 'trainees')).toMatchObject({ value: 120, confirm: true });
    expect(at('count', '60人加40人', 'trainees')).toMatchObject({ value: 100, confirm: true });
  });

  it('reads a denial of the whole in everyday words, with other money named after it', () => {
    expect(at('yesno', '没这回事，流量是公司自己出的钱', 'forbidden_use')).toMatchObject({ value: false, confirm: true });
    expect(at('yesno', '没有这回事', 'forbidden_use')).toMatchObject({ value: false, confirm: false });
  });
});
