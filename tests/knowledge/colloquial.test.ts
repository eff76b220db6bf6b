import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

/** Officials' everyday words for the notice's things, and words that say how they judge rather than what they ask about. */
const programme = loadProgramme('gansu-2018');
// Without the example questions (examples.json holds development-set questions), so the notice's own words decide.
const knowledge = createKnowledge({ ...programme, examples: {} });
const ask = (q: string) => knowledge.answer(q, { now: new Date('2018-09-20T10:00:00+08:00') });

const answers = (cases: readonly (readonly [string, readonly string[], string])[]) => {
  for (const [q, clauses, fact] of cases) {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(clauses, q).toContain(a.clauseId);
    expect(a.answer + a.citations.map((c) => c.section + c.quote).join(''), q).toContain(fact);
  }
};

describe('colloquial vocabulary for the programme’s things', () => {
  it('reads 仓库/冷库, 公用品牌, 讲座, 商标 and 三化 as the notice’s 仓储, 公共品牌, 培训, 品牌注册 and 电商化、品牌化、标准化', () => {
    answers([
      ['现有的闲置厂房能改成仓库用吗', ['plan-4-5'], '闲置厂房'],
      ['农产品要建保鲜库，方案支持吗', ['plan-3-1-1', 'plan-3-1-2'], '仓储'],
      ['区域公用品牌要不要打造', ['plan-2-3'], '区域公共品牌'],
      ['光讲理论课不教实际操作可以不', ['plan-3-3'], '实操技能培训'],
      ['电商培训光教理论行不行', ['plan-3-3'], '实操技能培训'],
      ['帮合作社办商标算增值服务吗', ['plan-3-2-3'], '品牌注册'],
      ['农产品三化指的是什么', ['plan-3-1-1'], '电商化、品牌化、标准化'],
      ['组长能让分管领导挂吗', ['plan-4-1'], '主要领导任组长'],
      ['项目牌子钉在不显眼的地方可以吗', ['plan-4-3'], '显著位置'],
      ['公服中心想弄得豪华些，可以吗', ['plan-3-2-2'], '实用、节约'],
      ['农村物流最卡脖子的是哪段', ['plan-3-1-2'], '最后一公里'],
      ['开网店的同时实体店也要搞吗', ['plan-3-1-1'], '线上线下融合'],
    ]);
  });

  it('does not count words of judgement or of asking (违规, 全部, 硬杠杠, 讲究, 加号, 全名, 清楚) as a subject the notice lacks', () => {
    answers([
      ['用示范资金自建网上商城算不算违规', ['letter-4', 'plan-4-5'], '网络交易平台'],
      ['上行50%是硬杠杠吗', ['plan-3-1-3'], '原则上不低于50%'],
      ['社会化资源能不能用，还是全部自己新建', ['plan-4-5'], '社会化资源'],
      ['那个带加号的帮扶机制具体咋写的', ['plan-3-2-2'], '公共服务中心+乡村电商服务点'],
      ['省里那个专栏的全名是啥', ['letter-3', 'plan-4-4'], '电子商务进农村综合示范专栏'],
      ['方案里得把哪些东西写清楚', ['letter-2', 'plan-4-2'], '建设内容'],
      ['网上零售额增幅要达到啥水平', ['plan-1'], '全国农村平均水平'],
      ['协调机制要求几个部门参加', ['plan-4-1'], '多部门参与'],
    ]);
  });

  it('still refuses what the notice does not say about those things', () => {
    for (const q of ['冷库每立方补贴多少', '讲座的讲师费标准是多少', '建冷库要多大面积', '培训全部免费吗', '保鲜库按什么标准补', '违规使用资金会被追究什么责任']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
    }
  });

  it('corrects sound-alike slips of the letter’s particulars and answers each particular asked', () => {
    answers([
      ['闻号是多少', ['letter'], '州商办发〔2018〕183号'],
      ['签法人叫啥', ['letter'], '李志明'],
      ['抄宋了哪些单位', ['letter', 'letter-4'], '州财政局、州扶贫办'],
    ]);
    const both = ask('文号和签发人分别是啥');
    expect(both.answer).toContain('183号');
    expect(both.answer).toContain('李志明');
  });
});

describe('a claim someone made, checked against the notice’s figure', () => {
  it('reads 那块主要干啥 as what that part does, not the programme’s 目标任务', () => {
    answers([
      ['电商培训那块主要干啥', ['plan-3-3'], '电子商务培训'],
      ['物流配送那块主要干啥', ['plan-3-1-2'], '配送'],
      ['扶贫针对性这块主要干啥', ['plan-3-2-3'], '摸底调查'],
    ]);
    expect(ask('这个项目主要干啥').clauseId).toBe('plan-1');
  });

  it('reads shares in tenths (三成) and totals in 亿, and sets aside who made the claim', () => {
    answers([
      ['同事说上行四成就够了，对吗', ['plan-3-1-3'], '低于50%'],
      ['主任讲公服中心能占一成，行吗', ['plan-3-2-2'], '未超过15%'],
      ['听说全省合计2亿，对不对', ['annex-1'], '不一致'],
      ['全省几个示范县，一共多少钱', ['annex-1'], '30000'],
      ['示范县有几个 总额是多少', ['annex-1'], '30000'],
    ]);
  });

  it('answers a terse yes/no told as a statement with a question mark, and which rules to follow (照着啥标准)', () => {
    answers([
      ['验收程序县里自己定?', ['letter-2', 'plan-4-2'], '验收程序'],
      ['开展自评要对照啥标准', ['plan-4-3'], '绩效目标要求'],
    ]);
  });

  it('answers whether a document is an annex, whether a 市州 has only the county named, and the notice’s 配套政策', () => {
    answers([
      ['绩效考核办法是附件2吗', ['plan-annexes'], '绩效目标考核办法'],
      ['天水那边就清水一个?', ['annex-1'], '张家川县'],
      ['有哪些配套政策', ['plan-3-2-1'], '财政、金融、土地、收费'],
      ['中央资金一直放着不用有啥后果', ['plan-6'], '长期闲置的中央财政资金'],
    ]);
  });

  it('refuses matching funds without presuming the notice requires them', () => {
    const a = ask('州里要配套多少钱');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('配套资金');
  });

  it('answers both milestones when a date is weighed against another (是报方案的还是招标的), and the cited documents by number', () => {
    const both = ask('12月底那个是招标的期限还是报方案的期限');
    expect(both.answer).toContain('12月31日');
    expect(both.answer).toContain('9月30日');
    answers([
      ['实施方案引用的几个财政部文件，文号分别是多少', ['plan-4-5', 'plan-6', 'letter-4'], '财预〔2015〕163号'],
      ['方案里提到的2015年的文件文号列一下', ['plan-4-5', 'plan-6'], '财预〔2015〕15号'],
    ]);
  });
});

describe('overview questions in plain words', () => {
  it('reads what the programme is for as its targets clause, not a detail clause', () => {
    answers([
      ['咱们这个示范项目主要是干嘛的', ['plan-1'], '聚焦贫困地区'],
      ['电子商务进农村的目的是什么', ['plan-1'], '农村电子商务公共服务体系'],
    ]);
  });

  it('reads who receives the letter, and what the prefecture’s letter is for, as the letter’s particulars', () => {
    answers([
      ['哪些部门收到这份文件', ['letter'], '商务局、财政局、扶贫办'],
      ['州上这个通知是干什么的', ['letter'], '甘肃省2018年电子商务进农村综合示范项目实施方案'],
    ]);
  });

  it('reads 都有些啥 asked of a part as its list of parts', () => {
    answers([['公共服务体系这块 都有些啥', ['plan-3-2'], '政策体系']]);
  });
});

describe('either-or questions answered for both sides', () => {
  it('names the issuers and the copies when asked which one a body is', () => {
    answers([['州财政局是抄送的还是发文的', ['letter-4', 'letter'], '甘南州财政局']]);
    expect(ask('州财政局是抄送的还是发文的').answer).toContain('抄送州财政局');
  });

  it('gives both shares when asked which gets more', () => {
    const a = ask('公服中心跟上行比 哪一块占的多');
    expect(a.answer).toContain('不低于50%');
    expect(a.answer).toContain('不得高于15%');
  });
});

describe('an ask word put before what it asks about (second-language word order)', () => {
  it('reads 是不是，可以… as one question, not a question and a remark', () => {
    answers([['县里是不是 能随意调整实施方案', ['plan-4-2'], '不得随意调整变更']]);
  });
});

describe('local products named by officials', () => {
  it('reads 牦牛肉, 青稞, 蕨麻 as the notice’s 农产品', () => {
    answers([
      ['蕨麻想申请地标保护 行不行', ['plan-3-1-1'], '地标保护'],
      ['青稞产品想打出网络知名品牌，方案咋说', ['plan-3-1-1'], '网络知名品牌'],
    ]);
  });

  it('still refuses a figure the notice never gives for them', () => {
    expect(ask('牦牛肉网上卖 每斤补贴多少').answered).toBe(false);
  });
});

describe('short and plain questions about the documents themselves', () => {
  it('reads 叫个啥名, 附件二是什么 and 也收到这个文吧 as the title, the annex list and the addressees', () => {
    answers([
      ['转移支付那个暂行办法叫个啥名', ['plan-6'], '中央对地方专项转移支付绩效目标管理暂行办法'],
      ['附件二是什么', ['plan-annexes'], '绩效目标考核办法'],
      ['县商务局也接到这个通知了吗', ['letter'], '商务局、财政局、扶贫办'],
    ]);
    // What annex 2 holds is still not in the notice.
    expect(ask('附件二里都有啥指标').answered).toBe(false);
  });

  it('reads a sound-alike slip of 抄送 before 给/到 (超送到哪些单位) as the copies, not the addressees', () => {
    answers([['这个文超送到哪些单位了', ['letter-4'], '抄送州财政局、州扶贫办']]);
    expect(ask('这个文超送到哪些单位了').answer).not.toContain('主送');
  });
});

describe('the 帽子 of a demonstration county', () => {
  it('reads 示范县的帽子/称号 as its 资格', () => {
    answers([['评价不合格，示范县这个称号还保得住吗', ['plan-6'], '取消示范县资格']]);
  });
});

describe('a question that is mostly the notice’s own phrase', () => {
  it('is answered by the one clause holding it, though its words are aspect words', () => {
    answers([['到底是谁对具体工作负责呀', ['plan-5'], '示范县人民政府']]);
    expect(ask('对具体工作负责的人电话多少').answered).toBe(false);
  });
});

describe('写清楚 is the notice’s 明确', () => {
  it('reads what a plan must spell out as what it must 明确', () => {
    answers([['县里的实施方案要写明白啥内容', ['letter-2', 'plan-4-2'], '建设内容、建设标准、功能目标']]);
  });
});

describe('which year the plan is', () => {
  it('answers with the plan’s title when our year is one of the alternatives, and still refuses another year', () => {
    answers([['实施方案是哪一年的，2017还是2018', ['plan'], '甘肃省2018年电子商务进农村综合示范项目实施方案']]);
    expect(ask('2019年的实施方案出了没有').answered).toBe(false);
  });

  it('answers a choice of two years asked of a 文号 (183号文是18年还是17年的) with the year the 文号 carries', () => {
    answers([
      ['州上183号文是17年的还是18年的', ['letter'], '州商办发〔2018〕183号'],
      ['256号文件是15年还是16年的', ['letter-4', 'plan-4-5'], '2015'],
    ]);
  });
});

describe('one-line follow-ups and figures checked without their unit', () => {
  it('checks an amount given alone (两个亿吧, 1500万对吗) against the table’s, the only amounts the notice gives', () => {
    answers([
      ['是三个亿吧', ['annex-1'], '与附件1的补贴资金合计一致'],
      ['就是1500万对吗', ['annex-1'], '与附件1的每县补贴资金一致'],
      ['两个亿吧', ['annex-1'], '不一致'],
    ]);
  });

  it('a 市州 named alone (那天水的呢, 陇南的是哪几个) asks its counties', () => {
    answers([
      ['那天水的呢', ['annex-1'], '麦积区'],
      ['陇南的是哪个', ['annex-1'], '两当县'],
      ['兰州的', ['annex-1'], '皋兰县'],
    ]);
  });

  it('每县1500、合计30000 checked without 万 is answered from the table, and a wrong figure is said to disagree', () => {
    answers([
      ['示范县每个县都是1500对吧', ['annex-1'], '与附件1一致'],
      ['全省合计是不是45000', ['annex-1'], '不一致'],
    ]);
    expect(ask('全省合计是不是45000').answer).not.toContain('45000');
  });
});

describe('where the notice says something', () => {
  it('a subject or the notice’s own words asked by their place (哪一块, 哪条里的) are answered with the part and its heading', () => {
    answers([
      ['物流配送在方案哪一部分讲的', ['plan-3-1-2'], '物流配送体系建设'],
      ['“加大政策协同力度”是方案哪条里说的', ['plan-4-1'], '加强组织领导'],
      ['“时限要求和验收程序”这句是州上文件第几条', ['letter-2'], '制定实施方案，加快项目进度'],
      ['以具备条件的贫困村贫困户为服务重点是哪条', ['plan-2-2', 'plan-3-2-2'], '为服务重点'],
    ]);
    const principle = ask('市州监管是哪条里的').answer;
    expect(principle).not.toContain('各负其责”“');
  });
});

describe('a 市州’s sum', () => {
  it('陇南四个县一共多少 asks the sum, and the sum is said to be added up from the annex', () => {
    answers([['陇南四个县一共多少', ['annex-1'], '合计6000万元（按附件1各县金额相加']]);
  });
});

describe('two questions in one message', () => {
  it('two parts that two sibling clauses answer are answered from both, served by the section holding them', () => {
    answers([
      ['项目能随意调整吗？交易信息谁来提供', ['plan-4'], '不得随意调整变更'],
      ['项目能随意调整吗？交易信息谁来提供', ['plan-4'], '交易和活动信息'],
      ['配送中心算上行吗，支持比例是多少', ['plan-3-1'], '公共配送中心'],
      ['配送中心算上行吗，支持比例是多少', ['plan-3-1'], '不低于50%'],
    ]);
  });

  it('a second part that guesses the answer of the first, or only points back, is not a question of its own', () => {
    answers([['谁能办培训，协会可以吗', ['plan-3-3'], '协会']]);
    expect(ask('标识贴哪里，随便挂行吗').intent).not.toBe('clause:two-questions');
    expect(ask('那配送呢，比例多少').intent).not.toBe('clause:two-questions');
    expect(ask('培训怎么开展，方案有说吗').intent).not.toBe('clause:two-questions');
  });
});

describe('方案里 pointing at the notice', () => {
  it('方案里, 方案上是怎么说的 say where to look, not what about: the sentence naming the asked thing is quoted', () => {
    answers([
      ['开会时有人提双向流通，方案中双向流通是什么意思', ['plan-3-1-2'], '工业品下乡、农产品进城'],
      ['帮扶机制方案上是怎么说的', ['plan-3-2-2'], '公共服务中心+乡村电商服务点'],
      ['县长要查出处，考核监督方案里是咋讲的', ['plan-6'], '强化对示范工作的考核监督'],
    ]);
  });
});

describe('hedges and words of telling are not subjects', () => {
  it('有点 (拿不准), 建议 (方案建议) and 走过场 do not make a question about something the notice lacks', () => {
    answers([
      ['我有点拿不准，公服中心资金比例上限是多少', ['plan-3-2-2'], '15%'],
      ['方案建议县里出台啥鼓励扶持政策', ['plan-3-2-1'], '鼓励扶持政策'],
      ['领导担心培训走过场，方案对培训记录有啥要求', ['plan-3-3'], '如实做好培训记录'],
    ]);
  });
});

describe('a 市州’s counties told to be checked', () => {
  it('几个县 with the asker’s own list of that 市州’s counties is answered with the count and the list', () => {
    answers([
      ['临夏有几个示范县？我记得是临夏市和东乡县，对吧', ['annex-1'], '临夏州的示范县有3个：临夏市、东乡县、积石山县'],
      ['陇南几个县上了名单，我数的是武都、文县、两当、西和', ['annex-1'], '有4个'],
    ]);
  });
});

describe('the notice’s own year', () => {
  it('通知是哪一年的 is answered by the year its 文号 carries; how long it is valid is not said', () => {
    answers([
      ['这份通知是哪一年的', ['letter'], '〔2018〕'],
      ['州上转的文件是几几年的', ['letter'], '〔2018〕'],
    ]);
    expect(ask('通知有效期到哪年').answered).toBe(false);
  });
});

describe('the districts among the table’s names', () => {
  it('几个区, 哪些是区 counts the names ending in 区, not all twenty', () => {
    answers([
      ['名单里一共几个区', ['annex-1'], '区有3个：崆峒区、麦积区、武都区'],
      ['示范县里哪些是区', ['annex-1'], '崆峒区、麦积区、武都区'],
    ]);
  });
});

describe('who said it and the exact wording asked', () => {
  it('原文, 原话 and the one who said it (领导, 老师) are how the official asks, not a subject the notice lacks', () => {
    answers([
      ['领导讲公服中心原则上不超15%，原文咋写的', ['plan-3-2-2'], '不得高于15%'],
      ['听老师说实操培训要加强，原话是啥', ['plan-3-3'], '实操'],
    ]);
  });
});

describe('the annex table asked in a bare noun phrase or a follow-up on its own', () => {
  it('answers the total, the unit, a county in a follow-up’s wrapping and whether every county has the same', () => {
    answers([
      ['全省总计', ['annex-1'], '30000'],
      ['附件1的单位', ['annex-1'], '万元'],
      ['30000是元还是万元', ['annex-1'], '万元'],
      ['那舟曲呢', ['annex-1'], '1500'],
      ['各县都一样么', ['annex-1'], '1500'],
      ['附件里有哪几个县是甘南的', ['annex-1'], '碌曲县'],
    ]);
  });
});

describe('open to others, in everyday words', () => {
  it('对外开放, 对别人开放 ask whether supported projects are 开放共享', () => {
    answers([
      ['资金支持的项目以后要不要对外开放', ['letter-4', 'plan-4-5'], '开放共享'],
      ['补了钱的项目得对别人开放不', ['letter-4', 'plan-4-5'], '开放共享'],
    ]);
  });
});

describe('物流公司 for the notice’s 物流 firms', () => {
  it('reads a 物流公司 as the 物流 企业主体 the notice names', () => {
    answers([
      ['供销系统的物流公司能不能参加建设', ['plan-3-1-2'], '多站合一'],
      ['邮政的快递公司能参与村级配送吗', ['plan-3-1-2'], '邮政'],
    ]);
  });
});

describe('a sign put up and abbreviations', () => {
  it('reads 牌子 put up (挂, 立) as the notice’s 标识, 网零 as 网络零售 and 三个化 as 三化', () => {
    answers([
      ['项目牌子立在哪儿', ['plan-4-3'], '显著位置'],
      ['网零增速要求', ['plan-1'], '高于全国农村平均水平'],
      ['农产品那三个化指的啥', ['plan-3-1-1'], '电商化、品牌化、标准化'],
    ]);
  });
});

describe('an annex named bare', () => {
  it('answers 附件二? / 那附件1呢 with the annexes’ titles, not the missing contents of annex 2', () => {
    answers([
      ['附件二？', ['plan-annexes'], '绩效目标考核办法'],
      ['那附件1呢', ['plan-annexes', 'annex-1'], '建设计划表'],
    ]);
  });
});

describe('a body’s own meetings and travel paid from the money', () => {
  it('reads 用资金开会、出差 as the 工作经费 the money may not pay for', () => {
    answers([['局里能拿资金出差开会吗', ['letter-4', 'plan-4-5'], '工作经费']]);
  });
  it('does not read a meeting that spends nothing as a cost', () => {
    const a = ask('县里要不要开会研究实施方案');
    expect(a.answer).not.toContain('不可以');
  });
});

describe('商业机密 for the notice’s 信息安全', () => {
  it('answers a firm keeping its data as a trade secret from the clause on 交易和活动信息 and 信息安全', () => {
    answers([['承办方说交易数据属于商业机密，可以不提供吗', ['plan-4-4'], '信息安全']]);
  });
});

describe('拉进来 for the notice’s 引导带动', () => {
  it('answers drawing social capital in from the clause on 以奖代补', () => {
    answers([['搞贷款贴息是不是为了把社会资本拉进来', ['plan-3'], '社会资本']]);
  });
});

describe('the annex table and the city bodies by everyday names', () => {
  it('计划表合计, 附件1总共 ask the table’s total; 一共几个县 still counts its rows', () => {
    answers([
      ['建设计划表上合计是多少', ['annex-1'], '30000万元'],
      ['附件1总共是多少', ['annex-1'], '30000万元'],
    ]);
    expect(ask('计划表一共几个县').answer).toContain('20个示范县');
  });
  it('市商务局 is the plan’s 市州商务局', () => {
    answers([['市商务局会同哪几家搞监督', ['plan-5'], '市财政局、市扶贫办']]);
  });
});

describe('an instance told of the kind asked about (X这种Y)', () => {
  it('asks about the kind when the instance is told in the notice’s words', () => {
    answers([['代收快递代缴话费这种便民服务，服务站能开展吗', ['plan-3-2-2'], '代收代缴']]);
  });
  it('still refuses an instance the notice never names', () => {
    expect(ask('误工费这种补助有没有').answered).toBe(false);
  });
});

describe('after a step (以后, 之后) says when, not what', () => {
  it('asks what follows the step from the clause that sets the steps out', () => {
    answers([['门户网站专栏建好之后还得完成啥', ['plan-4-4'], '完成相关信息备案公示工作']]);
  });
});

describe('a teacher or an expert as the teller', () => {
  it('听培训老师讲… is hearsay: the claim is answered, 培训 there is no subject', () => {
    answers([['听培训的老师说实施方案报州里审核就可以了对吧', ['letter-2', 'plan-4-2'], '省商务厅、省财政厅、省扶贫办审核备案']]);
  });
});

describe('whether an annex came with the notice', () => {
  it('lists the annexes and says which one’s text the notice does not hold', () => {
    answers([['附件二随文一起转下来没有', ['plan-annexes'], '附件2的正文不在本通知文本中']]);
    expect(ask('附件2里怎么打分').answered).toBe(false);
  });
});

describe('everyday names a newly appointed official gives the notice’s terms', () => {
  it('物流中心 is the 配送中心, 实地 is 现场, 路子 and 销路 are 渠道, 对别人开放 is 开放共享', () => {
    answers([
      ['乡镇上的物流中心主要承担什么', ['plan-3-1-2'], '集中仓储'],
      ['省里检查是不是以实地看为主', ['plan-5'], '以现场检查为主'],
      ['贫困地区农产品的销路要不要拓宽', ['plan-2-2'], '上行渠道'],
      ['用中央资金建的项目要对外开放吗', ['letter-4', 'plan-4-5'], '开放共享'],
      ['项目信息要往什么网上报', ['letter-3', 'plan-4-4'], '甘肃商务网'],
    ]);
  });
  it('a way the notice never names, asked beside the way it names, is an option the clause settles', () => {
    answers([['培训重理论为主还是重实际操作', ['plan-3-3'], '实操技能培训']]);
  });
  it('a cited document named with a pointing word inside its title (那个) is still that document', () => {
    answers([['盘活存量资金那个通知是几号文', ['plan-6'], '财预〔2015〕15号']]);
  });
  it('属于哪个专项 asks the fund whose management rules the money follows', () => {
    answers([['示范项目的钱走的是哪个专项', ['letter-4', 'plan-4-5'], '服务业发展专项资金']]);
  });
  it('a plan told of spending on a forbidden use (要用…盖楼, 打算拿…买流量) is answered with the rule', () => {
    answers([
      ['迭部打算拿项目资金盖个电商办公楼', ['letter-4', 'plan-4-5'], '楼堂馆所建设'],
      ['县里准备用中央资金买推广流量', ['letter-4', 'plan-4-5'], '购买流量'],
    ]);
  });
  it('哪三性, 哪两性: the run of …性 words the notice lists where the question’s subject is', () => {
    answers([
      ['财政资金使用要提高哪三性', ['plan-6'], '安全性、规范性和有效性'],
      ['示范县推进工作要提高政策哪几性', ['plan-5'], '指向性、精准性和实效性'],
    ]);
  });
  it('每家各多少 of the counties asks the amount per county, the table’s only figure for each', () => {
    answers([['这批示范县每家各多少', ['annex-1'], '1500万元']]);
  });
});

describe('premises lacking, in everyday words', () => {
  it('reads 场地不够, 没有场地 as the rule to use existing parks and idle buildings, not a share', () => {
    answers([
      ['项目场地紧张咋整', ['plan-4-5'], '闲置厂房'],
      ['我们没有场地，该怎么弄', ['plan-4-5'], '闲置厂房'],
    ]);
  });
});

describe('Gansu dialect and voice input from township and village staff', () => {
  it('reads 阿达 as 哪里 and 哪个网 as a website', () => {
    answers([
      ['综合示范专栏要放阿达', ['letter-3', 'plan-4-4'], '门户网站'],
      ['公开的信息最后报到哪个网', ['letter-3', 'plan-4-4'], '甘肃商务网'],
    ]);
  });
  it('reads what goes into the 实施方案 a county writes (实施方案里都写些啥) as asked, not as pointing at the notice', () => {
    answers([['县上的实施方案里要写哪些东西', ['letter-2', 'plan-4-2'], '验收程序']]);
  });
  it('reads a bill paid at the service point (代缴水费, 代缴话费) as an instance of its 代收代缴', () => {
    answers([
      ['村上服务点能帮群众代缴水费不', ['plan-3-2-2'], '代收代缴'],
      ['服务站都能干些啥，代缴话费能搞不', ['plan-3-2-2'], '代收代缴'],
    ]);
  });
});

describe('village words for the notice’s people, problems and signs', () => {
  it('reads 打工回来的 as 返乡农民工, 出了问题 as 出现的问题, and 写啥字 on a sign as what the sign bears', () => {
    answers([
      ['外出打工回来的年轻人能来听电商课不', ['plan-3-3'], '返乡农民工'],
      ['项目上出了问题由谁来协调', ['letter-1', 'plan-5'], '协调解决出现的问题'],
      ['项目挂的牌子要写啥字', ['plan-4-3'], '电子商务进农村综合示范项目'],
    ]);
  });
  it('answers which certification a product may apply for (申请啥认证), not reading 啥认 as the thing applied for', () => {
    answers([['牦牛肉能申请啥认证，绿色的行不行', ['plan-3-1-1'], '绿色']]);
  });
});

describe('the everyday mix: dialect, typos and the wording asked for', () => {
  it('reads 几多 as 多少, 示范具 as 示范县, 卡紧 as 严格把控 and 怎样对待 as 高度重视', () => {
    answers([
      ['迭部补贴资金有几多', ['annex-1'], '1500'],
      ['公服中心资金最多能占几多', ['plan-3-2-2'], '15%'],
      ['咱们州有几个示范具', ['annex-1', 'letter'], '卓尼'],
      ['项目的时间结点得卡紧不', ['plan-4-3'], '严格把控时间结点'],
      ['市州商务部门要怎样对待综合示范', ['plan-4-1'], '高度重视'],
    ]);
  });

  it('answers the wording asked for (那几个字原文咋写的), not a count of characters', () => {
    answers([['县负全责那几个字原文咋写的', ['plan-2-1'], '省上统筹、市州监管、县负全责']]);
  });

  it('checks a county’s bare figure and the table’s unit asked by its column', () => {
    answers([
      ['舟曲也是1500不', ['annex-1'], '舟曲县的补贴资金为1500万元'],
      ['资金那栏是元还是万元', ['annex-1'], '万元'],
    ]);
  });

  it('gives an issuer’s full name from the heading, and the part a quoted phrase is in', () => {
    answers([
      ['州财政局全名叫啥', ['letter'], '甘南州财政局'],
      ['原则里的以产业带脱贫是哪条', ['plan-2-4'], '政府引导、市场发力'],
      ['文件末尾要我们如何执行', ['letter'], '贯彻落实'],
      ['物流配送还要加强哪些配套', ['plan-3-1-1', 'plan-3-1-2'], '配套'],
      ['信息公开有什么要求，是集中公开吧', ['plan-4-4', 'letter-3'], '集中公开'],
    ]);
  });

  it('reads 优先服务 and 优先利用 as the notice’s 服务重点 and 充分利用', () => {
    answers([
      ['困难户算不算优先服务的', ['plan-2-2', 'plan-3-2-2'], '服务重点'],
      ['县里建项目该优先利用啥现成资源', ['plan-4-5'], '闲置厂房'],
    ]);
  });

  it('reads a why-question’s 专门/特意 as stress, not as something the notice must name', () => {
    answers([['为什么要特意和贫困户搞对接', ['plan-3-2-3', 'plan-2-2'], '针对性和有效性']]);
    expect(ask('州上有没有专门的督查组').answered).toBe(false);
  });

  it('reads 添点功能 as the notice’s 拓展…功能 of service points', () => {
    answers([['村里服务点能不能多加点功能', ['plan-3-2-2'], '代收代缴']]);
  });

  it('reads the local produce officials name (洋芋, 牦牛, 党参) as the notice’s 农产品', () => {
    answers([
      ['合作社的土豆能申请无公害认证吗', ['plan-3-1-1'], '无公害'],
      ['党参收下来放不住，能建个保鲜库吗', ['plan-3-1-1', 'plan-3-1-2'], '仓储'],
    ]);
  });
});

describe('the prefecture’s letter called 州文', () => {
  it('reads 州文 / 州的文件 with a point’s place as the letter’s point, not a clause of its words', () => {
    answers([
      ['州文第三条是啥内容', ['letter-3'], '做好政务公开和信息报送工作'],
      ['州的文件第一条说了啥', ['letter-1'], '加强组织领导、强化项目管理'],
    ]);
  });
});

describe('an annex asked by its number', () => {
  it('says which annex a document named by its title’s end is (附件几, 第几个附件) in words', () => {
    answers([
      ['那个计划表算第几个附件', ['plan-annexes'], '建设计划表是附件1'],
      ['绩效考核办法算附件几', ['plan-annexes'], '考核办法是附件2'],
    ]);
  });
});

describe('exclusive use, the wording asked for, and this year', () => {
  it('reads 只给自己企业用 as the opposite of 开放共享', () => {
    answers([['补贴建的冷库能只给本企业用吗', ['letter-4', 'plan-4-5'], '开放共享'], ['支持建的仓储中心能不能只给自己企业用', ['letter-4', 'plan-4-5'], '开放共享']]);
  });

  it('does not count 哪几个字 as a subject (字样 is no answer to it)', () => {
    answers([['政务公开的要求是哪几个字', ['plan-4-4', 'letter-3'], '集中公开']]);
  });

  it('does not count 今年, the programme’s own year, as a word the notice lacks', () => {
    answers([['今年的示范工作重点聚焦在什么地区', ['plan-1', 'plan-2-2'], '聚焦']]);
  });
});

describe('exchange with other places', () => {
  it('reads 跟外地/兄弟县交流 as the notice’s 地区之间相互交流, not a question about elsewhere', () => {
    answers([
      ['要不要和外地多交流学习', ['plan-4-6'], '相互交流与借鉴'],
      ['跟兄弟县交流经验有要求吗', ['plan-4-6'], '相互交流与借鉴'],
    ]);
    expect(ask('外省是怎么交流的').answered).toBe(false);
  });
});

describe('the coverage target and a fund share asked together', () => {
  it('answers both the rate (50%左右) and the share named beside it', () => {
    answers([
      ['服务点覆盖率和上行资金比例各是多少', ['plan-1'], '不低于50%'],
      ['站点覆盖率跟公服中心占比分别多少', ['plan-1'], '不得高于15%'],
    ]);
    expect(ask('服务点覆盖率和上行资金比例各是多少').answer).toContain('50%左右');
  });
});
