import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Figures of the asker's own, checked against the notice (dev52's class): a check is answered only by a rule that
 * sets a figure of the same kind, with the figure converted (元, 分之, 一半) before it is compared. Own wordings.
 */

describe('a figure checked where the notice sets none of its kind (told-figure.ts)', () => {
  it('a count of people, households or meetings is no share or sum', () => {
    expectRefused('我们带动了三百人就业，算达标吗', ['50%', '达到了']);
    expectRefused('每个服务点联系15户贫困户够不够', ['15%']);
    expectRefused('工作专班两个月碰一次头行不行');
  });

  it('a sum, rate or threshold no clause sets (a per-item rate, a firm size, a yearly income)', () => {
    expectRefused('贫困户人均增收600元算完成任务吗');
    expectRefused('快递下乡每件补贴1元可以吗');
    expectRefused('营业额过50万的网店才能申请贴息吗');
  });

  it('a date or a share told for an act the notice does not date or share out', () => {
    expectRefused('省里是不是10月份来考核', ['9月30日']);
    expectRefused('第三方评估是不是下个月10号来');
    expectRefused('贴息按2个点算对不对');
  });
});

describe('a part answered alone keeps the figure the whole message checks (engine.ts, told-figure.ts)', () => {
  it('another province\'s sum beside ours, and a pace of spending asked beside ours', () => {
    expectRefused('听说陕西每个县给了1800万，我们怎么只有这些');
    expectRefused('资金执行率年底得达到多少？我们现在才两成', ['财建']);
  });
});

describe('a share check read with the figure converted (ratios.ts, share-figures.ts)', () => {
  it('an amount in yuan is read in 万元 against the county allocation', () => {
    expectServed('上行资金8000000元，够比例吗', 'plan-3-1-3', ['800万元', '750万元', '1500万元']);
    expectServed('公共服务中心预算2000000元超没超', 'plan-3-2-2', ['200万元', '225万元']);
  });

  it('a fraction or a half is a share', () => {
    expectServed('上行只拿四分之一的钱行不行', 'plan-3-1-3', ['25%', '低于']);
    expectServed('上行放一半够吗', 'plan-3-1-3', ['50%']);
  });

  it('boundary words ask the check (顶格, 卡线, 没毛病), and 够没 after the figure', () => {
    expectServed('公服中心投225万算不算顶格', 'plan-3-2-2', ['225万元', '1500万元']);
    expectServed('上行做到八成了没毛病吧', 'plan-3-1-3', ['80%', '达到了']);
    expectServed('迭部上行打算900万，比例够没', 'plan-3-1-3', ['900万元', '1500万元']);
  });

  it('money spent on a use still asks whether the use is allowed', () => {
    expectServed('想拿100万给合作社盖冷库可以吗', 'plan-3-1-1');
  });
});

describe('what kind of money the annex figure is (figure-kind.ts)', () => {
  it('the table heads it 补贴资金, so a choice of money kinds is answered from the annex', () => {
    expectServed('那1500万到底是补贴还是项目总投资', 'annex-1', ['补贴资金']);
    expectServed('3亿算什么性质的钱', 'annex-1', ['补贴资金']);
  });

  it('not a choice of how it is paid or which level pays', () => {
    expectRefused('这1500万是一笔拨付还是分几批拨付');
  });
});
