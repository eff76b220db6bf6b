import { describe, expect, it } from 'vitest';
import { engines, expectServed, NOW } from './both-engines.ts';

/**
 * A county's spending plan checked against the notice: the thing built (a cold store) named in everyday words,
 * the rule asked of a thing (挂牌) rather than the thing itself, an annex asked by its number. Wordings written
 * for these tests.
 */

describe('a cold store is the notice’s 预冷 (预冷、初加工、仓储配送等基础设施)', () => {
  it('asked whether it may be built, or where the plan puts it', () => {
    expectServed('乡里想建个保鲜库，在方案支持的范围里吗', 'plan-3-1-1', ['预冷']);
    expectServed('冷藏库归方案哪块', 'plan-3-1-1', ['预冷']);
  });

  it('a plain store is still storage (仓储)', () => {
    expectServed('县里想建个仓库集中存货，方案里哪条讲这个', ['plan-3-1-2', 'plan-3-1-1'], ['仓储']);
  });
});

describe('the rule asked of a thing, not the thing', () => {
  it('the sign asked of a facility or of a firm paid: 四（三）, not the clause that supports the facility', () => {
    expectServed('我们乡的冷库要不要挂牌', 'plan-4-3', ['显著位置']);
    expectServed('拿了贷款贴息的企业也要挂牌子吗', 'plan-4-3', ['电子商务进农村综合示范']);
  });

  it('a thing that heads its own clause keeps it (培训 is 三（三）)', () => {
    expectServed('培训要不要建台账', ['plan-3-3', 'plan-5']);
  });
});

describe('where a thing or a figure is in the plan (第几部分, 哪块)', () => {
  it('a thing placed by the notice’s word for it, 归…管 being no part of it', () => {
    expectServed('保鲜库归实施方案哪一块管', 'plan-3-1-1', ['预冷']);
  });

  it('a figure named beside a heading is its own part, not the heading’s list', () => {
    expectServed('上行资金比例在方案的第几部分', 'plan-3-1-3', ['50%']);
    expectServed('上行那部分有没有讲物流和比例', 'plan-3-1');
  });
});

describe('an annex asked by its number', () => {
  it('第几号附件, 附件几号, 排第几个附件: which number the annex carries, not a 文号', () => {
    for (const [q, n] of [
      ['建设计划表排在第几个附件', '附件1'],
      ['绩效目标考核办法是附件几号', '附件2'],
      ['考核办法排第几个附件', '附件2'],
    ] as const) {
      for (const [name, k] of engines) {
        const a = k.answer(q, { now: NOW });
        expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(true);
        expect(a.answer, `${name}: ${q}`).toContain(`是${n}`);
        expect(a.answer, `${name}: ${q}`).not.toContain('文号');
      }
    }
  });
});

describe('the plan and the letter both carried out (一并贯彻落实)', () => {
  it('asked whether both documents’ requirements apply: the letter’s forwarding sentence', () => {
    expectServed('省里的方案跟州里的要求都要落实吗', 'letter', ['一并贯彻落实']);
    expectServed('州文件的要求和实施方案一起执行不', 'letter', ['一并贯彻落实']);
  });
});

describe('文件里有依据没: asking whether the notice backs a plan names no subject of its own', () => {
  it('not answered alone from the clause that writes 依据', () => {
    for (const [name, k] of engines) {
      const a = k.answer('县里想买一套80万的杀菌设备放在加工厂，文件里有依据没', { now: NOW });
      expect(a.clauseId, `${name}: ${a.answer}`).not.toBe('plan-6');
    }
  });
});
