import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * A newcomer who has not read the notice: the programme's things named by a pointer (那个表, 那个中心), the document in
 * hand asked about as a whole, everyday words for the notice's terms, and what the notice never says about who holds
 * a facility or the money. Wordings written for these tests.
 */

describe('the annex table named by a pointer', () => {
  it('is the 计划表: its rows, its contents, its sum with its unit', () => {
    expectServed('崆峒区在那张表上没', 'annex-1', ['崆峒区']);
    expectServed('两当县在表里没', 'annex-1', ['两当县']);
    expectServed('那张表上写的都是些什么', 'annex-1', ['补贴资金', '万元']);
    expectServed('那个表格里总共是多少钱，单位是啥', 'annex-1', ['30000', '万元']);
  });
  it('filling in or filing it is never asked of anyone, and is refused', () => {
    expectRefused('那张表格要交给哪个部门');
    expectRefused('附件一需要县里填报吗');
    expectRefused('计划表啥时候要报上去');
  });
  it('a closing 没 of another question is no question of the list', () => {
    expectRefused('山区有特殊照顾没');
  });
});

describe('the service centre named by a pointer', () => {
  it('is the 公服中心, whose share is asked', () => {
    expectServed('县上那个中心的钱最多占多少', 'plan-3-2-2', ['15%']);
    expectServed('那个中心在1500万里头最多能花多少', ['plan-3-2-2', 'annex-1'], ['15%', '225万元']);
  });
});

describe('the document in hand asked about as a whole', () => {
  it('is told as the letter forwarding the plan, with its requirements', () => {
    expectServed('我新来的，这份通知大概是讲什么的', 'letter', ['转发', '电子商务进农村综合示范']);
    expectServed('这个文件主要内容有哪些', 'letter', ['州商办发〔2018〕183号']);
  });
  it('its year is the programme’s', () => {
    expectServed('这是哪一年的文件', 'letter', ['2018年']);
    expectServed('咱们这个是几几年的项目', 'letter', ['2018年']);
  });
  it('a part named is left to the clause asked', () => {
    expectServed('州里文件第二条讲的啥', 'letter-2');
  });
});

describe('everyday words for the notice’s terms', () => {
  it('hands-on work is 实操技能', () => {
    expectServed('培训是光上课还是要搞实操', 'plan-3-3', ['实操技能培训']);
  });
  it('where the work is aimed is where it 聚焦', () => {
    expectServed('这个项目主要盯着哪些地区', ['plan-1', 'plan-2-2'], ['贫困地区']);
    expectServed('示范项目主要瞄准哪些地区', ['plan-1', 'plan-2-2'], ['贫困地区']);
  });
  it('how a meeting settled it is the 决策过程', () => {
    expectServed('开会咋定的也得放到网上吗', ['letter-3', 'plan-4-4'], ['决策过程']);
  });
  it('the levels dividing the work, with an adverb between, is the 管理体制', () => {
    expectServed('省州县三级究竟怎么分工', 'plan-2-1', ['县负全责']);
  });
  it('an undated act asked with several words before the day is refused', () => {
    expectRefused('绩效评价具体定在哪天', ['12月底']);
  });
});

describe('who holds a facility or the money: never said', () => {
  it('whose office a facility belongs to is refused', () => {
    expectRefused('村里的服务点隶属于哪个部门');
    expectRefused('那个中心是不是挂在县商务局底下');
  });
  it('the money handed to another body to hold is refused', () => {
    expectRefused('补贴资金可以交给村委会代管吗');
  });
  it('the project’s oversight is still answered', () => {
    expectServed('项目归谁监管', ['plan-2-1', 'letter-1', 'plan-5']);
  });
});

describe('an amount checked against a share', () => {
  it('比例够不够 after an amount checks the amount', () => {
    expectServed('上行我们只安排了700万，比例够不够', 'plan-3-1-3', ['700万元', '750万元']);
  });
  it('a share quoted after the check beside an amount is the rule, not what is spent', () => {
    expectServed('上行放了650万够不够50%', 'plan-3-1-3', ['650万元', '不符合']);
  });
});
