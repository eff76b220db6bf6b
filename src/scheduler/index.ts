import type { ChannelAdapter } from '../core/channel.ts';
import type { Services } from '../features/types.ts';
import { sweepIdleForms } from '../forms/sweep.ts';
import { enqueue } from '../../storage/repositories/outbox.repository.ts';
import { pruneOldRecords } from '../../storage/repositories/retention.repository.ts';
import { Dispatcher, type DispatcherOptions } from './dispatcher.ts';
import { digestJob } from './jobs/digest.ts';
import { milestoneRemindersJob } from './jobs/milestone-reminders.ts';
import { weeklyCycleJob } from './jobs/weekly-cycle.ts';
import { Scheduler, type SchedulerOptions } from './scheduler.ts';
import { WorkingTime } from './working-time.ts';

export { Scheduler } from './scheduler.ts';
export type { DueMessage, RunSummary } from './scheduler.ts';
export { Dispatcher } from './dispatcher.ts';
export type { DispatchSummary } from './dispatcher.ts';

export interface CreateSchedulerOptions {
  readonly dispatcher?: Partial<DispatcherOptions>;
  readonly scheduler?: Partial<SchedulerOptions>;
}

/** Builds the scheduler from the configuration: working time, the milestone and weekly jobs, the outbox dispatcher. */
export function createScheduler(services: Services, adapters: ReadonlyMap<string, ChannelAdapter>, options: CreateSchedulerOptions = {}): Scheduler {
  const { config, db, clock, logger, programme } = services;
  const working = new WorkingTime(config.QUIET_HOURS);
  const graceMs = config.OUTBOX_GRACE_HOURS * 3600_000;
  let prunedAt = 0;
  const dispatcher = new Dispatcher({
    db,
    adapters,
    clock,
    logger: logger.child({ component: 'outbox' }),
    working,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    graceMs,
    ...options.dispatcher,
  });
  return new Scheduler({
    db,
    clock,
    logger: logger.child({ component: 'scheduler' }),
    working,
    dispatcher,
    graceMs,
    jobs: [
      milestoneRemindersJob({ db, programme, config, working }),
      weeklyCycleJob({ db, config, working, countyOrder: programme.data.counties.map((c) => c.id) }),
      digestJob({ services, working }),
    ],
    housekeeping: [
      // The form engine's idle sweep: reminders about half-filled forms go out through the outbox too.
      async (now) => {
        for (const r of await sweepIdleForms({ db, config }, now)) {
          await enqueue(
            db,
            {
              dedupKey: r.dedupKey,
              platform: r.target.platform,
              chatId: r.target.chatId,
              chatKind: r.target.chatKind,
              reply: r.reply,
              reason: '填报中断提醒',
              dueAt: now,
            },
            now,
          );
        }
      },
      // Retention: at most hourly, what is older than RETENTION_DAYS goes.
      async (now) => {
        if (Math.abs(now.getTime() - prunedAt) < 3600_000) return;
        prunedAt = now.getTime();
        const counts = await pruneOldRecords(db, new Date(now.getTime() - config.RETENTION_DAYS * 86_400_000), now);
        logger.debug({ counts }, 'retention: old records pruned');
      },
    ],
    ...options.scheduler,
  });
}
