import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Two rules once refused as unstated (own wordings, not copies of development-set questions):
 * what was built with the money is to be opened to others (有关支持项目应开放共享), and the
 * training may be given by firms, training bodies and associations (三（三）).
 */

describe('opening what was built to others', () => {
  it('a facility built with the money, asked whether others may use it', () => {
    expectServed('用示范资金盖的仓储中心，隔壁村的合作社来借用，我们能拒绝吗', ['letter-4', 'plan-4-5'], ['开放共享']);
    expectServed('补助建起来的分拣车间要对外开放吗', ['letter-4', 'plan-4-5'], ['开放共享']);
    expectServed('项目买的冷链车可以只给自己用不', ['letter-4', 'plan-4-5'], ['开放共享']);
  });

  it('the terms of the use stay unstated', () => {
    expectRefused('县里的配送中心租给别的企业用，租金收多少合适');
  });
});

describe('who may give the training', () => {
  it('training handed to a firm or a training body', () => {
    expectServed('电商培训能不能委托给培训机构来办', 'plan-3-3', ['培训机构']);
    expectServed('想把全县的电商培训外包出去，方案允许吗', 'plan-3-3', ['电子商务企业']);
    expectServed('哪些单位可以承接电商培训', 'plan-3-3', ['协会']);
  });

  it('a choice between two kinds of body the clause names is answered; one it does not name is left to the choice rule', () => {
    expectServed('电商培训是交给协会办还是找企业办', 'plan-3-3', ['协会']);
    expectRefused('培训是请党校老师讲还是请公司讲');
  });

  it('the pay or the price of the training stays unstated', () => {
    expectRefused('培训外包给公司，每期费用多少合适');
    expectRefused('请来的授课老师讲课费怎么算');
  });
});

describe('a time limit as what the plan must set out', () => {
  it('whether the time limits are to be written into the plan is a yes/no, not a date asked', () => {
    expectServed('每个项目的时限要求得写清楚不', ['letter-2', 'plan-4-2'], ['时限要求']);
    expectRefused('项目时限是多久');
  });
});
