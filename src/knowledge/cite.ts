import type { Citation } from '../core/reply.ts';
import type { Programme } from '../programme.ts';
import { parseNotice, type Clause } from './notice.ts';

const cache = new WeakMap<Programme, ReadonlyMap<string, Clause>>();

/** The notice's clauses by id, parsed once per programme. */
export function noticeClauses(programme: Programme): ReadonlyMap<string, Clause> {
  let clauses = cache.get(programme);
  if (!clauses) {
    clauses = new Map(parseNotice(programme.noticeMarkdown, programme.data.documents).map((c) => [c.id, c]));
    cache.set(programme, clauses);
  }
  return clauses;
}

/** A citation of a clause of the programme's notice: the document as people cite it, the section label and the quoted rule. */
export function citeClause(programme: Programme, clauseId: string, quote: string): Citation {
  const clause = noticeClauses(programme).get(clauseId);
  return { source: clause?.source ?? programme.data.name, section: clause?.section ?? '', quote };
}
