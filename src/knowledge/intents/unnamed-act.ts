import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { subjectWords } from '../subject.ts';
import { prepare } from '../text.ts';
import { intent } from './types.ts';

/**
 * 培训要招标吗, 服务点建设要公示吗, 品牌推广需要报备吗: whether a procedure is required for a subject. The notice answers
 * only where one of its sentences names that procedure for that subject (项目验收, 实施方案…备案, 公开…资金安排); when
 * none does, the nearest rule about the subject (支持…开展培训) is no answer, so the question is refused, naming what is
 * open. Asked of a body or a level (省里也得备案吗) it asks where something is filed, which the clauses answer.
 */

/** The procedures, each with the words the notice writes it with. */
const PROCEDURES: Readonly<Record<string, RegExp>> = {
  招标: /招标|招投标|采购/,
  公开招标: /招标|招投标|采购/,
  公示: /公示|公开|公布/,
  公开: /公示|公开|公布/,
  验收: /验收/,
  报备: /备案|报备/,
  备案: /备案|报备/,
  审批: /审批|审核|批复|报批/,
  报批: /审批|审核|批复|报批/,
};

/** The subject, then a modal and the procedure, ending the question (…也要招标吗, …需不需要验收, …要不要先公示). */
const ASKED =
  /^(\p{Script=Han}{2,14}?)(?:也|都|还)?(?:要不要|需不需要|用不用|该不该|要|需要|得|必须|须|应该?)(?:先|再|另外|单独)?(?:进行|组织|搞|做|走|经过|办)?(?:个|一下)?(公开招标|招标|公示|公开|验收|报备|备案|审批|报批)(?:一下)?(?:吗|不|么|没|呢|吧)?$/u;
/** A body or a level as the subject: where something is filed or who does it, not a procedure for a thing. */
const BODY = /[省州市]|县里|县上|我们|咱们|商务|财政|扶贫|部门|单位|政府|谁/;
const LEAD = /^(?:请问|问一?下|那么?|这个|那个|还有)/;

/** The subject and the procedure asked, read from the question's last part. */
function asked(q: string): RegExpExecArray | null {
  const last = q.replace(/[？?！!。\s]+$/u, '').split(/[，,；;。？?]/).at(-1) ?? '';
  return ASKED.exec(last.replace(LEAD, ''));
}

/** The subject and the procedure asked, when no sentence of the notice names the procedure for that subject. */
function unnamed(kb: KnowledgeBase, q: string, raw: string): { subject: string; act: string } | undefined {
  const m = asked(q);
  if (!m || BODY.test(m[1]!)) return undefined;
  const words = subjectWords(kb, m[1]!);
  if (!words.length) return undefined;
  const act = PROCEDURES[m[2]!]!;
  const named = kb.clauses.some((c) => c.sentences.map(prepare).some((s) => act.test(s) && words.every((w) => s.includes(w))));
  // Said in the asker's words (宣传推广, 公示), not the canonical ones searched with.
  const typed = asked(raw);
  return named ? undefined : { subject: typed?.[1] ?? m[1]!, act: typed?.[2] ?? m[2]! };
}

export const unnamedAct = intent({
  id: 'refusal:unnamed-act',
  recognise: ({ q, raw }, kb) => unnamed(kb, q, raw),
  answer: ({ subject, act }, question, kb) => refuse(kb, question.q, `${subject}是否需要${act}`, 'refusal:unnamed-act'),
});
