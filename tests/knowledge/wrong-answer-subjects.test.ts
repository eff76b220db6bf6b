import { describe, expect, it } from 'vitest';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * Wrong answers from reading whom a clause is about: a county's own duty answered from the sentence where a higher
 * body acts on the counties, a compound name read as its bare head word, and counties acting jointly, which the
 * notice never speaks of. Variants written for these tests, not copies of development-set questions.
 */

describe("a county's own duty is stated where the county is the subject", () => {
  it('not where a higher body supervises or guides the counties (监督各示范县…, 指导各示范县建立…)', () => {
    expectServed('我们县对资金使用方向要做什么', 'plan-5', ['规范资金使用方向']);
    expectServed('县上配合检查要干啥', 'plan-5', ['专项检查']);
    expectServed('示范县自己要建一个什么样的协调机制', 'letter-1', ['建立工作协调机制']);
  });

  it('a higher body asked about keeps the clause where it acts', () => {
    expectServed('市州商务部门要监督县里资金管理吗', ['plan-4-1', 'letter-1']);
  });
});

describe('区域品牌 is the 区域公共品牌, not any 品牌', () => {
  it('the principle that names it answers', () => {
    expectServed('区域品牌需要培育吗', 'plan-2-3', ['区域公共品牌']);
    expectServed('县里打不打造区域品牌', 'plan-2-3', ['区域公共品牌']);
  });
});

describe('several counties acting jointly is not spoken of', () => {
  it('a joint brand or a shared centre between counties is refused', () => {
    expectRefused('几个县能不能联合搞一个区域品牌');
    expectRefused('两个县可以合建一个配送中心吗');
    expectRefused('两个县能不能共用一个公共服务中心');
    expectRefused('几个县能不能一起建冷库');
  });
});

describe("a body's role asked with whom or where it acts between (市州商务局对各县都干点啥)", () => {
  it('is still the role, which the clause assigning roles states', () => {
    expectServed('市州商务部门对各示范县主要负责什么', ['plan-2-1', 'plan-5'], ['督促监管']);
    expectServed('市州商务局对县里具体做什么', ['plan-2-1', 'plan-5'], ['监管']);
  });
});

describe('县里有哪些X (县里 reads 示范县) asks about the thing, not the list of counties', () => {
  it('the list answers only when the counties themselves are asked', () => {
    for (const q of ['县里有哪些材料要保存', '示范县有哪些事情要抓紧办', '县上都有什么制度要建']) {
      for (const [name, k] of engines) expect(k.answer(q, { now: NOW }).intent, `${name}: ${q}`).not.toBe('fact:county-list');
    }
    expectServed('示范县都是哪些呢', 'annex-1', ['卓尼县']);
  });
});

describe('what an act is done by (按啥, 依据什么) is the clause naming the basis of that act', () => {
  it('not one whose 按要求 names nothing, or whose basis governs another act', () => {
    expectServed('县里搞政务公开依据什么要求', 'letter-3', ['《方案》']);
    expectServed('项目实施方案依据什么来制定', 'letter-2', ['项目申报方案']);
    expectServed('信息报送依照什么要求来做', 'plan-4-4', ['信息报送有关要求']);
    expectServed('培训的费用按什么规定', 'plan-3-3', ['培训费管理办法']);
  });
});

describe('the 州 acting on the counties, with an aspect word after the thing (在资金管理方面)', () => {
  it('is the clause where that verb takes the counties and the thing', () => {
    expectServed('州里监督示范县在资金管理方面要做到什么', 'plan-4-1', ['监督各示范县加强资金使用管理']);
  });
});
