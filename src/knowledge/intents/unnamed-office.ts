import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { subjectWords } from '../subject.ts';
import { SYNONYMS } from '../synonyms.ts';
import { prepare } from '../text.ts';
import { BODY } from './unassigned-body.ts';
import { intent } from './types.ts';

/**
 * Offices the notice never names. 县商务局里到底哪个人管: who inside a named bureau handles it (a division or a person)
 * — the notice names bodies only. 名优产品认证找哪个部门办: which office a thing is done at, where no sentence of the notice
 * that speaks of the thing names any body. Refused, naming what is open, rather than answered with a body's duties.
 */

/** A bureau (not a government, which the notice makes 责任主体), then who in it: 县商务局里到底哪个人管. */
const INSIDE = new RegExp(`(${BODY.source})(?:这块|那块|这边|那边|里面?|内部|这里)?(?:具体)?(?:是)?(?:由)?谁(?:来)?(?:具体)?(?:负责|管|分管|对接|经办)(?:呀|啊|呢)?[？?]?$`);

/** Which office to go to: 找哪个部门办, 去哪个单位申请, 找谁办理. */
const GO_TO = /(?:找|去|到|向|上)(?:哪个|哪些|什么|啥|哪家|哪一?级)(?:部门|单位|机构|地方)(?:去)?(?:办|办理|申请|认证|审批|批)|找谁(?:去)?(?:办|办理|申请|认证|审批|批)/;

/** A body in a sentence: a bureau, a government, a department or an institution, or a level acting. */
const NAMES_BODY = /厅|局|办|部门|政府|机构|单位|中心|[省市州县]上|[省市县]三级/;

function insideBody(q: string): string | undefined {
  const body = INSIDE.exec(q)?.[1];
  return body && !/政府$/.test(body) ? body : undefined;
}

function officeUnnamed(kb: KnowledgeBase, q: string): boolean {
  const at = q.search(GO_TO);
  if (at <= 0) return false;
  // The thing's words: its content words, and the notice's terms in it (认证, which the tagger reads as a verb).
  const told = q.slice(0, at);
  const terms = Object.keys(SYNONYMS).filter((t) => t.length > 1 && told.includes(t));
  const words = [...subjectWords(kb, told), ...terms].filter((w) => kb.allText.includes(w));
  if (!words.length) return false;
  const sentences = kb.clauses.flatMap((c) => c.sentences.map(prepare)).filter((s) => words.some((w) => s.includes(w)));
  return sentences.length > 0 && !sentences.some((s) => NAMES_BODY.test(s));
}

export const unnamedOffice = intent({
  id: 'refusal:unnamed-office',
  recognise: ({ q }, kb) => {
    const body = insideBody(q);
    if (body) return `${body}内部由哪个处室或哪位人员具体负责`;
    return officeUnnamed(kb, q) ? '这一事项具体到哪个部门办理' : undefined;
  },
  answer: (what, { q }, kb) => refuse(kb, q, what, 'refusal:unnamed-office'),
});
