import type { Config } from '../../config.ts';
import { shanghaiDate } from '../../core/clock.ts';
import { within, type Job, type PlannedMessage } from '../../core/job.ts';
import { weekLabel } from '../../core/weeks.ts';
import type { Programme } from '../../programme.ts';
import { WEEKLY_FORM_ID } from '../weekly-report/index.ts';
import { provinceMilestoneEscalation, provinceWeeklyEscalation, type PrefectureLate } from './messages.ts';
import { escalationSlots, type MilestoneJobDeps } from './milestone-job.ts';
import { formatDate, milestoneCitation } from './milestones.ts';
import { countyRecipients, provinceRecipients, type CountyRecipients } from './recipients.ts';
import { plansAround, slotAfter, type WeeklyJobDeps } from './weekly-job.ts';

export interface ProvinceJobDeps extends Omit<WeeklyJobDeps, 'config'> {
  readonly programme: Programme;
  readonly config: WeeklyJobDeps['config'] & MilestoneJobDeps['config'] & Pick<Config, 'CRON_WEEK_PROVINCE_ESCALATE'>;
}

/** The province hears of a week at least a day after its 市州 did, even when a holiday pushed both. */
const DAY_MS = 86_400_000;

/** The 市州 with late counties, in the programme's order, each with its late counties and how many it has. */
function byPrefecture(programme: Programme, counties: readonly CountyRecipients[], isLate: (c: CountyRecipients) => boolean): PrefectureLate[] {
  return programme.data.prefectures.flatMap((p) => {
    const here = counties.filter((c) => c.prefectureId === p.id);
    const late = here.filter(isLate).map((c) => c.name);
    return late.length ? [{ prefectureName: p.name, lateCounties: late, totalCount: here.length }] : [];
  });
}

/**
 * The province's escalations (省级), one step after the 市州's: the weekly report on
 * CRON_WEEK_PROVINCE_ESCALATE after the 市州 escalation, and each programme-wide
 * milestone from the 市州's second escalation on (a week after it was first told), naming per 市州 the
 * counties still late. A 市州's own milestones stay with that 市州.
 */
export function provinceEscalationJob(deps: ProvinceJobDeps): Job {
  const { repos, programme } = deps;
  return {
    name: 'province-escalations',
    crons: [deps.config.CRON_WEEK_PROVINCE_ESCALATE, deps.config.CRON_MILESTONES],
    async plan(from, to, now) {
      const weekly = plansAround(deps, from, to).flatMap((plan) => {
        const escalate = plan.slots.find((s) => s.data === 'escalate');
        const slot = escalate && slotAfter(deps.kit, deps.config.CRON_WEEK_PROVINCE_ESCALATE, escalate, 'province', DAY_MS);
        return slot && within(slot.delivery, from, to) ? [{ plan, slot }] : [];
      });
      const milestones = (await repos.milestones.listMilestones({ programmeId: programme.data.id }))
        .filter((m) => m.prefecture_id === null)
        .flatMap((m) => escalationSlots(deps, m.due_date, from, to, true).map((slot) => ({ m, slot })));
      if (!weekly.length && !milestones.length) return [];
      const recipients = await provinceRecipients(repos);
      if (!recipients.length) return [];
      const counties = await countyRecipients(repos, deps.countyOrder);
      const out: PlannedMessage[] = [];
      const send = (key: string, reply: PlannedMessage['reply'], reason: string, dueAt: Date) => {
        for (const r of recipients)
          out.push({ dedupKey: `${key}:to:${r.target.platform}:${r.target.chatId}`, target: r.target, recipient: r.label, reply, reason, dueAt });
      };
      for (const { plan, slot } of weekly) {
        const reported = new Set(await repos.reports.countiesReported(WEEKLY_FORM_ID, plan.week));
        const rows = byPrefecture(programme, counties, (c) => !reported.has(c.id));
        if (!rows.length) continue;
        const reply = provinceWeeklyEscalation({ week: plan.week, weekStart: plan.start, weekEnd: plan.end, deadline: plan.deadline, rows });
        send(`week:${plan.week}:escalate:province`, reply, `${weekLabel(plan.week)}周报逾期通报（全省）：${lateNames(rows)}未填报`, slot.delivery);
      }
      if (!milestones.length) return out;
      const done = new Set((await repos.milestones.listMilestoneStatus(milestones.map((x) => x.m.id))).map((s) => `${s.milestone_id}:${s.county_id}`));
      for (const { m, slot } of milestones) {
        const rows = byPrefecture(programme, counties, (c) => !done.has(`${m.id}:${c.id}`));
        if (!rows.length) continue;
        const today = shanghaiDate(slot.delivery > now ? slot.delivery : now);
        const reply = provinceMilestoneEscalation({ title: m.title, dueDate: m.due_date, today, rows, citation: milestoneCitation(programme, m, null) });
        const reason = `${m.title}（${formatDate(m.due_date)}截止）逾期通报（全省）：${lateNames(rows)}未完成`;
        send(`milestone:${m.id}:province:${slot.label}@${m.due_date}`, reply, reason, slot.delivery);
      }
      return out;
    },
  };
}

const lateNames = (rows: readonly PrefectureLate[]) => rows.map((r) => `${r.prefectureName}${r.lateCounties.join('、')}`).join('；');
