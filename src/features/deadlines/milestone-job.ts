import type { Config } from '../../config.ts';
import { addDays, daysUntil, shanghaiDate } from '../../core/clock.ts';
import { within, type Job, type JobKit, type PlannedMessage } from '../../core/job.ts';
import { milestoneEscalation, milestoneReminder } from './messages.ts';
import { formatDate as fullDate, milestoneCitation, milestoneDetail } from './milestones.ts';
import type { Programme } from '../../programme.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import { countyRecipients, prefectureGroups } from './recipients.ts';

export interface MilestoneJobDeps {
  readonly repos: Repositories;
  readonly programme: Programme;
  readonly config: Pick<Config, 'CRON_MILESTONES' | 'REMINDER_DAYS_BEFORE' | 'OVERDUE_REMIND_EVERY_DAYS'>;
  readonly kit: JobKit;
}

/** Escalations to the prefecture group: the first overdue day, then weekly while any county is late. */
const ESCALATE_EVERY_DAYS = 7;
/** Overdue reminders and escalations stop this long after the due date; a milestone still open by then needs a person, not a bot. */
export const MAX_OVERDUE_DAYS = 90;
/** How far past a window the slot sequence is built, so a reminder pushed past a holiday is seen. */
const HORIZON_DAYS = 16;

/** The slots of one milestone: T-n before it is due, then D+k while overdue. */
function reminderSlots(deps: MilestoneJobDeps, due: string, from: Date, to: Date) {
  const first = addDays(shanghaiDate(from), -HORIZON_DAYS);
  const last = addDays(shanghaiDate(to), HORIZON_DAYS);
  const raw: { label: string; nominal: Date; data: null }[] = [];
  const before = [...new Set(deps.config.REMINDER_DAYS_BEFORE)].sort((a, b) => b - a);
  for (const n of before) {
    const date = addDays(due, -n);
    const nominal = date >= first && date <= last ? deps.kit.nominalOn(deps.config.CRON_MILESTONES, date) : undefined;
    if (nominal) raw.push({ label: `T-${n}`, nominal, data: null });
  }
  const every = deps.config.OVERDUE_REMIND_EVERY_DAYS;
  for (let k = every; k <= MAX_OVERDUE_DAYS && addDays(due, k) <= last; k += every) {
    const date = addDays(due, k);
    if (date < first) continue;
    const nominal = deps.kit.nominalOn(deps.config.CRON_MILESTONES, date);
    if (nominal) raw.push({ label: `D+${k}`, nominal, data: null });
  }
  raw.sort((a, b) => a.nominal.getTime() - b.nominal.getTime());
  return deps.kit.deliverable(raw).filter((s) => within(s.delivery, from, to));
}

/**
 * The escalation slots of one milestone: the first overdue day, then weekly while overdue.
 * `later` (the province's) drops the first slot actually delivered, so the province hears a week after the 市州.
 */
export function escalationSlots(deps: Pick<MilestoneJobDeps, 'config' | 'kit'>, due: string, from: Date, to: Date, later = false) {
  const first = addDays(shanghaiDate(from), -HORIZON_DAYS);
  const last = addDays(shanghaiDate(to), HORIZON_DAYS);
  const raw: { label: string; nominal: Date; data: null }[] = [];
  for (let k = 1; k <= MAX_OVERDUE_DAYS && addDays(due, k) <= last; k += ESCALATE_EVERY_DAYS) {
    const date = addDays(due, k);
    // The province's sequence needs the 市州's from its start, to know which slot came first.
    if (date < first && !later) continue;
    const nominal = deps.kit.nominalOn(deps.config.CRON_MILESTONES, date);
    if (nominal) raw.push({ label: `D+${k}`, nominal, data: null });
  }
  return deps.kit
    .deliverable(raw)
    .slice(later ? 1 : 0)
    .filter((s) => within(s.delivery, from, to));
}

function slotName(label: string): string {
  if (label === 'T-0') return '截止当天提醒';
  return label.startsWith('T-') ? `截止前${label.slice(2)}天提醒` : `逾期${label.slice(2)}天提醒`;
}

/** Reminds each county that has not done a milestone, and tells the prefecture group who is late. */
export function milestoneRemindersJob(deps: MilestoneJobDeps): Job {
  const { repos, programme } = deps;
  return {
    name: 'milestones',
    crons: [deps.config.CRON_MILESTONES],
    async plan(from, to, now) {
      const milestones = await repos.milestones.listMilestones({ programmeId: programme.data.id });
      if (!milestones.length) return [];
      const done = new Set((await repos.milestones.listMilestoneStatus(milestones.map((m) => m.id))).map((s) => `${s.milestone_id}:${s.county_id}`));
      const counties = await countyRecipients(
        repos,
        programme.data.counties.map((c) => c.id),
      );
      const groups = await prefectureGroups(repos, [...new Set(counties.map((c) => c.prefectureId).filter((p): p is string => !!p))]);
      const out: PlannedMessage[] = [];
      for (const m of milestones) {
        // A prefecture's own milestone concerns only its counties.
        const concerned = counties.filter((c) => m.prefecture_id === null || c.prefectureId === m.prefecture_id);
        const late = concerned.filter((c) => !done.has(`${m.id}:${c.id}`));
        for (const slot of reminderSlots(deps, m.due_date, from, to)) {
          const sendDay = slot.delivery > now ? slot.delivery : now;
          const daysLeft = daysUntil(sendDay, m.due_date);
          for (const county of late) {
            const message = milestoneReminder({
              countyName: county.name,
              title: m.title,
              dueDate: m.due_date,
              detail: milestoneDetail(programme, m, county.prefectureId),
              daysLeft,
              citation: milestoneCitation(programme, m, county.prefectureId),
            });
            for (const r of county.officials) {
              out.push({
                dedupKey: `milestone:${m.id}:county:${county.id}:${slot.label}@${m.due_date}:to:${r.target.platform}:${r.target.chatId}`,
                target: r.target,
                recipient: r.label,
                reply: message,
                reason: `${m.title}（${fullDate(m.due_date)}截止）${slotName(slot.label)}：${county.name}尚未完成`,
                dueAt: slot.delivery,
              });
            }
          }
        }
        for (const slot of escalationSlots(deps, m.due_date, from, to)) {
          const today = shanghaiDate(slot.delivery > now ? slot.delivery : now);
          for (const [prefectureId, chats] of groups) {
            const inPrefecture = concerned.filter((c) => c.prefectureId === prefectureId);
            const lateHere = inPrefecture.filter((c) => !done.has(`${m.id}:${c.id}`));
            if (!lateHere.length) continue;
            const message = milestoneEscalation({
              title: m.title,
              dueDate: m.due_date,
              today,
              lateCounties: lateHere.map((c) => c.name),
              doneCount: inPrefecture.length - lateHere.length,
              totalCount: inPrefecture.length,
              citation: milestoneCitation(programme, m, prefectureId),
            });
            for (const r of chats) {
              out.push({
                dedupKey: `milestone:${m.id}:prefecture:${prefectureId}:${slot.label}@${m.due_date}:to:${r.target.platform}:${r.target.chatId}`,
                target: r.target,
                recipient: r.label,
                reply: message,
                reason: `${m.title}（${fullDate(m.due_date)}截止）逾期通报：${lateHere.map((c) => c.name).join('、')}未完成`,
                dueAt: slot.delivery,
              });
            }
          }
        }
      }
      return out;
    },
  };
}
