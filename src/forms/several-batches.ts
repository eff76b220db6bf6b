import type { Clause } from './clauses.ts';
import { unitWritten } from './quantity.ts';
import { NOT_A_PART, PER, TOTAL } from './several-words.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * At a count, a message whose figures are all in other units than the field's (3期, 80人 at the sessions): so
 * much per item is no answer, the one count of items left is offered in its own unit (asked), the people go to
 * their field, and named batches in one unit are added up (asked). Used by several.ts when no figure is the
 * field's own; undefined when none of these applies.
 */
export function batchesAtCount(field: FieldSpec, read: readonly Clause[], anyOwn: boolean): Several | undefined {
  if (anyOwn || field.kind !== 'count') return undefined;
  const unitOf = (c: Clause) => unitWritten(c.text.normalize('NFKC'));
  // 培训了3期，每期40人 at the sessions: so much per item is no answer; the one other count is, in its own unit (asked).
  const notPer = read.filter((c) => !PER.test(c.text));
  if (notPer.length === 1 && notPer.length < read.length && notPer[0]!.otherKind === 'count') {
    const n = notPer[0]!.other!.value;
    if (Number.isInteger(n) && n > 0) return { kind: 'pick', value: n, how: 'one', from: [notPer[0]!.text], others: [] };
  }
  // 4期共120人次, 办了2期，参训80人 at the sessions: the people are another field's figure; the one count left is
  // offered in its own unit (asked), the people to their field.
  const people = (c: Clause) => /人/.test(unitOf(c) ?? '');
  const items = notPer.filter((c) => c.otherKind === 'count' && !people(c));
  if (!/人/.test(field.unit ?? '') && read.length === 2 && items.length === 1 && read.some(people)) {
    const n = items[0]!.other!.value;
    const peopleSaid = read.find(people)!;
    if (Number.isInteger(n) && n > 0)
      return {
        kind: 'pick',
        value: n,
        how: 'one',
        from: [items[0]!.text],
        others: [{ text: peopleSaid.text, kind: 'count', value: peopleSaid.other!.value, unit: unitOf(peopleSaid) ?? '人' }],
      };
  }
  // 5个标段，中标价310万 at the tenders: the one count beside money only (another kind) is offered in its own unit
  // (asked); the money is no figure of this field.
  const counts = read.filter((c) => c.otherKind === 'count');
  const lone = counts.length === 1 && !/人/.test(field.unit ?? '') && !people(counts[0]!) && !PER.test(counts[0]!.text) ? counts[0]!.other!.value : 0;
  if (lone > 0 && Number.isInteger(lone) && read.length >= 2 && read.every((c) => c === counts[0] || c.otherKind === 'amount'))
    return { kind: 'pick', value: lone, how: 'one', from: [counts[0]!.text], others: [] };
  // 电商培训1期、直播培训2期 at the sessions: named batches in one unit of their own, added up (asked, in that unit).
  const batch = (c: Clause) => c.otherKind === 'count' && Boolean(c.label) && !people(c) && ![TOTAL, NOT_A_PART, PER].some((w) => w.test(c.text));
  if (read.length >= 2 && read.every(batch) && new Set(read.map(unitOf)).size === 1 && new Set(read.map((c) => c.label)).size === read.length)
    return { kind: 'pick', value: read.reduce((t, c) => t + c.other!.value, 0), how: 'sum', from: read.map((c) => c.text), others: [] };
  return undefined;
}
