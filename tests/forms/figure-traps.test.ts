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
