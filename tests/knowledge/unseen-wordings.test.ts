import { describe, expect, it } from 'vitest';
import { engines, expectRefused, expectServed, NOW } from './both-engines.ts';

/**
 * Wordings the engine had not met, by class: a choice whose other side is the notice's own words, and pronouns
 * (大家, 别人) that name no subject. Written for these tests, not copies of development-set questions.
 */

describe('a choice between the notice’s way and one it never names', () => {
  it('answers when the unnamed way sits inside its side', () => {
    expectServed('市州商务部门是督促监管还是亲自上手干', 'plan-2-1', ['督促监管']);
  });

  it('still refuses when neither side is the notice’s', () => {
    expectRefused('资金是拨到乡镇还是拨到村委会');
    expectRefused('验收是州上组织还是请会计师事务所来');
    expectRefused('培训是集中办班还是上门手把手教');
  });
});

describe('pronouns name no subject', () => {
  it('reads 大家 as no word the notice must hold', () => {
    expectServed('物流企业是县里定一家还是大家一起竞争', 'plan-3-1-2', ['充分竞争']);
  });
});

describe('words that say how or who, never what', () => {
  it('reads 顺便 and 小伙子 as no subject', () => {
    expectServed('那家农家店能不能顺便当个物流点', 'plan-3-1-2', ['农家店']);
    expectServed('打工回来的小伙子也能参加培训吗', 'plan-3-3', ['返乡农民工']);
  });
});

describe('local things named by their everyday word', () => {
  it('reads a local produce as the notice’s 农产品', () => {
    expectServed('卓尼的野菜想做初加工和仓储配送，方案支持吗', 'plan-3-1-1', ['初加工']);
  });

  it('still refuses a figure the notice does not count them in', () => {
    expectRefused('景区门票卖的钱能不能算到农产品网络零售额里');
    expectRefused('民宿老板能不能拿补贴');
  });
});

describe('the steps and papers of a thing, named by their own words', () => {
  it('reads 开标, 评标 and 定标 as the tendering the deadline is set for', () => {
    expectServed('我们打算11月中旬开标，来得及吗', 'letter-2', ['12月底']);
    expectServed('评标定在明年1月5号，晚不晚', 'letter-2', ['12月底']);
  });

  it('reads the original of a voucher (票据原件) as the notice’s 原始票据', () => {
    expectServed('报销的票据原件要留着吗', 'plan-5', ['原始票据']);
  });
});

describe('a verb with 了个 names nothing', () => {
  it('answers where the rest is the notice’s', () => {
    expectServed('我们在县商务局网站上建了个电商栏目，这样算设了专栏吗', 'letter-3', ['县人民政府门户网站']);
  });

  it('still refuses what the notice never names', () => {
    expectRefused('县里开了个直播间，能拿补贴吗');
  });
});

describe('a guess that a narrower thing will do (只/光 … 就行, 够不够)', () => {
  it('answers with what the notice requires of the subject, when its clause speaks of the guess too', () => {
    expectServed('标识是不是只挂在乡镇服务站就行，别的项目不用挂吧', 'plan-4-3', ['显著位置']);
    expectServed('备案时光报一个实施方案就够了吗', ['plan-4-2', 'letter-2'], ['项目管理规定', '资金管理规定']);
  });

  it('reads one level guessed (县里) as of the levels the clause sets together (省、市、县三级)', () => {
    expectServed('举报监督渠道光在县里设个热线就够不够', 'plan-4-3', ['三级举报监督渠道']);
  });

  it('still refuses a guess the subject’s clause says nothing of', () => {
    expectRefused('服务点只配一台电脑行不行');
    expectRefused('培训费只报车费可以吗');
    expectRefused('验收时只交材料就行吗');
  });
});

describe('a thing said to be done (弄完, 搞好) before what comes next is asked', () => {
  it('weighs the done-verb as no word of the question’s subject', () => {
    expectServed('县里专栏弄完了还要报到哪', ['plan-4-4', 'letter-3'], ['甘肃商务网']);
  });
});

describe('copying another place’s model wholesale', () => {
  it('is asked against the notice’s own 适应当地实际', () => {
    expectServed('能不能直接套用外省的做法', 'plan-2-3', ['适应当地实际']);
  });

  it('still refuses what the other place itself does', () => {
    expectRefused('外省的模式是啥样');
  });
});

describe('acting together with other bodies (跟别的部门一起) is the notice’s 会同', () => {
  it('answers a choice between going it alone and acting together', () => {
    expectServed('市州商务局监管示范县是自己单干还是和其他部门一起', 'plan-5', ['会同']);
  });

  it('still refuses a choice neither side of which the notice names', () => {
    expectRefused('培训请大学老师还是企业');
    expectRefused('服务站是交给村委会管还是县里管');
  });
});

describe('a choice one side of which the clause holds word for word', () => {
  it('is the clause’s to settle, though the rest is worded far from it', () => {
    expectServed('协调机制是一个部门管还是多部门参与', 'plan-4-1', ['多部门参与']);
  });

  it('still refuses a choice the notice holds neither side of', () => {
    expectRefused('标识用铁牌还是木牌');
    expectRefused('培训是线上还是线下');
  });
});

describe('an adverb inside the characters before 县 starts no place name (county-match.ts)', () => {
  it('渠道只开县上的 is the county level, never a place "not on the list"', () => {
    for (const q of ['举报渠道只开县上的行吗', '电话只留县上的可以吗'])
      for (const [name, k] of engines) expect(k.answer(q, { now: NOW }).answer, `${name}: ${q}`).not.toContain('示范县中没有');
  });
});
