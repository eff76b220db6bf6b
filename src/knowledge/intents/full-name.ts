import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 州财政局全称叫啥: a body's full name, which the notice gives only for the letter's issuers (its heading: 甘南州商务局
 * 甘南州财政局 甘南州扶贫开发办公室). Elsewhere it uses short forms (州扶贫办, 省扶贫办): a short form an issuer's full
 * name spells out is answered from the heading; one the notice names only in short is refused, not answered with
 * the clause that happens to name it.
 */

const ASKS_FULL = /全称|全名|完整的?名(?:称|字)|正式名称/;
const SHORT = /(\p{Script=Han}{3,8}?)的?(?:全称|全名|完整的?名|正式名称)/u;

/** Whether every character of the short form appears in the full name, in order (州扶贫办 in 甘南州扶贫开发办公室). */
function spells(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

export const fullName = intent({
  id: 'fact:full-name',
  recognise: ({ raw }, kb) => {
    if (!ASKS_FULL.test(raw)) return undefined;
    const short = SHORT.exec(raw)?.[1]?.replace(/^(?:请问|问下|这个|那个|咱|我们)/, '');
    if (!short || !/[局厅办委府部室司]$/.test(short) || !kb.clauses.some((c) => `${c.title}${c.body}`.includes(short))) return undefined;
    const head = kb.clauses.find((c) => c.level === 1 && /〔\d{4}〕\d+号/.test(c.title) && /关于/.test(c.title));
    const issuers = (/^(.+?)关于/.exec(head?.title ?? '')?.[1] ?? '').split(/\s+/).filter(Boolean);
    return { short, head, full: issuers.find((f) => f.length > short.length && spells(short, f)) };
  },
  answer: ({ short, head, full }, question, kb) => {
    if (!full || !head) return refuse(kb, question.q, `${short}的全称`, 'refusal:full-name');
    const line = head.sentences.find((s) => s.includes(full)) ?? head.title;
    return {
      answered: true,
      answer: `${short}的全称为${full}（见本通知版头）。`,
      citations: [kb.cite(head.id, line, '版头')],
      clauseId: head.id,
      intent: 'fact:full-name',
    };
  },
});
