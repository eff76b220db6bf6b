import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Kinds of question from a county office's everyday use of the bot: what the money may pay for told in the
 * trade's own words, places not on the list, figures from elsewhere. Wordings written for these tests.
 */

const FORBIDDEN = ['letter-4', 'plan-4-5'];

describe('spending told in the trade’s own words', () => {
  it('paid promotion on a platform is bought traffic', () => {
    expectServed('给网店开京东快车和直通车的钱，项目资金能出吗', FORBIDDEN, ['购买流量']);
    expectServed('拿示范资金做钻展推广行不行', FORBIDDEN, ['购买流量']);
    expectServed('中央的钱搞竞价排名可以吗', FORBIDDEN, ['购买流量']);
  });
  it('an online shop of the county’s own is a trading platform', () => {
    expectServed('县里打算做个土特产商城小程序，用中央资金可以不', FORBIDDEN, ['网络交易平台']);
    expectServed('想自己搭一个卖货APP，示范资金能出不', FORBIDDEN, ['网络交易平台']);
  });
  it('whether such a thing counts as one stays open', () => {
    expectRefused('我们做的微信小程序商城算不算网络交易平台');
  });
});

describe('a place not on the list whose name holds a word of the notice', () => {
  it('is asked about the list, not about that word', () => {
    expectServed('合作市进没进今年的示范名单', 'annex-1', ['没有合作市']);
    expectServed('合作市合作社的社员能参加电商培训吗', 'plan-3-3');
  });
});

describe('a figure told of elsewhere, then ours asked by a bare follow-up', () => {
  it('asks ours of the same thing', () => {
    expectServed('人家宁夏的上行比例是六成，我们省的呢', 'plan-3-1-3', ['不低于50%', '不出自本通知']);
    expectServed('听说青海每县补2000万，咱甘肃呢', 'annex-1', ['1500万元']);
  });
  it('a share the notice never sets for that thing is refused, not answered from what the thing is near', () => {
    expectRefused('听说陕西培训费能占两成，咱们呢');
  });
  it('a date told is not read as a figure', () => {
    expectRefused('去年是10月15号前报，前年呢');
  });
});

describe('a share the notice states, asked on its own', () => {
  it('is answered from the clause stating it', () => {
    expectServed('那个15%是硬性的还是可以灵活掌握', 'plan-3-2-2', ['原则上不得高于15%']);
  });
  it('its leeway, or the share with a subject beside it, is not this kind', () => {
    expectRefused('上行达到50%左右，能差几个点');
  });
  it('a share two clauses state quotes both, the limit first when a limit is asked', () => {
    expectServed('50%是死规定还是原则上', 'plan-3-1-3', ['原则上不低于50%', '50%左右']);
  });
});

describe('全覆盖 before what is done to people', () => {
  it('asks whether all are helped, not the coverage rate of sites', () => {
    // (具备条件的…贫困户为服务重点 of 三（二）2 answers it too.)
    expectServed('贫困户是全覆盖扶持，还是只扶持有条件的', ['plan-2-2', 'plan-3-2-2'], ['条件的建档立卡贫困']);
  });
  it('全覆盖 of sites is still the coverage rate', () => {
    expectServed('村村都要有服务点全覆盖吗', 'plan-1', ['50%左右']);
  });
});

describe('a body’s role asked with where it acts', () => {
  it('在这个项目里 asks nothing more than the body’s role', () => {
    expectServed('州财政局在示范工作中具体负责啥', 'letter-1', ['监督、检查、指导']);
  });
});

describe('a kind of e-commerce told in everyday words', () => {
  it('文旅, 乡村游 are the notice’s 旅游, and 符合方向吗 asks whether it may be done', () => {
    expectServed('县上打算发展文化旅游电商，符合方向吗', 'plan-2-3', ['旅游']);
    expectServed('乡村游和电商能结合起来发展吗', 'plan-2-3', ['旅游']);
  });
});

describe('whether a thing one means to do is in line', () => {
  it('asks whether it may be done, not the direction the money must keep', () => {
    expectServed('想做民俗类电商，合乎政策导向吗', 'plan-2-3', ['民俗']);
    expectServed('打算搞餐饮电商，这符合要求吗', 'plan-2-3', ['餐饮']);
  });
  it('the direction the money must keep is still asked as such', () => {
    expectServed('资金使用方向要符合谁的要求', ['letter-1', 'plan-4-1'], ['符合国家']);
  });
});

describe('a topic opening the question, the verb closing it', () => {
  it('is answered where that verb acts on that topic', () => {
    expectServed('目标任务可以按本地情况再细化吗', 'plan-1', ['细化制定合理可行的工作目标']);
  });
  it('a body opening the question is who acts, not the topic', () => {
    expectServed('县上需要配合专项检查吗', 'plan-5', ['专项检查']);
  });
});

describe('which ones, with the count the asker remembers', () => {
  it('哪两项 asks what 哪几项 asks', () => {
    expectServed('农村电商得跟哪两项工作有机结合', 'plan-2-3', ['扶贫开发、乡村振兴']);
  });
});

describe('where a thing is sent', () => {
  it('报到哪 asks where it is reported, not 报到', () => {
    expectServed('门户网站专栏里的信息还得报到哪儿', ['letter-3', 'plan-4-4'], ['甘肃商务网']);
  });
});

describe('whether the letter went to one office or others too', () => {
  it('only-this-or-also-that is asked of its addressees', () => {
    expectServed('州上这个文是只下发县商务局，还是扶贫办也发了', 'letter', ['商务局、财政局、扶贫办']);
  });
});
