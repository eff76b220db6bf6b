import type { KnowledgeBase } from './base.ts';
import type { Clause } from './notice.ts';

/**
 * The prefecture's letter restates clauses of the province's plan. When a question names the plan
 * (省方案里说…, 省里的实施方案), the plan's clause is the one it asks about, not the letter's restatement.
 */
// 省里的中央资金管理办法: a rule or document said to be the province's is the one its plan states or cites
// (not one the county would copy, 直接套省里的办法: what the county must do itself is then asked).
// 方案咋说 with no other document named: the letter calls the plan 《方案》, so its clause speaks (not the county's own plan: 我们方案).
const NAMES_PLAN = /^(?!.*(?:州|183|转发|文件|通知)).*(?<![制定订写报改调整项目级的县进入这个那个])方案(?:里|上|中|里面|上面)?(?:是)?(?:咋|怎么|如何)(?:说|讲|规定|表述)|省(?:里|上|级)?(?:那个|这个|的)?(?:实施)?方案|省(?:里|上)?(?:的)?文件|(?<!套用?|照搬|照抄|沿用|直接用)省(?:里|上)的\p{Script=Han}{0,8}?(?:办法|规定)/u;

/** Whether the question points at the province's plan rather than the prefecture's letter. */
export function namesPlan(q: string): boolean {
  return NAMES_PLAN.test(q) && !/转发|州(?:里|上)?(?:的|那个|这个)?(?:文|文件|通知)/.test(q);
}

/**
 * The clause to name for an answer from `id`: its plan parallel when the question names the plan and `id` is the letter's.
 * The letter's 一 restates two of the plan's clauses (四（一）'s 领导小组, 五's 主要监管单位): the one ranked higher for the question.
 */
export function clauseNamed(kb: KnowledgeBase, q: string, id: string, ranked: readonly { clause: Clause }[] = []): string {
  const letters = new Set(kb.data.prefectures.map((p) => p.clause));
  const clause = kb.byId.get(id);
  if (!clause || !letters.has(clause.documentId) || !namesPlan(q)) return id;
  const place = (c: Clause) => {
    const i = ranked.findIndex((r) => r.clause.id === c.id);
    return i < 0 ? ranked.length : i;
  };
  const plans = (kb.parallels.get(id) ?? []).filter((c) => !letters.has(c.documentId));
  return [...plans].sort((a, b) => place(a) - place(b))[0]?.id ?? id;
}

/** 目标里说…, 原则里…, 工作要求这块…: a part of a document named by its short heading, its last two characters, or first two when no other heading starts so. */
export function sectionNamed(kb: KnowledgeBase, q: string): string | undefined {
  const heading = (t: string) => t.replace(/^[一二三四五六七八九十]+、/, '');
  const parts = kb.clauses.filter((c) => c.level === 2 && heading(c.title).length >= 4 && heading(c.title).length <= 6);
  for (const c of parts) {
    const t = heading(c.title);
    const first = parts.filter((o) => heading(o.title).startsWith(t.slice(0, 2))).length === 1 ? [t.slice(0, 2)] : [];
    if ([t, t.slice(-2), ...first].some((n) => new RegExp(`${n}(?:里|中|部分|这块|那块|一节|这一?[条部节]|方面)`).test(q))) return c.id;
  }
  return undefined;
}

/** 组织领导那块, 过程管理方面: a sub-part named by its heading's words without the verb ((一）加强组织领导). */
const PART_NAMED = /(\p{Script=Han}{4,8}?)(?:那块|这块|那一块|这一块|方面|那部分|这部分)/u;
const HEADING_VERB = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.\s*)?(?:加强|强化|做好|严格|制定|开展|建立|促进|支持|加快)?/;

/**
 * The clause ranked first of those whose heading is the part a remark after the question names (市州要干啥，组织领导那块),
 * when the best's is not: the remark is cut from what is searched (reading.ts withoutRemark), so the ranking never saw it.
 */
export function subsectionNamed<R extends { clause: Clause }>(q: string, searched: string, best: R, ranked: readonly R[]): R | undefined {
  const named = PART_NAMED.exec(q)?.[1] ?? '';
  // 县里的组织领导那块: an ending of the words before 那块, four characters or more, that is a heading (or half of one: 加强组织领导、强化项目管理).
  const ends = [...named].map((_, i) => named.slice(i)).filter((e) => e.length >= 4 && !searched.includes(e));
  const holds = (r: R) => r.clause.title.split(/[、，]/).some((t) => ends.includes(t.replace(HEADING_VERB, '')));
  return ends.length && !holds(best) ? ranked.find(holds) : undefined;
}
