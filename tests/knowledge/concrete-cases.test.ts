import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Classes behind misses on questions asked clause by clause with a concrete county case (own wordings):
 * a form number that is no date, a figure checked with no subject in the asking part, the letter's own particulars
 * asked indirectly, which of two clauses leads (the field named, the aspect of an act, the counties' own duty),
 * and everyday words for the notice's terms.
 */

describe('几号表 is a form number, not a date', () => {
  it('no deadline is answered for a form or template the notice never gives', () => {
    expectRefused('报方案时要填几号表', ['9月30日']);
    expectRefused('备案用的是几号表，有统一模板没', ['9月30日']);
  });
});

describe('a share check whose asking part names no other subject', () => {
  it('够不够比例 after a figure checks that figure against the county’s floor', () => {
    expectServed('迭部上行准备放600万，够不够比例', 'plan-3-1-3', ['750万元', '低于']);
    expectServed('舟曲上行计划花900万，符合比例要求吗', 'plan-3-1-3', ['750万元', '达到']);
  });
});

describe('the letter’s own particulars asked indirectly', () => {
  it('a question ending on 局的 is no asker telling their office', () => {
    expectServed('这份文发到县里是给哪几个局的，有没有财政局', 'letter', ['财政局', '扶贫办']);
  });

  it('the plan forwarded, by its full name, and whether the 州 only forwarded it', () => {
    expectServed('州里转来的是省里哪份文件，全称是啥', 'letter', ['甘肃省2018年电子商务进农村综合示范项目实施方案']);
    expectServed('州上是原样转发还是自己另外提了要求', 'letter', ['一并贯彻落实']);
  });
});

describe('which clause leads', () => {
  it('a body asked of within a field it names: the clause speaking of the field', () => {
    expectServed('示范县政府在农村电商发展上主要干什么', 'plan-2-4', ['完善政策']);
  });

  it('the three provincial bodies asked together, their level said once', () => {
    expectServed('省商务厅财政厅扶贫办管啥', 'plan-2-1', ['制定政策措施']);
  });

  it('the aspect of an act done to the counties: the clause saying what it is about', () => {
    expectServed('市州要监督示范县哪些方面', 'plan-4-1', ['资金使用管理']);
  });

  it('the counties’ own duty: the clause where they must, not where they are supervised to', () => {
    expectServed('示范县还要不要自己细化资金管理制度', 'letter-1', ['完善细化资金管理制度']);
  });
});

describe('everyday words for the notice’s terms', () => {
  it('身份, 算数, 一个模子, 牧家乐, 共用一个站点, 中央的钱起啥作用', () => {
    expectServed('州商务局在分工里是个什么身份', ['plan-5', 'letter-1'], ['主要监管单位']);
    expectServed('返乡农民工参加培训算数吗', 'plan-3-3', ['返乡农民工']);
    expectServed('发展路子是不是全省一个模子', 'plan-2-3', ['适应当地实际']);
    expectServed('牧家乐能搞电商吗', 'plan-2-3', ['餐饮']);
    expectServed('邮政和快递共用一个站点行不行', 'plan-3-1-2', ['多站合一']);
    expectServed('中央的钱在这里头起啥作用', 'plan-3', ['引导带动社会资本']);
  });

  it('那附件二呢，是个啥 asks which document it is; 只报X行不行，还要… asks what else', () => {
    expectServed('那附件二呢，是个啥', 'plan-annexes', ['绩效目标考核办法']);
    expectServed('只报一个实施方案行不行，还要制定啥', ['letter-2', 'plan-4-2'], ['资金管理规定']);
  });
});
