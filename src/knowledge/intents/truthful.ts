import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Whether a record the notice wants kept truthfully (如实做好培训记录) may be filled at will or padded
 * (培训台账能不能随便写, 人数凑一凑行吗, 签到表编几个名字): the sentence asking for it 如实 answers.
 * Only a thing the notice itself says is to be done 如实 is taken; other records are left to the rest.
 */

/** Filling at will, padding or faking. */
const FAKING = /随便|随意|凑|瞎|乱填|乱写|编造|编几|编个|造假|作假|做假|虚报|虚填|多报|多填|糊弄|注水|掺水|假的|假名/;

/** The thing to be done truthfully, as the notice says it: 如实做好培训记录 → 培训记录. */
function truthfulThings(kb: KnowledgeBase): { clause: Clause; sentence: string; thing: string }[] {
  return kb.searchable.flatMap((clause) =>
    clause.sentences.flatMap((sentence) =>
      [...sentence.matchAll(/如实(?:做好|填写|填报|报送|记录|反映|提供)?(\p{Script=Han}{2,8}?)(?=[，。；、]|$)/gu)].map((m) => ({ clause, sentence, thing: m[1]! })),
    ),
  );
}

/** The question names the thing, whole or by its head and its first word (培训的记录, 记录…培训). */
function names(q: string, thing: string): boolean {
  if (q.includes(thing)) return true;
  return thing.length >= 4 && q.includes(thing.slice(-2)) && q.includes(thing.slice(0, 2));
}

export const truthful = intent({
  id: 'rule:truthful',
  recognise: ({ raw }, kb) => {
    if (!FAKING.test(raw)) return undefined;
    return truthfulThings(kb).find((t) => names(raw, t.thing));
  },
  answer: (found, _q, kb): Draft => ({
    answered: true,
    answer: `按照${citationLabel(found.clause)}的要求：${found.sentence}通知要求如实做好${found.thing.replace(/^做好/, '')}，随意填写或凑数不符合这一要求。`,
    citations: [kb.cite(found.clause.id, found.sentence)],
    clauseId: found.clause.id,
    intent: 'rule:truthful',
  }),
});
