import { describe, expect, it } from 'vitest';
import { engines, NOW, expectRefused, expectServed } from './both-engines.ts';

/**
 * A county's everyday questions once answered wrongly: a cited document named by part of its
 * title, what a thing must be done by, two counties' money compared in spoken words.
 * Variants written for these tests, not copies of development-set questions.
 */

describe('a cited document named by part of its title', () => {
  it('its number, asked with 多少号, is that document\'s, not the first one cited', () => {
    expectServed('转移支付绩效目标管理那个暂行办法财预多少号来着', 'plan-6', ['财预〔2015〕163号']);
  });

  it('a title said in short (盘活存量资金 for 盘活财政存量资金) names that document', () => {
    expectServed('统筹闲置资金那个盘活存量资金的通知文号多少', 'plan-6', ['财预〔2015〕15号']);
    expectServed('盘活存量资金的通知是哪个部门发的', 'plan-6', ['财政部']);
  });

  it('its year is read from its 文号, and said to be so', () => {
    expectServed('服务业发展专项资金管理办法是哪年出台的', ['letter-4', 'plan-4-5'], ['2015年']);
  });

  it('the year of a document cited without a 文号 is not made up', () => {
    for (const [name, k] of engines) {
      const a = k.answer('培训费管理办法是哪一年的', { now: NOW });
      expect(a.answer, name).toContain('没有写明');
      expect(a.answer, name).not.toMatch(/20\d\d年/);
    }
  });

  it('a county\'s own 资金管理办法 asked who sets it is not the cited one', () => {
    for (const [name, k] of engines) expect(k.answer('县里的资金管理办法谁来定', { now: NOW }).answer, name).not.toContain('财政部印发');
  });
});

describe('which document a thing is done by', () => {
  it('the sentence citing a document on that subject alone is the rule', () => {
    expectServed('搞电商培训得照哪个文件执行', 'plan-3-3', ['培训费管理办法']);
    expectServed('培训的经费按什么办法来管', 'plan-3-3', ['培训费管理办法']);
  });

  it('the forwarded plan (《方案》) is no document cited on a subject', () => {
    for (const [name, k] of engines) expect(k.answer('信息公开按什么规定来', { now: NOW }).intent, name).not.toBe('fact:documents:citing-rule');
  });
});

describe('two counties\' money compared in spoken words', () => {
  it('补得多 is no typo of 不得: the table answers', () => {
    expectServed('碌曲和卓尼哪个补得多', 'annex-1', ['1500']);
    expectServed('迭部县跟两当谁领得少', 'annex-1', ['1500']);
  });
});

describe('a body\'s part asked in everyday words', () => {
  it('要负责些啥, 得负责哪些工作 ask the body\'s responsibilities', () => {
    expectServed('县人民政府到底要负责些什么', 'plan-5', ['直接责任主体']);
    expectServed('示范县政府得负责哪些工作', 'plan-5', ['建立项目台账制度']);
  });

  it('a field said with 化 (在市场化上) leads to the clause speaking of its stem', () => {
    expectServed('县政府在市场化上面起什么作用', 'plan-2-4', ['优化服务']);
  });
});

describe('everyday words for the notice\'s terms', () => {
  it('主监管 is the notice\'s 主要监管 (单位)', () => {
    expectServed('平常这个项目由谁主监管', ['letter-1', 'plan-5'], ['州商务局']);
  });

  it('kept to the firm that built it (只给自己用, 不让别家用) is asked against 开放共享', () => {
    expectServed('项目建的冷库企业想只给自己用，不让别家用，可以吗', ['letter-4', 'plan-4-5'], ['开放共享']);
  });
});

describe('a who-question followed by a guess at the doer', () => {
  it('the who-question is answered, not the guessed body\'s own clause', () => {
    expectServed('品牌注册、网站托管这些服务由谁提供？是公服中心自己搞吗', 'plan-3-2-3', ['专业团队']);
  });

  it('rules drawn up by the county (规范性文件) are the notice\'s 管理规定', () => {
    expectServed('示范县需要出台哪些规范性文件', ['letter-2', 'plan-4-2'], ['项目管理规定', '资金管理规定']);
  });
});

describe('everyday names for what the notice supports', () => {
  it('sites used together (合在一起用) are the notice\'s 多站合一', () => {
    expectServed('供销社的点和快递的点合在一起用行不行', 'plan-3-1-2', ['多站合一']);
  });

  it('an old grain store (老粮站) or old workshop (旧厂房) is an idle building (闲置厂房)', () => {
    expectServed('镇上的旧厂房能改成电商仓库吗', 'plan-4-5', ['闲置厂房']);
  });

  it('a course\'s board and lecture fees (食宿费, 讲课费) are its 培训费', () => {
    expectServed('培训的讲课费按啥标准', 'plan-3-3', ['培训费管理办法']);
  });
});

describe('fillers and role words', () => {
  it('a task called 这活儿 or 这摊事 names no subject of its own', () => {
    expectServed('做好增收就业统计，这摊事归谁负责', 'plan-4-3', ['增收就业统计']);
  });

  it('a body\'s 角色 asks its role', () => {
    expectServed('州财政局在这里面是啥角色', ['letter-1', 'plan-5'], ['财政局']);
  });

  it('三级分工管理 is the notice\'s 管理体制', () => {
    expectServed('示范项目省市县是如何分工负责的', 'plan-2-1', ['省上统筹']);
  });
});

describe('the plan\'s outline asked in everyday words', () => {
  it('几大部分 (分几大部分, 一共几大部分) asks its parts; 分几 is no typo of 分级', () => {
    expectServed('省里的实施方案总共几大部分', 'plan', ['目标任务', '绩效目标考核']);
    expectServed('实施方案分几大块', 'plan', ['目标任务']);
  });

  it('归谁监管 asks who oversees', () => {
    expectServed('甘南州的示范县归哪个部门监管', ['letter-1', 'plan-5'], ['州商务局']);
  });
});

describe('a 市州\'s share of the list counted', () => {
  it('占几个 counts counties (no share of money); counted among all of them, the table answers', () => {
    expectServed('全省二十个示范县当中定西占多少个', 'annex-1', ['陇西县', '通渭县', '漳县']);
  });
});

describe('the county\'s own produce', () => {
  it('果蔬, 糌粑 are 农产品, no subject the notice lacks', () => {
    expectServed('村里想建个瓜果预冷的冷库，算上行项目吗', 'plan-3-1-1', ['预冷']);
    expectServed('本地糌粑这种老品牌想在网上卖，方案支持吗', 'plan-3-1-1', ['品牌']);
  });
});

describe('the annex that is not here, asked by name', () => {
  it('附件2考核办法的全称 asks its name, which the annex list gives; its content is still refused', () => {
    expectServed('附件2那个考核办法全称咋写', ['plan-annexes', 'plan-6'], ['绩效目标考核办法']);
    expectRefused('附件2考核办法怎么打分');
  });
});
