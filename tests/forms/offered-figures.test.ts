import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';

/** Readings that ask back: the figure offered must be one the person meant, or none. */
const parse = (field: string, text: string, kind: 'amount' | 'count') => formParse({ kind, field, text }) as { value?: unknown; confirm?: boolean };

describe('items of a list said in one breath', () => {
  it('offers no single item of a list of payments as the week’s spending', () => {
    for (const text of ['分两次，一次4万一次7万', '服务中心两笔，一笔1万一笔5万', '两个合同，一个9万一个6万']) {
      const r = parse('spent_total', text, 'amount');
      expect(r.confirm).toBe(true);
      expect([7, 5, 6]).not.toContain(r.value);
    }
  });
  it('does not read a list of items written in 千 as 万', () => {
    const r = parse('spent_training', '一期6千二期9千', 'amount');
    expect(r.confirm).toBe(true);
    expect(r.value === null || r.value === 1.5).toBe(true);
  });
  it('offers no people count as the number of sessions', () => {
    const r = parse('training_sessions', '第一场45人第二场38人', 'count');
    expect(r.confirm).toBe(true);
    expect([45, 38]).not.toContain(r.value);
  });
  it('still adds up the people of sessions listed by ordinal at the trainees', () => {
    const r = parse('trainees', '第一场45人第二场38人', 'count');
    expect(r).toMatchObject({ value: 83, confirm: true });
  });
});

describe('fewer items listed than said', () => {
  it('asks without a figure when three payments are said and two listed', () => {
    for (const text of ['三笔，第一笔3万第二笔9万', '三次，一次1万一次2万']) expect(parse('spent_total', text, 'amount')).toMatchObject({ value: null, confirm: true });
  });
  it('asks without a figure when three batches are said and two listed', () => {
    expect(parse('service_points_total', '三批，第一批20个第二批15个', 'count')).toMatchObject({ value: null, confirm: true });
    expect(parse('tenders_done', '四批，第一批1个第二批3个第三批2个', 'count')).toMatchObject({ value: null, confirm: true });
  });
  it('still offers the sum when the items listed match the number said', () => {
    expect(parse('tenders_planned', '两批，第一批4个第二批5个', 'count')).toMatchObject({ value: 9, confirm: true });
  });
});
