import type { KnowledgeBase } from '../base.ts';
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

/** The programme itself asked for by its full name (这个项目的全称, 咱这示范项目全名叫什么), not a body's or a column's. */
const PROGRAMME_FULL = /(?:^|这个|这|咱们?(?:这个?)?的?|我们(?:这个)?的?|本|此|[，,])(?:电商)?(?:综合)?(?:示范)?(?:项目|示范)的?(?:全称|全名|完整的?名(?:称|字)|正式名称)/;

/** The letter's heading clause (its title names the issuers and the plan it forwards). */
const letterHead = (kb: KnowledgeBase) => kb.clauses.find((c) => c.level === 1 && /〔\d{4}〕\d+号/.test(c.title) && /关于/.test(c.title));

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
    // 项目完整名称是什么: the programme's own name, which the notice gives in the title of the plan it forwards.
    if (PROGRAMME_FULL.test(raw)) return { programme: true as const, short: '本项目', head: letterHead(kb), full: kb.data.name };
    const short = SHORT.exec(raw)?.[1]?.replace(/^(?:请问|问下|这个|那个|咱|我们)/, '');
    if (!short || !/[局厅办委府部室司]$/.test(short) || !kb.clauses.some((c) => `${c.title}${c.body}`.includes(short))) return undefined;
    const head = letterHead(kb);
    const issuers = (/^(.+?)关于/.exec(head?.title ?? '')?.[1] ?? '').split(/\s+/).filter(Boolean);
    return { short, head, full: issuers.find((f) => f.length > short.length && spells(short, f)) };
  },
  answer: ({ short, head, full, ...rest }, question, kb) => {
    if (!full || !head) return refuse(kb, question.q, `${short}的全称`, 'refusal:full-name');
    if ('programme' in rest) {
      const line = head.sentences.find((s) => s.includes(full)) ?? head.title;
      const plan = Object.values(kb.data.documents).find((d) => d.title.startsWith(full) && d.title !== full)?.title;
      const where = plan ? `（见${kb.data.documents[head.id]?.cite ?? '本通知'}所转发的《${plan}》）` : '';
      return { answered: true, answer: `按通知，本项目的全称为“${full}”${where}。`, citations: [kb.cite(head.id, line)], clauseId: head.id, intent: 'fact:full-name' };
    }
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
