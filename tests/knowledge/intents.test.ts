import { describe, expect, it } from 'vitest';
import { absentWords, decide } from '../../src/knowledge/answerability.ts';
import { askedType } from '../../src/knowledge/asked-type.ts';
import { buildKnowledgeBase } from '../../src/knowledge/base.ts';
import { findCounties } from '../../src/knowledge/county-match.ts';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { INTENTS, type Question } from '../../src/knowledge/intents/index.ts';
import { queryTokens, rank } from '../../src/knowledge/retrieval.ts';
import { canonicalise, normalise } from '../../src/knowledge/text.ts';
import { loadProgramme } from '../../src/programme.ts';

const programme = loadProgramme('gansu-2018');
const kb = buildKnowledgeBase(programme);
const knowledge = createKnowledge(programme);
/** Ten days before the plan must be filed (9月30日). */
const NOW = new Date('2018-09-20T10:00:00+08:00');

/** A question as the engine builds it (see answerResolved in src/knowledge/engine.ts). */
function question(text: string, now = NOW): Question {
  const raw = kb.speller.correct(normalise(text));
  return { raw, q: canonicalise(raw), bare: raw.replace(/[\p{P}\p{S}\s]/gu, ''), counties: findCounties(kb.data, raw), now };
}

/** What a user reads when the intent takes the question. */
interface Takes {
  readonly q: string;
  /** Phrases the answer must contain. */
  readonly says: readonly string[];
  readonly clause: string | null;
  /** A phrase one of the citations must quote; omitted for a refusal that cites nothing. */
  readonly quote?: string;
  /** Defaults to true. */
  readonly answered?: boolean;
  /** Phrases the answer must not contain (a figure a refusal must not imply…). */
  readonly never?: readonly string[];
  readonly now?: Date;
}

const covered = new Set<string>();

/** One intent of the table, on its own: the questions it takes and the near ones it must leave to others. */
function intentCases(id: string, takes: readonly Takes[], leaves: readonly string[]): void {
  covered.add(id);
  const intent = INTENTS.find((i) => i.id === id);
  describe(id, () => {
    for (const t of takes) {
      it(`takes “${t.q}”`, () => {
        const draft = intent!.run(question(t.q, t.now), kb);
        expect(draft, t.q).toBeDefined();
        expect(draft!.answered).toBe(t.answered ?? true);
        for (const s of t.says) expect(draft!.answer).toContain(s);
        for (const s of t.never ?? []) expect(draft!.answer).not.toContain(s);
        expect(draft!.clauseId).toBe(t.clause);
        if (t.quote) expect(draft!.citations.map((c) => c.quote).join('\n')).toContain(t.quote);
        for (const c of draft!.citations) expect(c.quote, `${c.source} ${c.section}`).not.toBe('');
      });
    }
    for (const q of leaves) it(`leaves “${q}” to others`, () => expect(intent!.run(question(q), kb)).toBeUndefined());
  });
}

describe('intents/scope.ts', () => {
  intentCases('refusal:out-of-scope', [
    { q: '去年的示范县每县多少钱', says: ['其他年份、其他省份'], clause: null, answered: false, never: ['1500'] },
    { q: '陕西有几个示范县', says: ['本通知只涉及甘肃省2018年电子商务进农村综合示范项目'], clause: null, answered: false, never: ['20个'] },
    { q: '2019年还有示范项目吗', says: ['请以相应年度、相应地区的文件为准'], clause: null, answered: false },
  ], [
    '听说外省每县给2000万，我们这批每县多少',
    '2015年的资金管理办法是啥',
    // 2000万 is money, not the year 2000.
    '听说碌曲县补了2000万 对不对',
  ]);
  intentCases('refusal:trap', [
    { q: '每个服务点补贴多少', says: ['通知中没有明确规定按服务点', '补贴标准或金额'], clause: 'plan-3-2-2', quote: '便民服务', answered: false, never: ['1500', '万元'] },
    { q: '第三方评价机构是哪家', says: ['由哪一家第三方机构', '依托第三方机构'], clause: 'plan-6', quote: '依托第三方机构开展绩效评价和项目验收工作', answered: false },
    { q: '县里要配套多少资金', says: ['地方是否需要配套以及配套的比例或金额'], clause: 'plan-3', quote: '以奖代补、贷款贴息', answered: false, never: ['%', '配套资金'] },
    { q: '资金分几批拨付', says: ['资金拨付的时间、批次或比例'], clause: null, answered: false },
    { q: '服务点覆盖率现在到多少了', says: ['各地目前的实际进度或完成情况'], clause: 'plan-1', answered: false, never: ['50%'] },
    { q: '请问183号文的签发人李志明同志是州商务局的什么职务？', says: ['通知中没有明确规定有关人员的职务或分工'], clause: null, answered: false },
    { q: '请问省财政下达我们县1500万元中央资金的指标文件文号是多少？', says: ['通知中没有明确规定您所问的这份文件及其文号'], clause: 'plan-6', answered: false, never: ['183号', '1500'] },
    { q: '请问“整体行政村电商服务点覆盖率”如何计算，计算口径是什么？', says: ['比例或指标的计算口径'], clause: 'plan-1', answered: false, never: ['50%'] },
    { q: '按照覆盖率50%左右的目标，我们碌曲县具体要建多少个村级服务点？', says: ['需建设的服务点等的具体数量'], clause: 'plan-1', answered: false },
    { q: '省商务厅哪个处管这个项目', says: ['具体负责的内设处室或科室'], clause: 'plan-2-1', answered: false },
    { q: '追回的专项资金最后退到哪', says: ['收回资金的去向或使用安排'], clause: 'plan-6', quote: '收回已拨付专项资金', answered: false },
    { q: '考核不合格的县以后还能不能再申报', says: ['能否再次申报或参评'], clause: 'plan-6', answered: false },
    { q: '电商示范项目招标能不能搞邀请招标', says: ['招标采购的具体方式'], clause: 'letter-3', answered: false },
    { q: '培训机构咋选，要招标吗', says: ['承办单位或机构的选定方式'], clause: 'plan-3-3', answered: false },
    { q: '资金是县财政直接拨给企业还是咋拨？', says: ['资金拨付的时间、批次或比例'], clause: null, answered: false },
    { q: '州上考核不合格会扣县里啥分', says: ['绩效考核的具体指标和评分办法'], clause: 'plan-6', answered: false },
    // A kind of company (哪些企业可以参与) is in the notice; the names of those chosen are not.
    { q: '卓尼县电商示范项目的承办企业是哪家', says: ['具体由哪家企业承办或中标'], clause: 'plan-4-4', answered: false },
    { q: '州商务局电商这块联系人是谁', says: ['具体的联系方式或网址'], clause: 'plan-5', answered: false, never: ['联系电话'] },
  ], [
    '每个县补贴多少钱',
    '第三方物流可以参与吗',
    '183号文签发人是谁啊',
    '领导小组组长由什么级别的领导担任',
    '服务点覆盖率要达到多少',
    '请问示范县长期闲置的中央财政资金由哪一级财政统筹安排？',
    '哪些企业可以参与农村物流',
    // How the money supports (以奖代补、贷款贴息) is in the notice.
    '钱是直接拨给企业还是咋支持',
    '要引导哪些企业加快用电商',
  ]);
});

describe('intents/role-claim.ts', () => {
  intentCases(
    'fact:role-claim',
    [
      { q: '有人说第一责任主体是州扶贫办，对吗', says: ['省商务厅是综合示范工作的第一责任主体', '州扶贫办不是通知规定的第一责任主体'], never: ['州扶贫办是'], clause: 'plan-5', quote: '第一责任主体' },
      { q: '开会讲的是省里负全责吧', says: ['县负全责', '与通知的规定不一致'], clause: 'plan-2-1', quote: '县负全责' },
      { q: '州商务局是主要监管单位，没错吧', says: ['州商务局是项目实施的主要监管单位', '与通知的规定一致'], clause: 'letter-1', quote: '主要监管单位' },
    ],
    ['第一责任主体是谁', '谁负全责', '主要监管单位要干啥'],
  );
});

describe('intents/cited-content.ts', () => {
  intentCases('refusal:cited-content', [
    { q: '256号文里服务业资金每年给多少', says: ['通知中没有明确规定', '财建〔2015〕256号', '未载明其具体内容'], clause: 'letter-4', answered: false },
  ], ['256号文件叫啥', '183号文里招标什么时候完成', '102号文是哪几家发的']);
});

describe('intents/documents.ts', () => {
  intentCases('fact:documents', [
    { q: '本通知的文号是多少', says: ['州商办发〔2018〕183号'], clause: 'letter', quote: '州商办发〔2018〕183号' },
    { q: '这个通知是谁发的', says: ['甘南州商务局、甘南州财政局、甘南州扶贫开发办公室联合印发'], clause: 'letter', quote: '甘南州商务局 甘南州财政局 甘南州扶贫开发办公室文件' },
    { q: '102号文是哪几家发的', says: ['财办建〔2018〕102号', '由财政部办公厅、商务部办公厅、国务院扶贫办综合司印发'], clause: 'plan-6', quote: '财办建〔2018〕102号' },
    // Named by the issuer's code alone (财建, 财办建): that cited document, not this notice.
    { q: '财建那个文号是多少', says: ['财建〔2015〕256号'], clause: 'letter-4', quote: '财建〔2015〕256号' },
    { q: '财办建那个文是哪几个部门发的', says: ['由财政部办公厅、商务部办公厅、国务院扶贫办综合司印发'], clause: 'plan-6', quote: '财办建〔2018〕102号' },
    { q: '256号文件叫啥', says: ['财建〔2015〕256号是《财政部关于印发〈中央财政服务业发展专项资金管理办法〉的通知》'], clause: 'letter-4', quote: '《财政部关于印发〈中央财政服务业发展专项资金管理办法〉的通知》' },
    { q: '签发人是谁', says: ['签发人是李志明'], clause: 'letter', quote: '签发人：李志明' },
    // The letter named by its number, its signer asked: not its issuers.
    { q: '183号这个文谁签发的', says: ['签发人是李志明'], never: ['联合印发'], clause: 'letter', quote: '签发人：李志明' },
    { q: '这文是州发改委发的不？', says: ['由甘南州商务局、甘南州财政局、甘南州扶贫开发办公室联合印发', '州发改委不在发文单位之中'], clause: 'letter', quote: '甘南州商务局' },
    // A claim checked: each body named is said to be among the issuers or copies or not, and one alone is denied.
    { q: '有人讲这个文是州财政局单独发的，对吗', says: ['州财政局是发文单位之一', '并非一家单独印发'], clause: 'letter', quote: '甘南州商务局' },
    { q: '我记得抄送里有州政府吧', says: ['本通知抄送州财政局、州扶贫办', '州政府不在抄送单位之中'], clause: 'letter-4', quote: '抄送：州财政局、州扶贫办' },
    { q: '资金使用要遵守哪个管理办法', says: ['《财政部关于印发〈中央财政服务业发展专项资金管理办法〉的通知》（财建〔2015〕256号）'], clause: 'letter-4', quote: '财建〔2015〕256号' },
    // The national notice of the programme's year, which the plan cites: not the letter's own 文号.
    { q: '国家2018年电商示范工作通知的文号', says: ['《关于开展2018年电子商务进农村综合示范工作的通知》的文号是财办建〔2018〕102号'], clause: 'plan-6', quote: '财办建〔2018〕102号', never: ['183号'] },
    // The forwarded plan by name: from the letter when asked what was forwarded, the plan's own heading otherwise.
    { q: '州上转发的是省里哪个文件', says: ['转发的实施方案全称为《甘肃省2018年电子商务进农村综合示范项目实施方案》'], clause: 'letter', quote: '转发给你们' },
    { q: '省里这个方案全名是啥', says: ['实施方案的全称为《甘肃省2018年电子商务进农村综合示范项目实施方案》'], clause: 'plan', quote: '《甘肃省2018年电子商务进农村综合示范项目实施方案》' },
    { q: '请问省里专门制定的绩效目标考核办法全称是什么？', says: ['全称为《甘肃省2018年电子商务进农村综合示范项目绩效目标考核办法》'], clause: 'plan-6', quote: '绩效目标考核办法' },
    { q: '请问省实施方案的附件2是什么文件？', says: ['2. 甘肃省2018年电子商务进农村综合示范项目绩效目标考核办法'], clause: 'plan-annexes', quote: '绩效目标考核办法' },
    { q: '考核办法是省方案的附件吗', says: ['的附件有', '绩效目标考核办法'], clause: 'plan-annexes', quote: '建设计划表' },
    { q: '州上这个是自己出的方案还是转的省里的？转的哪个', says: ['转发的实施方案全称为'], clause: 'letter', quote: '转发给你们' },
    { q: '州里转发省方案的时候让我们是参考一下还是要贯彻落实', says: ['请一并贯彻落实', '须一并贯彻落实'], clause: 'letter', quote: '转发给你们，并提出如下要求，请一并贯彻落实' },
  ], [
    '资金管理规定什么时候备案',
    '绩效评价不合格会怎样',
    // What a document says (not which document it is) and documents other clauses cite: left to the text.
    '183号文说资金使用方向要符合谁的要求',
    '请问方案要求建立的物流信息平台叫什么？',
    '请问电商培训的组织要符合哪个培训费管理办法？',
    '省级财政统筹长期闲置资金依据的是哪个文件？',
  ]);

  it('names the evaluation’s basis in full, with 文号, and no “……” inside the list', () => {
    const draft = INTENTS.find((i) => i.id === 'fact:documents')!.run(question('绩效考核的依据是什么'), kb)!;
    expect(draft.clauseId).toBe('plan-6');
    const list = draft.answer.slice(draft.answer.indexOf('：') + 1);
    expect(list).toContain('《关于开展2018年电子商务进农村综合示范工作的通知》（财办建〔2018〕102号）');
    expect(list).toContain('《中央对地方专项转移支付绩效目标管理暂行办法》（财预〔2015〕163号）');
    expect(list).toContain('《甘肃省2018年电子商务进农村综合示范项目绩效目标考核办法》');
    expect(list).not.toContain('……');
    expect(draft.citations[0]!.quote).toContain('为基本依据');
  });
});

describe('intents/outline.ts', () => {
  intentCases('list:outline', [
    { q: '州里转发时提了哪几条要求', says: ['州商办发〔2018〕183号共4条要求', '四、严格遵守中央资金使用要求'], clause: 'letter', quote: '直接责任主体' },
    { q: '基本原则分哪几条', says: ['“基本原则”共4条', '政府引导、市场发力'], clause: 'plan-2', quote: '省上统筹、市州监管、县负全责' },
    { q: '工作要求分哪几个方面', says: ['“工作要求”共6条', '（一）加强组织领导', '（六）做好总结和宣传推广'], clause: 'plan-4', quote: '建立健全工作机制' },
    // A part named by the end of its title, or by a domain term when the question speaks of a part.
    { q: '公服体系包括哪几块', says: ['“建立完善农村电子商务公共服务体系”共3个部分', '政策体系'], clause: 'plan-3-2', quote: '研究出台鼓励扶持政策' },
    { q: '产品上行分几条', says: ['“促进农村产品上行”共3个部分', '物流配送体系建设'], clause: 'plan-3-1', quote: '品牌化' },
    { q: '方案大概分几块内容', says: ['共6个部分', '六、绩效目标考核'], clause: 'plan', quote: '脱贫攻坚' },
    // Whether a part speaks of something: its parts, with their words.
    { q: '工作要求里讲没讲政务公开和资金', says: ['（四）做好政务公开和信息报送', '（五）严格遵守中央资金使用要求'], clause: 'plan-4', quote: '建立健全工作机制' },
    { q: '州里转发文的第四点要求是啥', says: ['州商办发〔2018〕183号的第四点是“四、严格遵守中央资金使用要求”'], clause: 'letter-4', quote: '不得用于网络交易平台' },
    { q: '州里183号文的最后一条（第四条）要求是关于什么的？', says: ['州商办发〔2018〕183号的最后一条是“四、严格遵守中央资金使用要求”'], clause: 'letter-4', quote: '不得用于网络交易平台' },
    // What the question asks of a part is quoted from it.
    { q: '州里183号文第一条要求县里建个啥机制', says: ['第一条是“一、加强组织领导、强化项目管理”', '建立工作协调机制'], clause: 'letter-1', quote: '工作协调机制' },
  ], [
    '培训分哪几块',
    '上行资金比例有啥要求',
    '州上日常监督除了检查还要做啥',
    // A part named more closely than its heading, or a clause without parts: that text answers.
    '请问中央财政资金用于支持农村产品上行的比例有什么要求？',
    '目标任务里除了公共服务体系还要培育啥',
    // What the letter asks done with the plan: documents.ts.
    '州里把省方案转给我们时附了几条要求，请问对省方案本身和这些要求，州里是让我们参考还是怎么处理？',
  ]);
});

describe('intents/table-rows.ts', () => {
  intentCases('fact:table-row', [
    { q: '请问卓尼县在附件1建设计划表中的序号是多少？', says: ['卓尼县在附件1建设计划表中的序号为6'], clause: 'annex-1', quote: '6 卓尼县 1500' },
    { q: '碌曲县在建设计划表里排第几，补贴资金多少？', says: ['序号为20', '补贴资金1500万元'], clause: 'annex-1', quote: '20 碌曲县' },
    { q: '建设计划表中序号2和序号4分别是哪个县？', says: ['序号2是西和县', '序号4是陇西县'], clause: 'annex-1', quote: '4 陇西县' },
    { q: '请问建设计划表第十四行是哪个县？', says: ['序号14是积石山县'], clause: 'annex-1', quote: '14 积石山县' },
    { q: '建设计划表里最后一个示范县是哪个？', says: ['序号20是碌曲县'], clause: 'annex-1', quote: '20 碌曲县' },
    { q: '附件1中排在卓尼县前一位的是哪个县？', says: ['排在卓尼县（序号6）前一位的是清水县（序号5）'], clause: 'annex-1', quote: '5 清水县' },
    { q: '请问附件1建设计划表中以“区”命名的示范单位有哪些？', says: ['名称以“区”结尾的示范县有3个：崆峒区（序号1）、麦积区（序号8）、武都区（序号9）'], clause: 'annex-1', quote: '9 武都区' },
  ], ['建设计划表序号第7的皋兰县补贴多少万元？', '卓尼县补贴多少', '附件有哪些', '一共有多少个示范县']);
});

describe('intents/places.ts', () => {
  intentCases('fact:county-prefecture', [
    { q: '迭部县在哪个州', says: ['迭部县属甘南州', '主送单位'], clause: 'letter', quote: '迭部县' },
    { q: '两当县归哪个市管', says: ['所属的市州'], clause: 'annex-1', answered: false, never: ['陇南'] },
  ], ['两当县是示范县吗', '甘南州有哪些示范县', '卓尼县补贴多少']);
  intentCases('fact:prefecture-none', [
    { q: '酒泉有哪些示范县', says: ['其中没有酒泉的县', '所属市州依据项目数据中登记的行政区划'], clause: 'annex-1', quote: '共20个示范县', never: ['通知中没有明确规定'] },
    { q: '庆阳有没有示范县', says: ['分属兰州市、天水市、平凉市、定西市、陇南市、临夏州、甘南州', '其中没有庆阳的县'], clause: 'annex-1', quote: '崆峒区' },
  ], ['甘南州有哪些示范县', '平凉有几个示范县', '平凉的崆峒区是示范县吗']);
  intentCases('fact:prefecture-counties', [
    { q: '甘南州有哪些示范县', says: ['甘南州的示范县有4个：卓尼县、迭部县、舟曲县、碌曲县'], clause: 'letter', quote: '卓尼县、迭部县、舟曲县、碌曲县商务局、财政局、扶贫办', never: ['行政区划'] },
    { q: '我州示范县资金一共多少', says: ['4个示范县', '每县补贴资金1500万元', '合计6000万元'], clause: 'annex-1', quote: '20 碌曲县 1500' },
    // No letter from 平凉市 or 定西市 is on file: the answer says the mapping is the data's, and quotes the table, never Gannan's letter.
    { q: '平凉有几个示范县', says: ['平凉市的示范县有1个：崆峒区', '附件1只列出县名，未注明所属市州', '项目数据中登记的行政区划'], clause: 'annex-1', quote: '1 崆峒区 1500', never: ['卓尼县'] },
    { q: '定西市哪几个县是示范县', says: ['定西市的示范县有4个：陇西县、临洮县、通渭县、漳县', '行政区划'], clause: 'annex-1', quote: '19 漳县 1500' },
    { q: '临夏州示范县资金合计多少', says: ['临夏州有3个示范县（临夏市、东乡县、积石山县）', '合计4500万元', '行政区划'], clause: 'annex-1', quote: '14 积石山县 1500' },
    { q: '甘南州这次除了卓尼迭部舟曲还有哪个县是示范县', says: ['甘南州的示范县有4个', '碌曲县'], clause: 'letter', quote: '碌曲县商务局' },
  ], [
    '甘南州每个服务点补贴多少',
    '卓尼县有多少资金',
    '临夏市是不是示范县',
    // Questions that name the 市州 but ask about something else: left to the text.
    '我们县里有同志认为示范项目是商务局的事，请问按州里通知，综合示范工作的直接责任主体到底是谁？',
    '我们甘南旅游资源多，请问方案鼓励因地制宜发展哪些多元化电商供应链？',
    // What else is counted (哪几个文件) is not the counties.
    '请问州里要求我们县在9月30日前需要制定并上报哪几个文件？',
  ]);
  intentCases('fact:table', [
    { q: '附件1的金额单位是元还是万元', says: ['单位为万元', '1500万元'], clause: 'annex-1', quote: '单位：万元' },
    // 附件1 named with 单位是啥: the table's unit, not which annexes there are.
    { q: '附件1的单位是啥', says: ['单位为万元'], clause: 'annex-1', quote: '单位：万元' },
    { q: '附件1表格里的数是什么单位', says: ['单位为万元'], clause: 'annex-1', quote: '单位：万元' },
    { q: '各县补贴一样吗', says: ['20个示范县的补贴资金都一样', '每县1500万元', '合计30000万元'], clause: 'annex-1', quote: '合计 30000' },
    { q: '每个县都一样多吗', says: ['20个示范县的补贴资金都一样', '每县1500万元'], clause: 'annex-1', quote: '合计 30000' },
  ], ['卓尼县补贴多少钱', '附件有哪些', '每个县的培训要求都一样吗']);
  intentCases('fact:membership', [
    { q: '卓尼是示范县吗', says: ['是的，卓尼县在附件1所列的20个示范县之中', '1500万元'], clause: 'annex-1', quote: '6 卓尼县 1500' },
    { q: '桌尼县在名单里吗', says: ['是的，卓尼县', '您输入的“桌尼县”，按“卓尼县”理解'], clause: 'annex-1', quote: '卓尼县' },
  ], ['卓尼县补贴多少钱', '夏河县是示范县吗']);
  intentCases('fact:not-listed', [
    { q: '夏河县是示范县吗', says: ['不是。附件1所列的20个示范县中没有夏河县'], clause: 'annex-1', quote: '共20个示范县' },
    { q: '夏河县补贴多少', says: ['通知中没有明确规定夏河县的补贴资金'], clause: 'annex-1', quote: '碌曲县', answered: false, never: ['1500万元'] },
  ], ['卓尼是示范县吗', '示范县名单']);
  intentCases('fact:allocation', [
    { q: '卓尼县补贴多少钱', says: ['卓尼县的补贴资金为1500万元'], clause: 'annex-1', quote: '6 卓尼县 1500' },
    { q: '卓尼县分配多少资金', says: ['卓尼县的补贴资金为1500万元'], clause: 'annex-1', quote: '6 卓尼县 1500' },
    { q: '碌曲县下达的金额是多少', says: ['碌曲县的补贴资金为1500万元'], clause: 'annex-1' },
    { q: '舟曲县和迭部县各给多少', says: ['迭部县的补贴资金为1500万元', '舟曲县的补贴资金为1500万元'], clause: 'annex-1', quote: '13 舟曲县 1500' },
  ], ['卓尼县每个服务点补贴多少', '卓尼县招标什么时候截止']);
  intentCases('fact:total', [
    { q: '总共多少资金', says: ['合计30000万元（即3亿元）', '每县1500万元'], clause: 'annex-1', quote: '合计 30000' },
    { q: '全省示范资金一共多少', says: ['20个示范县的补贴资金合计30000万元'], clause: 'annex-1', quote: '30000' },
    { q: '全省总盘子是3亿吗？', says: ['合计30000万元（即3亿元）'], clause: 'annex-1', quote: '合计 30000' },
  ], ['总共有几个示范县', '全省培训经费一共多少', '所有中央资金项目都要挂牌 还是只有大项目']);
  intentCases('fact:county-list', [
    { q: '示范县名单', says: ['共有20个示范县：崆峒区、西和县', '漳县、碌曲县'], clause: 'annex-1', quote: '序号1至20' },
    { q: '全省一共有几个示范县', says: ['全省共有20个示范县'], clause: 'annex-1', quote: '崆峒区' },
  ], ['示范县名单什么时候公布', '示范县有哪些要求']);
  intentCases('fact:per-county', [
    { q: '每个县补贴多少钱', says: ['每个示范县的补贴资金为1500万元', '20个示范县合计30000万元'], clause: 'annex-1', quote: '每个示范县 1500' },
    { q: '一个示范县能拿到多少资金', says: ['1500万元'], clause: 'annex-1', quote: '1500' },
  ], ['每个县的服务点补贴多少', '卓尼县补贴多少']);
});

describe('intents/ratios.ts', () => {
  intentCases('ratio:shares', [
    { q: '上行比例是多少', says: ['原则上不低于50%', '按附件1每个示范县补贴资金1500万元计算，用于上行的不少于750万元', '不是通知原文中的数字'], clause: 'plan-3-1-3', quote: '中央财政资金支持农村产品上行的比例原则上不低于50%' },
    { q: '卓尼县用于上行的资金最少多少', says: ['按附件1卓尼县补贴资金1500万元计算，用于上行的不少于750万元'], clause: 'plan-3-1-3', quote: '不低于50%' },
    { q: '上行占40%行不行', says: ['您所说的40%低于50%', '不符合'], clause: 'plan-3-1-3', quote: '不低于50%' },
    { q: '公服中心占到18%了超了没', says: ['原则上不得高于15%', '您所说的18%高于15%的上限'], clause: 'plan-3-2-2', quote: '资金使用比例原则上不得高于15%' },
    { q: '公服中心最多花多少钱', says: ['用于公共服务中心的最多225万元'], clause: 'plan-3-2-2', quote: '不得高于15%' },
    { q: '公服中心用了200万行不行', says: ['您所说的200万元未超过225万元的上限'], clause: 'plan-3-2-2', quote: '不得高于15%' },
    {
      q: '碌曲方案上行800万、公服中心200万，这两个比例都合规吗',
      says: ['您所说的800万元达到了不低于750万元的要求', '您所说的200万元未超过225万元的上限'],
      clause: 'plan-3-1-3',
      quote: '不得高于15%',
    },
    // An amount or a share written in characters.
    { q: '舟曲县农产品上行用了七百万够不够比例', says: ['您所说的700万元低于750万元', '不符合'], clause: 'plan-3-1-3', quote: '不低于50%' },
    { q: '公服中心占百分之十八超了没', says: ['您所说的18%高于15%的上限'], clause: 'plan-3-2-2', quote: '不得高于15%' },
  ], [
    '上行有哪些支持方式',
    '覆盖率要达到多少',
    '公服中心面积要多大',
    '公服中心有什么功能',
    '公服中心运营公司每年给多少运营费',
    // Whether a cost the notice never names counts toward the share.
    '公服中心15%包不包括装修费',
  ]);
  intentCases('target:coverage', [
    { q: '服务点覆盖率要达到多少', says: ['电商服务点覆盖率达到50%左右'], clause: 'plan-1', quote: '覆盖率达到50%左右' },
    { q: '覆盖率达到40%够不够', says: ['您所说的40%低于50%左右的目标'], clause: 'plan-1', quote: '50%左右' },
  ], ['每个服务点补贴多少', '服务点要提供哪些功能']);
});

describe('intents/overview.ts', () => {
  intentCases('overview:programme', [
    { q: '咱们这个项目到底是干什么的', says: ['目标任务', '聚焦贫困地区'], clause: 'plan-1', quote: '聚焦贫困地区' },
    { q: '综合示范的目的是啥', says: ['农村电子商务公共服务体系'], clause: 'plan-1', quote: '培育农村电子商务供应链' },
  ], ['项目资金是干啥的', '项目台账是干什么的', '公服中心是干啥的']);
});

describe('intents/rules.ts', () => {
  intentCases('rule:forbidden-uses', [
    { q: '资金能不能用来买流量', says: ['不可以', '不得用于网络交易平台、楼堂馆所建设、工作经费、购买流量'], clause: 'letter-4', quote: '购买流量等支出' },
    { q: '中央资金不能用于哪些方面', says: ['中央财政资金不得用于网络交易平台'], clause: 'letter-4', quote: '不得用于网络交易平台' },
    // The plan named: its clause, not the letter's restatement.
    { q: '省方案说中央资金能建网络交易平台不', says: ['不可以', '不得用于网络交易平台'], clause: 'plan-4-5', quote: '不得用于网络交易平台' },
    { q: '能建电商产业园吗', says: ['避免盲目建设电商产业园区'], clause: 'plan-4-5', quote: '充分利用县域内现有各类产业园区、闲置厂房' },
  ], ['资金可以用于培训吗', '上行资金比例多少']);
  intentCases('list:principles', [
    { q: '基本原则是什么', says: ['4条基本原则', '“上下联动，各负其责”', '“政府引导、市场发力”'], clause: 'plan-2', quote: '省上统筹、市州监管、县负全责' },
    { q: '四个原则是啥', says: ['“聚焦精准，助力扶贫”', '“因地制宜，协调推进”'], clause: 'plan-2', quote: '管理体制' },
  ], [
    '原则上不低于多少',
    '公服中心要坚持什么原则',
    // One principle's content (a principle named, or what it says of someone): text retrieval quotes that principle.
    '在政府引导、市场发力的原则下，方案要求紧盯哪类企业？',
    '请问按照方案的基本原则，市州商务部门在示范工作中承担什么角色？',
  ]);
});

describe('intents/deadlines.ts', () => {
  intentCases('refusal:late', [
    { q: '实施方案备案晚了怎么办', says: ['通知中没有明确规定逾期未完成的处理办法'], clause: 'letter-2', quote: '制定项目实施方案', answered: false },
    { q: '招标没按时完成会怎样', says: ['逾期未完成的处理办法'], clause: 'letter-2', quote: '12月底前完成示范县项目招标工作', answered: false },
    { q: '招标流标了怎么办', says: ['逾期未完成的处理办法'], clause: 'letter-2', answered: false },
    { q: '招标拖到明年去了会不会扣钱', says: ['逾期未完成的处理办法'], clause: 'letter-2', answered: false },
  ], ['实施方案什么时候报备', '招标']);
  intentCases('deadline', [
    { q: '实施方案什么时候报备', says: ['须于2018年9月30日前报省商务厅、省财政厅、省扶贫办审核备案', '还有10天'], clause: 'letter-2', quote: '9月30日前报省商务厅' },
    { q: '招标', says: ['2018年12月31日（12月底）前完成', '还有102天'], clause: 'letter-2', quote: '12月底前完成示范县项目招标工作' },
    // The plan named: its clause first, and the letter said to agree.
    { q: '省方案里说实施方案什么时候报', says: ['2018年9月30日前', '四（二）与州商办发〔2018〕183号 二对这一时间的规定一致'], clause: 'plan-4-2', quote: '9月30日前报省商务厅' },
    // A later time proposed (明年开春) is checked against the deadline, not refused as another year's question.
    { q: '卓尼这边想明年开春再招标 可以不', says: ['示范县项目招标须在2018年12月31日（12月底）前完成并组织实施'], clause: 'letter-2', quote: '12月底前完成示范县项目招标工作' },
    { q: '招标什么时候截止', now: new Date('2019-01-05T10:00:00+08:00'), says: ['已于2018年12月31日截止，已过去5天'], clause: 'letter-2', quote: '12月底前' },
  ], [
    '实施方案报给谁',
    '实施方案能调整吗',
    // The plan as the one speaking (方案说, 方案要求), not the plan to be filed.
    '方案说省里统筹长期闲置的中央资金，请问资金闲置多长时间算长期闲置？',
    '方案对项目进度的时间节点是怎么要求的？',
    '项目时间节点方案咋要求的',
  ]);
  intentCases('deadline:filed-with', [
    { q: '实施方案报给谁', says: ['报省商务厅、省财政厅、省扶贫办审核备案，并报州商务局、州财政局、州扶贫办备案', '截止2018年9月30日'], clause: 'letter-2', quote: '审核备案' },
    { q: '备案要报哪些部门', says: ['省扶贫办审核备案', '州扶贫办备案'], clause: 'letter-2', quote: '州扶贫办备案' },
  ], ['实施方案什么时候报备', '招标报给谁']);
  intentCases('deadline:all', [
    { q: '有哪些时间节点', says: ['2018年9月30日前', '2018年12月31日（12月底）前'], clause: 'letter-2', quote: '12月底前完成' },
    { q: '最近的截止日期是什么时候', says: ['2018年9月30日前', '还有10天'], never: ['12月31日'], clause: 'letter-2', quote: '9月30日前' },
  ], ['培训什么时候开始', '招标什么时候截止']);
});

describe('intents/unnamed-matters.ts', () => {
  intentCases('refusal:unnamed-matter', [
    { q: '明年还能接着用今年剩下的结余吗', says: ['当年未用完的资金如何处理'], never: ['结余', '可以'], answered: false, clause: 'plan-6' },
    { q: '州里会不会搞州级验收', says: ['市州、县级是否另行组织验收'], never: ['州级验收'], answered: false, clause: 'plan-6' },
    // An office or standing team set up for the work: never asked for (the 领导小组 is one a county already has).
    { q: '县里需要专门成立电商办吗', says: ['是否另行设立专门的机构或办公室'], answered: false, clause: null },
  ], ['长期闲置的资金怎么办', '验收谁来组织', '承办单位要提供什么信息', '新成立的培训机构能承担培训吗', '领导小组要不要成立', '服务点设在村委会还是商店']);
});

describe('intents/unnamed-oversight.ts, letter-adds.ts', () => {
  intentCases('refusal:unnamed-oversight', [
    { q: '年底会不会给各县打分排个名次', says: ['对各示范县相互比较、排定先后的安排'], never: ['排名'], answered: false, clause: 'plan-6' },
    { q: '省里派哪位同志来跟我们对接', says: ['具体派出或对接的人员'], answered: false, clause: null },
  ], ['中央的钱能不能买竞价排名', '绩效评价不合格会怎样', '州商务局会同哪些部门监督']);
  intentCases('deadline:letter-adds', [
    { q: '183号文跟省实施方案相比，时间上新增了什么', says: ['州里的通知在时限上另行规定', '12月31日（12月底）'], clause: 'letter-2', quote: '12月底前完成' },
  ], ['实施方案什么时候报', '州文件比省方案多了哪些资金要求']);
});

describe('intents/unassigned-body.ts', () => {
  intentCases('refusal:unassigned-body', [
    { q: '县扶贫办主要干什么', says: ['县扶贫办在项目中的具体职责'], never: ['主要监管单位'], answered: false, clause: 'letter-1' },
    { q: '乡政府在项目里负责哪些', says: ['乡政府在项目中的具体职责'], answered: false, clause: 'plan-2-4' },
  ], ['县人民政府负责干什么', '州财政局负责啥', '县扶贫办也要执行吗', '出了事由县商务局负责还是县政府负责']);
});

describe('intents/other-purse.ts', () => {
  intentCases('refusal:other-purse', [
    { q: '县财政自己的钱用来修物流园可以吗', says: ['使用地方财政或其他自有资金时的用途要求'], never: ['不可以', '可以用'], answered: false, clause: 'plan-4-5' },
  ], ['中央资金能不能建楼堂馆所', '县级资金要配套多少', '省里的钱上行占几成']);
});

describe('intents/unsaid-reasons.ts, locate.ts, figure-check.ts', () => {
  intentCases('refusal:unsaid-reason', [
    { q: '玛曲县为什么没入选', says: ['通知中没有明确规定示范县是如何确定的', '附件1只列出了示范县名单'], never: ['未申报', '玛曲县'], answered: false, clause: 'annex-1', quote: '碌曲县' },
    { q: '要是工作经费已经花了怎么处理', says: ['资金已用于不得列支的支出后如何处理'], never: ['追回', '扣减'], answered: false, clause: 'letter-4', quote: '不得用于' },
  ], ['玛曲县是示范县吗', '买流量可以吗']);
  intentCases('locate', [
    { q: '品牌培育在方案哪一部分讲的', says: ['支持农村产品产销对接'], clause: 'plan-3-1-1', quote: '品牌培育' },
  ], ['资金主要用在哪一块', '培训在哪里搞']);
  intentCases('fact:figure-check', [
    { q: '各县都是1500对吧', says: ['每县补贴资金1500万元', '与附件1一致'], clause: 'annex-1', quote: '每个示范县 1500' },
    { q: '全省合计是不是20000', says: ['合计30000万元', '不一致'], never: ['20000'], clause: 'annex-1', quote: '合计 30000' },
  ], ['每个服务点都是100吗', '上行最少750万对吧']);
  intentCases('fact:bare-amount', [
    { q: '两个亿对不对', says: ['合计30000万元', '与附件1的数字不一致'], clause: 'annex-1', quote: '合计 30000' },
    { q: '1500万吧', says: ['与附件1的每县补贴资金一致'], clause: 'annex-1', quote: '每个示范县 1500' },
  ], ['上行资金两个亿对不对', '培训费1500元吗']);
  intentCases('refusal:unit-figure', [
    { q: '每个村都是50万吗', says: ['通知中没有明确规定按服务点、村、户、人或项目计算的具体数额'], never: ['50'], answered: false, clause: null },
  ], ['每个县都是1500吗', '每个村服务点覆盖率50%吗']);
  intentCases('fact:bare-share', [
    { q: '这个15%能不能灵活掌握', says: ['原则上不得高于15%'], clause: 'plan-3-2-2', quote: '不得高于15%' },
    { q: '50%是底线吗', says: ['两处', '不低于50%', '50%左右'], clause: 'plan-3-1-3', quote: '不低于50%' },
  ], ['培训费能占15%吗', '公服中心15%是上限吗', '30%是硬杠杠吗', '15%是上限，超个一两个点也算吗', '上行不低于50%，少几个点行不']);
  intentCases('list:traits', [
    { q: '对接贫困户要增强电商扶贫工作哪两性', says: ['针对性和有效性'], clause: 'plan-3-2-3', quote: '针对性和有效性' },
  ], ['这个性价比高吗', '培训对象有哪些']);
  intentCases('fact:number-claim', [
    { q: '盘活存量资金按财预2015年51号执行吧', says: ['财预〔2015〕15号', '不是财预〔2015〕51号'], never: ['按财预〔2015〕51号'], clause: 'plan-6', quote: '财预〔2015〕15号' },
  ], ['财预〔2015〕15号是什么文件', '财建2015 256号对吧', '州商办发2018 138号是谁签发的']);
});

describe('intents/fund-source.ts and full-name.ts', () => {
  intentCases('refusal:fund-source', [
    { q: '迭部那1500万中央和省上怎么分', says: ['中央和省级（地方）资金各占多少'], never: ['迭部县的补贴资金为'], answered: false, clause: 'annex-1' },
  ], ['中央给每个县多少钱', '中央财政资金支持上行的比例是多少', '中央和省里各负责什么']);
  intentCases('fact:figure-kind', [
    { q: '咱这1500万算补助资金还是总投资', says: ['补贴资金（万元）', '1500万元', '没有列出项目总投资'], clause: 'annex-1', quote: '补贴资金（万元）' },
  ], ['1500万是分几次拨还是一次拨', '1500万是中央的还是省里的', '上行700万是补贴还是自筹']);
  intentCases('fact:full-name', [
    { q: '州商务局的全称叫什么', says: ['甘南州商务局'], clause: 'letter', quote: '甘南州商务局' },
    { q: '省财政厅全名是啥', says: ['省财政厅的全称'], answered: false, clause: 'plan-2-1' },
    { q: '咱这示范项目的正式名称叫什么', says: ['甘肃省2018年电子商务进农村综合示范项目'], clause: 'letter', quote: '转发给你们' },
  ], ['实施方案全称是什么', '州商务局负责什么', '专栏全称叫啥']);
});

describe('intents/clause-label.ts and other-purse.ts (levelGrant)', () => {
  intentCases('clause:label', [
    { q: '方案三(二)1写的什么', says: ['三（二）1', '建立有利于电子商务发展的财政、金融、土地、收费等政策体系', '研究出台鼓励扶持政策'], clause: 'plan-3-2-1' },
    { q: '四（六）的题目', says: ['做好总结和宣传推广'], never: ['其中写明'], clause: 'plan-4-6' },
    { q: '183号文 四 讲的啥', says: ['严格遵守中央资金使用要求', '工作经费'], clause: 'letter-4' },
    { q: '三（一）是啥', says: ['促进农村产品上行', '分为3项'], clause: 'plan-3-1' },
    // The principles are cited by title; by place, 二（三） is the third of them.
    { q: '方案二(三)讲的什么', says: ['因地制宜，协调推进', '其中写明'], clause: 'plan-2-3' },
    // A number no part bears is said to be none, not answered from a part that shares its words.
    { q: '五(二)说了啥', says: ['通知中没有明确规定', '五（二）', '请核对编号'], answered: false, clause: 'plan-5' },
  ], ['方案第四条说了啥', '一共几条基本原则', '第一书记能参加培训吗', '州文一共几条']);
  intentCases('refusal:level-grant', [
    { q: '州上会不会给示范县下拨点办公经费', says: ['州、市级是否另行安排资金'], never: ['不可以'], answered: false, clause: 'letter-4' },
  ], ['州里给的钱能不能用于工作经费', '州里给每个县配套多少钱', '中央资金能不能用于工作经费']);
});

describe('intents/which-part.ts and unnamed-office.ts', () => {
  intentCases('list:which-part', [
    { q: '工作要求当中讲信息报送的是哪一项', says: ['第四项', '做好政务公开和信息报送'], clause: 'plan-4-4', quote: '信息报送' },
    { q: '基本原则里哪一条说的是管理体制', says: ['第一条', '上下联动，各负其责'], clause: 'plan-2-1', quote: '管理体制' },
  ], ['一共几条基本原则', '工作内容第三块讲的啥', '原则里讲电商的是哪条']);
  intentCases('refusal:unnamed-office', [
    { q: '州商务局里面具体谁来对接', says: ['州商务局内部由哪个处室或哪位人员具体负责'], answered: false, clause: 'letter-1' },
    { q: '无公害认证要找哪个部门去办理', says: ['具体到哪个部门办理'], answered: false, clause: 'plan-3-1-1' },
    { q: '绿色认证上哪个单位申请', says: ['具体到哪个部门办理'], answered: false, clause: 'plan-3-1-1' },
  ], ['示范县政府这块谁负责', '实施方案备案找哪个部门办', '州商务局负责什么']);
});

intentCases(
  'fact:failure-premise',
  [
    // A milder outcome claimed for failing is met with the sentence stating the sanction; words the notice never writes are said to be none of its.
    { q: '评价不合格顶多约谈一下吧', says: ['取消示范县资格', '通知中没有“约谈一下”的说法'], clause: 'plan-6', quote: '收回已拨付专项资金' },
  ],
  ['考核不合格的县，钱是全部收回还是部分收回就行', '考核不合格要收回多少钱', '考核合格就行吗'],
);

describe('intents/item-rate.ts and unnamed-act.ts', () => {
  intentCases('refusal:item-rate', [
    { q: '电商服务站的补助标准是多少', says: ['各类项目的具体补贴标准'], never: ['1500', '15%'], answered: false, clause: 'plan-4-2' },
  ], ['每个示范县补贴标准是多少', '补贴标准谁来细化', '公共服务中心资金比例是多少']);
  intentCases('refusal:unnamed-act', [
    { q: '农村电商培训需不需要招标', says: ['农村电商培训是否需要招标'], answered: false, clause: 'plan-3-3' },
  ], ['实施方案要备案吗', '示范县项目要不要招标', '省里也得备案吗', '资金安排要公开吗']);
});

describe('intents/moved-money.ts', () => {
  intentCases('rule:moved-money', [
    { q: '想从品牌推广里调30万到物流配送上', says: ['调整项目实施方案', '不得随意调整变更'], clause: 'plan-4-2', quote: '报经省商务厅审核备案' },
  ], ['招标挪到明年行不行', '培训的钱挪50万到上行，上行比例够不够', '示范资金能不能挪作他用', '资金能不能转给合作社', '专项资金能直接转到项目单位的账户上吗', '钱什么时候能转到项目上']);
});

describe('intents/fund-management.ts and point-functions.ts', () => {
  intentCases('rule:fund-management', [
    { q: '示范专项资金按哪种模式来管', says: ['预算绩效管理'], clause: 'plan-6', quote: '实行专项资金预算绩效管理' },
  ], ['这个项目的管理体制是怎样的', '资金管理制度谁来定', '专项资金管理办法是哪个文']);
  intentCases('clause:first-step', [
    { q: '和贫困户对接先做什么', says: ['先后步骤', '全面摸底调查'], clause: 'plan-3-2-3', quote: '全面摸底调查' },
    { q: '物流配送体系建设从哪入手', says: ['先后步骤'], clause: 'plan-3-1-2' },
  ], ['上行第一步干啥', '钱下来了能不能马上动工盖仓库，先得干啥', '培训第一步干啥']);
  intentCases('rule:fund-direction', [
    { q: '钱的用途光看国家要求行吗，省厅的要求要不要管', says: ['国家和省厅的要求', '符合国家要求'], clause: 'letter-1', quote: '确保资金使用方向符合国家和省厅的要求' },
    { q: '州里的通知讲资金使用方向得符合哪些要求', says: ['两处相关规定', '国家和省厅的要求'], clause: 'letter-1' },
  ], ['资金使用方向要符合谁的要求', '县上对资金去向有啥要求', '省厅要求县里多久报一次信息', '想搞乡村旅游电商，符合方向不']);
  intentCases('rule:point-functions', [
    { q: '村服务站能开展代收代缴吗', says: ['代收代缴', '服务重点'], clause: 'plan-3-2-2', quote: '拓展代收代缴' },
    { q: '服务点能不能先只建在非贫困村', says: ['建档立卡贫困村、贫困户为服务重点'], clause: 'plan-3-2-2' },
    // 主要干啥 alone reads as the programme's 目标任务; said of a point, it asks what the point does.
    { q: '乡里的服务站主要干啥', says: ['代买代卖', '便民服务'], clause: 'plan-3-2-2' },
    { q: '村级站点是干嘛用的', says: ['代收代缴'], clause: 'plan-3-2-2' },
    { q: '服务点平时能办哪些事', says: ['小额信贷'], clause: 'plan-3-2-2' },
  ], ['服务点小额贷款利息多少', '贫困村服务点覆盖率多少', '服务点设在村委会还是商店', '服务站主要干啥，覆盖率要到多少']);
});

describe('intents/shared-use.ts and training-provider.ts', () => {
  intentCases('rule:shared-use', [
    { q: '扶持资金建的电商仓库，别的商户想进来用，能不让用吗', says: ['开放共享'], clause: 'letter-4', quote: '有关支持项目应开放共享' },
    { q: '项目建成的分拣中心要向周边农户开放吗', says: ['开放共享', '没有明确规定'], clause: 'letter-4' },
  ], ['冷库对外出租收多少租金', '项目建设信息要不要对外公开', '公共服务中心资金比例是多少']);
  intentCases('rule:training-provider', [
    { q: '电商培训可以交给协会来搞吗', says: ['各类培训机构', '协会'], clause: 'plan-3-3', quote: '支持电子商务企业' },
    { q: '谁能承接农村电商培训', says: ['电子商务企业'], clause: 'plan-3-3' },
  ], ['培训外包给公司要花多少钱', '电商培训要不要招标', '培训记录要怎么做']);
});

describe('intents/truthful.ts', () => {
  intentCases('rule:truthful', [
    { q: '参训人数不够，培训记录里多报几个行不行', says: ['如实做好培训记录'], clause: 'plan-3-3', quote: '如实做好培训记录' },
    { q: '培训的记录可以随意写写吗', says: ['不符合这一要求'], clause: 'plan-3-3' },
  ], ['培训记录要怎么做', '服务点台账能不能随便填', '资金凭证能随便放吗']);
});

describe('intents/plan-change.ts', () => {
  intentCases('rule:plan-change', [
    { q: '方案报备以后承办企业还能更换吗', says: ['不得随意调整变更', '审核备案'], clause: 'plan-4-2', quote: '严格按照方案实施' },
    { q: '项目选址能不能随意改', says: ['严格按照方案实施'], clause: 'plan-4-2' },
  ], ['项目招标能推迟到明年吗', '从物流调50万到培训可以吗', '项目调整要谁批']);
});

describe('intents/existing-premises.ts', () => {
  intentCases('rule:existing-premises', [
    { q: '服务中心想放进县供销社现有的办公楼，可以吗', says: ['没有对服务中心设在何处作具体规定', '实用、节约'], clause: 'plan-3-2-2', quote: '实用、节约原则' },
    { q: '快递分拣放到镇上空着的房子里行不行', says: ['充分利用县域内现有'], clause: 'plan-4-5' },
  ], ['商务局办公楼翻新能用这钱吗', '领导小组办公室设在哪个局', '公服中心放在现有楼里要多大面积']);
});

describe('intents/custody.ts', () => {
  intentCases('refusal:custody', [
    { q: '服务点归哪个单位管理', says: ['服务点归哪个部门管理'], clause: 'plan-3-2-2', answered: false },
    { q: '补贴资金能不能交给村委会代管', says: ['项目资金可否交由其他单位保管或管理'], clause: null, answered: false },
  ], ['项目归谁监管', '资金管理规定谁来定', '品牌和配送中心都归上行那块吗']);
});

describe('intents/letter-about.ts', () => {
  intentCases('fact:letter-about', [
    { q: '这份文件是关于什么的', says: ['转发', '州商办发〔2018〕183号', '4项要求'], clause: 'letter', quote: '电子商务进农村综合示范项目实施方案' },
    { q: '这是哪年的文件', says: ['2018年的文件'], clause: 'letter' },
    { q: '咱们这个是哪一年的项目', says: ['2018年的项目'], clause: 'letter' },
  ], ['州里文件第三条讲的啥', '关于培训，这个文件说了啥', '方案是哪年的']);
});

describe('intents/forbidden-kinds.ts', () => {
  intentCases('rule:forbidden-kinds', [
    { q: '给扶贫办配辆越野车下乡用，能用示范资金吗', says: ['不可以', '工作经费'], clause: 'letter-4', quote: '不得用于' },
    { q: '用这笔钱起一座电商综合楼给服务中心用行吗', says: ['楼堂馆所建设', '闲置厂房'], clause: 'letter-4' },
  ], ['商务局的车辆补贴标准是多少', '乡镇干部参加电商培训补助能出吗', '购买流量被查到会怎么处分']);
});

describe('intents/supported-kinds.ts', () => {
  intentCases('rule:supported-kind', [
    { q: '土豆粉丝的包装盒重新设计，算支持内容吗', says: ['没有逐项列出', '分级、包装'], clause: 'plan-3-1-1', quote: '分级、包装' },
    { q: '请公司帮企业注册商标，能支持吗', says: ['品牌注册'], clause: 'plan-3-2-3' },
  ], ['包装设计能补贴多少', '包装培训怎么搞', '民宿老板能领补贴吗', '品牌推广工作有啥要求']);
});

describe('intents/undated-act-told.ts', () => {
  intentCases('refusal:undated-act', [
    { q: '检查是不是放在年底', says: ['没有明确规定检查的具体时间'], clause: null, answered: false },
    { q: '项目验收定在12月吧', says: ['没有明确规定验收的具体时间'], clause: 'letter-2', answered: false },
  ], ['招标是不是12月底前', '年底前培训多少人', '验收由谁来做']);
});

it('tests every intent of the table', () => expect(INTENTS.map((i) => i.id).filter((id) => !covered.has(id))).toEqual([]));

describe('the whole engine', () => {
  const ask = (q: string) => knowledge.answer(q, { now: NOW });

  it('a count in the background of a question does not make the engine look for a figure', () => {
    const a = ask('县里说要把邮政、供销和几家快递整合到一个站点，方案里有依据吗');
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-3-1-2');
    expect(a.citations[0]?.quote).toContain('多站合一');
  });

  it('answers ours and disowns a figure from elsewhere without repeating it', () => {
    const a = ask('听说外省每县给2000万，我们这批每县多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1500万元');
    expect(a.answer).toContain('不出自本通知');
    expect(a.answer).not.toContain('2000');
    expect(a.clauseId).toBe('annex-1');
  });

  it('compares the service centre’s 18% with the 15% ceiling', () => {
    const a = ask('公服中心占到18%了超了没');
    expect(a.answer).toContain('18%高于15%');
    expect(a.citations[0]!.quote).toContain('不得高于15%');
  });

  it('gives the documents: 文号, issuers, and a document by its number', () => {
    expect(ask('本通知文号').answer).toContain('州商办发〔2018〕183号');
    expect(ask('这个文是哪几个部门联合发的').answer).toContain('甘南州商务局、甘南州财政局、甘南州扶贫开发办公室');
    expect(ask('163号文件叫啥').answer).toContain('《中央对地方专项转移支付绩效目标管理暂行办法》');
  });

  it('does not give the letter’s 文号 as the forwarded plan’s, which the notice does not state', () => {
    const a = ask('省里那个实施方案的文号是啥');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('通知中没有明确规定');
    expect(a.answer).toContain('实施方案》本身的文号');
    expect(a.answer).not.toMatch(/文号是/);
    expect(ask('州里转发实施方案的那个文文号多少').answer).toContain('州商办发〔2018〕183号');
  });

  it('quotes both clauses when two that do not restate each other score close', () => {
    // On the notice's own words (the example questions of examples.json settle this one for plan-2-4).
    const plain = createKnowledge({ ...programme, examples: {} });
    const [first, second] = plain.explain('营商环境有什么要求');
    expect([first!.id, second!.id]).toEqual(['plan-2-4', 'plan-3-2-1']);
    const a = plain.answer('营商环境有什么要求', { now: NOW });
    expect(a.answer).toContain('通知中有两处相关规定');
    expect(a.answer).toContain('二“政府引导、市场发力”');
    expect(a.answer).toContain('三（二）1');
    expect(a.citations.map((c) => c.section)).toEqual(expect.arrayContaining(['二“政府引导、市场发力”', '三（二）1']));
    expect(a.citations.every((c) => c.quote.includes('营商环境'))).toBe(true);
  });
});

describe('answerability.ts', () => {
  it.each([
    ['上行比例是多少', 'quantity'],
    ['公服中心最多花多少钱', 'quantity'],
    ['招标什么时候截止', 'time'],
    ['招标几时截止', 'time'],
    ['验收需要多长时间', 'time'],
    ['培训免费吗', 'yesno'],
    ['资金能不能用于物流', 'yesno'],
    ['监管单位是谁', 'who'],
    ['哪个部门负责验收', 'who'],
    ['专栏设在哪里', 'where'],
    ['培训对象有哪些', 'list'],
    ['怎么开展培训', 'how'],
    // The part that asks decides, not a count or a place in the background before it.
    ['县里要把邮政、供销和几家快递整合到一个站点，方案里有依据吗', 'yesno'],
    ['几家合作社都卖同一种东西互相压价，方案怎么说', 'how'],
    ['预算已经报到哪里了，上行比例是多少', 'quantity'],
  ])('askedType(“%s”) is %s', (q, type) => expect(askedType(q)).toBe(type));


  it('finds 免费 absent from the notice, and nothing absent in a question about who is trained', () => {
    expect(absentWords(kb, '培训免费吗')).toEqual(['免费']);
    expect(absentWords(kb, '培训都针对谁')).toEqual([]);
  });

  const decision = (text: string) => {
    const q = canonicalise(kb.speller.correct(normalise(text)));
    return decide(kb, q, rank(kb, queryTokens(kb, q)));
  };

  it('refuses a figure the best clause does not hold, naming that clause as the nearest', () => {
    const d = decision('培训经费每年多少');
    expect(d).toMatchObject({ kind: 'refuse', reason: 'no-figure' });
    expect(d.kind === 'refuse' && d.nearest?.clause.id).toBe('plan-3-3');
  });

  it('refuses a subject the notice never mentions, and answers one it does', () => {
    expect(decision('培训免费吗')).toMatchObject({ kind: 'refuse', reason: 'absent', absent: ['免费'] });
    const d = decision('培训都针对谁');
    expect(d.kind === 'answer' && d.best.clause.id).toBe('plan-3-3');
  });
});

describe('intents/unnamed-aftermath.ts and heading-named.ts', () => {
  intentCases('refusal:aftermath', [
    { q: '临潭县早些年当过示范县吗', says: ['以往年度'], never: ['不是'], answered: false, clause: 'annex-1' },
    { q: '验收没通过能不能申请复核', says: ['整改、补救'], answered: false, clause: 'plan-6' },
    { q: '舟曲的钱能追加一些吗', says: ['追加资金'], never: ['1500'], answered: false, clause: 'annex-1' },
    { q: '农民合作社自己能领取补贴吗', says: ['发放给哪些主体'], never: ['直接领取'], answered: false, clause: 'plan-3' },
    { q: '培训的伙食费最高多少', says: ['培训费管理办法'], answered: false, clause: 'plan-3-3' },
  ], ['今年和往年的示范县一样吗这次有临潭吗', '考核没合格会有啥后果', '企业销售额达标后再给钱行不行', '拿项目资金给合作社建网店行吗', '培训费从哪出', '9月30日以前要报啥']);
  intentCases('clause:heading-named', [
    { q: '过程管理那部分讲的什么', says: ['强化过程管理', '其中写明'], clause: 'plan-4-3' },
    { q: '产销对接那块咋弄', says: ['支持农村产品产销对接', '立足当地资源禀赋'], clause: 'plan-3-1-1' },
  ], ['上行那块', '政务公开那条说的啥', '公共服务体系那块咋弄', '资金那块有啥要求', '培训那块多少钱', '过程管理里多久自评一回']);
});
