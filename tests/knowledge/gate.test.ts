import { describe, expect, it } from 'vitest';
import { absentAskedObject, lacksAsked, subjectWords } from '../../src/knowledge/answerability.ts';
import { askedType } from '../../src/knowledge/asked-type.ts';
import { buildKnowledgeBase } from '../../src/knowledge/base.ts';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { withoutRemark } from '../../src/knowledge/reading.ts';
import { loadProgramme } from '../../src/programme.ts';

/** What the answer gate lets through and what it stops, on colloquial questions (see answerability.ts). */
const programme = loadProgramme('gansu-2018');
const kb = buildKnowledgeBase(programme);
// Without the example questions (examples.json holds development-set questions), so the notice's own words decide.
const knowledge = createKnowledge({ ...programme, examples: {} });
const ask = (q: string) => knowledge.answer(q, { now: new Date('2018-09-20T10:00:00+08:00') });

describe('the answer gate on colloquial questions', () => {
  it('does not count colloquial fillers (这块, 完了, 谁能) against a clause', () => {
    for (const [q, clause] of [['培训完了就不管了？', 'plan-3-3'], ['谁能来承办培训', 'plan-3-3']] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.clauseId, q).toBe(clause);
    }
  });

  it('does not give a clause’s figure for something the clause does not name (乡镇服务站 is not the 公服中心 of the 15% rule)', () => {
    const doc = kb.searchable.findIndex((c) => c.id === 'plan-3-2-2');
    const best = { doc, clause: kb.searchable[doc]!, score: 10, coverage: 0.5 };
    const lacking = (q: string) => lacksAsked(kb, q, best, subjectWords(kb, q), 'quantity');
    expect(lacking('乡镇服务站的资金比例上限是多少')?.reason).toBe('no-figure');
    expect(lacking('公服中心的资金比例上限是多少')).toBeUndefined();
  });

  it('refuses what is asked for by name when the notice never mentions it', () => {
    // …and a standard or condition the clause does not name (有啥条件, 有标准吗), unless 按啥标准 asks which rules apply.
    for (const q of ['承办企业要啥资质', '增收就业统计用啥报表', '土地政策具体有啥优惠', '以奖代补咋奖，有标准吗']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer).toContain('通知中没有明确规定');
    }
  });

  it('answers which rules a cost follows (按啥标准) from the clause that names them', () => {
    const a = ask('培训费按啥标准走');
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-3-3');
  });

  it('finds the asked-for object the notice never mentions, but not a word for a kind or a level', () => {
    expect(absentAskedObject(kb, '承办企业要啥资质')).toBe('资质');
    expect(absentAskedObject(kb, '电商服务点要配哪些设备')).toBe('设备');
    expect(absentAskedObject(kb, '示范县可以发展哪些类型的电商供应链')).toBeUndefined();
    expect(absentAskedObject(kb, '培训对象有哪些')).toBeUndefined();
  });

  it('refuses what a clause near the question does not say: where a body sits, who pays a cost, a schedule', () => {
    for (const q of [
      '请问示范县电商工作领导小组办公室应当设在哪个部门？',
      '请问第三方机构开展绩效评价的费用能不能从示范县的中央资金里列支？',
      '请问省商务厅到示范县现场督查的具体时间安排是怎样的？',
      // A date beside another subject (9月30日 for filing, beside 验收程序) does not date this one.
      '项目最终验收是哪年几月',
      // A body at a level the notice never names (it names 省扶贫办, 州扶贫办, 市扶贫办).
      '县扶贫办在项目里具体负责啥',
      // Two things asked, a time first: the time must be in the clause too.
      '方案要求对标对表定期开展自评，请问自评报告什么时间报、报给哪个部门？',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toContain('通知中没有明确规定');
    }
    // 时间结点 (as the notice prints it) is found for 时间节点.
    const node = ask('项目时间节点方案咋要求的');
    expect(node.clauseId).toBe('plan-4-3');
    expect(node.citations[0]?.quote).toContain('严格把控时间结点');
    // …while a body the clause does place is answered (专栏设在县人民政府门户网站).
    const a = ask('综合示范专栏设在哪个网站上');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('门户网站');
  });

  it('does not give a share’s rule for a cost the notice never names (15%包不包括装修费), but does for one it names', () => {
    const refused = ask('公服中心15%包不包括装修费');
    expect(refused.answered).toBe(false);
    expect(refused.answer).not.toContain('225万元');
    expect(ask('公服中心15%，培育协会算不算这块').answered).toBe(true);
  });

  it('reads a remark after the question (感觉有点敏感, typed after a space) as no part of what is asked', () => {
    expect(withoutRemark('决策过程也得公开吗，感觉有点敏感')).toBe('决策过程也得公开吗');
    // A background told first stays, and so does an alternative (还是…) or a second question.
    expect(withoutRemark('几家合作社互相压价，方案怎么说')).toBe('几家合作社互相压价，方案怎么说');
    expect(withoutRemark('有没有指定的电商平台，是淘宝、京东还是邮乐购？')).toBe('有没有指定的电商平台，是淘宝、京东还是邮乐购？');
    const a = ask('决策过程也得公开吗 感觉有点敏感');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.quote).join('')).toContain('决策过程');
  });

  it('does not count a level (村级) or a word for a kind (哪类群体, 哪几种情形) as something the notice never mentions', () => {
    for (const [q, clause, quote] of [
      ['村级电商服务点能不能开展小额信贷相关服务？', 'plan-3-2-2', '小额信贷'],
      ['请问过程管理中要完善与哪类群体的对接机制？', 'plan-4-3', '完善与建档立卡贫困户的对接机制'],
      ['请问哪几种情形下示范县会被取消示范资格？', 'plan-6', '取消示范县资格'],
      ['资金支持建成的项目要不要开放给其他企业用', 'letter-4', '开放共享'],
      ['补助的项目能不能只给自家企业用', 'letter-4', '开放共享'],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect([a.clauseId, ...a.citations.map((c) => c.quote)].join('\n'), q).toContain(quote);
      expect(a.clauseId === clause || a.citations.some((c) => c.quote.includes(quote)), q).toBe(true);
    }
  });

  it('quotes the clause that sets out in full what a principle says in a line, when it is nearly as close', () => {
    const a = ask('市州商务部门在电商示范里干啥');
    expect(a.answer).toContain('通知中有两处相关规定');
    expect(a.clauseId).toBe('plan-2-1');
    const said = [a.answer, ...a.citations.map((c) => c.quote)].join('\n');
    expect(said).toContain('督促监管示范县开展工作');
    // …and what the 市州 do in full, from a clause outside the principles.
    expect(a.citations.some((c) => !c.section.startsWith('二') && c.quote.includes('各市州商务'))).toBe(true);
  });

  it('reads a background told first (山区村子分散) as why the official asks, when the question itself names its subject', () => {
    const a = ask('我们山区村子分散，请问方案对物流瓶颈重点要解决什么问题？');
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-3-1-2');
    expect(a.citations.map((c) => c.quote).join('')).toContain('最后一公里');
    // …but a question that names nothing of its own keeps the background as its subject.
    const background = ask('县里想请网红搞直播带货，方案支持吗');
    expect(background.answered).toBe(false);
    expect(background.answer).toContain('通知中没有明确规定');
  });

  it('reads 还有什么 as asking what, and 行么 as asking yes or no', () => {
    expect(askedType('除了建设内容还有什么')).toBe('list');
    expect(askedType('培训费从这里出行么')).toBe('yesno');
  });
});
