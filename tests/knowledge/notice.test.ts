import { describe, expect, it } from 'vitest';
import { citationLabel, createKnowledge, parseNotice } from '../../src/knowledge/index.ts';
import { loadProgramme } from '../../src/programme.ts';

const programme = loadProgramme('gansu-2018');
const clauses = parseNotice(programme.noticeMarkdown, programme.data.documents);
const byId = new Map(clauses.map((c) => [c.id, c]));

describe('parsing the notice', () => {
  it('finds every heading with its id, level and heading chain', () => {
    expect(clauses.map((c) => c.id)).toContain('plan-3-1-3');
    const c = byId.get('plan-3-1-3')!;
    expect(c.level).toBe(4);
    expect(c.title).toBe('中央财政资金支持农村产品上行的比例');
    expect(c.headingChain).toEqual(['甘肃省2018年电子商务进农村综合示范项目实施方案', '三、工作内容', '（一）促进农村产品上行']);
    expect(c.body).toBe('中央财政资金支持农村产品上行的比例原则上不低于50%。');
  });

  it('labels clauses as people cite them', () => {
    expect(citationLabel(byId.get('plan-3-1-3')!)).toBe('《甘肃省2018年电子商务进农村综合示范项目实施方案》三（一）3');
    expect(citationLabel(byId.get('plan-3-2-2')!)).toBe('《甘肃省2018年电子商务进农村综合示范项目实施方案》三（二）2');
    expect(citationLabel(byId.get('plan-6')!)).toBe('《甘肃省2018年电子商务进农村综合示范项目实施方案》六');
    expect(citationLabel(byId.get('letter-2')!)).toBe('州商办发〔2018〕183号 二');
    expect(citationLabel(byId.get('annex-1')!)).toBe('附件1');
    expect(byId.get('plan-2-1')!.section).toBe('二“上下联动，各负其责”');
  });

  it('keeps the annex table rows and leaves out the transcription comment', () => {
    expect(byId.get('annex-1')!.body).toContain('6 卓尼县 1500');
    expect(clauses.some((c) => c.body.includes('更正清单'))).toBe(false);
  });

  it('splits clause bodies into sentences for quoting', () => {
    expect(byId.get('plan-3-2-2')!.sentences.at(-1)).toBe('公共服务中心建设要坚持实用、节约原则，资金使用比例原则上不得高于15%。');
  });
});

describe('answers', () => {
  const knowledge = createKnowledge(programme);
  const now = new Date('2018-09-20T10:00:00+08:00');

  it('quote a clause that fits a phone screen whole, and a long one by its relevant sentences', () => {
    const short = knowledge.answer('培训要做记录吗', { now });
    expect(short.answer).toContain('如实做好培训记录');
    expect(short.citations[0]!.quote).toBe(byId.get('plan-3-3')!.sentences.join(''));
    const long = knowledge.answer('长期闲置的资金怎么处理', { now });
    expect(long.clauseId).toBe('plan-6');
    expect(long.citations[0]!.quote).toContain('长期闲置');
    expect(long.citations[0]!.quote.length).toBeLessThan(byId.get('plan-6')!.body.length / 2);
  });

  it('say which county a mistyped name was taken for', () => {
    const a = knowledge.answer('桌尼县有多少钱', { now });
    expect(a.answer).toContain('卓尼县的补贴资金为1500万元');
    expect(a.answer).toContain('“桌尼县”，按“卓尼县”理解');
  });

  it('count days to the filing deadline, and say when it has passed', () => {
    expect(knowledge.answer('实施方案还有几天截止', { now }).answer).toContain('还有10天');
    expect(knowledge.answer('实施方案还有几天截止', { now: new Date('2018-09-30T12:00:00+08:00') }).answer).toContain('今天（2018年9月30日）就是截止日');
    expect(knowledge.answer('实施方案还有几天截止', { now: new Date('2018-10-01T09:00:00+08:00') }).answer).toContain('实施方案已于2018年9月30日截止，已过去1天');
  });

  it('lean a follow-up on the previous topic', () => {
    const first = knowledge.answer('上行比例最少多少', { now });
    const next = knowledge.answer('那公服中心呢？', { now, previousTopic: first.topic });
    expect(next.clauseId).toBe('plan-3-2-2');
    expect(next.answer).toContain('15%');
    const alone = knowledge.answer('那公服中心呢？', { now });
    expect(alone.intent).not.toBe('ratio:service-centre');
  });

  it('refuse an empty question with an example', () => {
    expect(knowledge.answer(' ？', { now }).answer).toContain('请输入您的问题');
  });
});
