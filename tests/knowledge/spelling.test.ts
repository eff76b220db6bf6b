import { describe, expect, it } from 'vitest';
import { SoundAlikeSpeller } from '../../src/knowledge/spelling.ts';

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
});
