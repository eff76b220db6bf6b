import { fail, ok, type Result } from '../../core/errors.ts';
import { shanghaiDate } from '../../core/clock.ts';
import type { Citation } from '../../core/reply.ts';
import { readDate } from '../../forms/dates.ts';
import { spelledOut } from '../../forms/date-typed.ts';
import { noticeClauses } from '../../knowledge/cite.ts';
import { milestoneClauseFor, milestoneRequirement, type Programme } from '../../programme.ts';
import type { Milestone } from '../../../storage/schema.ts';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 2018-09-30 → 2018年9月30日. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2018-09-30 → 9月30日（星期日）. */
export function formatDayWithWeekday(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日（${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}）`;
}

/**
 * What a deadline moved by command to today or to a day already past must say: a command cannot ask back
 * (“是” confirms nothing), so the reply spells the day out in full, lest a mistyped date pass unnoticed.
 * Empty for a day still ahead.
 */
export function movedDueNote(title: string, date: string, daysLeft: number): string {
  const retry = `如日期有误，请重新发送：调整截止 ${title} 新日期。`;
  if (daysLeft === 0) return `请注意：新的截止日期就是今天，${spelledOut(date)}，尚未完成的示范县将按今日截止提醒。${retry}`;
  if (daysLeft < 0) return `请注意：新的截止日期${spelledOut(date)}已经过去（${-daysLeft}天前），尚未完成的示范县将按逾期事项提醒。${retry}`;
  return '';
}

function validDate(y: number, m: number, d: number): string | undefined {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.getUTCMonth() + 1 !== m || t.getUTCDate() !== d ? undefined : iso;
}

export const DATE_HINT = '请输入日期，例如 2026-12-20 或 2026年12月20日';

/** A milestone this many years before or after today is a typo (1018 for 2018 would escalate at once, 2108 would never remind). */
const MAX_YEARS_AWAY = 10;

function nearEnough(iso: string, typed: string, now: Date): Result<string> {
  const away = Math.abs(Number(iso.slice(0, 4)) - Number(shanghaiDate(now).slice(0, 4)));
  return away <= MAX_YEARS_AWAY ? ok(iso) : fail(`“${typed}”与今天相差超过${MAX_YEARS_AWAY}年，请核对年份。${DATE_HINT}`);
}

/**
 * Parses 2026-12-20, 2026/12/20, 2026.12.20, 2026年12月20日 or 12月20日 (this year, as of `now`); and a date as
 * staff type it (下周五, 月底, 十月十号, 下礼拜三), read as the forms read dates. A date that is not certain
 * (十一前, 节后, 10/11, a day already past) is never guessed: the reading is spelled out and the person asked to
 * send the exact date, since a command has no "是" to confirm with.
 */
export function parseDate(text: string, now: Date): Result<string> {
  const strict = strictDate(text, now);
  if (strict.ok || !/^无法识别/.test(strict.error)) return strict;
  // (十月底 is the month's last day here: a command has no 是 to confirm the reading with.)
  const read = readDate(text, now, { endAsked: false });
  if (!read.ok) return strict;
  if (read.confirm === undefined) return nearEnough(read.value, text.trim(), now);
  const question = read.confirm
    .replace(/回复“是”确认，或直接(?:重新输入|告诉我具体哪一天)。$/, '')
    .replace(/请告诉我具体哪一天，例如 下周五 或 9月28日。$/, '');
  const exact = read.value ? `如无误，请用具体日期重新发送（${read.value}）。` : '请用具体日期重新发送，例如 2026-12-20。';
  return fail(`${question || `“${text.trim()}”没有说具体是哪一天。`}${exact}`);
}

function strictDate(text: string, now: Date): Result<string> {
  const t = text.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) {
    const iso = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? nearEnough(iso, t, now) : fail(`“${t}”不是有效日期。${DATE_HINT}`);
  }
  m = /^(\d{1,2})月(\d{1,2})日?$/.exec(t);
  if (m) {
    const iso = validDate(Number(shanghaiDate(now).slice(0, 4)), Number(m[1]), Number(m[2]));
    return iso ? ok(iso) : fail(`“${t}”不是有效日期。${DATE_HINT}`);
  }
  return fail(`无法识别日期“${t}”。${DATE_HINT}`);
}

/** The names a milestone answers to: its id, its title and, for programme milestones, its aliases. */
export function milestoneNames(m: Milestone, programme: Programme): string[] {
  const data = programme.data.milestones.find((x) => x.id === m.id);
  return [m.title, m.id, ...(data?.aliases ?? [])];
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Finds an open milestone by id, title or alias, then by a unique partial title. */
export function findMilestone(milestones: readonly Milestone[], programme: Programme, query: string): Result<Milestone> {
  const q = norm(query);
  if (!q) return fail('请写明截止事项的名称或编号，例如：实施方案备案');
  const exact = milestones.filter((m) => milestoneNames(m, programme).some((n) => norm(n) === q));
  if (exact.length === 1) return ok(exact[0]!);
  const partial = exact.length ? exact : milestones.filter((m) => norm(m.title).includes(q) || q.includes(norm(m.title)));
  if (partial.length === 1) return ok(partial[0]!);
  const list = milestones.map((m) => m.title).join('、');
  if (partial.length > 1) return fail(`“${query}”对应多个截止事项：${partial.map((m) => m.title).join('、')}，请写明完整名称或编号。`);
  return fail(`未找到截止事项“${query}”。当前的截止事项有：${list || '无'}。`);
}

/**
 * Splits "实施方案备案 甘卓商发〔2018〕12号" into a milestone and a note: the longest name
 * that starts the text wins; otherwise the first word is the name.
 */
export function splitMilestoneAndNote(
  milestones: readonly Milestone[],
  programme: Programme,
  text: string,
): Result<{ milestone: Milestone; note: string | null }> {
  const t = text.trim();
  const names = milestones.flatMap((m) => milestoneNames(m, programme).map((n) => ({ m, n }))).sort((a, b) => b.n.length - a.n.length);
  for (const { m, n } of names) {
    if (t.toLowerCase().startsWith(n.toLowerCase())) {
      const note = t
        .slice(n.length)
        .replace(/^[\s,，:：;；]+/, '')
        .trim();
      return withNote(m, note);
    }
  }
  const [first = '', ...rest] = t.split(' ');
  const found = findMilestone(milestones, programme, first);
  if (!found.ok) return found;
  return withNote(found.value, rest.join(' ').trim());
}

/** Notes are shown in every overview table; a pasted document would swamp them. */
const MAX_NOTE = 200;

function withNote(milestone: Milestone, note: string): Result<{ milestone: Milestone; note: string | null }> {
  if (note.length > MAX_NOTE) return fail(`备注请不超过${MAX_NOTE}个字（现有${note.length}字），例如：已完成 ${milestone.title} 甘卓商发〔2018〕12号`);
  return ok({ milestone, note: note || null });
}

/** A fresh id for a milestone added in chat or by CLI: m-20261220, m-20261220-2, … */
export function newMilestoneId(dueDate: string, taken: ReadonlySet<string>): string {
  const base = `m-${dueDate.replaceAll('-', '')}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * The clause of the notice that sets a milestone for the counties of one 市州 (null: for
 * everyone), quoting the sentence that names its month (e.g. “…9月30日前报省商务厅…”);
 * another 市州's letter is never quoted. Undefined for milestones added in chat.
 */
export function milestoneCitation(programme: Programme, m: Pick<Milestone, 'id' | 'clause_id'>, prefectureId: string | null): Citation | undefined {
  const data = programme.data.milestones.find((x) => x.id === m.id);
  const clauseId = milestoneClauseFor(programme.data, { id: m.id, clauseId: m.clause_id }, prefectureId);
  if (!clauseId) return undefined;
  const clause = noticeClauses(programme).get(clauseId);
  if (!clause) return undefined;
  const month = data ? `${Number(data.due.slice(5, 7))}月` : undefined;
  const quote = (month && clause.sentences.find((s) => s.includes(month))) ?? clause.sentences[0] ?? clause.body;
  return { source: clause.source, section: clause.section, quote };
}

/** What a milestone asks of the counties of one 市州: the programme's wording (with that 市州's letter's, if any), or what was typed in chat. */
export function milestoneDetail(programme: Programme, m: Pick<Milestone, 'id' | 'detail'>, prefectureId: string | null): string | null {
  const data = programme.data.milestones.find((x) => x.id === m.id);
  return data ? milestoneRequirement(programme.data, data, prefectureId).detail : m.detail;
}
