import { charPinyin } from './text.ts';

/**
 * Questions typed in pinyin without choosing characters (zhuoni xian butie duoshao qian): a run of Latin
 * letters is read as the words it spells, when every letter of it is spelled by known words. The known
 * words are the notice's own, the domain's and a few words of asking; a run that is not wholly pinyin
 * (an English word, a brand, 4G) is left as typed.
 */

/** Words of asking and a few common verbs and particles, which the notice's text rarely holds. */
const ASKING_WORDS = [
  '多少', '多少钱', '几个', '什么', '什么时候', '怎么', '怎么办', '哪些', '哪个', '哪里', '是不是', '能不能', '可不可以', '可以', '有没有', '没有',
  '行不行', '够不够', '占比', '比例', '截止', '时间', '谁', '吗', '呢', '不', '行', '能', '是', '有', '要', '钱', '买', '给', '几', '哪', '县', '州', '省',
  '啥', '叫啥', '是啥',
];

/** Everyday readings a dictionary's first reading misses (谁 is said shei as often as shui). */
const SPOKEN_READINGS: readonly (readonly [string, string])[] = [['shei', '谁']];

const SYLLABLE_RUN = /[a-zA-Z]+(?:\s+[a-zA-Z]+)*/g;

export class PinyinInput {
  /** Pinyin (syllables run together) → the most frequent word spelled so. */
  readonly #words = new Map<string, string>();
  readonly #longest: number;
  /** Initials (gfzx, sx) → the most frequent word of two to four characters so abbreviated. */
  readonly #initials = new Map<string, string>();

  /** `words` in order of preference (the notice's most frequent first); the asking words are added after them. */
  constructor(words: readonly string[]) {
    for (const w of [...words, ...ASKING_WORDS]) {
      if (!/^\p{Script=Han}+$/u.test(w)) continue;
      const key = [...w].map(charPinyin).join('');
      if (!this.#words.has(key)) this.#words.set(key, w);
      const initials = [...w].map((c) => charPinyin(c).charAt(0)).join('');
      if (w.length >= 2 && w.length <= 4 && !this.#initials.has(initials)) this.#initials.set(initials, w);
    }
    for (const [key, w] of SPOKEN_READINGS) if (!this.#words.has(key)) this.#words.set(key, w);
    this.#longest = Math.max(0, ...[...this.#words.keys()].map((k) => k.length));
  }

  /** The words a run of letters spells, fewest words first, or undefined when some letters spell nothing known. */
  #spell(letters: string): string | undefined {
    // best[i]: the fewest words spelling letters[0..i).
    const best: ({ n: number; text: string } | undefined)[] = [{ n: 0, text: '' }];
    for (let i = 1; i <= letters.length; i++) {
      for (let j = Math.max(0, i - this.#longest); j < i; j++) {
        const from = best[j];
        const word = from && this.#words.get(letters.slice(j, i));
        if (word && (!best[i] || from.n + 1 < best[i]!.n)) best[i] = { n: from.n + 1, text: from.text + word };
      }
    }
    const whole = best[letters.length];
    // Two characters at least: a lone syllable (a, ma) may be anything.
    return whole && whole.text.length >= 2 ? whole.text : undefined;
  }

  /** The text with each run of pinyin replaced by its characters, and whether anything was replaced. */
  convert(text: string): { text: string; converted: boolean } {
    let converted = false;
    const out = text.replace(SYLLABLE_RUN, (run) => {
      // Officials abbreviate by initials (gfzx 公服中心, sx 上行): a lower-case run with no vowel spells no syllable.
      const spelled = /^[b-df-hj-np-tv-z]{2,5}$/.test(run) && !/^[nm]g?$|^(.)\1+$/.test(run) ? this.#initials.get(run) : this.#spell(run.toLowerCase().replace(/\s+/g, ''));
      if (!spelled) return run;
      converted = true;
      return spelled;
    });
    return { text: out, converted };
  }
}
