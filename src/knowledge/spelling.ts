import { pinyin } from 'pinyin-pro';
import { charPinyin } from './text.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;

/**
 * Corrects the commonest phone typo: a pinyin keyboard picking a character that sounds the same
 * (公服中新 → 公服中心, 招彪 → 招标, 上形 → 上行). A stretch of the question is replaced by a known word
 * only when it sounds exactly the same, differs in exactly one character, is not a known word itself,
 * and neither cuts through nor consists only of the question's dictionary words (闲置, 节点 and 几个 stay).
 */
export class SoundAlikeSpeller {
  readonly #vocabulary = new Set<string>();
  readonly #bySound = new Map<string, string[]>();
  readonly #loose: ReadonlySet<string>;

  /**
   * `texts` and `targets` give the words a typo may be corrected to; `protectedWords` are never changed;
   * `looseTargets` may also replace a stretch the segmenter reads as one word of its own (文浩, a name, for 文号).
   */
  constructor(texts: readonly string[], targets: readonly string[], protectedWords: readonly string[], looseTargets: readonly string[] = []) {
    this.#loose = new Set(looseTargets);
    for (const text of texts) {
      for (const s of segmenter.segment(text)) if (s.isWordLike && HAN_WORD.test(s.segment)) this.#add(s.segment);
    }
    for (const w of [...targets, ...looseTargets]) if (HAN_WORD.test(w)) this.#add(w);
    for (const w of protectedWords) this.#vocabulary.add(w);
  }

  #add(word: string): void {
    if (this.#vocabulary.has(word)) return;
    this.#vocabulary.add(word);
    const key = sound(word);
    const list = this.#bySound.get(key) ?? [];
    list.push(word);
    this.#bySound.set(key, list);
  }

  /** The text with sound-alike typos of known words corrected. */
  correct(text: string): string {
    const chars = [...text];
    // Where the question's own dictionary words start and end: a correction may not cut through one,
    // nor replace a stretch made only of such words.
    const boundaries = new Set<number>([0]);
    const singles = new Set<number>();
    let at = 0;
    for (const s of segmenter.segment(text)) {
      const n = [...s.segment].length;
      if (n === 1) singles.add(at);
      at += n;
      boundaries.add(at);
    }
    // Nor may it take a character from a known word the question spells right (上行用了 is not 上信用了).
    const inside = new Set<number>();
    for (let k = 0; k < chars.length; k++) {
      for (let n = 2; n <= 4 && k + n <= chars.length; n++) if (this.#vocabulary.has(chars.slice(k, k + n).join(''))) for (let m = k + 1; m < k + n; m++) inside.add(m);
    }
    // 超送给谁 (超/送给/谁): a loose target's last character, typed right, may begin the word after it (送给).
    const allowed = (from: number, len: number, loose: boolean, lastRight = false) => {
      if (!boundaries.has(from) || !(boundaries.has(from + len) || (loose && lastRight)) || inside.has(from) || inside.has(from + len)) return false;
      if (loose) return true;
      for (let k = from; k < from + len; k++) if (singles.has(k)) return true;
      return false;
    };
    let out = '';
    let i = 0;
    outer: while (i < chars.length) {
      for (let len = 4; len >= 2; len--) {
        if (i + len > chars.length) continue;
        const piece = chars.slice(i, i + len).join('');
        // Place names (…县, …州) are matched by the county matcher, which tells the asker what it understood.
        if (!HAN_WORD.test(piece) || /[县区市州省哪啥谁咋]/.test(piece) || this.#vocabulary.has(piece)) continue;
        // Nor is 几 before a measure word a typo (分几条 is not 分级条, 分几大部分 not 分级大部分; 几录 is 记录).
        const ji = piece.indexOf('几');
        if (ji >= 0 && /[条块个项点部家类种批次年天月人方级大]/.test(chars[i + ji + 1] ?? '')) continue;
        // Nor a measure word after a pointer (那条讲了啥 is not 那条件了啥; 这块说 stays).
        if (/[条块项段款]/.test(chars[i]!) && /[那这哪每一]/.test(chars[i - 1] ?? '')) continue;
        const candidates = this.#bySound.get(sound(piece));
        const fix = candidates?.find((w) => [...w].filter((ch, k) => ch !== chars[i + k]).length === 1 && allowed(i, len, this.#loose.has(w), w.endsWith(chars[i + len - 1]!)));
        if (fix) {
          out += fix;
          i += len;
          continue outer;
        }
      }
      out += chars[i];
      i += 1;
    }
    return out;
  }
}

/**
 * A syllable as a fuzzy-pinyin keyboard (and the region's speech) confuses it: front and back
 * nasals (jin/jing, fen/feng, an/ang), flat and retroflex initials (z/zh, c/ch, s/sh), l and n.
 */
export function fuzzySyllable(py: string): string {
  return py.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/(i|e|a)ng$/, '$1n');
}

/** How a word sounds; a character of several readings is read as in the word (组长 is zu zhang, 增长 zeng zhang). */
function sound(word: string): string {
  const read = pinyin(word, { toneType: 'none', type: 'array' });
  return [...word].map((ch, k) => fuzzySyllable(read.length === [...word].length ? read[k]! : charPinyin(ch))).join(' ');
}
