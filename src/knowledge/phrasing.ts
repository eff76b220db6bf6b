import { daysUntil } from '../core/clock.ts';
import type { Citation } from '../core/reply.ts';
import type { MilestoneData } from '../programme.ts';
import type { KnowledgeBase } from './base.ts';
import type { CountyMention } from './county-match.ts';
import { citationLabel, type Clause } from './notice.ts';
import { nearest } from './retrieval.ts';

/** What an intent or the retrieval answers, before the engine adds the question and topic. */
export interface Draft {
  readonly answered: boolean;
  readonly answer: string;
  readonly citations: readonly Citation[];
  /** The clause that served the answer (for a refusal: the nearest clause, if any). */
  readonly clauseId: string | null;
  readonly intent: string;
  readonly confidence?: number;
}

/** How every refusal starts, so people (and tests) recognise it. */
export const REFUSAL_LEAD = '通知中没有明确规定';

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function wan(n: number): string {
  return `${Number.isInteger(n) ? n : Math.round(n * 100) / 100}万元`;
}

export { percent } from '../core/percent.ts';

/** （您输入的“桌尼”，按“卓尼县”理解。） for counties matched by sound or spelling. */
export const fuzzyNote = (mentions: readonly CountyMention[]): string =>
  mentions
    .filter((m) => m.fuzzy)
    .map((m) => `（您输入的“${m.typed}”，按“${m.county.name}”理解。）`)
    .join('');

/** A refusal that names what the notice leaves open and, where one is near, quotes the nearest clause (never a figure). */
export function refuse(kb: KnowledgeBase, q: string, what: string, intent: string, prefer?: string): Draft {
  const near = nearest(kb, q, prefer);
  const lead = `${REFUSAL_LEAD}${what}。`;
  if (!near) return { answered: false, answer: `${lead}建议向${kb.data.scope.askWhom}咨询具体要求。`, citations: [], clauseId: null, intent };
  return {
    answered: false,
    answer: `${lead}与此最相关的是${citationLabel(near.clause)}的规定，供参考。`,
    citations: [kb.cite(near.clause.id, near.quote)],
    clauseId: near.clause.id,
    intent,
  };
}

/** 报省商务厅、省财政厅审核备案，并报州商务局、州财政局备案: the provincial bodies review, the others are informed. */
export function filedWithText(m: MilestoneData): string {
  const province = m.filedWith.filter((b) => b.startsWith('省'));
  const others = m.filedWith.filter((b) => !b.startsWith('省'));
  return `报${province.join('、')}审核备案${others.length ? `，并报${others.join('、')}备案` : ''}`;
}

/** A milestone's deadline as the notice says it (9月30日, 12月底), with the days left or past from `now`. */
export function milestoneAnswer(kb: KnowledgeBase, m: MilestoneData, now: Date): Draft {
  const days = daysUntil(now, m.due);
  const date = formatDate(m.due);
  const [, month, day] = m.due.split('-').map(Number) as [number, number, number];
  const monthEnd = new Date(Date.UTC(2000, month, 0)).getUTCDate() === day;
  const said = monthEnd && kb.byId.get(m.clauses[0]!)?.body.includes(`${month}月底`) ? `${month}月底` : `${month}月${day}日`;
  const filing = m.filedWith.length > 0;
  const name = filing ? '实施方案' : `示范县${m.title}`;
  const what = filing ? `须于${date}前${filedWithText(m)}` : `须在${date}${said.endsWith('底') ? `（${said}）` : ''}前完成并组织实施`;
  let answer: string;
  if (days > 0) answer = `${name}${what}。今天距截止还有${days}天。`;
  else if (days === 0) answer = `${name}${what}。今天（${date}）就是截止日。`;
  else answer = `${name}已于${date}截止，已过去${-days}天。按通知要求，${filing ? `实施方案应在此前${filedWithText(m)}` : `${m.title}工作应在${said}前完成并组织实施`}。`;
  // The letter and the plan both set the filing date: the more specific letter is quoted first, and said to agree.
  const setters = m.clauses.map((id) => kb.byId.get(id)).filter((c): c is Clause => c !== undefined && c.body.includes(said));
  if (setters.length > 1 && new Set(setters.map((c) => c.documentId)).size > 1) answer += `${setters.map(citationLabel).join('与')}对这一时间的规定一致。`;
  return { answered: true, answer, citations: m.clauses.map((id) => kb.cite(id, kb.sentenceWith(id, [said]))), clauseId: m.clauses[0]!, intent: `deadline:${m.id}` };
}

/** Several drafts said as one answer (the first one's clause serves it). */
export function joinDrafts(drafts: readonly Draft[], intent?: string): Draft {
  return { ...drafts[0]!, answer: drafts.map((d) => d.answer).join(''), citations: drafts.flatMap((d) => d.citations), intent: intent ?? drafts[0]!.intent };
}
