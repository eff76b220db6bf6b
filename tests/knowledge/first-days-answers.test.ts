import { describe, expect, it } from 'vitest';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * Wrong answers of classes found on the dev53 round (the questions of a county's first days):
 * where a part is, several documents asked, a tax relief asked of a firm moving in, the targets beside
 * the coverage. Wordings written for these tests.
 */

describe('where a numbered part is: its heading as written (intents/locate.ts)', () => {
  it('第几部分 is answered with the heading and its number (六、…, （三）…)', () => {
    expectServed('考核在省方案的第几部分', 'plan-6', ['六、绩效目标考核']);
    expectServed('培训是方案哪一部分讲的', 'plan-3-3', ['（三）开展多种形式的电子商务培训']);
  });
});

describe('several documents asked with their 文号 (intents/documents.ts)', () => {
  it('国家文件有哪些，列下文号 lists the basis, not the one national notice', () => {
    expectServed('绩效评价依据哪几个国家文件，文号列一下', 'plan-6', ['财办建〔2018〕102号', '财预〔2015〕163号']);
  });
  it('one national notice asked alone keeps its own number', () => {
    for (const [name, k] of engines) {
      const a = k.answer('国家那份示范工作通知的文号是多少', { now: NOW });
      expect(a.answer, name).toContain('财办建〔2018〕102号');
      expect(a.answer, name).not.toContain('财预〔2015〕163号');
    }
  });
});

describe('a tax relief asked of a firm moving in is not the rule on buildings (intents/rules.ts)', () => {
  it('入驻 … 减税/税收优惠 is refused, the notice naming no tax', () => {
    expectRefused('快递公司入驻县里的服务站能减税吗', ['楼堂馆所']);
    expectRefused('进驻产业园区的网店有没有税收上的优惠', ['楼堂馆所']);
  });
  it('moving onto a commercial platform still reads the rule', () => {
    expectServed('入驻淘宝京东这类平台可以吗', 'plan-4-5', ['商业化电商平台']);
  });
});

describe('the targets beside the coverage set aside by 除了 (intents/ratios.ts)', () => {
  it('除了覆盖率还有啥 gives the other targets', () => {
    expectServed('目标任务除了服务点覆盖率，还有哪些要求', 'plan-1', ['农村网络零售额', '农产品网络零售额']);
    expectServed('除开覆盖率以外目标还定了啥', 'plan-1', ['农产品网络零售额']);
  });
});

describe('starting anew beside a park that exists is the buildings rule (intents/rules.ts)', () => {
  it('另起炉灶, 推倒重来 beside a 园区 or 厂房', () => {
    expectServed('我们县有个工业园区，电商这块还用另起炉灶吗', 'plan-4-5', ['现有各类产业园区']);
    expectServed('厂房是现成的，电商项目要推倒重来吗', 'plan-4-5', ['闲置厂房']);
  });
});

describe('a named county’s place in the annex table told, to be checked (intents/table-rows.ts)', () => {
  it('最后一个 is the last row, not the one after it', () => {
    expectServed('碌曲县是不是排在最后一个', 'annex-1', ['序号为20', '最后一位']);
    expectServed('漳县是最后一个吗', 'annex-1', ['序号为19', '不是排在最后一位']);
  });
  it('排第N without 位 or 个, for a county named or asked', () => {
    expectServed('西和县排第二吧', 'annex-1', ['序号为2', '第2位']);
    expectServed('排第四的是哪个县', 'annex-1', ['陇西县']);
  });
  it('the row after a named county still reads as its neighbour', () => {
    expectServed('排在卓尼县后一个的是哪个县', 'annex-1', ['皋兰县']);
  });
});

describe('a body’s own staff pay and office kit are its 工作经费 (intents/rules.ts)', () => {
  it('加班费 of the bureau’s staff, office computers bought for the bureau', () => {
    expectServed('商务局工作人员的加班补贴能用示范资金发吗', ['letter-4', 'plan-4-5'], ['工作经费']);
    expectServed('用中央资金给电商办配几台办公电脑行不行', ['letter-4', 'plan-4-5'], ['工作经费']);
  });
  it('a service site buying a computer is not read so', () => {
    for (const [name, k] of engines) expect(k.answer('服务站买电脑能用中央资金吗', { now: NOW }).answer, name).not.toContain('工作经费');
  });
});

describe('a figure heard elsewhere, then whether ours may follow it (intents/told-elsewhere.ts)', () => {
  it('能不能参照, 能照搬吗 ask ours of the same thing', () => {
    expectServed('外省上行比例听说是40%，咱们能照搬吗', 'plan-3-1-3', ['不低于50%', '不出自本通知']);
    expectServed('听说别的省公服中心能到两成，我们可以参照吗', 'plan-3-2-2', ['不得高于15%']);
  });
});

describe('a cited document named with words between its subject and 办法 (intents/cited-lookup.ts)', () => {
  it('考核用的省级办法, 考核的那个省里办法 name the evaluation rules', () => {
    expectServed('考核的那个省里办法全称是啥', 'plan-6', ['绩效目标考核办法']);
    expectServed('评价考核用的省级办法名字叫什么', 'plan-6', ['绩效目标考核办法']);
  });
});

describe('an evaluation handed to others is the 第三方 relied on (everyday.ts)', () => {
  it('委托别人, 委托外单位 asked of 评价 or 验收', () => {
    expectServed('项目验收是省里自己组织人还是委托外单位', 'plan-6', ['第三方机构']);
    expectServed('绩效评估是委托别人做吗', 'plan-6', ['第三方机构']);
  });
});
