import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Concrete spending ideas the notice does not name, answered only where a clause plainly names their kind
 * (forbidden-kinds.ts, supported-kinds.ts, existing-premises.ts). Own wordings, not copies of development-set questions.
 */

describe('a thing of a forbidden kind is answered by the forbidden-uses rule', () => {
  it('a new building put up with the money is 楼堂馆所建设', () => {
    expectServed('想用示范资金给服务中心起一栋办公小楼，可以吗', ['letter-4', 'plan-4-5'], ['楼堂馆所建设']);
    expectServed('拿这笔钱新建个电商大厦行不行', ['letter-4', 'plan-4-5'], ['楼堂馆所建设', '闲置厂房']);
  });

  it("a government body's own running costs are 工作经费", () => {
    expectServed('商务局开推进会的会务费能从中央资金里出吗', ['letter-4', 'plan-4-5'], ['工作经费']);
    expectServed('给局里买台公务车跑项目，这样合规不', ['letter-4', 'plan-4-5'], ['工作经费']);
    expectServed('用项目钱给工作专班的干部发加班补助行吗', ['letter-4', 'plan-4-5'], ['工作经费']);
  });

  it('an own shop app is a 网络交易平台, paid promotion is 购买流量', () => {
    expectServed('县里打算自建一个卖核桃的小程序商城，示范资金能出吗', ['letter-4', 'plan-4-5'], ['网络交易平台']);
    expectServed('在快手上投流推我们的花椒，这钱能报吗', ['letter-4', 'plan-4-5'], ['购买流量']);
  });

  it('training for cadres is not their running cost, and a sanction asked is not the rule', () => {
    expectServed('乡镇干部参加电商培训可以吗', 'plan-3-3', ['基层党政干部']);
  });
});

describe('a thing of a kind a clause names is answered from that clause', () => {
  it('packaging, first processing, promotion and quality tracing: the 上行 clause', () => {
    expectServed('核桃礼盒的包装改版，算不算支持内容', 'plan-3-1-1', ['分级、包装']);
    expectServed('合作社想买台初加工用的清洗机，能支持吗', 'plan-3-1-1', ['初加工']);
    expectServed('办几场线下推介活动，能算到上行里吗', 'plan-3-1-1', ['推广']);
    expectServed('搞农产品溯源系统，方案里有依据没', 'plan-3-1-1', ['质量保障体系']);
  });

  it('old brands, undercutting and online-offline shops', () => {
    expectServed('县上几家老字号想上网卖，方案支持吗', 'plan-3-1-1', ['传统品牌向网络延伸']);
    expectServed('几家企业卖花椒打价格战，方案里有说法吗', 'plan-3-1-1', ['无序竞争']);
  });

  it("a professional team's services: the service clause", () => {
    expectServed('找代理公司给合作社申请商标，这笔钱能出吗', 'plan-3-2-3', ['品牌注册']);
    expectServed('网店交给专业公司代运营，能支持吗', 'plan-3-2-3', ['网站托管']);
  });

  it('folk crafts and catering: the principle naming them; joint delivery: the logistics clause', () => {
    expectServed('藏族刺绣放到网上卖，算支持方向吗', 'plan-2-3', ['民俗']);
    expectServed('几家物流公司合用一个仓、联合配送，方案鼓励吗', 'plan-3-1-2', ['资源共享']);
  });

  it('which part it falls in names the part too', () => {
    expectServed('分级包装设备放到哪个大类', ['plan-3-1', 'plan-3-1-1'], ['促进农村产品上行']);
  });

  it('an amount, a subsidy to a person or the whole cost stays refused', () => {
    expectRefused('农家乐老板能领补贴吗');
    expectRefused('礼盒包装的钱能全额报销吗');
  });
});

describe('premises the notice itself names as what to use', () => {
  it('a township trade centre or an idle workshop leads with the sentence naming it', () => {
    expectServed('镇上的商贸中心闲着，改成快递收发点可以吗', 'plan-3-1-2', ['乡镇商贸中心']);
    expectServed('砖厂的旧厂房空着，拿来做电商仓储行吗', 'plan-4-5', ['闲置厂房']);
  });
});

describe('a shop on a commercial platform, and a thing the filed plan names changed', () => {
  it('a shop opened on a named platform uses what exists, not a 网络交易平台', () => {
    expectServed('我们不自己搭平台，想在淘宝上开个县域特产店，方案支持吗', 'plan-4-5', ['商业化电商平台']);
  });

  it('a thing the filed plan names, changed for another, follows the change procedure', () => {
    expectServed('方案里定的烘干房想改成包装车间，能直接改吗', 'plan-4-2', ['不得随意调整变更']);
  });
});

describe('firms as operators, and how showy the centre may be', () => {
  it('a third-party courier or delivery firm is the 第三方物流 the logistics clause names, not the evaluator', () => {
    expectServed('第三方配送公司可以承接村级物流项目吗', 'plan-3-1-2', ['第三方物流']);
  });

  it("the centre's fit-out asked for its requirements: practical and thrifty", () => {
    expectServed('县电商服务中心想搞得豪华些，弄个形象墙，有什么要求', 'plan-3-2-2', ['实用、节约']);
  });
});
