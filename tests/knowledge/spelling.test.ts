import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../src/knowledge/index.ts';
import { PinyinInput } from '../../src/knowledge/pinyin-input.ts';
import { SoundAlikeSpeller } from '../../src/knowledge/spelling.ts';
import { loadProgramme } from '../../src/programme.ts';

const knowledge = createKnowledge(loadProgramme('gansu-2018'));

const speller = new SoundAlikeSpeller(['公共服务中心建设要坚持实用、节约原则。如实做好培训记录。统筹安排长期闲置的资金。'], ['公服中心', '招标', '上行', '有机', '分级'], ['招表']);

describe('sound-alike typo correction', () => {
  it('corrects a character the pinyin keyboard picked wrongly', () => {
    expect(speller.correct('公服中新最多花多少')).toBe('公服中心最多花多少');
    expect(speller.correct('招彪什么时候截止')).toBe('招标什么时候截止');
    expect(speller.correct('上形比例')).toBe('上行比例');
    expect(speller.correct('培训几录要做吗')).toBe('培训记录要做吗');
  });

  it('leaves real words alone, even when they sound like a known word', () => {
    expect(speller.correct('长期闲置的资金咋处理')).toBe('长期闲置的资金咋处理');
    expect(speller.correct('有几个示范县')).toBe('有几个示范县');
    expect(speller.correct('招表啥时候')).toBe('招表啥时候');
    // 几 before a measure word asks a count; it is not a typo of 级.
    expect(speller.correct('上行分几条')).toBe('上行分几条');
  });

  it('takes no character from a known word the question spells right (上行用了 is not 上信用了)', () => {
    const withCredit = new SoundAlikeSpeller(['完善标准、统计和信用制度。'], ['上行', '信用'], []);
    expect(withCredit.correct('农产品上行用了700万够不够')).toBe('农产品上行用了700万够不够');
  });
});

describe('pinyin typed for characters', () => {
  const input = new PinyinInput(['卓尼县', '卓尼', '补贴', '资金', '中央', '流量', '上行']);

  it('reads a run of pinyin as the words it spells', () => {
    expect(input.convert('zhuoni xian butie duoshao qian')).toEqual({ text: '卓尼县补贴多少钱', converted: true });
    expect(input.convert('shangxing zhanbi 45% xing bu xing').text).toBe('上行占比 45% 行不行');
    expect(input.convert('zhongyang zijin keyi mai liuliang ma').text).toBe('中央资金可以买流量吗');
  });

  it('leaves letters that are not wholly pinyin, or a lone syllable, as typed', () => {
    for (const t of ['能不能做logo', 'deadline是哪天', '4G信号', '是这样吗 a']) expect(input.convert(t)).toEqual({ text: t, converted: false });
  });

  it('says how the pinyin was read, with the answer', () => {
    const a = knowledge.answer('zhuoni xian butie duoshao qian', { now: new Date('2018-09-20T10:00:00+08:00') });
    expect(a.answer).toContain('卓尼县的补贴资金为1500万元');
    expect(a.answer).toContain('（您输入的拼音按“卓尼县补贴多少钱”理解。）');
  });
});

describe('a measure word after a pointer is no typo', () => {
  it('那条讲 is not read as 那条件', () => {
    expect(knowledge.answer('方案五那条讲了啥', { now: new Date('2018-09-20T10:00:00+08:00') }).clauseId).toBe('plan-5');
  });
});
