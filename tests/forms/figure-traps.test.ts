import { describe, expect, it } from 'vitest';
import { formParse, type ParseInput } from '../../src/cli/form-parse.ts';

/**
 * Classes found by development set 38 (answers where a careless parser would store the wrong figure),
 * each tested with our own wordings, not the set's.
 */
const read = (kind: ParseInput['kind'], field: string | undefined, text: string) =>
  formParse({ kind, text, ...(field ? { field } : {}), now: '2018-09-20' });

describe('a sum for a span longer than the week, or a part of one, is asked, never stored', () => {
  it.each([
    ['spent_service_centre', '场地租金一年10万，这周交了一半'],
    ['spent_service_centre', '年租金6万，本周已付'],
    ['spent_upstream', '冷库租三个月4.5万'],
    ['spent_total', '宽带两年1.2万，这周交的'],
    ['spent_training', '讲师费半年8万'],
  ])('%s: %s', (field, text) => {
    const out = read('amount', field, text);
    expect(out, text).toMatchObject({ ok: true, confirm: true });
  });

  it('a year named by its digits is no span', () => {
    expect(read('amount', 'spent_total', '本周付了8万')).toMatchObject({ ok: true, value: 8, confirm: false });
  });
});

describe('a wish put to the prefecture is an issue, not a step of the form', () => {
  it.each(['希望暂停下个月的督查通报', '建议暂停本季度的评比', '请求暂停这次考核'])('%s is no control', (text) => {
    expect(read('control', 'issues', text)).toEqual({ ok: true, control: null });
  });

  it('a wish that names the form is still the control', () => {
    expect(read('control', 'issues', '希望跳过这一项')).toEqual({ ok: true, control: 'skip' });
    expect(read('control', 'issues', '暂停一下')).toEqual({ ok: true, control: 'pause' });
  });

  it.each(['完成几成了', '完成了百分之几了'])('%s asks how far along the report is', (text) => {
    expect(read('control', 'trainees', text)).toEqual({ ok: true, control: 'progress' });
  });
});

describe('the report asked for in other words', () => {
  it.each(['把本周的表格发过来', '把这周报表发给我', '本周的汇报开始吧', '新的一周周报开整'])('%s starts the report', (text) => {
    expect(read('command', undefined, text)).toEqual({ ok: true, intent: 'start-report' });
  });

  it.each(['把上周的表发我', '把样表发我'])('%s does not', (text) => {
    expect(read('command', undefined, text)).not.toEqual({ ok: true, intent: 'start-report' });
  });

  it.each(['发下本县的进度', '发一下我县的项目进度'])('%s asks for the county\'s progress', (text) => {
    expect(read('command', undefined, text)).toEqual({ ok: true, intent: 'progress' });
  });
});

describe('parts each named by a marker, with no total said, are added up and asked', () => {
  it.each([
    ['amount', 'spent_total', '一笔3万，另一笔2.5万', 5.5],
    ['amount', 'spent_total', '三笔：一笔1万一笔2万一笔3万', 6],
    ['count', 'training_sessions', '周一两场，周五一场', 3],
    ['count', 'trainees', '上午45人，下午38人', 83],
    ['count', 'trainees', '第一期40人第二期35人', 75],
  ] as const)('%s %s: %s offers %d, asked', (kind, field, text, sum) => {
    expect(read(kind, field, text)).toMatchObject({ ok: true, value: sum, confirm: true });
  });

  it.each([
    ['amount', 'spent_total', '两笔，一笔3万'],
    ['count', 'training_sessions', '第一场50人第二场40人'],
    ['count', 'trainees', '第一场50人，第二场取消了'],
  ] as const)('%s %s: %s is no sum of parts', (kind, field, text) => {
    const out = read(kind, field, text);
    expect(out).not.toMatchObject({ ok: true, value: 90, confirm: false });
    if (out.ok && 'confirm' in out && !out.confirm) expect(out.value).not.toBe(90);
  });
});

describe('a deadline moved by so many days or weeks from the day first set', () => {
  it.each([
    ['原定10月10日，推迟两周', '2018-10-24'],
    ['往后顺延三天，原来是10月9号', '2018-10-12'],
    ['本来是10月31日，提前一周', '2018-10-24'],
    ['10月8日再推迟5天', '2018-10-13'],
  ])('%s is offered as %s and asked', (text, day) => {
    expect(read('date', undefined, text)).toMatchObject({ ok: true, value: day, confirm: true });
  });

  it('a move by no amount said is not worked out', () => {
    expect(read('date', undefined, '原定10月10日，推迟一段时间')).not.toMatchObject({ ok: true, confirm: false });
  });

  it.each([['第二批验收截止到10月30日', '2018-10-30'], ['培训截止到10月12号', '2018-10-12']])('%s: the date after what it is of', (text, day) => {
    expect(read('date', undefined, text)).toMatchObject({ ok: true, value: day });
  });
});

describe('the forbidden uses: a no for some uses beside a use reported, a bound, other money', () => {
  it.each(['平台和楼堂馆所都没有，买流量花了1.2万', '没有用于楼堂馆所，工作经费付了3000元'])('%s is a yes, asked, the use kept', (text) => {
    expect(read('yesno', 'forbidden_use', text)).toMatchObject({ ok: true, value: true, confirm: true });
  });

  it.each(['买流量的没有超过2万', '工作经费那块没有到5000元'])('%s says some was used: a yes, asked', (text) => {
    expect(read('yesno', 'forbidden_use', text)).toMatchObject({ ok: true, value: true, confirm: true });
  });

  it.each(['平台费是乡镇财政出的，中央资金没有', '工作经费用的市财政的钱，中央的没动'])('%s: other money, the central funds denied: a no, asked', (text) => {
    expect(read('yesno', 'forbidden_use', text)).toMatchObject({ ok: true, value: false, confirm: true });
  });
});

describe('a sum for a whole, then the part of it paid: the part is worked out and asked, never the whole', () => {
  it.each([
    ['spent_service_centre', '办公场地一年租金16万，本周交了半年的', 8],
    ['spent_upstream', '年租金12万，这周付了三个月的', 3],
    ['spent_total', '物流车总价20万，本周付了一半', 10],
    ['spent_total', '系统开发费9万，先付了三分之一', 3],
  ] as const)('%s: %s offers %d', (field, text, wan) => {
    expect(read('amount', field, text)).toMatchObject({ ok: true, value: wan, confirm: true });
  });

  it('the part said before the sum is left to the other readers, and still asked', () => {
    expect(read('amount', 'spent_total', '付了一半，一共12万')).toMatchObject({ ok: true, confirm: true });
  });
});
