import type { SendTarget } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';

/** One message a job wants sent: where, what, why, and when it comes due. */
export interface PlannedMessage {
  /** Unique de-duplication key; the outbox never holds two rows with one key. */
  readonly dedupKey: string;
  readonly target: SendTarget;
  /** Who receives it, for previews (e.g. 卓尼县联络员 卓玛 · local:zhuoni-official). */
  readonly recipient: string;
  readonly reply: Reply;
  /** Why it is sent, e.g. 实施方案备案 截止前3天提醒（卓尼县未完成）. */
  readonly reason: string;
  /** When it is due, already moved out of quiet hours, holidays and weekends. */
  readonly dueAt: Date;
}

/** A scheduled job: it wakes on its cron expressions and works out what is due; it never sends. */
export interface Job {
  readonly name: string;
  /** The cron expressions (Asia/Shanghai) that wake it. */
  readonly crons: readonly string[];
  /**
   * Every message this job would have due in [from, to], judged by the state at `now`
   * (a county that has reported or finished gets nothing).
   */
  plan(from: Date, to: Date, now: Date): Promise<PlannedMessage[]>;
}

/** A moment something is meant to go out, and when it actually may. */
export interface Slot<T> {
  readonly label: string;
  readonly nominal: Date;
  /** `nominal` moved out of quiet hours, weekends and holidays. */
  readonly delivery: Date;
  readonly data: T;
}

/** When the bot may push: working days outside quiet hours. */
export interface WorkingCalendar {
  /** The first moment at or after `at` that is working time. */
  next(at: Date): Date;
  /** Whether the ISO week starting on this Monday (YYYY-MM-DD) has a working day. */
  hasWorkday(monday: string): boolean;
}

/** What the scheduler lends a feature's job to place its messages in time. */
export interface JobKit {
  readonly working: WorkingCalendar;
  /** Every fire time of a cron expression (Asia/Shanghai) in [from, to]. */
  fireTimes(cron: string, from: Date, to: Date): Date[];
  /** The first fire time of `cron` on or after a Shanghai date's midnight. */
  nominalOn(cron: string, date: string): Date | undefined;
  /** Slots moved to working time, dropping one that would arrive with or after the next (`slots` in nominal order). */
  deliverable<T>(slots: readonly Omit<Slot<T>, 'delivery'>[]): Slot<T>[];
}

/** A job as a feature registers it: built once the scheduler's kit is known. */
export type JobFactory = (kit: JobKit) => Job;

/** Whether an instant lies in [from, to]. */
export const within = (at: Date, from: Date, to: Date): boolean => at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
