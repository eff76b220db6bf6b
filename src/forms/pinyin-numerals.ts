/**
 * Toneless pinyin numerals (shi wan, sanshi wan, ba ge): typed when the phone's keyboard sent the
 * syllables instead of the characters. Read with a small table into a Chinese numeral, and always asked
 * back, since a syllable may be another word (shi is also 是 or 时, wu also 无, yi also 亿).
 */
const SYLLABLES: Readonly<Record<string, string>> = {
  ling: '零',
  yi: '一',
  er: '二',
  liang: '两',
  san: '三',
  si: '四',
  wu: '五',
  liu: '六',
  qi: '七',
  ba: '八',
  jiu: '九',
  shi: '十',
  bai: '百',
  qian: '千',
  wan: '万',
  dian: '点',
  yuan: '元',
  kuai: '块',
  ge: '个',
  chang: '场',
  renci: '人次',
  ren: '人',
  hu: '户',
  ci: '次',
};
// Longest first, so qian is not qi and an, nor renci ren and ci.
const BY_LENGTH = Object.keys(SYLLABLES).sort((a, b) => b.length - a.length);
const DIGIT_SYLLABLE = /^(?:ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi)$/;

/** `sanshi wan` → 三十万; undefined unless the whole text is such syllables, one of them a digit. */
export function pinyinNumeral(typed: string): string | undefined {
  const words = typed.normalize('NFKC').trim().toLowerCase().split(/\s+/);
  if (!words.every((w) => /^[a-z]+$/.test(w))) return undefined;
  const syllables: string[] = [];
  for (const word of words) {
    for (let i = 0; i < word.length; ) {
      const next = BY_LENGTH.find((s) => word.startsWith(s, i));
      if (!next) return undefined;
      syllables.push(next);
      i += next.length;
    }
  }
  return syllables.some((s) => DIGIT_SYLLABLE.test(s)) ? syllables.map((s) => SYLLABLES[s]).join('') : undefined;
}
