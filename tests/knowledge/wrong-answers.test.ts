import { describe, expect, it } from 'vitest';
import { namesWho } from '../../src/knowledge/actors.ts';
import { buildKnowledgeBase } from '../../src/knowledge/base.ts';
import { unknownPlaces } from '../../src/knowledge/county-match.ts';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

/**
 * Wrong answers are worse than refusals: questions of kinds once answered from the wrong
 * clause, or answered though the notice does not say. Variants written for these tests,
 * not copies of development-set questions.
 */
const programme = loadProgramme('gansu-2018');
// Both with the shipped example questions and without them: the rules must hold on the notice's words alone.
const engines = [
  ['shipped', createKnowledge(programme)],
  ['no examples', createKnowledge({ ...programme, examples: {}, unanswered: [] })],
] as const;
const NOW = new Date('2018-09-20T10:00:00+08:00');

function expectRefused(q: string, never: readonly string[] = []) {
  for (const [name, k] of engines) {
    const a = k.answer(q, { now: NOW });
    expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(false);
    expect(a.answer).toContain('通知中没有明确规定');
    for (const w of never) expect(a.answer, `${name}: ${q}`).not.toContain(w);
  }
}

function expectServed(q: string, clause: string | readonly string[]) {
  for (const [name, k] of engines) {
    const a = k.answer(q, { now: NOW });
    expect(a.answered, `${name}: ${q} → ${a.answer}`).toBe(true);
    expect(typeof clause === 'string' ? [clause] : clause, `${name}: ${q} → ${a.answer}`).toContain(a.clauseId);
  }
}

describe('refusing what the notice does not say', () => {
  it('a fee: a cited title (《…培训费管理办法》) sets none', () => {
    expectRefused('去参加电商培训的学员要自己掏钱吗');
    expectRefused('电商培训收费不收费');
  });

  it('whether money is taken back in full or in part, when the clause says neither', () => {
    expectRefused('考核不合格的县，已拨的钱是全部收回还是部分收回', ['全部收回的', '按比例']);
    expectServed('考核不合格的县会怎么处理', 'plan-6');
  });

  it('how long a county has to spend its money: the table gives amounts, not periods', () => {
    expectRefused('临洮县那1500万得几年内花完', ['两年', '2019']);
    expectServed('临洮县补贴资金多少', 'annex-1');
  });

  it('how long the province takes to approve the plan is not the filing deadline', () => {
    expectRefused('方案交到省商务厅几天能批复下来');
    expectRefused('实施方案报省里以后多久答复');
    expectServed('实施方案最晚哪天报', ['letter-2', 'plan-4-2']);
  });

  it('local matching funds: refused without presuming a matching requirement', () => {
    expectRefused('咱县财政得配套多少', ['配套资金']);
  });
});

describe('reading place names', () => {
  it('does not take 县 after an adverb or a verb (只公布县里…) for a county not on the list', () => {
    expect(unknownPlaces(programme.data, '只公布县里的举报电话行吗', [])).toEqual([]);
    expect(unknownPlaces(programme.data, '光在县里公示可以吗', [])).toEqual([]);
    expect(unknownPlaces(programme.data, '夏河县是示范县吗', [])).toEqual(['夏河县']);
  });
});

describe('choosing the clause', () => {
  it('using an existing commercial platform is the use-what-exists rule, not the ban on building a trading platform', () => {
    for (const [name, k] of engines) {
      const a = k.answer('咱们不自己建平台了，直接入驻商业化的电商平台行不行', { now: NOW });
      expect(a.clauseId, name).toBe('plan-4-5');
      expect(a.answer, name).toContain('商业化电商平台');
      expect(a.answer, name).not.toMatch(/^不可以/);
    }
    // Which platform is asked, though, is not answered by that rule.
    for (const [name, k] of engines) expect(k.answer('省里指定我们入驻哪家电商平台', { now: NOW }).intent, name).not.toBe('rule:buildings');
  });

  it('a who-question is served by the clause that names who, or by the restatement that names more', () => {
    const kb = buildKnowledgeBase(programme);
    const ranked = (ids: readonly [string, number, number][]) =>
      ids.map(([id, score, coverage]) => {
        const doc = kb.searchable.findIndex((c) => c.id === id);
        return { doc, clause: kb.searchable[doc]!, score, coverage };
      });
    // 验收程序 in the letter names nobody who accepts; the plan's 六 names 省商务厅 and 第三方机构.
    const acceptance = ranked([['letter-2', 8, 1], ['plan-6', 7, 0.55]]);
    expect(namesWho(kb, '验收由谁组织', 'who', acceptance, acceptance[0]!).clause.id).toBe('plan-6');
    // The plan says 符合国家要求, the letter restating it 符合国家和省厅的要求.
    const direction = ranked([['plan-4-1', 27, 1], ['letter-1', 23, 1]]);
    expect(namesWho(kb, '资金使用方向得符合哪一级的要求', 'who', direction, direction[0]!).clause.id).toBe('letter-1');
    expect(namesWho(kb, '资金使用方向按国家的还是省里的要求', 'how', direction, direction[0]!).clause.id).toBe('letter-1');
    // Not a who-question: the ranking stands.
    expect(namesWho(kb, '资金使用方向有什么要求', 'how', direction, direction[0]!).clause.id).toBe('plan-4-1');
  });

  it('filing with the prefecture (报州上) does not make the question about the prefecture’s letter', () => {
    expectServed('调整实施方案报州上备案就行吗', 'plan-4-2');
  });

  it('what the service points mainly serve is the 服务重点', () => {
    expectServed('村里电商服务点主要服务哪些人', ['plan-2-2', 'plan-3-2-2']);
  });

  it('opening a facility to other firms is 开放共享', () => {
    expectServed('公共仓储要不要对其他企业开放', ['letter-4', 'plan-4-5']);
  });
});

describe('supervisors’ questions the notice leaves open (dev13 classes)', () => {
  it('which 市州 a county is in: only the letter’s addressees say it', () => {
    expectRefused('麦积区归哪个市州管', ['天水']);
    expectRefused('武都区是哪个市的', ['陇南']);
    expectServed('碌曲县属于哪个州', 'letter');
  });

  it('a penalty or a venue refused without naming one', () => {
    expectRefused('违规套取资金对局长怎么处分', ['处分', '记过']);
    expectRefused('项目招标是在政府采购网上发公告吗', ['公共资源交易中心']);
    expectServed('县里要公开招标信息吗', ['letter-3', 'plan-4-4']);
  });

  it('a written pledge the notice never requires', () => {
    expectRefused('分管副县长要不要签责任状', ['责任状', '签订']);
  });

  it('a count asked before a yes/no must be in the clause; a count in the background is not asked', () => {
    expectRefused('合作社要扶持几家，有没有名单');
    expectServed('几家合作社卖同样的东西互相压价，方案咋说', 'plan-3-1-1');
  });

  it('a time asked of what follows a milestone is not the milestone’s deadline', () => {
    expectRefused('方案备案以后项目要在哪年建完', ['2019', '2020']);
  });
});

describe('the clause holding the question’s phrase word for word', () => {
  it('细化工作目标与任务 is 五、责任分工, not 一’s 细化制定…工作目标', () => {
    expectServed('工作目标与任务县上得细化不', 'plan-5');
    expectServed('县上工作目标与任务要细化吗', 'plan-5');
  });

  it('a phrase the best clause words with a word inserted (多元化电商供应链) does not take the kinds away', () => {
    for (const [name, k] of engines) expect(k.answer('多元化供应链分哪几类', { now: NOW }).answer, name).toContain('农副、旅游、餐饮、民俗');
  });
});

describe('the letter itself', () => {
  it('why it forwards the plan, and whether the 州 wrote it or forwards it: the letter’s opening', () => {
    for (const q of ['省里的方案州里干嘛要转发下来', '这个通知是州上自己写的还是转的省里的']) {
      expectServed(q, 'letter');
      for (const [name, k] of engines) expect(k.answer(q, { now: NOW }).answer, name).toContain('一并贯彻落实');
    }
  });
});

describe('figures and particulars the notice never gives (dev14 classes)', () => {
  it('a period or an amount asked of a use the rules govern', () => {
    expectRefused('企业进驻产业园的房租中央资金能补几年', ['三年', '免租']);
  });

  it('an amount per shop or firm, and an income per household', () => {
    expectRefused('网货体验店每家补多少钱', ['万元/家']);
    expectRefused('户均一年增收多少才算脱贫达标', ['元以上']);
    expectServed('每个县能补多少', 'annex-1');
  });

  it('how papers are submitted, the cited documents’ articles, a division head', () => {
    expectRefused('实施方案纸质版要报几份', ['一式三份']);
    expectRefused('财预163号办法第几条讲绩效目标', ['第十条']);
    expectServed('州里183号文第三条讲的啥', 'letter-3');
    expectRefused('省商务厅管电商的科长是谁', ['处长']);
  });
});

describe('bodies the notice never names', () => {
  it('a 州 or 省 government asked to approve: the notice names only 县人民政府', () => {
    expectRefused('县里的电商扶持办法出台前要报州政府批吗', ['报州审批', '报州政府批准']);
    expectServed('县政府在项目里是什么责任主体', 'plan-5');
  });

  it('发改 is not 发 (issued): who joins the coordination mechanism is not who issued the letter', () => {
    expectRefused('协调机制哪些部门参加，发改委要进吗', ['发改局']);
    expectServed('这个文是哪几个部门联合发的', 'letter');
  });
});

describe('a 市州’s counties with a figure checked', () => {
  it('都是1500吗 asked with the list is answered with the money too, and a wrong figure is not repeated', () => {
    for (const [name, k] of engines) {
      const a = k.answer('陇南几个示范县，是不是每个都2000万吗', { now: NOW });
      expect(a.answer, name).toContain('1500万元');
      expect(a.answer, name).not.toContain('2000');
    }
  });
});
