import type { ChannelAdapter } from '../core/channel.ts';
import type { JobFactory, JobKit } from '../core/job.ts';
import type { Services } from '../services.ts';
import { sweepIdleForms } from '../forms/sweep.ts';
import { enqueue } from '../../storage/repositories/outbox.repository.ts';
import { pruneOldRecords } from '../../storage/repositories/retention.repository.ts';
import { Dispatcher, type DispatcherOptions } from './dispatcher.ts';
import { fireTimes } from './cron-times.ts';
import { Scheduler, type SchedulerOptions } from './scheduler.ts';
import { deliverable, nominalOn } from './slots.ts';
import { WorkingTime } from './working-time.ts';

export { Scheduler } from './scheduler.ts';
export type { DueMessage, RunSummary } from './scheduler.ts';
export { Dispatcher } from './dispatcher.ts';
export type { DispatchSummary } from './dispatcher.ts';

export interface CreateSchedulerOptions {
  readonly dispatcher?: Partial<DispatcherOptions>;
  readonly scheduler?: Partial<SchedulerOptions>;
}

/**
 * Builds the scheduler from the configuration: working time, the jobs the
 * features registered (each given the working calendar and cron helpers), the outbox dispatcher.
 */
export function createScheduler(
  services: Pick<Services, 'config' | 'db' | 'clock' | 'logger'>,
  adapters: ReadonlyMap<string, ChannelAdapter>,
  jobs: readonly JobFactory[],
  options: CreateSchedulerOptions = {},
): Scheduler {
  const { config, db, clock, logger } = services;
  const working = new WorkingTime(config.QUIET_HOURS);
  const kit: JobKit = { working, fireTimes, nominalOn, deliverable: (slots) => deliverable(slots, working) };
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
    jobs: jobs.map((job) => job(kit)),
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
