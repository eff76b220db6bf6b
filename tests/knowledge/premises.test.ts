import { describe, expect, it } from 'vitest';
import { twoQuestions } from '../../src/knowledge/two-part.ts';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * Questions with a premise (听说…？), who is asking or a background first, two asks in one message: the classes met in
 * dev40, in wordings written for these tests. A wrong premise is never confirmed.
 */

const ask = (q: string) => engines.map(([, k]) => k.answer(q, { now: NOW }));

describe('a premise the notice is silent on is refused', () => {
  it('how much of a county money has been disbursed', () => {
    expectRefused('据说迭部县的资金已经拨了三成', ['三成']);
    expectRefused('舟曲的钱是不是已经下拨一半了', ['一半']);
  });

  it('a passing score for the evaluation', () => {
    expectRefused('考核打到60分就算合格吧', ['60分']);
    expectRefused('有人说绩效评价90分以上才合格？');
  });

  it('a share told of something the clause with the share does not name', () => {
    expectRefused('仓储配送的钱能算进上行那一半里吗', ['一半']);
    expectRefused('培训费用可以占三成吗');
  });

  it('filing with a body the notice does not name, while saying whom it does name', () => {
    for (const a of ask('方案是不是还得报国务院扶贫办备案')) {
      expect(a.answered).toBe(false);
      expect(a.answer).toContain('通知中没有明确规定');
      expect(a.answer).toContain('省商务厅');
    }
    expectServed('实施方案交到哪个厅去审核备案', ['letter-2', 'plan-4-2'], ['省商务厅']);
  });

  it('an act asked with where it is done, when the chosen clause does not speak of it', () => {
    expectRefused('承办单位必须在咱县注册吗');
    expectRefused('合作社一定要在本乡镇注册吗');
  });
});

describe('a wrong premise is answered with what the notice says', () => {
  it('failing the evaluation leads to more than the premise says', () => {
    expectServed('我听人讲评价不合格顶多就是约谈吧', 'plan-6', ['取消示范县资格']);
    expectServed('考核不合格无非是写个检查？', 'plan-6', ['取消示范县资格']);
    for (const a of ask('考核不合格只是通报一下吗')) expect(a.answer).not.toMatch(/^是的|^对/);
    // A failure the sentence does not name (违规) is not met with its sanction.
    for (const a of ask('违规花了资金只是通报吗')) expect(a.intent).not.toBe('fact:failure-premise');
  });

  it('what follows a failure quotes the sanction', () => {
    expectServed('绩效评价不合格会怎么样', 'plan-6', ['收回已拨付专项资金']);
    expectServed('那评价呢，不合格的后果严重吗', 'plan-6', ['取消示范县资格']);
  });

  it('results of a supported project kept by one firm', () => {
    expectServed('项目成果能让承办企业独享吗', ['letter-4', 'plan-4-5'], ['开放共享']);
  });

  it('a place not listed: whether it has money is answered by the list', () => {
    expectServed('合作市有补贴资金吗', 'annex-1', ['卓尼县']);
    expectServed('我们玛曲县也在名单里吧？', 'annex-1', ['碌曲县']);
    expectRefused('临潭县补贴多少钱', ['1500']);
  });
});

describe('who is asking, and what comes before the ask', () => {
  it('a level named as the one that acts', () => {
    expectServed('省上的督查是不是定期搞', 'plan-5', ['定期督查']);
  });

  it('whether a level does an act itself: the clause saying who does it', () => {
    expectServed('项目验收是不是县上自己搞', 'plan-6', ['第三方机构']);
    expectServed('绩效评价由州里自行组织吗', 'plan-6', ['第三方机构']);
    expectServed('资金支持方向是县里自己细化吗', ['letter-2', 'plan-4-2']);
  });

  it('配套 before making documents is no matching money', () => {
    expectServed('除了方案还要配套出啥文件', ['letter-2', 'plan-4-2'], ['资金管理规定']);
    expectRefused('县级财政得配套出多少钱');
  });

  it('a guess checked as enough names the wording to confirm', () => {
    expectServed('信息公开啥标准？全面就行？', ['letter-3', 'plan-4-4'], ['准确']);
  });

  it('what the county must write into its own plan', () => {
    expectServed('咱们的实施方案里时限要求也得写进去吗', ['letter-2', 'plan-4-2'], ['时限要求']);
  });

  it('a forbidden item told in the background, and whether the plan can be changed', () => {
    expectServed('我们方案里原来列了买流量的钱，后来才知道不允许，现在怎么调整', ['plan-4-5', 'plan-4-2'], ['购买流量', '省商务厅审核备案']);
    expectServed('中央资金能不能建交易平台', ['letter-4', 'plan-4-5'], ['网络交易平台']);
  });

  it('using what exists first', () => {
    expectServed('县里有闲置厂房，项目优先放在那儿可以吗', 'plan-4-5', ['闲置厂房']);
  });
});

describe('two asks in one message', () => {
  it('two slots joined by 和, and a closing word about the asking', () => {
    expect([...(twoQuestions('上行资金比例和方案报送截止日期') ?? [])]).toEqual(['上行资金比例', '方案报送截止日期']);
    expect(twoQuestions('专栏设在哪，招标几月底完成，就这两个问题')?.length).toBe(2);
  });

  it('both answered when the clauses are far apart', () => {
    expectServed('方案哪天前报，信息公开专栏设在哪', ['letter-2', 'letter-3', 'plan-4-2', 'plan-4-4'], ['9月30日', '门户网站']);
  });
});
