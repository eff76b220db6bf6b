import { buildDigestMessages } from '../../features/digest/index.ts';
import type { Services } from '../../features/types.ts';
import { fireTimes } from '../cron-times.ts';
import type { Job, PlannedMessage } from '../job.ts';
import { deliverable, within } from '../slots.ts';
import type { WorkingTime } from '../working-time.ts';

export interface DigestJobDeps {
  readonly services: Pick<Services, 'db' | 'programme' | 'config'>;
  readonly working: WorkingTime;
}

/** The weekly digest to each prefecture's registered groups, on CRON_DIGEST (moved to working time). */
export function digestJob(deps: DigestJobDeps): Job {
  const cron = deps.services.config.CRON_DIGEST;
  return {
    name: 'digest',
    crons: [cron],
    async plan(from, to) {
      // Look back two weeks for a digest a holiday pushed into the window.
      const nominal = fireTimes(cron, new Date(from.getTime() - 14 * 86_400_000), to);
      const slots = deliverable(
        nominal.map((n) => ({ label: 'digest', nominal: n, data: null })),
        deps.working,
      ).filter((s) => within(s.delivery, from, to));
      const out: PlannedMessage[] = [];
      for (const slot of slots) {
        // The digest covers the last week closed at its nominal time, whenever it is delivered.
        for (const m of await buildDigestMessages(deps.services, slot.nominal)) out.push({ ...m, dueAt: slot.delivery });
      }
      return out;
    },
  };
}
