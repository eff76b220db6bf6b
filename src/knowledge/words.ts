import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Part-of-speech tagging with jieba's dictionary (@node-rs/jieba: the maintained Rust port,
 * prebuilt for Linux in the npm package, no download at run time). The Q&A uses the tags
 * to tell what a question is about (nouns, verbal nouns, adjectives) from how it is asked
 * (verbs, pronouns, particles), so a paraphrased verb does not count against an answer
 * while a noun the notice never mentions (免费, 电话, 工资) does.
 */

let jieba: Jieba | undefined;
const instance = (): Jieba => (jieba ??= Jieba.withDict(dict));

export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

export function tag(text: string): TaggedWord[] {
  return instance()
    .tag(text, false)
    .map((t) => ({ word: t.word, tag: t.tag }));
}

/** Tags of words that name a thing: nouns of every kind, verbal and adjectival nouns, abbreviations (not adjectives or idioms, which say how). */
const CONTENT = /^(n|nr|ns|nt|nz|nrt|nrfg|vn|an|j|eng)$/;

/** Nouns for a kind of built thing, which a verb before them names (溯源系统, 追溯体系, 预警平台), or a period named by what is done in it (整改期, 公示期限). */
const KIND = /^(系统|体系|平台|机制|制度|设备|软件|标签|档案|期|期限)$/;

/**
 * The content words of a text (two characters or more), in order. A verb right before a kind noun
 * (溯源 in 溯源系统) names the thing as an attribute does, and counts as a content word too.
 */
export function contentWords(text: string): string[] {
  const tagged = tag(text);
  return tagged
    .filter((t, i) => (CONTENT.test(t.tag) || (t.tag === 'v' && KIND.test(tagged[i + 1]?.word ?? ''))) && [...t.word].length > 1 && /\p{Script=Han}/u.test(t.word))
    .map((t) => t.word);
}
