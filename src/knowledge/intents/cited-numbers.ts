import type { KnowledgeBase } from '../base.ts';
import type { Draft } from '../phrasing.ts';
import type { CitedDocument } from './cited-documents.ts';

/** The numbered documents the notice cites (of the year asked, if one is), each with its 文号. */
export function citedNumbers(kb: KnowledgeBase, q: string, cited: readonly CitedDocument[], full: (d: CitedDocument) => string): Draft | undefined {
  const year = /(\d{4})年?的/.exec(q)?.[1];
  // 方案里引的: the plan's citations first (the letter repeats some of them).
  const inPlan = (d: CitedDocument) => (/方案/.test(q) && kb.byId.get(d.clauseId)?.documentId === 'plan' ? 0 : 1);
  const all = [...cited].sort((a, b) => inPlan(a) - inPlan(b)).filter((d, k, ds) => d.number && ds.findIndex((e) => e.number === d.number) === k);
  const docs = all.filter((d) => !year || d.number.includes(`〔${year}〕`));
  if (!docs.length) return undefined;
  const cite = [...new Set(docs.map((d) => d.clauseId))].map((id) => kb.cite(id, docs.filter((d) => d.clauseId === id).map(full).join('、')));
  return { answered: true, answer: `通知引用的${year ? `${year}年` : ''}文件有：${docs.map(full).join('；')}。`, citations: cite, clauseId: docs[0]!.clauseId, intent: 'fact:documents:cited' };
}
