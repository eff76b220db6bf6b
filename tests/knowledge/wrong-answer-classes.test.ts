import { describe, expect, it } from 'vitest';
import { engines, expectServed, NOW } from './both-engines.ts';

/**
 * Wrong answers of a class found after the dev34–dev38 round: the right clause with the wrong sentence,
 * or the wrong clause. Wordings written for these tests.
 */

describe('the sentence that writes together the words asked together (adjacent-words.ts)', () => {
  it('a purpose asked of a phrase one sentence holds (加强品牌建设 … 避免同类产品无序竞争)', () => {
    expectServed('为什么要加强品牌建设', 'plan-3-1-1', ['避免同类产品无序竞争']);
    expectServed('品牌建设图的是啥', 'plan-3-1-1', ['避免同类产品无序竞争']);
  });

  it('a verb shortened (查 for 检查) between the words it joins (重点检查各示范县)', () => {
    expectServed('绩效评价时重点查县里哪些方面', 'plan-6', ['资金投入和使用情况']);
  });

  it('a term the notice writes in several sentences (绩效评价) chooses none of them', () => {
    expectServed('绩效评价主要考哪些指标', 'plan-6', ['公众满意度']);
  });
});

describe('aspects named after the question narrow it (reading.ts)', () => {
  it('制度、纪律方面 after 提了啥要求 is what is asked, not a remark to set aside', () => {
    expectServed('县里管钱有啥要求？制度和纪律方面', ['letter-1', 'plan-4-1'], ['资金管理制度', '资金管理纪律']);
    expectServed('州里对钱提了啥要求？制度、纪律方面', ['letter-1', 'plan-4-1'], ['资金管理纪律']);
  });
});

describe('a part asking by its question mark alone whether something is also required (reading.ts)', () => {
  it('决策过程还得公开？ after a part that asks how is a question, not a remark to set aside', () => {
    expectServed('项目怎么定的我们心里有数，决策过程还得公开？', ['letter-3', 'plan-4-4'], ['决策过程']);
  });
});

describe('who is named, then who is named more fully (actors.ts)', () => {
  it('a clause naming nobody gives way to the one naming who, and that to its restatement naming more', () => {
    expectServed('资金的方向按谁的要求来', 'letter-1', ['国家和省厅的要求']);
  });
});

describe('whom a verb acts on (服务谁) is no who-question (actors.ts)', () => {
  it('服务谁 asks whom the work serves, not the clause naming the most bodies', () => {
    expectServed('原则里讲服务谁', 'plan-2-2', ['为服务重点']);
  });

  it('培训谁来办 still asks who runs the training', () => {
    expectServed('培训谁来办', 'plan-3-3', ['培训机构']);
  });
});

describe('a 州 told only in the background (engine.ts)', () => {
  it('州里来查过 before the ask does not make the 州 letter the clause asked about', () => {
    expectServed('州上来人查过以后，项目和资金管理方面的问题方案要求及时发现和解决吗', 'plan-4-3', ['及时发现并解决项目和资金管理等存在的问题']);
    expectServed('州里督查组走了，资金管理上的问题要及时解决吗', 'plan-4-3');
  });

  it('a 州 in the part that asks still asks the letter', () => {
    expectServed('关于资金管理制度，州上提了啥要求', 'letter-1', ['完善细化资金管理制度']);
  });
});

describe('two notions compared are both quoted (compared.ts)', () => {
  it('县负全责 and 直接责任主体: the clause of each, the one named first speaking first', () => {
    for (const q of ['州文件里的直接责任主体跟方案说的县负全责是不是一回事', '省方案讲的“县负全责”和州里说的直接责任主体一样吗']) {
      for (const [name, k] of engines) {
        const a = k.answer(q, { now: NOW });
        const text = [a.answer, ...a.citations.map((c) => c.quote)].join('\n');
        expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(true);
        expect(text, `${name}: ${q}`).toContain('县负全责');
        expect(text, `${name}: ${q}`).toContain('直接责任主体');
        // Not read as a claim that a document (州文件里的) holds the role.
        expect(a.answer, `${name}: ${q}`).not.toContain('不一致');
      }
    }
  });

  it('a body claimed for a role is still checked', () => {
    for (const [name, k] of engines) {
      const a = k.answer('州上文件说州商务局是第一责任主体，对吗', { now: NOW });
      expect(a.intent, `${name}: ${a.answer}`).toBe('fact:role-claim');
      expect(a.answer).toContain('省商务厅是综合示范工作的第一责任主体');
    }
  });
});

describe('a heading both documents give is located in both (intents/locate.ts)', () => {
  it('那条 pointing at a heading is no part of it; the letter and the plan are both named, the letter first', () => {
    for (const [name, k] of engines) {
      const a = k.answer('严格遵守中央资金使用要求这一条是第几条', { now: NOW });
      expect(a.clauseId, `${name}: ${a.answer}`).toBe('letter-4');
      expect(a.answer).toContain('四、严格遵守中央资金使用要求');
      expect(a.answer).toContain('（五）严格遵守中央资金使用要求');
    }
  });

  it('a document named keeps the place to that document', () => {
    expectServed('方案里讲政务公开的那条是第几条', 'plan-4-4');
  });
});

describe('whether a part holds something is quoted where it says it (intents/outline.ts)', () => {
  it('都归…那块: each part quoted at the words asked, not its opening words', () => {
    expectServed('品牌跟物流都归产品上行那块吗', 'plan-3-1', ['品牌培育', '物流配送']);
  });
});
