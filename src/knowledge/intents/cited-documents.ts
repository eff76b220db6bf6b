import type { KnowledgeBase } from '../base.ts';
import type { Clause } from '../notice.ts';

/**
 * The documents a clause cites, 《title》（文号）, with the bodies named right before the title as their issuers
 * (read from the notice text); used by the documents intent and the cited numbers.
 */

/** 《title》（文号） as cited in a clause. */
export interface CitedDocument {
  /** The bodies named right before the title (财政部办公厅、商务部办公厅…), if any. */
  readonly issuers: string;
  readonly title: string;
  readonly number: string;
  readonly clauseId: string;
}

const CITED = /(《[^》]+》)(?:（([^）]*〔\d{4}〕\d+号)）)?/g;

/** The bodies named right before a title: the text since the last mark, if it ends with a body (厅, 部, 办…). */
function issuersBefore(text: string): string {
  const run = text.slice(Math.max(0, text.length - 40)).split(/[，。；：（）、]?(?:以|依据|按照|根据)|[，。；：（）]/).pop() ?? '';
  const body = run.replace(/^、+/, '');
  return /(厅|部|办|司|局|委|院|府)$/.test(body) ? body : '';
}

/** The documents a clause cites, in order, with their 文号 where given. */
export function citedDocuments(clause: Clause): CitedDocument[] {
  return [...clause.body.matchAll(CITED)].map((m) => ({ issuers: issuersBefore(clause.body.slice(0, m.index)), title: m[1]!, number: m[2] ?? '', clauseId: clause.id }));
}

export const full = (d: CitedDocument) => `${d.title}${d.number ? `（${d.number}）` : ''}`;

/** The national notice of the programme's year, cited by the plan (not one of the programme's own documents). */
export function nationalNotice(kb: KnowledgeBase): CitedDocument | undefined {
  const own = Object.values(kb.data.documents).map((d) => d.cite);
  return kb.clauses.flatMap(citedDocuments).find((d) => d.title.includes(`${kb.data.year}年`) && !own.some((c) => c.includes(d.title)));
}

/** 附件2附在文件里了吗: an annex the question names whose text the notice does not hold (no part titled 附件2) is said to be missing. */
export function missingAnnex(kb: KnowledgeBase, q: string): string {
  const n = /附件([1-9])/.exec(q.replace(/附件二/g, '附件2').replace(/附件一/g, '附件1'))?.[1];
  return n && !kb.clauses.some((c) => c.level === 1 && c.title.startsWith(`附件${n}`)) ? `附件${n}的正文不在本通知文本中。` : '';
}

/**
 * 建设计划表是几号附件, 绩效考核办法是哪个附件: the number of the annex the question names by the end of its title (计划表, 核办法),
 * said in words (附件1), since the list writes it only as 1.; then whether its text is here.
 */
/** 计划表是第几号附件, 考核办法是附件几号: which number an annex carries (not a document's 文号). */
export const ASKS_ANNEX_NUMBER = /附件(?:是|为|排)?(?:第?几号?|多少号|编号)|第?几[号个]?附件|哪(?:个|一?号|一个)附件|附件[^，,。？?]{0,4}排第几/;

export function annexNote(kb: KnowledgeBase, q: string, list: string): string {
  if (!ASKS_ANNEX_NUMBER.test(q)) return missingAnnex(kb, q);
  const named = [...list.matchAll(/([1-9])[.．、]\s*([^\s]+?)(?=\s+[1-9][.．、]|。?$)/g)].filter((m) => q.includes(m[2]!.slice(-3)));
  if (named.length !== 1) return missingAnnex(kb, q);
  const [, n, title] = named[0]!;
  return `其中，${title}是附件${n}。${missingAnnex(kb, `附件${n}`)}`;
}

/** 附件2考核办法全名: a cited document asked as an annex is cited from the list of annexes, which says it is that annex. */
export function annexed(kb: KnowledgeBase, q: string, doc: CitedDocument): CitedDocument {
  const n = /附件([1-9])/.exec(q.replace(/附件二/g, '附件2').replace(/附件一/g, '附件1'))?.[1];
  const list = n ? kb.clauses.find((c) => /^附件/.test(c.title) && c.level > 1) : undefined;
  const plain = doc.title.replace(/[《》]/g, '');
  return list && new RegExp(`${n}[.．、]\\s*${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(list.body) ? { ...doc, issuers: '', number: '', clauseId: list.id } : doc;
}
