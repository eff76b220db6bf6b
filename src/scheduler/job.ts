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
