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

describe('shares offered as figures', () => {
  it('offers no percentage as an amount or a count', () => {
    expect(parse('spent_total', '首付款25%', 'amount')).toMatchObject({ value: null, confirm: true });
    expect(parse('spent_upstream', '65%', 'amount')).toMatchObject({ value: null, confirm: true });
    expect(parse('tenders_done', '完成了75%', 'count')).toMatchObject({ value: null, confirm: true });
  });
  it('offers no whole that a share was taken of', () => {
    expect(parse('spent_total', '36万中的一半', 'amount')).toMatchObject({ value: null, confirm: true });
    expect(parse('spent_training', '一共8万，培训占一半', 'amount')).toMatchObject({ value: null, confirm: true });
    expect(parse('spent_total', '合同90万，预付了两成', 'amount')).toMatchObject({ value: null, confirm: true });
  });
  it('still offers the figure paid beside the share it was', () => {
    expect(parse('spent_total', '付了合同的两成，共18万', 'amount')).toMatchObject({ value: 18, confirm: true });
    expect(parse('spent_total', '用了专项资金600万的百分之五', 'amount')).toMatchObject({ value: 30, confirm: true });
    expect(parse('poor_villages_covered', '52个，占七成', 'count')).toMatchObject({ value: 52, confirm: true });
  });
});

describe('the whole beside the part the field asks for', () => {
  it('offers the part done when said of a whole with 中 or 里', () => {
    expect(parse('tenders_done', '8个中完成了5个', 'count')).toMatchObject({ value: 5, confirm: true });
    expect(parse('poor_villages_covered', '90个村里覆盖了70个', 'count')).toMatchObject({ value: 70, confirm: true });
  });
  it('keeps the whole when a 其中 part breaks it down', () => {
    expect(parse('households_benefited', '2600户，其中合作社带动500户', 'count')).toMatchObject({ value: 2600, confirm: true });
  });
  it('does not offer one side of the field’s own 和 as the whole', () => {
    expect(parse('service_points_total', '一共135个，其中村级110个', 'count')).toMatchObject({ value: 135, confirm: true });
  });
});

describe('amounts run into the next item’s name', () => {
  it('offers no one figure of two items written without a break', () => {
    expect(parse('spent_service_points', '乡镇站3万村级站5万', 'amount')).toMatchObject({ value: null, confirm: true });
    expect(parse('spent_training', '讲课费6000场地费1500', 'amount')).toMatchObject({ value: null, confirm: true });
  });
  it('reads so much each in 元 said after the items', () => {
    expect(parse('spent_service_points', '12个站点每个4000', 'amount')).toMatchObject({ value: 4.8, confirm: true });
  });
});

describe('a count of lots beside money', () => {
  it('offers the count of lots, not the money, at the tenders', () => {
    expect(parse('tenders_done', '3个标段，中标价150万', 'count')).toMatchObject({ value: 3, confirm: true });
  });
  it('offers no count of sessions at the people trained', () => {
    expect(parse('trainees', '2场，花了1万', 'count')).toMatchObject({ value: null, confirm: true });
  });
});

describe('a whole that names a part field, broken down', () => {
  it('offers the whole when it names the field’s own matter, not the part inside it', () => {
    expect(parse('spent_upstream', '上行这块花了10万，其中冷链4万', 'amount')).toMatchObject({ value: 10, confirm: true });
    expect(parse('spent_training', '培训3万，其中讲课费1万', 'amount')).toMatchObject({ value: 3, confirm: true });
  });
  it('still offers the part named by the field when the whole is bare', () => {
    expect(parse('spent_training', '12万，其中培训5万', 'amount')).toMatchObject({ value: 5, confirm: true });
  });
});

describe('figures counting different things in one message', () => {
  it('offers the figure whose noun is the field’s own, in either order', () => {
    const cases: [string, string, number][] = [
      ['poor_villages_covered', '98个服务站覆盖了57个村', 57],
      ['poor_villages_covered', '覆盖村子的话是57个村，服务站98个', 57],
      ['service_points_total', '98个服务站覆盖了57个村', 98],
      ['households_benefited', '26个合作社带动了760户', 760],
      ['households_benefited', '44个村带动贫困户1320户', 1320],
      ['households_benefited', '带动1320户，分布在44个村', 1320],
      ['training_sessions', '走了9个村，办培训6场', 6],
      ['trainees', '参训73人，来自9个村', 73],
      ['tenders_done', '完成了6个项目，涉及41个站点', 6],
      ['tenders_done', '覆盖16个村，招标完成2项', 2],
    ];
    for (const [field, text, value] of cases) expect(parse(field, text, 'count'), `${field} ${text}`).toMatchObject({ value, confirm: true });
  });
  it('never adds up figures that count different things', () => {
    for (const [field, text] of [
      ['poor_villages_covered', '58个合作社，33个村'],
      ['service_points_total', '16家企业，27个网店'],
      ['trainees', '培训了64人，涉及7个村'],
    ] as const) {
      const r = parse(field, text, 'count');
      expect(r.confirm, text).toBe(true);
      expect([91, 43, 71], text).not.toContain(r.value);
    }
  });
  it('asks with no figure when none of them counts the field’s thing', () => {
    for (const [field, text] of [
      ['service_points_total', '26个合作社带动了760户'],
      ['poor_villages_covered', '建了77个站，带动640户'],
      ['households_benefited', '98个服务站覆盖了57个村'],
    ] as const)
      expect(parse(field, text, 'count'), text).toMatchObject({ value: null, confirm: true });
  });
  it('adds up only the figures that count the field’s thing, setting the others aside', () => {
    expect(parse('service_points_total', '乡镇站7个，村级站54个，覆盖31个村', 'count')).toMatchObject({ value: 61, confirm: true });
  });
  it('keeps levels of stations and people of poor households as the field’s own', () => {
    expect(parse('service_points_total', '乡镇9个，村级68个', 'count')).toMatchObject({ value: 77, confirm: true });
    expect(parse('trainees_poor', '90人里有25个贫困户', 'count')).toMatchObject({ value: 25, confirm: true });
    expect(parse('trainees', '每场45人，办了4场', 'count')).toMatchObject({ value: 180, confirm: true });
  });
  it('asks, storing nothing, when a lone figure counts a thing the form does not count', () => {
    for (const [field, text] of [
      ['households_benefited', '17家合作社，带动贫困户'],
      ['service_points_total', '覆盖了21个乡镇'],
    ] as const)
      expect(parse(field, text, 'count'), text).toMatchObject({ value: null, confirm: true });
  });
});
