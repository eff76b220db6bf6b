import type { KnowledgeBase } from './base.ts';
import { askingPart } from './asking-part.ts';
import type { Ranked } from './retrieval.ts';

/**
 * 州商务局会同哪些部门, 甘南这边谁监管, 183号文说…: when the prefecture's own letter is what is asked, its clause speaks in
 * its own words; it is preferred to the plan's clause when nearly as good (or when the 州's own role is asked, the clause
 * where a 州 body acts).
 */

/** The clause ids of the prefectures' own letters, worked out once per knowledge base. */
const LETTERS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
export function prefectureLetters(kb: KnowledgeBase): ReadonlySet<string> {
  let letters = LETTERS.get(kb);
  if (!letters) LETTERS.set(kb, (letters = new Set(kb.data.prefectures.flatMap((p) => (p.clause ? [p.clause] : [])))));
  return letters;
}

/** What a supervising body does to the counties (督促, 指导…): the act a question asks of it. */
const ACTS = /指导|督促|监督|检查|跟踪|统筹/;

export function byPrefectureLetter(kb: KnowledgeBase, typed: string, question: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const letters = prefectureLetters(kb);
  const prefectureNamed = kb.data.prefectures.some((p) => p.clause && question.includes(p.name.slice(0, 2)));
  // 183号文说…: the letter named by its number.
  const letterNumbered = kb.data.prefectures.some((p) => p.clause && question.includes(/〕(\d+号)/.exec(kb.data.documents[p.clause]?.cite ?? '')?.[1] ?? '〕'));
  // 报州上备案行不: the 州 filed with is what the question checks, not whose word it asks for.
  // 除了报省里，州里要不要备案: what 除了 sets aside (省) is not what is asked.
  const setAside = question.replace(/除了[^，,。；;？?]*[，,]?/, '');
  // 州上文件咋说的: the letter named as the document asked about (cut from the question as a remark), so a weaker match of its clause still serves.
  const letterDocument = /州(?:里|上|级)?(?:的|那个|这个)?(?:文件|通知)/.test(typed) && !/市州|省/.test(typed);
  // 州里检查时提了一堆问题，项目和资金管理问题要求及时解决吗: a 州 told only in the background before the ask does not make the letter's word asked.
  // 州扶贫办的，我们跟谁配合: the asker, told as of a 州 body, is whom 我们 asks about.
  const selfAtPrefecture = /^(?:我是|我们是|这边是)?州\p{Script=Han}{1,8}?的(?:人|同志)?[，,。\s]+(?=.*[我咱])/u.test(typed);
  if ((/州/.test((askingPart(typed) ?? question).replace(/[报交送]给?(?:到)?州/g, '')) || prefectureNamed || letterNumbered || letterDocument || selfAtPrefecture) && !/市州|省/.test(setAside) && !letters.has(best.clause.documentId)) {
    // 州上要干啥, 州上由哪个部门来管: the 州's own role is asked; the letter's clause where a 州 body acts (州商务局是…, 会同…) answers it.
    // (Not over a plan clause addressed to every 市州, as below: 组织领导方面州上要做啥 is the plan's 各市州商务部门要….)
    const ownRole = /州(?:里|上|级)?(?:要干|干|管|负责|做|哪个部门|哪家|谁)/.test(typed) && !letterDocument && !/^各市州/.test(best.clause.body);
    const inLetter = ranked.filter((r) => letters.has(r.clause.documentId) && r.clause.id !== r.clause.documentId);
    const acts = ownRole ? inLetter.find((r) => /州[商财扶]\p{Script=Han}{1,6}?(?:是|会同|负责)/u.test(r.clause.body) && r.score >= best.score * 0.5) : undefined;
    const letter = acts ?? inLetter[0];
    // 州里要指导县里建啥机制: the 州 as the one that acts, and the plan's clause is the one addressed to every 市州 — it keeps the
    // answer unless the letter's clause ranks above it (the letter's may speak of the counties' own duty instead). 州里要求县里…
    // is the letter's own demand of the counties, not the 州 acting.
    // 州里要县里加强哪方面的力度 (要 with the counties as object) is that demand too, and asks the letter's own words.
    const demand = /州(?:里|上|级)?(?:要求?|让|叫)(?:县里|示范县|各县|我们|咱们?)/.test(typed);
    // 州商务局要指导我们做方案吗: a 州 body named acts as the 州 does.
    const acting = /州(?:里|上|级|商务局|商务部门|局)?(?:要(?!求)|得|该|应该?|需要|负责)/.test(typed) && /^各市州/.test(best.clause.body) && !letterDocument && !demand;
    // 州里会指导县上编方案不: the act asked (指导) is the plan clause's word, which the letter's restatement of it leaves out.
    const actDropped = letter && !letterDocument && !demand && (ACTS.exec(typed)?.slice(0, 1) ?? []).some((a) => best.clause.body.includes(a) && !letter.clause.body.includes(a));
    if (letter && !actDropped && (acts || letter.score >= best.score * (letterDocument || demand ? 0.4 : acting ? 1 : 0.7))) best = letter;
  }
  return best;
}
