import type { KnowledgeBase } from '../base.ts';
import type { Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * A claim about who holds a role the notice assigns (州里开会说州商务局是第一责任主体，对不对; 听说项目是州负全责):
 * the answer says who the notice names for the role, and whether the body claimed agrees. The claim is never
 * stated as the notice's.
 */

/** The roles the notice assigns by name, each to one body or level. */
const ROLE = /第一责任主体|直接责任主体|主要监管单位|负全责/;
/** The roles named 是…: a body wrongly claimed for one may hold another. */
const OTHER_ROLES = ['第一责任主体', '直接责任主体', '主要监管单位'];
/** A claim checked, not a question of who (第一责任主体是谁 is retrieval's). */
const CHECKED = /对不|对吗|对吧|是吗|是不是|是否|没错|吧[?？。]*$/;
/** Two notions compared (直接责任主体跟县负全责是不是一回事): no body is claimed for the role (compared.ts quotes both). */
const COMPARED = /一回事|一个意思|一个概念|一样|相同|等同/;
/** A document told where the role is read (州文件里的, 方案说的): where, not who is claimed. */
const DOCUMENT = /文件|通知|方案|文$/;

interface Holder {
  readonly clause: Clause;
  /** The part of the sentence that assigns the role (省商务厅是综合示范工作的第一责任主体). */
  readonly part: string;
  readonly holder: string;
}

/** Where the notice assigns the role, and to whom. */
function holders(kb: KnowledgeBase, role: string): Holder[] {
  const found: Holder[] = [];
  for (const clause of kb.clauses) {
    for (const sentence of clause.sentences) {
      for (const part of sentence.split(/[，。；]/)) {
        // 省上统筹、市州监管、县负全责: the level just before the role.
        const m = role === '负全责' ? /([^、“”]{1,4})负全责/.exec(part) : new RegExp(`^(?:各)?([^，。；、]{2,14}?)是[^，。；]{0,10}?${role}`).exec(part);
        if (m) found.push({ clause, part: part.replace(/^[“”]+|[“”]+$/g, ''), holder: m[1]!.replace(/^[“”]/, '') });
      }
    }
  }
  return found;
}

/** 各市州商务局 and 州商务局, 示范县人民政府 and 县政府: the same body told shorter. */
const key = (body: string): string => body.replace(/^各/, '').replace(/^市州|^示范/, (m) => (m === '市州' ? '州' : '')).replace('人民政府', '政府').replace(/^([省州市县])(?:上|里|级)$/, (_m, l: string) => (l === '市' ? '州' : l));

export const roleClaim = intent({
  id: 'fact:role-claim',
  // Read as typed: canonicalising rewrites 负全责 to 责任主体.
  recognise: ({ raw: q }, kb) => {
    const role = ROLE.exec(q)?.[0];
    if (!role || !CHECKED.test(q) || COMPARED.test(q)) return undefined;
    // The body claimed: told after the role (主要监管单位是省商务厅，对吗) or just before it (…说州商务局是第一责任主体; 项目是州负全责).
    const after = /^是([^，,。？?]{2,8}?)(?:吧|吗|对不对?|对吗|对吧|是吗)?(?:[，,。？?]|$)/.exec(q.slice(q.indexOf(role) + role.length))?.[1];
    // 州上是不是负全责: the claim asked as a question (是不是, 是否) is the same claim.
    const before = q.slice(0, q.indexOf(role)).replace(/(?:是不是|是否|是|为|来|要|也|都|就)+$/, '');
    const claimed = after ?? before.split(/说|讲|是|：|，|,/).at(-1) ?? '';
    const found = holders(kb, role);
    return claimed && /[省州市县厅局办府]/.test(claimed) && !DOCUMENT.test(claimed) && found.length ? { role, claimed, found } : undefined;
  },
  answer: ({ role, claimed, found }, _question, kb): Draft => {
    // 州上 claimed, 州商务局 named: a level told bare is its bodies.
    const same = (h: Holder) => key(h.holder) === key(claimed) || key(h.holder).endsWith(key(claimed)) || (key(claimed).length === 1 && key(h.holder).startsWith(key(claimed)));
    const agrees = found.some(same);
    const parts = [...new Set(found.map((h) => h.part))];
    // 州商务局是第一责任主体吧: a wrong claim is corrected with the role the notice does give that body (主要监管单位), if any.
    const own = agrees ? [] : OTHER_ROLES.filter((r) => r !== role).flatMap((r) => holders(kb, r).filter(same));
    const ownParts = [...new Set(own.map((h) => h.part))];
    const ownWord = ownParts.length ? `按通知，${ownParts.join('；')}。` : '';
    return {
      answered: true,
      answer: `通知规定：${parts.join('；')}。${agrees ? `您所说的${claimed}与通知的规定一致。` : `您所说的${claimed}不是通知规定的${role === '负全责' ? '负全责的一方' : role}，与通知的规定不一致。${ownWord}`}`,
      citations: [...found, ...own].map((h) => kb.cite(h.clause.id, kb.sentenceWith(h.clause.id, [h.part]))),
      clauseId: found[0]!.clause.id,
      intent: 'fact:role-claim',
    };
  },
});
