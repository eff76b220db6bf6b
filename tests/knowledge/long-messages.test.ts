import { describe, expect, it } from 'vitest';
import { askingPart, leadingQuestion } from '../../src/knowledge/asking-part.ts';
import { withoutGreeting, withoutHearsay, withoutOwnPast, withoutSelf } from '../../src/knowledge/reading.ts';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

/** Long chatty messages: a background (what the county does, what a leader said, a problem met) told before the question. */
const programme = loadProgramme('gansu-2018');
// Without the example questions (examples.json holds development-set questions), so the notice's own words decide.
const knowledge = createKnowledge({ ...programme, examples: {} });
const ask = (q: string) => knowledge.answer(q, { now: new Date('2018-09-20T10:00:00+08:00') });

describe('the part of a long message that asks', () => {
  it('sets aside the background told before the question', () => {
    expect(askingPart('乡里几个合作社的花椒一直卖不出去，大家都着急，请问农产品上行的资金占比要达到多少')).toBe('农产品上行的资金占比要达到多少');
    expect(askingPart('村上的小卖部老板想转型，说镇上也有人开了，服务点覆盖率目标是多少')).toBe('服务点覆盖率目标是多少');
  });

  it('keeps the part before an ask that names nothing (对吗, 行吗, 方案支持不): it is what is asked about', () => {
    expect(askingPart('我们开了个会，领导说上行资金要占七成，对吗')).toBe('领导说上行资金要占七成，对吗');
    expect(askingPart('县里财政紧张，乡镇想把服务站并到快递点里，方案支持不')).toBe('乡镇想把服务站并到快递点里，方案支持不');
  });

  it('does not take a question word that asks nothing (啥都, 什么都, 啥的) for the ask', () => {
    expect(askingPart('县上企业啥都等政府安排，方案说市场和企业要发挥什么')).toBe('方案说市场和企业要发挥什么');
    expect(askingPart('票据啥的都放乱了，审计要来，方案里原始票据要怎么保存')).toBe('方案里原始票据要怎么保存');
    expect(askingPart('好几个从外省打工回来的，返乡农民工能参加电商培训不')).toBe('返乡农民工能参加电商培训不');
  });

  it('takes the question asked first when a remark follows it, not when a figure is asked after', () => {
    expect(leadingQuestion('驻村第一书记能参加电商培训吗？有几个想学直播带货')).toBe('驻村第一书记能参加电商培训吗？');
    expect(leadingQuestion('服务点面积有没有要求？最少多少平方？')).toBeUndefined();
    expect(leadingQuestion('公服中心资金比例是多少？')).toBeUndefined();
  });

  it('keeps a short topic named before the ask (冷库建设 补助比例多少): it says what is asked about', () => {
    expect(askingPart('保鲜库，中央资金补多少比例')).toBeUndefined();
    expect(askingPart('草原上的小卖部，能不能算服务点')).toBeUndefined();
    expect(askingPart('农产品网络零售额，每年要涨多少')).toBeUndefined();
    // A short part that tells something is still a background.
    expect(askingPart('我是快递公司的，配送中心都干哪些活')).toBe('配送中心都干哪些活');
  });

  it('leaves alone a message that opens with its question, or has nothing before it', () => {
    expect(askingPart('请问收回的资金，会分给哪些县')).toBeUndefined();
    expect(askingPart('培训多久办一次，我们派谁去')).toBeUndefined();
    expect(askingPart('公服中心资金比例是多少')).toBeUndefined();
  });
});

describe('a topic before the ask is not dropped', () => {
  it('refuses what the notice does not say of the topic, not answer the ask without it', () => {
    for (const q of ['保鲜库 中央资金补多少比例', '草原上的小卖部 能不能算服务点', '项目资金 能不能给村里买拖拉机', '农产品网络零售额 每年要涨多少']) {
      expect(ask(q).answered, q).toBe(false);
    }
  });
});

describe('long messages answered from the part that asks', () => {
  const answers = (cases: readonly (readonly [string, string, string])[]) => {
    for (const [q, clause, fact] of cases) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.clauseId, q).toBe(clause);
      expect(a.answer + a.citations.map((c) => c.quote).join(''), q).toContain(fact);
    }
  };

  it('is not refused for the background’s words the notice never uses', () => {
    answers([
      ['我们迭部昨天开了个推进会，书记讲要把钱多投到公服中心，想问下公共服务中心的资金比例上限是多少', 'plan-3-2-2', '15%'],
      ['乡里几个合作社的花椒一直卖不出去，大家都着急，请问农产品上行的资金占比要达到多少', 'plan-3-1-3', '50%'],
      ['县里的快递公司老板一直抱怨，物流配送这块方案要求建什么体系', 'plan-3-1-2', '多站合一'],
      ['驻村干部反映村里年轻人都出去打工了，老人不会用手机，电商培训方案要求培训哪些人', 'plan-3-3', '返乡农民工'],
    ]);
  });

  it('finds the clause holding the asked phrase, weighed against the part that asks, not the whole message', () => {
    answers([
      ['贫困村的服务点一直闲着，方案对贫困村电商服务水平怎么要求', 'plan-2-2', '电商服务水平'],
      ['乡里服务点都关门了，方案对贫困村电商服务水平有啥要求', 'plan-2-2', '电商服务水平'],
    ]);
  });

  it('does not take people back from elsewhere (从外地回来, 从外省打工回来) for a question about elsewhere', () => {
    answers([['好几个从外省打工回来的，返乡农民工能参加电商培训不', 'plan-3-3', '返乡农民工']]);
  });

  it('answers the question asked first when a remark follows it, and still refuses a second question the notice does not answer', () => {
    answers([['驻村第一书记能参加电商培训吗？有几个想学直播带货', 'plan-3-3', '驻村第一书记']]);
    expect(ask('服务点面积有没有要求？最少多少平方？').answered).toBe(false);
  });

  it('sets aside who passed the question on (天水的同学问, 合作社老板问, 村民们老问)', () => {
    answers([
      ['天水的同学问清水县在名单里吗', 'annex-1', '清水县'],
      ['合作社老板问公服中心资金比例上限是多少', 'plan-3-2-2', '15%'],
      ['村民们老问服务点能不能代缴话费', 'plan-3-2-2', '代收代缴'],
    ]);
    expect(ask('朋友问每个服务点补多少钱').answered).toBe(false);
  });

  it('still checks a claim told in the background', () => {
    const a = ask('我们开了个会，领导说上行资金要占七成，对吗');
    expect(a.clauseId).toBe('plan-3-1-3');
    expect(a.answer).toContain('50%');
  });

  it('still refuses what the notice does not answer, however long the background', () => {
    for (const q of ['我们县里正在搞双十一活动，想问下每个服务点能补贴多少钱', '合作社理事长问我电商培训要不要收费，培训是免费的吗']) {
      expect(ask(q).answered, q).toBe(false);
    }
  });
});

describe('pinyin initials officials type for the programme’s words', () => {
  it('reads a run of consonants (gfzx, sx) as the word so abbreviated, and says so', () => {
    const centre = ask('县里财政盯得紧，gfzx装修最多能花多大比例');
    expect(centre.clauseId).toBe('plan-3-2-2');
    expect(centre.answer).toContain('15%');
    expect(centre.answer).toContain('公服中心');
    const upward = ask('sx的钱至少要占多少');
    expect(upward.clauseId).toBe('plan-3-1-3');
    expect(upward.answer).toContain('50%');
  });

  it('leaves a placeholder (xx县) and English (APP, O2O) as typed', () => {
    expect(ask('xx县补多少').answer).not.toContain('信息');
    expect(ask('村里能用APP卖货吗').answer).not.toMatch(/按“.*”理解/);
  });
});

describe('a greeting before the question', () => {
  it('sets aside a greeting or an apology for disturbing (您好, 在吗, 不好意思打扰, 问个事)', () => {
    expect(withoutGreeting('老师您好，附件二叫什么')).toBe('附件二叫什么');
    expect(withoutGreeting('在吗 不好意思打扰一下，公服中心比例多少')).toBe('公服中心比例多少');
    expect(withoutGreeting('问个事培训记录要不要留')).toBe('培训记录要不要留');
    expect(withoutGreeting('您好')).toBe('您好');
    expect(ask('早上好，附件二是啥').clauseId).toBe('plan-annexes');
    expect(ask('在吗 中央资金闲置太久了省里会不会统筹').clauseId).toBe('plan-6');
  });
});

describe('who is asking, told first', () => {
  const placed = (office: string) => /县|州/.test(office);
  it('sets aside the asker’s own office (舟曲县电商中心的，…), not an office asked about or pointed back at', () => {
    expect(withoutSelf('舟曲县电商中心的，碌曲县给了多少钱', placed)).toBe('碌曲县给了多少钱');
    expect(withoutSelf('我是物流公司的，配送中心干啥', placed)).toBe('配送中心干啥');
    expect(withoutSelf('我是县扶贫办的，这个文我们也要执行吗', placed)).toBe('我是县扶贫办的，这个文我们也要执行吗');
    expect(withoutSelf('公共服务中心的，资金比例多少', placed)).toBe('公共服务中心的，资金比例多少');
    expect(ask('舟曲县电商中心的，碌曲县给了多少钱').clauseId).toBe('annex-1');
    expect(ask('迭部扶贫办的，想问问原始凭证要保存吗').clauseId).toBe('plan-5');
  });
});

describe('a phrase quoted, and the sentence after it asked', () => {
  it('reads 后面那句是啥 as pointing back at the phrase before it, which says the clause', () => {
    expect(askingPart('紧盯龙头企业，后面那句是什么')).toBeUndefined();
    expect(ask('紧盯龙头企业 后面一句是什么来着').clauseId).toBe('plan-2-4');
    expect(ask('多站合一、资源共享 下一句是啥').clauseId).toBe('plan-3-1-2');
  });
});

describe('a question passed on by telephone', () => {
  it('sets aside who rang and asked (州里来电话问, 局长打电话说), not a telephone the question is about', () => {
    expect(withoutHearsay('州里来电话问信息往哪报')).toBe('信息往哪报');
    expect(withoutHearsay('财政局的同志刚才打电话问，服务点覆盖率要到多少')).toBe('服务点覆盖率要到多少');
    expect(withoutHearsay('能不能打电话问省厅')).toBe('能不能打电话问省厅');
    expect(ask('领导来电话问谁是主要监管单位，是州商务局吗').clauseId).toBe('letter-1');
  });

  it('sets aside the county or township that passed a claim on (县上说, 乡里说), not the 州 or 省, whose word may be the notice’s', () => {
    expect(withoutHearsay('乡上说要先报方案，这方案到底报哪审')).toBe('要先报方案，这方案到底报哪审');
    expect(withoutHearsay('州上说要9月底前报')).toBe('州上说要9月底前报');
    expect(ask('县里说要先交方案，这个方案是州上审还是省上审').clauseId).toMatch(/^(letter-2|plan-4-2)$/);
  });
});

describe('a thing of the county’s own that dates from last year', () => {
  it('is background (服务站去年就建起来了), while last year’s programme is still another year’s', () => {
    expect(withoutOwnPast('乡上的服务点去年就建起来了，这回能拓展功能不')).toBe('乡上的服务点，这回能拓展功能不');
    const a = ask('乡上的服务点去年就建起来了，这回能给它添点功能不');
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-3-2-2');
    expect(ask('去年那批示范县的资金是多少').answered).toBe(false);
  });
});
