import { sql } from 'kysely';
import { ERROR_TEXT } from '../../src/core/router.ts';
import type { Reply } from '../../src/core/reply.ts';
import { isPostgres, type Db } from '../../storage/database.ts';

/** What must never reach a person: internals, JavaScript leftovers, English errors, the catch-all error. */
const LEAKS: readonly RegExp[] = [
  /\bundefined\b/,
  /\bNaN\b/,
  /\[object \w+\]/,
  /\bnull\b/,
  /\n\s+at .+[:(]\d+/,
  /\w+Error\b/,
  /SQLITE_/,
  /\b(error|exception|failed|cannot|unexpected|invalid|not found|stack)\b/i,
];

/**
 * Problems in what a person reads. Whatever the person typed may be quoted back,
 * so their own words are taken out first.
 */
export function replyLeaks(replies: readonly Reply[], input: string): string[] {
  const own = [input, input.normalize('NFKC'), ...input.normalize('NFKC').split(/[\s:：]+/)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  for (const r of replies) {
    if (typeof r.text !== 'string' || !r.text.trim()) problems.push('a reply without text');
    if (r.text === ERROR_TEXT) problems.push('the catch-all error reply (a handler threw)');
    let text = r.text ?? '';
    for (const w of own) text = text.split(w).join(' ');
    for (const re of LEAKS) if (re.test(text)) problems.push(`${re} in: ${text.slice(0, 300)}`);
  }
  return problems;
}

/** SQLite's own integrity and foreign-key checks (PostgreSQL enforces foreign keys on every statement). */
async function sqliteProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  if (integrity.rows.map((r) => r.integrity_check).join() !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity.rows)}`);
  const fk = await sql`pragma foreign_key_check`.execute(db);
  if (fk.rows.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.rows.slice(0, 5))}`);
  return problems;
}

/** Whole-database checks: the store's own, then the programme's rules over what was stored. */
export async function consistencyProblems(db: Db): Promise<string[]> {
  const problems: string[] = isPostgres(db) ? [] : await sqliteProblems(db);

  for (const c of await db.selectFrom('conversations').select(['key', 'state', 'status']).execute()) {
    try {
      const s: unknown = JSON.parse(c.state);
      if (!s || typeof s !== 'object') problems.push(`conversation ${c.key}: state is not an object`);
    } catch {
      problems.push(`conversation ${c.key} (${c.status}): state is not JSON`);
    }
  }

  const values = await db
    .selectFrom('report_values')
    .innerJoin('reports', 'reports.id', 'report_values.report_id')
    .select(['reports.id', 'reports.county_id', 'reports.period', 'report_values.field', 'report_values.num', 'report_values.text'])
    .execute();
  const byReport = new Map<number, { county: string; period: string; v: Record<string, number | null> }>();
  for (const row of values) {
    const r = byReport.get(row.id) ?? { county: row.county_id, period: row.period, v: {} };
    r.v[row.field] = row.num;
    byReport.set(row.id, r);
    if (row.num !== null && (!Number.isSafeInteger(row.num) || row.num < 0))
      problems.push(`report ${row.id} ${row.field} = ${row.num} is not a whole non-negative number`);
  }
  const spentBy = new Map<string, number>();
  for (const [id, { county, period, v }] of byReport) {
    const n = (k: string) => v[k] ?? 0;
    const parts = n('spent_upstream') + n('spent_service_centre') + n('spent_service_points') + n('spent_training');
    if (parts > n('spent_total')) problems.push(`report ${id} (${county} ${period}): parts ${parts} above the total ${n('spent_total')}`);
    if (n('trainees_poor') > n('trainees')) problems.push(`report ${id}: poor trainees above trainees`);
    if (n('tenders_done') > n('tenders_planned')) problems.push(`report ${id}: tenders done above planned`);
    if (v.spent_total === undefined) problems.push(`report ${id}: no spent_total`);
    spentBy.set(county, (spentBy.get(county) ?? 0) + n('spent_total'));
  }
  const reports = await db.selectFrom('reports').select(['id', 'county_id', 'period']).execute();
  const periods = new Set<string>();
  for (const r of reports) {
    if (!byReport.has(r.id)) problems.push(`report ${r.id} has no values`);
    const key = `${r.county_id}:${r.period}`;
    if (periods.has(key)) problems.push(`two reports for ${key}`);
    periods.add(key);
  }
  for (const c of await db.selectFrom('counties').select(['id', 'allocation_yuan', 'poor_villages']).execute()) {
    if ((spentBy.get(c.id) ?? 0) > c.allocation_yuan)
      problems.push(`${c.id}: cumulative spending ${spentBy.get(c.id)} above the allocation ${c.allocation_yuan}`);
    if (c.poor_villages !== null && !(Number.isSafeInteger(c.poor_villages) && c.poor_villages >= 1 && c.poor_villages <= 10_000))
      problems.push(`${c.id}: poor_villages ${c.poor_villages}`);
  }
  // Every effect was made by someone allowed to make it.
  const people = new Map((await db.selectFrom('people').select(['id', 'role', 'county_id', 'prefecture_id']).execute()).map((p) => [p.id, p]));
  const countyPrefecture = new Map((await db.selectFrom('counties').select(['id', 'prefecture_id']).execute()).map((c) => [c.id, c.prefecture_id]));
  const mayAct = (personId: number | null, countyId: string) => {
    const p = personId === null ? undefined : people.get(personId);
    return p?.role === 'official'
      ? p.county_id === countyId
      : p?.role === 'prefecture'
        ? p.prefecture_id !== null && p.prefecture_id === countyPrefecture.get(countyId)
        : false;
  };
  for (const r of await db.selectFrom('reports').select(['id', 'county_id', 'submitted_by']).execute()) {
    if (!mayAct(r.submitted_by, r.county_id)) problems.push(`report ${r.id} of ${r.county_id} filed by person ${r.submitted_by}, who may not`);
  }
  for (const rev of await db
    .selectFrom('report_revisions')
    .innerJoin('reports', 'reports.id', 'report_revisions.report_id')
    .select(['report_revisions.id', 'reports.county_id', 'changed_by'])
    .execute()) {
    if (!mayAct(rev.changed_by, rev.county_id)) problems.push(`revision ${rev.id} of ${rev.county_id} by person ${rev.changed_by}, who may not`);
  }
  for (const s of await db.selectFrom('milestone_status').selectAll().execute()) {
    const p = s.done_by === null ? undefined : people.get(s.done_by);
    if (p?.role !== 'official' || p.county_id !== s.county_id)
      problems.push(`milestone ${s.milestone_id} marked done for ${s.county_id} by person ${s.done_by}`);
  }
  for (const m of await db.selectFrom('milestones').select(['id', 'created_by', 'source']).where('source', '=', 'chat').execute()) {
    const role = m.created_by === null ? undefined : people.get(m.created_by)?.role;
    if (role !== 'prefecture' && role !== 'admin') problems.push(`milestone ${m.id} added in chat by person ${m.created_by} (${role ?? 'nobody'})`);
  }
  for (const c of await db.selectFrom('chats').select(['platform_chat_id', 'registered_by']).where('registered_by', 'is not', null).execute()) {
    const role = people.get(c.registered_by!)?.role;
    if (role !== 'prefecture' && role !== 'admin') problems.push(`chat ${c.platform_chat_id} registered by a ${role}`);
  }
  for (const m of await db.selectFrom('milestones').selectAll().execute()) {
    if (!m.title.trim() || m.title.length > 60) problems.push(`milestone ${m.id}: title ${JSON.stringify(m.title.slice(0, 80))}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(m.due_date) || Number.isNaN(new Date(`${m.due_date}T00:00:00Z`).getTime()))
      problems.push(`milestone ${m.id}: due date ${m.due_date}`);
  }
  return problems;
}
