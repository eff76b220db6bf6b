import type { KnowledgeBase } from '../base.ts';
import { subjectWords } from '../answerability.ts';
import { canonicalise } from '../text.ts';
import { type CitedDocument, citedDocuments } from './cited-documents.ts';
import { DOCUMENT_WORDS } from './document-words.ts';

/**
 * Which cited document a question means (documents.ts answers its 文号, issuer, year or title):
 * by part of its title as said (绩效目标管理暂行办法, 盘活存量资金那个通知), or by the subject
 * of the sentence citing it (盘活存量资金按哪个文号).
 */

/** Two-character pieces that say only "a document about money" (管理办法, 财政资金): they tell no title from another. */
const GENERIC_PAIR = /^(?:管理|理办|办法|通知|关于|有关|事项|中央|财政|资金|政部|规定|文件|印发|发的|的通|知是)$/;

/** The distinct pairs of Han characters of a text. */
const pairs = (t: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) if (/^\p{Script=Han}{2}$/u.test(t.slice(i, i + 2))) out.add(t.slice(i, i + 2));
  return out;
};

/**
 * The cited document whose title the question quotes (eight characters or more of it); with `loose` (its 文号, year,
 * issuer or name is what is asked), also a shorter part no other title holds.
 */
export function quotedDocument(kb: KnowledgeBase, q: string, loose = false): CitedDocument | undefined {
  // Without the programme's own name (电子商务进农村综合示范…), which many titles and questions share.
  const plain = (t: string) => kb.stripForSearch(canonicalise(t.replace(/[《》〈〉<>]/g, '')));
  // 绩效目标管理那个暂行办法: a pointing word inside the title as said is not part of it.
  // 考核用的省级办法, 考核的那个办法: the words between its subject and 办法 (用的, 省级) are not part of it either.
  const text = plain(
    q
      .replace(/(?<=\p{Script=Han}{2})(?:那个|这个|那份|这份)(?=\p{Script=Han}{2})/gu, '')
      .replace(/(?<=\p{Script=Han}{2})(?:所?用到?的|的)?(?:省级|省里|省上)?的?(?=办法)/gu, ''),
  );
  // The programme's own documents (the plan this notice forwards) are not "cited documents": their name is in every question.
  const own = new Set(Object.values(kb.data.documents).map((d) => plain(d.cite)));
  const cited = kb.clauses.flatMap(citedDocuments).filter((d) => !own.has(plain(d.title)));
  for (const doc of cited) {
    const title = plain(doc.title);
    // A title short once the programme's name is gone (…绩效目标考核办法 → 考核办法) is matched whole.
    if (title.length >= 4 && title.length < 8 && text.includes(title)) return doc;
    for (let i = 0; i + 8 <= title.length; i++) if (text.includes(title.slice(i, i + 8))) return doc;
  }
  // 资金管理办法是哪年的: six characters of one title only (培训费管理办法 is another's).
  const holding = (n: number) => {
    const found = new Map<string, CitedDocument>();
    for (const doc of cited) {
      const title = plain(doc.title);
      for (let i = 0; i + n <= title.length; i++) if (text.includes(title.slice(i, i + n))) found.set(doc.title, doc);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  };
  const six = loose ? holding(6) : undefined;
  if (six) return six;
  // 盘活存量资金那个通知 (盘活财政存量资金): three telling pairs of one title, more than any other title shares.
  const asked = pairs(text);
  const scored = [...new Map(cited.map((d) => [d.title, d])).values()]
    .map((doc) => ({ doc, n: [...pairs(plain(doc.title))].filter((p) => asked.has(p) && !GENERIC_PAIR.test(p)).length }))
    .sort((a, b) => b.n - a.n);
  // (存量资金那个通知: two telling pairs that no other title has at all.)
  if (loose && scored[0] && ((scored[0].n >= 3 && (scored[1]?.n ?? 0) < scored[0].n - 1) || (scored[0].n >= 2 && !scored[1]?.n))) return scored[0].doc;
  // 财建那个文号: a document named by its issuer's code alone (财建, 财办建; no number given), when one cited document has that code.
  if (/〔|\d+号/.test(q)) return undefined;
  const coded = kb.clauses.flatMap(citedDocuments).filter((d) => {
    const code = /^(\p{Script=Han}{2,4})〔/u.exec(d.number)?.[1];
    return code && q.includes(code);
  });
  return new Set(coded.map((d) => d.number)).size === 1 ? coded[0] : undefined;
}

/** 盘活存量资金按哪个文号, 培训按哪个办法 文号: the document cited where the notice speaks of the subject, not the letter's own number. */
/** `alone`: the sentence cites that document only (绩效管理's basis is a list of four, which the basis answer gives). */
export function documentOnSubject(kb: KnowledgeBase, q: string, alone = false): CitedDocument | undefined {
  // 盘活存量资金那个文号: 那个 points at the document asked about, not at this letter (那个文件).
  if (/转发|州|这个?文(?!号)|这份|本通知|那个文(?!号)|\d+号/.test(q)) return undefined;
  const topic = subjectWords(kb, q).filter((w) => !DOCUMENT_WORDS.test(w));
  if (!topic.length) return undefined;
  for (const clause of kb.clauses) {
    for (const doc of citedDocuments(clause)) if (topic.every((w) => clause.sentences.some((s) => s.includes(doc.title) && s.includes(w) && (!alone || (s.match(/《/g) ?? []).length === 1)))) return doc;
  }
  return undefined;
}

