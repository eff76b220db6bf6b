import type { Citation } from '../../core/reply.ts';
import { parseNotice, type Clause } from '../../knowledge/notice.ts';
import type { Programme } from '../../programme.ts';

const cache = new WeakMap<Programme, ReadonlyMap<string, Clause>>();

/** A citation of a clause of the programme's notice: the document as people cite it, the section label and the quoted rule. */
export function citeClause(programme: Programme, clauseId: string, quote: string): Citation {
  let clauses = cache.get(programme);
  if (!clauses) {
    clauses = new Map(parseNotice(programme.noticeMarkdown, programme.data.documents).map((c) => [c.id, c]));
    cache.set(programme, clauses);
  }
  const clause = clauses.get(clauseId);
  return { source: clause?.source ?? programme.data.name, section: clause?.section ?? '', quote };
}
