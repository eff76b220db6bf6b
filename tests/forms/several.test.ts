import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';

const read = (field: string, text: string) => {
  const kind = /^spent|sales/.test(field) ? 'amount' : field === 'forbidden_use' ? 'yesno' : 'count';
  return formParse({ kind, field, text, now: '2018-09-20' });
};
const asked = (field: string, text: string) => {
  const out = read(field, text);
  return out.ok && 'confirm' in out && out.confirm ? { value: out.value, question: out.question } : { value: 'not asked', question: JSON.stringify(out) };
};

describe('a message with several figures for one field', () => {
  it('stores the figure after a plain correction, and reads it with the usual checks', () => {
    expect(read('spent_total', '5万，哦不对，是6万')).toMatchObject({ ok: true, value: 6, confirm: false, display: '6万元' });
    expect(read('training_sessions', '3场，哦，是4场')).toMatchObject({ value: 4, confirm: false });
    expect(read('trainees', '80人次，哦不对，85')).toMatchObject({ value: 85, confirm: false });
    // 不是6万 denies the second figure: the first is offered, nothing is stored unasked, and the two are never added.
    expect(asked('spent_total', '5万，不是6万').value).toBe(5);
    // Taking a figure back without a new one is asked.
    expect(asked('spent_total', '6万，不对').question).toContain('您是要更正这个数字吗？');
  });

  it('adds up named parts, spelling the sum out in the question', () => {
    expect(asked('service_points_total', '乡镇站18个，村级站102个')).toEqual({
      value: 120,
      question: '您的回复中有多个数字，合计：乡镇站18个 + 村级站102个，您要填写的是 120个吗？回复“是”确认，或直接重新输入。',
    });
    expect(asked('online_sales', '淘宝上卖了30万 京东卖了20万').value).toBe(50);
    expect(asked('training_sessions', '周二1场，周四2场').value).toBe(3);
    // A total among them (共68个村) means they do not add up: asked with every figure listed.
    expect(asked('service_points_total', '覆盖了45个贫困村，共68个村').value).toBeNull();
  });

  it.each([
    ['spent_upstream', '物流配送8万，品牌建设2万，共10万', 10],
    // Bare items beside a total in 元 are in 元 too.
    ['spent_training', '讲课费6000、场地2000，合计8000元', 0.8],
    // Items of other matters (服务中心) make the total the whole week's, not this part's.
    ['spent_upstream', '上行20万，服务中心15万，合计35万', 20],
    // Items that do not add up to the total are not summed over.
    ['spent_upstream', '物流配送8万，品牌建设2万，共12万', null],
  ] as const)('at the part field %s, %s offers the stated total only when its items are of that part and add up to it', (field, text, value) => {
    const out = asked(field, text);
    expect(out.value).toBe(value);
    if (value === 10) expect(out.question).toBe('您的回复中有多个数字，按“共10万”理解，您要填写的是 10万元（100,000元）吗？回复“是”确认，或直接重新输入。');
  });

  it('takes the total at the total field and the part at the part field (其中, 里有, brackets)', () => {
    expect(asked('spent_total', '本周支出12万，其中培训3万').value).toBe(12);
    expect(asked('spent_training', '本周支出12万，其中培训3万').value).toBe(3);
    expect(asked('spent_service_centre', '本周支出12万，其中培训3万').value).toBeNull();
    expect(asked('trainees_poor', '50人里有20个贫困户').value).toBe(20);
    expect(asked('trainees', '80人，其中贫困户25人').value).toBe(80);
    expect(asked('service_points_total', '12个（乡镇3个，村级9个）').value).toBe(12);
    expect(asked('spent_upstream', '上行3万，培训2万').value).toBe(3);
    expect(asked('poor_villages_covered', '贫困村45个，非贫困村23个').value).toBe(45);
  });

  it("keeps to the field's measure: this week's figure, a running total, a plan, what is done", () => {
    expect(asked('spent_total', '本周支出8万，累计已支出120万').value).toBe(8);
    expect(asked('service_points_total', '本周新建2个，累计30个').value).toBe(30);
    expect(asked('spent_total', '9月10号付的12万，这周没有新支出').value).toBe(0);
    expect(asked('tenders_done', '计划8个，已完成5个').value).toBe(5);
    expect(asked('tenders_planned', '计划8个，已完成5个').value).toBe(8);
    expect(asked('tenders_done', '完成了5个，还有3个在走流程').value).toBe(5);
  });

  it('multiplies so much each by how many, and leaves a figure of another kind or unit aside', () => {
    expect(asked('trainees', '每场50人，3场')).toEqual({
      value: 150,
      question: '您的回复中有多个数字，按 每场50人 × 3场 计算，您要填写的是 150人次吗？回复“是”确认，或直接重新输入。',
    });
    expect(asked('spent_service_points', '每个站点2万，建了3个').value).toBe(6);
    expect(asked('trainees', '办了3场，80人参加').value).toBe(80);
    expect(asked('spent_service_points', '3个站点共花了6万').value).toBe(6);
    expect(asked('poor_villages_covered', '45个，占全县贫困村的60%').value).toBe(45);
  });

  it('asks with every figure listed when they compete, and never stores one of them unasked', () => {
    expect(asked('spent_total', '财务说12万 项目办说15万')).toEqual({
      value: null,
      question: '您的回复中有多个数字（财务说12万、项目办说15万），本项只填写一个数，请直接输入准确数字。',
    });
    expect(asked('spent_total', '8万还是9万来着，我再查查').value).toBeNull();
    expect(asked('spent_total', '上周花的5万忘报了，本周又花了3万').value).toBe(3);
  });

  it('does not split a figure at its thousands separator, nor count a phone number, a time or a document number', () => {
    expect(read('spent_total', '1,500,000元')).toMatchObject({ value: 150, confirm: false });
    expect(asked('spent_total', '¥125,000').value).toBe(12.5);
    expect(read('spent_total', '有事打我电话13893112345').ok).toBe(false);
    expect(read('spent_total', '下午3点前付了5万')).toMatchObject({ value: 5, confirm: false });
    expect(read('spent_total', '按甘商发〔2018〕36号文件要求，本周支出12万')).toMatchObject({ value: 12, confirm: false });
  });
});

describe('several figures that are not parts of one', () => {
  it('asks for the figure after 实际 rather than storing it, and never adds up what was cancelled, owed or compared', () => {
    expect(asked('training_sessions', '计划3场，实际办了2场').value).toBe(2);
    expect(asked('tenders_planned', '计划招标5个，实际完成3个').value).toBe(3);
    expect(asked('spent_total', '付了30万，还欠20万').value).toBe(30);
    expect(asked('spent_total', '应付50万，已付30万').value).toBe(30);
    expect(asked('spent_total', '合同金额100万，本周付了30万').value).toBe(30);
    expect(asked('households_benefited', '300户，比上周多20户').value).toBe(300);
  });

  it('offers what there was plus what is new at a running total, asked with both figures', () => {
    const out = asked('service_points_total', '原有10个，本周新建2个');
    expect(out.value).toBe(12);
    expect(out.question).toContain('合计：原有10个 + 本周新建2个');
    // At a weekly field the new figure alone is this week's.
    expect(asked('training_sessions', '上周3场，本周2场').value).toBe(2);
  });

  it('adds up ordinal sessions and the rest of the same thing, multiplies classes by their size', () => {
    expect(asked('trainees', '第一场60人，第二场50人').value).toBe(110);
    expect(asked('online_sales', '淘宝20万，其他10万').value).toBe(30);
    expect(asked('trainees', '3个班，每班40人').value).toBe(120);
    expect(asked('spent_total', '分3笔付的，共20万').value).toBe(20);
    expect(asked('service_points_total', '第3批建了15个站点').question).toContain('这是其中一批的数还是截至目前的累计数？');
  });

  it('offers the bare figure said first when the figures after it are named as other matters', () => {
    expect(asked('service_points_total', '86个，覆盖贫困村40个')).toEqual({
      value: 86,
      question: '您的回复中有多个数字，按“86个”理解，您要填写的是 86个吗？回复“是”确认，或直接重新输入。',
    });
    expect(asked('trainees', '120人，带动贫困户35户').value).toBe(120);
    // Not when a later figure is a total, a denial or a rival.
    expect(asked('service_points_total', '86个，累计90个').value).toBeNull();
    expect(asked('service_points_total', '86个，不是90个').value).toBe(86);
    expect(asked('service_points_total', '86个，财务说90个').value).toBeNull();
  });

  it('offers a first figure named only as a running total to a date when the next names another matter', () => {
    expect(asked('service_points_total', '截至9月20日共建成118个，覆盖贫困村75个').value).toBe(118);
    expect(asked('service_points_total', '截止9月18号累计建成64个，带动贫困户300户').value).toBe(64);
    // The other matter's own field takes its figure.
    expect(asked('poor_villages_covered', '截至9月20日共建成118个，覆盖贫困村75个').value).toBe(75);
  });
});

describe('two counts in one clause, a total broken down, money beside a count (dev set 10)', () => {
  it('cuts a clause before its second count and offers the one of the field', () => {
    expect(asked('poor_villages_covered', '90个站点覆盖了70个贫困村').value).toBe(70);
    expect(asked('service_points_total', '90个站点覆盖了70个贫困村').value).toBe(90);
    expect(asked('trainees', '2场共90人次，其中贫困户30人次').value).toBe(90);
    // A range or a rival in one clause stays unclear.
    expect(asked('service_points_total', '3个还是4个').value).toBeNull();
  });

  it('at a part, takes the whole when its bracketed or 其中 parts add up to it and name no other matter', () => {
    expect(asked('spent_upstream', '6万元（分级包装2万、冷库租金4万）').value).toBe(6);
    expect(asked('spent_service_points', '9万元，其中9月18日付了5万，19日付了4万').value).toBe(9);
    // Parts naming other matters: the part of this field.
    expect(asked('spent_upstream', '8万，其中上行2万、培训6万').value).toBe(2);
    // Parts that do not add up: not the whole.
    expect(asked('spent_upstream', '6万元（分级包装2万、冷库租金3万）').value).not.toBe(6);
  });

  it('at a part, reads the figure of the part beside what was reported for the whole', () => {
    expect(asked('spent_training', '培训用了1.5，总的我之前报的是9').value).toBe(1.5);
  });

  it('leaves money aside at a count', () => {
    expect(asked('training_sessions', '办了2场，共培训90人次，花了0.8万').value).toBe(2);
  });

  it('multiplies each site’s grant, whatever the verb', () => {
    expect(asked('spent_service_points', '给12个村级站点每个补助5000元').value).toBe(6);
    expect(asked('spent_service_points', '给10个站每个奖励了3000元').value).toBe(3);
  });
});

describe('an order of magnitude said instead of a figure', () => {
  it.each([
    ['households_benefited', '上千户', 1000],
    ['trainees', '近千人', 1000],
    ['spent_total', '近万元', 1],
  ])('%s: %j is asked back as about %d', (field, text, value) => {
    const a = asked(field, text);
    expect(a.value).toBe(value);
    expect(a.question).toContain('是约数');
  });
});

describe('figures in words that give no figure', () => {
  it('asks for an exact figure when the words say some but not how much, or name an ordinal', () => {
    expect(asked('spent_total', '花了一点儿').value).toBeNull();
    expect(asked('trainees_poor', '一半左右').value).toBeNull();
    expect(asked('training_sessions', '第3期培训班开班了').question).toContain('“第3期”是序号，不是数量。');
    // 差不多 is not 不多.
    expect(read('spent_total', '跟上周差不多').ok).toBe(false);
  });

  it('asks back a count beyond what the field holds, and an amount typed at a count', () => {
    expect(asked('training_sessions', '5万').value).toBeNull();
    expect(asked('households_benefited', '5万').question).toContain('“5万”像是金额');
    expect(read('training_sessions', '俩')).toMatchObject({ value: 2, confirm: false });
    expect(read('training_sessions', '一直在筹备，本周还没开班')).toMatchObject({ value: 0, confirm: false });
  });
});

describe('sessions said in 期 or 批 beside the people trained (dev set 8)', () => {
  it.each([
    ['培训2期，共120人次', 2],
    ['办了两批，参训90人', 2],
  ])('%s at the sessions is asked as %i, the people left to their field', (text, value) => {
    expect(formParse({ kind: 'count', field: 'training_sessions', text, now: '2018-09-20' })).toMatchObject({ ok: true, value, confirm: true });
  });
});

describe('figures in a sentence that are no part of the answer (dev set 28, 29)', () => {
  it.each([
    ['spent_service_points', '村级站一共花了30万，每个站6万', 30],
    ['spent_training', '每期3万，本周培训花了6万', 6],
  ])('%s: %s, a rate with nothing to multiply, offers the other figure', (field, text, value) => {
    expect(asked(field, text).value).toBe(value);
  });

  it.each([
    ['spent_upstream', '物流花了8万，另外培训花了2万', 8],
    ['spent_training', '培训支出4万，另外服务中心用了10万', 4],
  ])('%s: %s, "another" naming another matter, is no part of this one', (field, text, value) => {
    expect(asked(field, text).value).toBe(value);
  });

  it.each([
    ['spent_total', '20万，还有3万尚未支付', 20],
    ['spent_service_centre', '7.5万，另有1万没付', 7.5],
  ])('%s: %s, a figure not paid yet, is left out', (field, text, value) => {
    expect(asked(field, text).value).toBe(value);
  });

  it('a bare 不是 between two figures takes the first back', () => {
    expect(read('spent_training', '6万，不是，9万')).toMatchObject({ ok: true, value: 9, confirm: false });
    expect(read('trainees', '80，不是，85')).toMatchObject({ ok: true, value: 85, confirm: false });
  });

  it('named batches in one unit of their own are added up, asked', () => {
    expect(asked('training_sessions', '电商基础班1期、直播班2期')).toMatchObject({ value: 3 });
    expect(asked('training_sessions', '培训了2期，3个班').value).toBeNull();
  });
});

describe('a clause saying nothing was paid, with no figure, is no figure left out', () => {
  it('还没付, then 所以是0, is a plain none', () => {
    expect(read('spent_upstream', '物流公司先垫着，我们还没付，所以是0')).toMatchObject({ ok: true, value: 0, confirm: false });
  });
});
