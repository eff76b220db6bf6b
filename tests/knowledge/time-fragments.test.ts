import { describe, expect, it } from 'vitest';
import { undatedActsOf } from '../../src/knowledge/undated-act.ts';
import { buildKnowledgeBase } from '../../src/knowledge/base.ts';
import { engines, expectRefused, expectServed, NOW, programme } from './both-engines.ts';

/**
 * Short time questions: the act right before 几月/哪个月/哪一年 is dated only by the notice's own date for it; a year or
 * a month asked of a milestone is its deadline.
 */

describe('time fragments: the act before the question word', () => {
  it('the acts read so are the notice’s undated pieces of work, derived from its text', () => {
    const acts = undatedActsOf(buildKnowledgeBase(programme));
    expect(acts).toEqual(expect.arrayContaining(['验收', '评价']));
    // 招标 is dated (12月底前完成…招标工作); 方案 and 上报 are no act of the notice's 工作.
    for (const w of ['招标', '方案', '上报', '备案']) expect(acts).not.toContain(w);
  });

  it('an undated act asked its month is refused, with no date beside it given as its date', () => {
    for (const q of ['项目验收安排在几月', '验收一般几月份', '绩效评价放在哪一年', '检查具体哪天来']) expectRefused(q, ['9月30日', '12月底', '12月31日']);
  });

  it('a milestone asked its month, day or year is still answered by its deadline', () => {
    expectServed('实施方案几号要报上去', ['letter-2', 'plan-4-2'], ['9月30日']);
    expectServed('招标最晚几月弄完', 'letter-2', ['12月']);
    expectServed('备案最后是哪天', ['letter-2', 'plan-4-2'], ['9月30日']);
    expectServed('方案报备是哪一年的事', ['letter-2', 'plan-4-2'], ['2018年9月30日']);
    expectServed('招标截止在哪个月', 'letter-2', ['12月']);
  });
});

describe('a bare 补 closed by 不', () => {
  it('asks whether a thing is subsidised, as 补吗 does: refused where the clause speaks of no subsidy', () => {
    for (const q of ['发快递的运费能补不', '物流费用会补不', '快递的费用给补不']) expectRefused(q);
  });
});

describe('a bare filing verb with its time asked', () => {
  it('asks the one filing the notice dates (the plan’s)', () => {
    for (const q of ['上报日期是哪天', '提交截止几月几号', '报送最晚什么时候']) expectServed(q, ['letter-2', 'plan-4-2'], ['9月30日']);
  });

  it('not when another thing to file is named, which the notice does not date', () => {
    expectRefused('信息报送是几号', ['9月30日']);
    expectRefused('报送进度几月份', ['9月30日']);
  });
});

describe('a bare 中心 asked its share or spending', () => {
  it('is the public service centre, the one 中心 whose share the notice sets', () => {
    expectServed('中心用了180万 超了吗', 'plan-3-2-2', ['15%']);
    expectServed('县的中心最多花多少', 'plan-3-2-2', ['15%']);
  });

  it('not a 中心 the notice names otherwise (配送中心, 商贸中心)', () => {
    for (const [name, k] of engines) {
      const a = k.answer('配送中心的比例上限多少', { now: NOW });
      expect(a.answer, `${name}: ${a.answer}`).not.toContain('15%');
    }
  });
});

describe('a time told for an act the notice never dates', () => {
  it('is refused as unstated, not answered with the milestone that falls in the month told', () => {
    for (const q of ['项目验收是不是安排在12月中旬', '绩效评价定在明年上半年吧', '11月底前得把培训都办完吗'])
      expectRefused(q, ['12月底', '12月31日', '9月30日']);
  });

  it('a milestone named beside it, or a time in the background of another ask, is left to the other readings', () => {
    expectServed('招标是不是12月中旬以前弄完', 'letter-2', ['12月']);
    expectServed('县里年底前要办培训，培训对象有哪些人', 'plan-3-3', ['基层党政干部']);
  });
});
