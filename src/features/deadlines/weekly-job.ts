import type { Config } from '../../config.ts';
import { addDays, isoWeek, isoWeekRange, shanghaiDate, shanghaiTime } from '../../core/clock.ts';
import { within, type Job, type JobKit, type PlannedMessage, type Slot } from '../../core/job.ts';
import { WEEKLY_FORM_ID, weeklyReportDeadline } from '../weekly-report/index.ts';
import { weeklyEscalation, weeklyMessage, type WeeklyStage } from './messages.ts';
import { weekLabel } from '../../core/weeks.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import { countyRecipients, prefectureGroups } from './recipients.ts';

export interface WeeklyJobDeps {
  readonly repos: Repositories;
  /** County ids in the programme's order, for naming counties in that order. */
  readonly countyOrder?: readonly string[];
  readonly config: Pick<Config, 'CRON_WEEK_OPEN' | 'CRON_WEEK_REMIND' | 'CRON_WEEK_LAST_CALL' | 'CRON_WEEK_DEADLINE' | 'CRON_WEEK_ESCALATE'>;
  readonly kit: JobKit;
}

const STAGE_CRON: readonly [WeeklyStage, keyof WeeklyJobDeps['config']][] = [
  ['open', 'CRON_WEEK_OPEN'],
  ['remind', 'CRON_WEEK_REMIND'],
  ['last-call', 'CRON_WEEK_LAST_CALL'],
  ['deadline', 'CRON_WEEK_DEADLINE'],
];

type Stage = WeeklyStage | 'escalate';

export interface WeekPlan {
  readonly week: string;
  readonly start: string;
  readonly end: string;
  /** The report deadline as the weekly report form applies it (Friday 18:00 by default). */
  readonly deadline: Date;
  readonly slots: readonly Slot<Stage>[];
}

/** The first fire of `cron` after `prev`'s nominal time, delivered in working time at least `gapMs` after `prev` is. */
export function slotAfter<T>(kit: JobKit, cron: string, prev: Slot<unknown>, data: T, gapMs = 60_000): Slot<T> | undefined {
  const nominal = kit.fireTimes(cron, new Date(prev.nominal.getTime() + 1), new Date(prev.nominal.getTime() + 14 * 86_400_000))[0];
  if (!nominal) return undefined;
  const delivery = kit.working.next(nominal);
  const earliest = new Date(prev.delivery.getTime() + gapMs);
  return { label: String(data), nominal, delivery: delivery >= earliest ? delivery : kit.working.next(earliest), data };
}

/** The weekly cycle of one ISO week; none for a week with no working day (e.g. National Day). */
export function weekPlan(deps: WeeklyJobDeps, week: string): WeekPlan | undefined {
  const { start, end } = isoWeekRange(week);
  if (!deps.kit.working.hasWorkday(start)) return undefined;
  const weekFrom = shanghaiTime(start);
  const weekTo = new Date(shanghaiTime(addDays(end, 1)).getTime() - 1);
  const raw = STAGE_CRON.flatMap(([stage, key]) => {
    const nominal = deps.kit.fireTimes(deps.config[key], weekFrom, weekTo)[0];
    return nominal ? [{ label: stage, nominal, data: stage as Stage }] : [];
  }).sort((a, b) => a.nominal.getTime() - b.nominal.getTime());
  const slots: Slot<Stage>[] = deps.kit.deliverable(raw);
  const deadlineSlot = slots.find((s) => s.data === 'deadline');
  if (!deadlineSlot) return undefined;
  const escalate = slotAfter(deps.kit, deps.config.CRON_WEEK_ESCALATE, deadlineSlot, 'escalate' as const);
  if (escalate) slots.push(escalate);
  return { week, start, end, deadline: weeklyReportDeadline(week, deps.config), slots };
}

/** The plans of every week whose slots may fall in [from, to]: holidays push a week's slots up to a couple of weeks, so look that far back. */
export function plansAround(deps: WeeklyJobDeps, from: Date, to: Date): WeekPlan[] {
  const weeks = new Set<string>();
  for (let d = addDays(shanghaiDate(from), -21); d <= shanghaiDate(to); d = addDays(d, 7)) weeks.add(isoWeek(shanghaiTime(d, '12:00')));
  weeks.add(isoWeek(to));
  return [...weeks]
    .sort()
    .map((w) => weekPlan(deps, w))
    .filter((p): p is WeekPlan => !!p);
}

/** The weekly report cycle: opening, reminder, last call and deadline to counties that have not reported; escalation to the prefecture group. */
export function weeklyCycleJob(deps: WeeklyJobDeps): Job {
  const { repos } = deps;
  return {
    name: 'weekly-cycle',
    crons: [
      deps.config.CRON_WEEK_OPEN,
      deps.config.CRON_WEEK_REMIND,
      deps.config.CRON_WEEK_LAST_CALL,
      deps.config.CRON_WEEK_DEADLINE,
      deps.config.CRON_WEEK_ESCALATE,
    ],
    async plan(from, to, _now) {
      const due = plansAround(deps, from, to).flatMap((p) => p.slots.filter((s) => within(s.delivery, from, to)).map((slot) => ({ plan: p, slot })));
      if (!due.length) return [];
      const counties = await countyRecipients(repos, deps.countyOrder);
      const groups = await prefectureGroups(repos, [...new Set(counties.map((c) => c.prefectureId).filter((p): p is string => !!p))]);
      const out: PlannedMessage[] = [];
      for (const { plan, slot } of due) {
        const reported = new Set(await repos.reports.countiesReported(WEEKLY_FORM_ID, plan.week));
        const late = counties.filter((c) => !reported.has(c.id));
        const base = { week: plan.week, weekStart: plan.start, weekEnd: plan.end, deadline: plan.deadline };
        if (slot.data === 'escalate') {
          for (const [prefectureId, chats] of groups) {
            const inPrefecture = counties.filter((c) => c.prefectureId === prefectureId);
            const lateHere = late.filter((c) => c.prefectureId === prefectureId);
            if (!lateHere.length) continue;
            const message = weeklyEscalation({
              ...base,
              lateCounties: lateHere.map((c) => c.name),
              reportedCount: inPrefecture.length - lateHere.length,
              totalCount: inPrefecture.length,
            });
            for (const r of chats) {
              out.push({
                dedupKey: `week:${plan.week}:escalate:prefecture:${prefectureId}:to:${r.target.platform}:${r.target.chatId}`,
                target: r.target,
                recipient: r.label,
                reply: message,
                reason: `${weekLabel(plan.week)}周报逾期通报：${lateHere.map((c) => c.name).join('、')}未填报`,
                dueAt: slot.delivery,
              });
            }
          }
          continue;
        }
        const stage = slot.data;
        const stageName = { open: '开始填报通知', remind: '填报提醒', 'last-call': '最后提醒', deadline: '逾期提醒' }[stage];
        for (const county of late) {
          const message = weeklyMessage({ ...base, stage, countyName: county.name });
          for (const r of county.officials) {
            out.push({
              dedupKey: `week:${plan.week}:${stage}:county:${county.id}:to:${r.target.platform}:${r.target.chatId}`,
              target: r.target,
              recipient: r.label,
              reply: message,
              reason: `${weekLabel(plan.week)}周报${stageName}：${county.name}尚未填报`,
              dueAt: slot.delivery,
            });
          }
        }
      }
      return out;
    },
  };
}
