import { describe, expect, it } from 'vitest';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * A county checking a spending plan against the notice: what it asks that the notice never settles
 * is refused, not answered from the clause on the thing being built. Wordings written for these tests.
 */

describe('spending plans: what the notice never settles', () => {
  it('administrative steps of a building project the notice never names (立项, 可研, 环评, 监理)', () => {
    expectRefused('配送中心开工前得不得先到发改委立项');
    expectRefused('建仓储中心要做可研报告吗');
    expectRefused('农产品加工车间要不要办环评');
    expectRefused('公服中心装修请监理的钱能从项目里出吗');
  });

  it('purses the notice never names (涉农整合资金, 衔接资金)', () => {
    expectRefused('县里统筹整合的涉农资金能补到物流配送上吗');
    expectRefused('衔接资金可以给服务点补缺口不');
  });

  it('where money taken back goes', () => {
    expectRefused('被收回的专项资金是退到省里还是退回中央');
    expectRefused('收回来的钱要上缴给谁');
    expectServed('绩效评价不合格会怎么样', 'plan-6');
  });

  it('a choice between bodies, one of which the notice never names, even with a date told', () => {
    expectRefused('项目审计是县审计局来还是州财政局来');
    expectRefused('年底决算是审计局来做还是商务局来做');
    expectRefused('报账单据是分管县长签字还是局长签');
  });

  it('a choice between bodies the notice names is still answered', () => {
    expectServed('州里牵头监管的是财政局还是商务局', ['letter-1', 'plan-5']);
    expectServed('培训能交给谁来办，企业行不行', 'plan-3-3');
  });

  it('money moved between items of a county plan is a change of plan (四（二）), whatever the items', () => {
    expectServed('打算从培训里抽80万调到配送中心上，能直接调吗', 'plan-4-2', ['报经省商务厅审核备案']);
    expectServed('把品牌推广的钱匀一些给服务点建设，需要走什么手续', 'plan-4-2', ['不得随意调整变更']);
    expectServed('公服中心那块砍掉50万加到物流体系上行不行', 'plan-4-2', ['审核备案']);
  });

  it('a plan figure checked against the shares, asked as 过线/能过 (a pass mark), the budget called a 盘子', () => {
    expectServed('上行这边安排了800万，1500万的盘子，能过线吗', 'plan-3-1-3', ['达到了不低于750万元']);
    expectServed('公服中心准备投260万，过得去吗', 'plan-3-2-2', ['高于225万元']);
  });

  it('中 of 中央 is no “within” (上行这块中央的钱占多少 asks the share itself)', () => {
    expectServed('上行那块中央的钱至少要占多少', 'plan-3-1-3', ['不低于50%']);
    expectRefused('上行资金里面冷链物流最多能占多少');
  });

  it('an amount moved between items is not checked against a share as if it were the amount spent', () => {
    for (const [, k] of engines) {
      const a = k.answer('从培训里调80万到上行，上行比例能不能达标', { now: NOW });
      expect(a.answer).toContain('不低于50%');
      expect(a.answer).toContain('调整的数额');
      expect(a.answer).not.toContain('80万元低于');
    }
  });

  it('a firm from outside (外边的公司, 外包公司) is the notice’s 企业, which may run training', () => {
    expectServed('电商培训打算找外边的公司来办，行不行', 'plan-3-3', ['电子商务企业']);
    expectServed('培训让外包公司来做可以不', 'plan-3-3', ['培训机构']);
  });

  it('a supported thing asked as taken for a forbidden item (会不会被当成交易平台) quotes both rules, never a bare 不可以', () => {
    expectServed('想建个农村物流信息服务平台，会不会被当成交易平台', 'plan-3-1-2', ['物流信息服务平台', '网络交易平台']);
  });

  it('a yearly or running cost of the service centre is no share of the building money', () => {
    expectRefused('公服中心的运维费一年能补多少', ['225万元']);
    expectServed('公服中心的钱最多能占几成', 'plan-3-2-2', ['不得高于15%']);
  });
});
