import { describe, expect, it } from 'vitest';
import { lacksAsked, subjectWords } from '../../src/knowledge/answerability.ts';
import { buildKnowledgeBase } from '../../src/knowledge/base.ts';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

/**
 * Questions from officials who describe the programme's things instead of naming them, ask two small
 * things at once, or ask for practicalities the notice leaves open (the dev10 round).
 */
const programme = loadProgramme('gansu-2018');
// Without the example questions (examples.json holds development-set questions), so the rules decide.
const knowledge = createKnowledge({ ...programme, examples: {}, unanswered: [] });
const ask = (q: string) => knowledge.answer(q, { now: new Date('2018-09-20T10:00:00+08:00') });
/** The question is refused, saying the notice does not state it. */
function expectRefused(q: string): void {
  const a = ask(q);
  expect(a.answered, q).toBe(false);
  expect(a.answer, q).toContain('通知中没有明确规定');
}

describe('the annex list asked for two counties at once', () => {
  it('reads a 市州 before each county and 和/、 between them as part of the names', () => {
    for (const q of ['定西陇西县和甘南卓尼县都是示范县吗？', '漳县、文县上榜了没有？']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.clauseId, q).toBe('annex-1');
      expect(a.answer, q).toMatch(/^是的，(陇西县、卓尼县|文县、漳县)在附件1所列的20个示范县之中/);
    }
  });
});

describe('documents by their full name', () => {
  it('gives the full title when asked with 叫啥 or 全名 after a comma', () => {
    expect(ask('考核办法的全称叫啥？').answer).toBe('全称为《甘肃省2018年电子商务进农村综合示范项目绩效目标考核办法》。');
    expect(ask('州里转发的省里那个方案，全名是啥').answer).toBe('转发的实施方案全称为《甘肃省2018年电子商务进农村综合示范项目实施方案》。');
  });

  it('does not read who signs a reimbursement or an approval as who signed the notice', () => {
    for (const q of ['资金报销要走啥流程，谁签字？', '验收单要哪些人签字']) expect(ask(q).answer, q).not.toContain('李志明');
    expect(ask('资金报销要走啥流程，谁签字？').answered).toBe(false);
    expect(ask('这个通知是谁签发的').answer).toBe('本通知的签发人是李志明。');
  });
});

describe('practicalities the clause does not state', () => {
  it('refuses a form, template or list of papers the clause does not name', () => {
    for (const q of ['增收就业统计要填什么表？', '台账有没有统一的模板？', '成立电商协会要准备哪些材料？']) expectRefused(q);
  });

  it('refuses who bears a cost when the clause speaks of no cost', () => {
    expectRefused('第三方机构做绩效评价的费用是县里出吗？');
  });
});

describe('the programme’s things described instead of named', () => {
  it('reads the descriptions as the notice’s terms and answers from the clause that uses them', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      // [question, clause, a phrase of the notice the answer quotes]
      ['县级电商中心的建设资金占比上限是多少', 'plan-3-2-2', '15%'],
      ['钱一直放着不花会被省里统筹吗', 'plan-6', '长期闲置的中央财政资金'],
      ['绩效评价没过关的县会怎样', 'plan-6', '取消示范县资格'],
      ['电商发展模式能不能一刀切', 'plan-2-3', '电商发展模式'],
      ['网上卖货的增速目标是什么', 'plan-1', '网络零售额'],
      ['村里的小店能办小额贷款业务吗', 'plan-3-2-2', '小额信贷'],
      ['县与县之间要不要互相学习', 'plan-4-6', '相互交流'],
      ['贷款利息项目资金能补吗', 'plan-3', '贷款贴息'],
      ['配送中心要不要统一存货、统一发货', 'plan-3-1-2', '集中仓储'],
      ['公服中心的资金比例能突破15%吗', 'plan-3-2-2', '不得高于15%'],
      ['项目碰到难点州里帮不帮着协调', 'letter-1', '协调'],
    ];
    for (const [q, clause, phrase] of cases) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.clauseId, q).toBe(clause);
      expect([a.answer, ...a.citations.map((c) => c.quote)].join('\n'), q).toContain(phrase);
    }
  });
});

describe('a standard asked of the province is not the allocation table', () => {
  it('answers 补贴标准是省里统一定的吗 from the clause on the county’s own plan, not with the equal allocations', () => {
    const a = ask('补贴标准是省里统一定，还是县里自己细化？');
    expect(a.answered).toBe(true);
    expect(['letter-2', 'plan-4-2']).toContain(a.clauseId);
    expect(a.answer).not.toContain('每县1500万元');
    expect(ask('各县的补贴资金统一吗').answer).toContain('都一样，每县1500万元');
  });
});

describe('refusals of particulars the notice lacks', () => {
  it('say what is missing without repeating the asked-for particular as if it were given', () => {
    const contact = ask('这个项目州里谁是联系人，电话是多少？');
    expect(contact.answered).toBe(false);
    expect(contact.answer).toContain('通知中没有明确规定具体的联系方式或网址');
    const issued = ask('183号文是哪天印发的？');
    expect(issued.answered).toBe(false);
    expect(issued.answer).toContain('通知中没有明确规定本通知的成文时间（扫描件中没有落款日期）');
  });
});

describe('the principles', () => {
  it('answer what they say about a subject named in another part with that principle, not the list of four', () => {
    const a = ask('产业怎么带动脱贫，基本原则里怎么说？');
    expect(a.intent).not.toBe('list:principles');
    expect(a.clauseId).toBe('plan-2-4');
    expect(ask('原则都是啥').answer).toBe('实施方案确定了4条基本原则：“上下联动，各负其责”、“聚焦精准，助力扶贫”、“因地制宜，协调推进”、“政府引导、市场发力”。');
  });
});

describe('the letter’s points', () => {
  it('are listed when the letter is asked about as a whole, and left to the text when a subject is asked of it', () => {
    expect(ask('州里转发文件提了哪几条要求').intent).toBe('list:outline');
    const a = ask('资金管理制度这块州里提了啥要求');
    expect(a.intent).not.toBe('list:outline');
    expect(['letter-1', 'plan-4-1']).toContain(a.clauseId);
  });
});

describe('fillers of a described question', () => {
  it('do not count against the clause (实在因为…得走啥程序, 只能…办吗)', () => {
    const change = ask('实在因为情况变了，方案要调整得走啥程序？');
    expect(change.answered).toBe(true);
    expect(change.answer).toContain('必须按申报程序报经省商务厅审核备案');
    const who = ask('培训只能政府来办吗？');
    expect(who.answered).toBe(true);
    expect(who.answer).toContain('电子商务企业、各类培训机构、协会');
  });
});

describe('when, answered by 及时 or 定期', () => {
  it('gives 及时/定期 where the clause says it of the subject, and still refuses a date it does not give', () => {
    const a = ask('示范工作的经验啥时候总结？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('及时总结');
    // 及时总结 says when to sum up, not when to report: 总结什么时候报 is not answered by it.
    for (const q of ['专项检查什么时候来？', '绩效评价什么时候开展？', '工作总结什么时候报？']) expectRefused(q);
  });

  it('reads 啥态度 as how to act, not as a thing the notice lacks', () => {
    const a = ask('省里来搞专项检查，示范县是啥态度？');
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-5');
  });
});

describe('the shares', () => {
  it('are not given for 哪几个 (which), only for a figure asked', () => {
    const a = ask('产品上行要从哪几个方面推进？');
    expect(a.intent).not.toBe('ratio:upstream');
    expect(a.answer).not.toContain('50%');
    expect(ask('上行资金占几成？').intent).toBe('ratio:upstream');
  });
});

describe('a proper name', () => {
  it('is refused when the clause gives none, and given when the clause quotes it', () => {
    const kb = buildKnowledgeBase(programme);
    const clause = (id: string) => {
      const doc = kb.searchable.findIndex((c) => c.id === id);
      return { doc, clause: kb.searchable[doc]!, score: 10, coverage: 0.6 };
    };
    const q = '全县统一的区域公共品牌名称是什么';
    expect(lacksAsked(kb, q, clause('plan-2-3'), subjectWords(kb, q), 'how')?.kind).toBe('refuse');
    expectRefused(`${q}？`);
    const column = ask('上报省商务厅的那个专栏叫啥');
    expect(column.answered).toBe(true);
    expect(column.answer).toContain('甘肃商务网');
  });
});
