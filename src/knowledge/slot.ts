import type { Clause } from './notice.ts';

/**
 * 要引导哪类企业: the question's words either side of its question word (引导 … 企业) are the slot the answer fills; a clause
 * whose sentence holds both with the filler between them (引导农村生产、加工、流通企业) answers it, where another clause
 * holds them apart (政府引导 in a title, 龙头企业 in its text). Of the two clauses an answer quotes, that one leads (engine.ts).
 */
const SLOT = /(\p{Script=Han}{2})(?:哪类|哪几类|哪些|哪种|哪几种|什么样的?|什么|啥样的?|啥)(\p{Script=Han}{2})/u;

/** The longest filler that counts: a longer gap is no longer one phrase. */
const MAX_FILLER = 16;

/** 要指导县里建啥: the slot closes the question, after a one-character act the counties are to do (指导 … 建). */
const TAIL_SLOT = /(\p{Script=Han}{2})(?:示范县|县里|各县|我们|咱们)([建设搞做办定立])(?:个|些|点)?(?:哪些|什么|啥)/u;

/** Whether a sentence of the clause fills the question's slot. */
export function fillsSlot(q: string, clause: Clause): boolean {
  const m = SLOT.exec(q) ?? TAIL_SLOT.exec(q);
  if (!m) return false;
  const filled = new RegExp(`${m[1]}[^。；，]{1,${MAX_FILLER}}?${m[2]}`);
  return clause.sentences.some((s) => filled.test(s.replace(/[、]/g, '')));
}

/**
 * 帮县里编方案是谁的职责, 督促招标归谁管: a deed asked whose duty it is; the clause where its verb (指导) and its object
 * (方案) stand in one sentence names who does it, where another speaks of duty (责任) in general.
 */
const DEED = /^(\p{Script=Han}{2})\p{Script=Han}{0,8}?(\p{Script=Han}{2})(?:是|归|由)(?:谁|哪个部门|哪家|哪一级)(?:的责任|的事|的活|负责|管)/u;

function doesDeed(q: string, clause: Clause): boolean {
  const m = DEED.exec(q);
  return !!m && new RegExp(`${m[1]}[^。；]*${m[2]}`).test(clause.body);
}

/** Whether `other` should lead instead of `lead`: it fills the slot or does the deed (as asked or as typed) and `lead` does not. */
export function slotLeads(asked: readonly string[], lead: Clause, other: Clause): boolean {
  return asked.some((q) => (fillsSlot(q, other) && !fillsSlot(q, lead)) || (doesDeed(q, other) && !doesDeed(q, lead)));
}
