import { describe, expect, it } from 'vitest';
import { engines, expectServed, NOW } from './both-engines.ts';

/**
 * Classes of the first-day mix once refused or answered from the wrong clause or sentence: the table's total
 * pointed at and its unit asked beside a figure, the plan's parts counted with a measure word, a share checked
 * with an everyday ending, everyday words for the notice's terms, how a heading's work is done, a question
 * closing on a place, a level asked, and a time of the next year told against a deadline. Own wordings.
 */

describe('the table: its total pointed at, its unit asked beside a figure', () => {
  it('那个合计 points at the total row, it counts nothing', () => {
    expectServed('附件1表里底下那个合计是多少', 'annex-1', ['30000']);
  });

  it('a figure told with two units, or the unit checked bare', () => {
    expectServed('每个县那1500是万还是1500块钱', 'annex-1', ['万元']);
    expectServed('计划表里的单位，是万元吗', 'annex-1', ['单位：万元']);
    expectServed('表上的单位注在哪里', 'annex-1', ['单位：万元']);
  });
});

describe('the plan counted by parts, a share checked', () => {
  it('分几个部分: a measure word before the parts', () => {
    expectServed('省里的实施方案一共分几个部分', 'plan', ['目标任务', '绩效目标考核'], true);
  });

  it('a share told in tenths and checked with 行么 or 可以么', () => {
    expectServed('产品上行只给两成资金行么', 'plan-3-1-3', ['50%', '低于']);
    expectServed('公服中心拿两成可以么', 'plan-3-2-2', ['15%']);
  });
});

describe('everyday words for the notice’s terms', () => {
  it('a change along the way is 调整', () => {
    expectServed('方案报上去以后我们再改一下行不行', 'plan-4-2', ['不得随意调整变更']);
  });

  it('a firm’s data handed out is what 信息安全 guards', () => {
    expectServed('项目企业的销售数据能不能外传', 'plan-4-4', ['信息安全']);
  });

  it('training put first for a group is its 培训力度', () => {
    expectServed('贫困户参加电商培训能优先吗，可以多培训吗', 'plan-3-3', ['培训力度']);
  });

  it('kept inside the office is the other side of 公开', () => {
    expectServed('项目的资金安排是对外公开还是只在内部', ['letter-3', 'plan-4-4'], ['资金安排']);
  });
});

describe('the clause and the sentence that answer', () => {
  it('how the work a heading names is done: its opening sentence', () => {
    expectServed('县乡村三级的物流配送体系怎么搞', 'plan-3-1-2', ['县域电商公共配送中心']);
  });

  it('a question closing on a place names no verb: the clause setting whom the work is for', () => {
    expectServed('电商服务站点能只建在条件好的非贫困村吗', ['plan-2-2', 'plan-3-2-2'], ['服务重点']);
  });

  it('a level asked hears the levels’ division first', () => {
    expectServed('市州那一级具体负责什么', 'plan-2-1', ['市州监管']);
  });
});

describe('a time told against a deadline', () => {
  it('a time of the next year is late', () => {
    for (const q of ['招标要是拖到过年以后算不算超期', '项目招标推到明年开春行吗']) {
      expectServed(q, ['letter-2'], ['12月底', '晚于截止时间']);
    }
  });

  it('a month moved to that comes before the deadline’s month is the next year’s', () => {
    for (const [, k] of engines) {
      const a = k.answer('招标拖到2月份可以吗', { now: NOW });
      expect(a.answer).toContain('晚于截止时间');
      expect(a.answer).not.toContain('之前');
    }
  });

  it('a month already past this year, told of an act not yet done, claims neither before nor after the deadline', () => {
    for (const [, k] of engines) {
      const a = k.answer('招标3月份完成算晚吗', { now: NOW });
      expect(a.answer).toContain('12月底');
      expect(a.answer).not.toMatch(/在截止时间之前|晚于截止时间/);
      // Done already: this year's month, before the deadline.
      expect(k.answer('实施方案8月份就报上去了，算晚吗', { now: NOW }).answer).toContain('在截止时间之前');
      // A month still to come this year is compared as before.
      expect(k.answer('招标11月份完成算晚吗', { now: NOW }).answer).toContain('在截止时间之前');
    }
  });
});
