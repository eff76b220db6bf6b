import { GENERIC, subjectWords } from '../answerability.ts';
import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { TOLERANCE } from '../unstated-figure.ts';
import { contentWords } from '../words.ts';
import { intent } from './types.ts';

/**
 * A share the notice states, asked on its own (15%是原则上还是硬性的, 那个50%是啥意思): the clause stating it answers,
 * its sentence quoted. Where two clauses state the same share, both are quoted, and the one setting a limit
 * (原则上不低于…) leads when the question asks about a limit. A share with a subject of its own (培训能占15%吗)
 * is not this intent's: the subject may be one the notice sets no share for.
 */

const SHARE = /(\d+(?:\.\d+)?)\s*[%％]|百分之(\d+)/g;

/** Words asking how firm a limit is (硬杠杠, 能不能突破, 上限还是下限): they name no subject of their own. */
const LIMIT_WORDS = /^(?:突破|超过?|低于|高于|硬性?|杠杠|硬杠杠|死|底线|红线|上限|下限|必须|绝对|原则|刚性|弹性|灵活|浮动)$/;

/** 超个一两个点, 少几个百分点: a leeway past the share, in words TOLERANCE (of 差) does not read. */
const LEEWAY = /(?:超|多|少|低|高)(?:出|过)?(?:个|了)?(?:一两|两三|几|一点|个把|一)个?(?:百分)?点/;

/** A limit asked about: the clause setting one (原则上不低于, 不得高于) leads. */
const ASKS_LIMIT = /原则|硬|杠|死|绝对|必须|底线|红线|上限|下限|突破|超|低于|高于|刚性|弹性|灵活/;
const SETS_LIMIT = /原则上|不低于|不得高于|不高于|不超过|至少|最多/;

function holders(kb: KnowledgeBase, share: string): { clause: Clause; sentence: string }[] {
  return kb.searchable.flatMap((clause) => {
    const sentence = clause.sentences.find((s) => new RegExp(`(?<![\\d.])${share.replace('.', '\\.')}\\s*[%％]`).test(s));
    return sentence ? [{ clause, sentence }] : [];
  });
}

export const bareShare = intent({
  id: 'fact:bare-share',
  recognise: ({ q, raw }, kb) => {
    const shares = [...new Set([...raw.matchAll(SHARE)].map((m) => m[1] ?? m[2]!))];
    if (shares.length !== 1) return undefined;
    // 差一两个点也算吗: the leeway, which no clause states, is left to the check that refuses it (unstated.ts).
    if (TOLERANCE.test(q) || LEEWAY.test(q)) return undefined;
    const rest = q.replace(SHARE, '');
    // 上行不低于50%: a word of the notice beside the share (上行, an aspect word to the subject list) names a subject too.
    const named = contentWords(kb.stripForSearch(rest)).filter((w) => kb.allText.includes(w) && !GENERIC.test(w));
    if ([...subjectWords(kb, rest), ...named].some((w) => !LIMIT_WORDS.test(w))) return undefined;
    const found = holders(kb, shares[0]!);
    if (!found.length) return undefined;
    const limit = ASKS_LIMIT.test(rest);
    return [...found].sort((a, b) => Number(limit && SETS_LIMIT.test(b.sentence)) - Number(limit && SETS_LIMIT.test(a.sentence)));
  },
  answer: (found, _q, kb): Draft => {
    const [first, second] = found;
    const lead = second
      ? `通知中有两处提到这一比例，请结合来看：${citationLabel(first!.clause)}：${first!.sentence.replace(/。$/, '')}；${citationLabel(second.clause)}：${second.sentence}`
      : `根据${citationLabel(first!.clause)}：${first!.sentence}`;
    return {
      answered: true,
      answer: lead,
      citations: found.slice(0, 2).map((f) => kb.cite(f.clause.id, f.sentence)),
      clauseId: first!.clause.id,
      intent: second ? 'fact:bare-share:two' : 'fact:bare-share',
    };
  },
});
