import { nextFireTime } from './cron-times.ts';
import { shanghaiTime } from '../core/clock.ts';
import type { Slot, WorkingCalendar } from '../core/job.ts';

/** The first fire time of `cron` on or after a Shanghai date's midnight. */
export function nominalOn(cron: string, date: string): Date | undefined {
  return nextFireTime(cron, shanghaiTime(date), 62);
}

/**
 * Moves each slot to working time and drops a slot that would arrive together with or
 * after the next one (a reminder pushed past a holiday is covered by the later one).
 * `slots` must be in nominal order.
 */
export function deliverable<T>(slots: readonly Omit<Slot<T>, 'delivery'>[], working: WorkingCalendar): Slot<T>[] {
  const moved = slots.map((s) => ({ ...s, delivery: working.next(s.nominal) }));
  return moved.filter((s, i) => {
    const next = moved[i + 1];
    return !next || s.delivery.getTime() < next.delivery.getTime();
  });
}
