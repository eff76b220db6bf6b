import { askedType } from '../asked-type.ts';
import { refuse } from '../phrasing.ts';
import { citedDocuments, full } from './cited-documents.ts';
import { intent } from './types.ts';

/**
 * 102号文里每个县定了多少钱: a figure or a date inside a document the notice only cites (as its basis). The notice
 * names the document but does not give its content, so its own figures (每县1500万元) are not that document's answer.
 * Who issued it or what it is called (102号文是谁发的) stays with the documents intent.
 */
export const citedContent = intent({
  id: 'refusal:cited-content',
  recognise: ({ raw }, kb) => {
    const number = /(\d+)号(?:文件?)?(?:里|中|上|里面|上面|规定|定)/.exec(raw)?.[1];
    if (!number || Object.values(kb.data.documents).some((d) => d.cite.includes(`〕${number}号`))) return undefined;
    const doc = kb.clauses.flatMap(citedDocuments).find((d) => d.number.endsWith(`〕${number}号`));
    const asked = askedType(raw);
    return doc && (asked === 'quantity' || asked === 'time') ? doc : undefined;
  },
  answer: (doc, question, kb) => refuse(kb, question.q, `您所问的这一事项（本通知只引用了${full(doc)}，未载明其具体内容）`, 'refusal:cited-content', doc.clauseId),
});
