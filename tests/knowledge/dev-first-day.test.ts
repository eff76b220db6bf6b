import { describe, expect, it } from 'vitest';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * Classes of the first-day mix once answered wrongly or refused: written for these tests, not copied from a
 * development set.
 */

describe('the cost of an act the notice names but pays nothing for', () => {
  it('is refused when asked without a modal (X的钱从…资金里出吗)', () => {
    expectRefused('第三方机构做评价的费用从专项资金里出吗');
    expectRefused('请第三方验收的钱从示范资金里出吗');
  });

  it('a cost the clause speaks of (培训费) is still answered', () => {
    expectServed('培训的钱从中央资金里出吗', 'plan-3-3');
  });
});

describe('the subsidy rate of a kind of project, which each county details itself', () => {
  it('is refused, not answered with a share of the whole', () => {
    expectRefused('服务站点建设的补助标准是多少', ['225万', '15%']);
    expectRefused('冷链仓储项目具体奖补标准多高', ['750万', '50%']);
  });

  it('a county’s own sum and who sets the rate are still answered', () => {
    expectServed('每个示范县的补贴标准是多少', 'annex-1', ['1500']);
    expectServed('补贴标准由谁来细化', ['letter-2', 'plan-4-2']);
  });
});

describe('a sound-alike typo of a word whose character has several readings', () => {
  it('组张 is 组长 (长 read zhang in the word)', () => {
    expectServed('县里工作机制的组张让谁来当', 'plan-4-1', ['主要领导']);
  });
});

describe('what the letter asks to be carried out together', () => {
  it('is the plan it forwards and its requirements, not its own number', () => {
    expectServed('州里这个文件要求一并执行的都是啥', 'letter', ['综合示范项目实施方案']);
  });
});

describe('a basis set aside with 除了…还', () => {
  it('is not answered with the list of basis documents', () => {
    for (const q of ['考核除了依据的文件以外还看哪些方面', '验收除了按文件依据外还查些什么']) {
      for (const [name, k] of engines) expect(k.answer(q, { now: NOW }).intent, name).not.toBe('fact:documents:basis');
    }
  });
});

describe('whether a procedure is needed for a subject no sentence names it for', () => {
  it('is refused, naming the subject and the procedure, not answered with the nearest rule', () => {
    expectRefused('电商培训需不需要招标');
    expectRefused('品牌推广活动要报备吗');
    for (const [name, k] of engines) expect(k.answer('农产品包装设计要公示吗', { now: NOW }).answer, name).toContain('农产品包装设计是否需要公示');
  });

  it('a procedure a sentence names for the subject, or a body asked where to file, is still answered', () => {
    expectServed('实施方案需要备案吗', ['plan-4-2', 'letter-2']);
    expectServed('资金安排也要公开吗', ['letter-3', 'plan-4-4']);
    expectServed('示范县的项目要不要招标', 'letter-2');
  });
});

describe('two things asked together that two sentences of the clause hold', () => {
  it('quotes both sentences', () => {
    expectServed('台账跟存档这两件事是怎么要求的', 'plan-5', ['台账', '存档']);
  });
});

describe('a level said with a pointing word (市州那一层) or bare (市州), asked what it does', () => {
  it('asks the level’s role, not the programme’s 目标任务', () => {
    expectServed('市州那一层具体干什么', ['plan-5', 'plan-2-1'], ['监管']);
    expectServed('市州主要做什么', ['plan-5', 'plan-2-1'], ['监管']);
  });
});
