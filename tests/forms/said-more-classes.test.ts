import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';

/**
 * Classes of messages that say more than the figure (found by development set 41): so much each times the
 * items beside other parts and a total, corrections followed by why, counts said at an amount, a use denied
 * one by one, a day given beside a voided one, and controls or requests said with a reason. The wordings are
 * our own; every reading of several figures is asked back, never stored unasked.
 */
type Kind = 'amount' | 'count';
const read = (kind: Kind, field: string, text: string) => formParse({ kind, text, field, now: '2018-09-20' });
const offered = (kind: Kind, field: string, text: string, value: number | null) =>
  expect(read(kind, field, text), text).toMatchObject({ ok: true, value, confirm: true });
const rejected = (kind: Kind, field: string, text: string) => expect(read(kind, field, text), text).toMatchObject({ ok: false });

describe('so much each, times the items', () => {
  it('multiplies when the verb of holding or building, or the thing counted again, stands between', () => {
    offered('count', 'training_sessions', '4个村各开了1场', 4);
    offered('count', 'training_sessions', '两个乡镇每个乡镇办了3场', 6);
    offered('count', 'service_points_total', '8个乡镇各建了2个站', 16);
  });

  it('offers no product in another unit, nor a rate per month', () => {
    offered('count', 'trainees', '3个乡镇各办了1场', null);
    offered('amount', 'spent_service_points', '5个站点每个月2万', null);
  });

  it('offers the total said last when the products and parts add up to it, and asks when they do not', () => {
    offered('amount', 'spent_total', '3个站点每个4万，服务中心6万，总共18万', 18);
    offered('amount', 'spent_total', '3个站点每个4万，服务中心6万，总共20万', null);
    offered('count', 'training_sessions', '3个乡镇各办了2场，县里1场，一共7场', 7);
  });

  it('adds products and parts with no total only when all name what the field counts', () => {
    offered('amount', 'spent_service_points', '两个乡镇站各5万，村级站合计4万', 14);
    offered('count', 'service_points_total', '10个乡镇各建了1个站，另外村级站20个', 30);
    offered('count', 'training_sessions', '3个乡镇各办了2场，县里又办了1场', 7);
    // (Different nouns, or none the field names: every figure is asked, never added up.)
    offered('amount', 'spent_service_points', '两个乡镇站各5万，培训合计4万', null);
    offered('amount', 'spent_total', '3个站点每个4万，服务中心6万', null);
    offered('count', 'service_points_total', '10个乡镇各建了1个站，另外覆盖贫困村20个', null);
  });

  it('sets aside a count in another unit beside the product', () => {
    offered('count', 'training_sessions', '3个乡镇各办了2场，培训了150人次', 6);
  });
});

describe('one day’s figures, then how many days', () => {
  it('multiplies the day’s sessions by the days, never adding the days in', () => {
    offered('count', 'training_sessions', '一天两场，连续搞了三天', 6);
    offered('count', 'training_sessions', '上午两场，下午一场，办了两天', 6);
    // (3场，办了两天 may be three in all: no product is offered.)
    offered('count', 'training_sessions', '3场，办了两天', 3);
  });
});

describe('a correction followed by why', () => {
  it('offers the figure after the correction, the reason after it being no rival', () => {
    offered('count', 'service_points_total', '12个，不对，11个，有一个还没通过验收', 11);
    offered('count', 'training_sessions', '四场，不对，三场，有一场是上周办的', 3);
    offered('count', 'trainees', '80人次，不对，90人次，有10个人是下午来的', 90);
  });

  it('offers the figure settled on last, after the reason', () => {
    offered('count', 'tenders_done', '6个，不对，有一个废标了，算5个', 5);
    offered('count', 'training_sessions', '4场，不对，有两场取消了，就按2场', 2);
  });

  it('offers the figure after a pause to check, and the first figure said again as what was changed to', () => {
    offered('amount', 'spent_total', '3万…等一下，会计说是4万', 4);
    offered('amount', 'spent_total', '3万，等等，核对了一下是3.5万', 3.5);
    offered('count', 'tenders_planned', '7个，原来说的9个改成7个了', 7);
    // (Changed to a third figure: asked with every figure.)
    offered('count', 'tenders_planned', '7个，原来说的9个改成6个了', null);
  });

  it('does not read parts that happen to add up after a correction as a breakdown', () => {
    offered('count', 'training_sessions', '五场，不对，三场，有两场是上周的', 3);
  });
});

describe('counts said at an amount field', () => {
  it('re-asks for the amount when every figure is a count', () => {
    rejected('amount', 'spent_training', '办了4场共150人次');
    rejected('amount', 'spent_service_points', '建了5个站，覆盖12个村');
  });

  it('offers the one figure of money beside counts, and asks when there is more', () => {
    offered('amount', 'spent_training', '办了4场共150人次，花了1.5万', 1.5);
    offered('amount', 'spent_service_points', '建了5个站覆盖12个村，用了20万', 20);
    offered('amount', 'spent_training', '办了4场共150人次，上周花了1.5万', null);
    offered('amount', 'spent_training', '4场150人次，花了1.5万还是2万', null);
  });
});

describe('other kinds saying more than the answer', () => {
  it('asks about the uses left unnamed when each named one is denied', () => {
    const out = formParse({ kind: 'yesno', field: 'forbidden_use', text: '平台没有，流量也没买', now: '2018-09-20' });
    expect(out).toMatchObject({ ok: true, value: null, confirm: true });
    if ('question' in out) expect(out.question).toContain('楼堂馆所');
    const all = formParse({ kind: 'yesno', field: 'forbidden_use', text: '楼堂馆所没建，流量没买，平台没有，工作经费没用', now: '2018-09-20' });
    expect(all).toMatchObject({ ok: true, value: false, confirm: true });
  });

  it('takes the day given beside one said to be void, and asks a move from the day as it stands', () => {
    expect(formParse({ kind: 'date', text: '10月30日，之前说的10月20日不算了', now: '2018-09-20' })).toMatchObject({ ok: true, value: '2018-10-30' });
    expect(formParse({ kind: 'date', text: '原定的10月25日作废，11月2日', now: '2018-09-20' })).toMatchObject({ ok: true, value: '2018-11-02' });
    expect(formParse({ kind: 'date', text: '按原定时间推迟一周', now: '2018-09-20' })).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('reads a pause asked with its reason, and going on after a pause told as past', () => {
    const control = (text: string) => formParse({ kind: 'control', field: 'spent_total', text, now: '2018-09-20' });
    expect(control('先暂停一下，财务还没对账')).toMatchObject({ control: 'pause' });
    expect(control('之前停下了，接着填')).toMatchObject({ control: 'resume' });
    expect(control('暂停一下，然后跳过这项')).toMatchObject({ control: null });
  });

  it('asks about an S typed for the 5 beside it, and reads no figure in a shop named 4S店', () => {
    offered('count', 'households_benefited', '3S0户', 350);
    offered('amount', 'spent_total', '1S万', 15);
    rejected('amount', 'spent_total', '4S店');
  });

  it('starts the report asked for in a closing clause, or named by its week number', () => {
    const command = (text: string) => formParse({ kind: 'command', text });
    expect(command('领导催了，我来填一下')).toMatchObject({ intent: 'start-report' });
    expect(command('第12周的周报')).toMatchObject({ intent: 'start-report' });
    expect(command('小王负责，我来报一下？')).toMatchObject({ intent: 'none' });
  });
});

describe('a change against an earlier report', () => {
  it('offers no figure when the figure is the change (a "是" would store the difference)', () => {
    offered('amount', 'spent_total', '比上周多了5万', null);
    offered('amount', 'spent_total', '跟上周比少花了三万', null);
    offered('count', 'training_sessions', '较上期增加了2场', null);
    offered('count', 'service_points_total', '比上次多建了6个', null);
    expect(read('amount', 'spent_total', '比上周多了5万')).toMatchObject({ question: expect.stringContaining('与之前相比的变化') });
  });

  it('a comparison without a figure, or the same as before, is no change to ask about', () => {
    expect(read('amount', 'online_sales', '23.6万（比上周少，下雨物流慢）')).toMatchObject({ value: 23.6 });
    offered('amount', 'spent_total', '这周比上周多花了5万，共12万', 12);
  });
});
