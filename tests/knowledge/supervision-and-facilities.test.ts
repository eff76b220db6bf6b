import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Prefecture supervision and concrete facilities: the act a supervising body is asked about, one body's
 * requirements against another's, copying targets, and facilities named by an item the notice lists.
 * Wordings written for these tests, not copies of development-set questions.
 */

describe('copying targets is about a county setting its own (一), not a development model (二（三）)', () => {
  it('目标 beside 照搬 asks whether the county refines its own targets', () => {
    expectServed('目标能自己定吗，还是照搬上级的', 'plan-1', ['合理可行的工作目标']);
  });

  it('a model copied is still the principle of fitting local conditions', () => {
    expectServed('发展模式能照搬省里的吗', 'plan-2-3', ['适应当地实际的电商发展模式']);
  });
});

describe('the act asked of the 州 is the plan clause\'s word, which the letter\'s restatement leaves out', () => {
  it('指导 in drawing up the plan is 四（二）, not the letter\'s filing clause', () => {
    expectServed('州商务局要不要指导县里定补贴标准', 'plan-4-2', ['指导示范县']);
    expectServed('州里会指导县上编实施方案不', 'plan-4-2', ['指导示范县']);
  });
});

describe('one body\'s requirements alone, or another\'s too, asks whose', () => {
  it('the letter names 国家和省厅 where the plan names 国家 only', () => {
    expectServed('资金使用方向只要符合国家要求就行吗，省里的要求算不算', 'letter-1', ['国家和省厅的要求']);
  });
});

describe('a facility named by an item the notice lists as infrastructure is that infrastructure', () => {
  it('a workshop or line for a listed item', () => {
    expectServed('县上想搞个初加工车间，文件支持不', 'plan-3-1-1', ['初加工']);
    expectServed('分级包装生产线能不能纳入项目', 'plan-3-1-1', ['分级、包装']);
  });

  it('a facility for what the notice does not list, or a machine named by nothing it lists, stays refused', () => {
    expectRefused('冷库旁边建个烘干车间行不行');
    expectRefused('想买台电脑设备能报吗');
  });
});

describe('a stress on an act (专门, 特意)', () => {
  it('an act the notice does not say stays refused', () => {
    expectRefused('乡镇要不要专门设个电商办');
    expectRefused('乡镇要不要设个电商办');
    expectRefused('村里要不要设个电商办公室');
  });
});

describe('what keeps an office running is its 工作经费', () => {
  it('运行经费, 运转经费', () => {
    expectServed('示范资金能不能给商务局当运行经费', ['letter-4', 'plan-4-5'], ['工作经费']);
  });
});

describe('where a spending belongs in the plan: the part\'s heading and opening sentence', () => {
  it('the sum told is no part of what the part is found by', () => {
    expectServed('培训准备投80万，放在方案哪一块', 'plan-3-3', ['开展多种形式的电子商务培训']);
    expectServed('公服中心建设在文件里属于哪一条', 'plan-3-2-2', ['公共服务']);
  });
});

describe('officials\' words for the notice\'s 招标 information and 统筹', () => {
  it('a tender\'s public notice is of the 招标 information published in the 专栏', () => {
    expectServed('中标公示要不要上专栏', 'letter-3', ['招标']);
  });

  it('allocating money is the counties\' own 统筹', () => {
    expectServed('资金能不能由州里统一调配', 'plan-2-1', ['自主统筹资金和项目']);
  });
});

describe('a hard target asked of what the notice sets a level for', () => {
  it('增速 above the national rural average is its target', () => {
    expectServed('农村网络零售额的增速有没有硬指标', 'plan-1', ['高于全国农村平均水平']);
  });

  it('what it sets no target for stays refused', () => {
    expectRefused('培训人数有没有硬指标');
    expectRefused('增收有没有硬指标');
  });
});
