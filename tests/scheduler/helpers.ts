import { shanghaiDate } from '../../src/core/clock.ts';
import type { Config } from '../../src/config.ts';
import { fireTimes } from '../../src/scheduler/cron-times.ts';
import { WEEKLY_FORM_ID } from '../../src/features/weekly-report/fields.ts';
import { insertReport } from '../../storage/repositories/report.repository.ts';
import type { Db } from '../../storage/database.ts';
import type { TestBot } from '../support/bot.ts';

/** "MM-DD HH:MM" in Asia/Shanghai, how the tests name moments. */
export function sh(at: string | Date): string {
  const d = new Date(new Date(at).getTime() + 8 * 3600_000);
  return `${d.toISOString().slice(5, 10)} ${d.toISOString().slice(11, 16)}`;
}

/** Every moment node-cron would wake the scheduler between two instants (the job crons, any `extra` crons and the end of quiet hours). */
export function wakeTimes(config: Config, from: string, to: string, extra: readonly string[] = []): Date[] {
  const crons = [
    ...extra,
    config.CRON_MILESTONES,
    config.CRON_WEEK_OPEN,
    config.CRON_WEEK_REMIND,
    config.CRON_WEEK_LAST_CALL,
    config.CRON_WEEK_DEADLINE,
    config.CRON_WEEK_ESCALATE,
    config.CRON_WEEK_PROVINCE_ESCALATE,
    '0 8 * * *',
  ];
  const all = crons.flatMap((c) => fireTimes(c, new Date(from), new Date(to)).map((d) => d.getTime()));
  return [...new Set(all)].sort((a, b) => a - b).map((t) => new Date(t));
}

export interface Action {
  readonly at: string;
  run(): Promise<unknown>;
}

/**
 * Walks the bot's clock over every moment the running scheduler would wake (each cron
 * time and each reminder moved between them), running actions when their time comes.
 */
export async function walk(bot: TestBot, from: string, to: string, actions: readonly Action[] = []): Promise<void> {
  const pending = [...actions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const end = new Date(to);
  let t = new Date(Date.parse(from) - 1);
  for (;;) {
    const byCron = wakeTimes(bot.shifan.services.config, new Date(t.getTime() + 1).toISOString(), to)[0];
    const byDue = await bot.shifan.scheduler.nextDue(t);
    const candidates = [byCron, byDue].filter((d): d is Date => !!d && d.getTime() <= end.getTime());
    if (!candidates.length) break;
    const wake = new Date(Math.min(...candidates.map((d) => d.getTime())));
    while (pending.length && Date.parse(pending[0]!.at) <= wake.getTime()) {
      const action = pending.shift()!;
      bot.clock.set(action.at);
      await action.run();
    }
    bot.clock.set(wake);
    await bot.shifan.scheduler.tick();
    t = wake;
  }
  for (const action of pending) {
    bot.clock.set(action.at);
    await action.run();
  }
}

/** Stores a county's weekly report for a period, as the report form would. */
export function report(db: Db, countyId: string, period: string, at: string): Action {
  return {
    at,
    run: () => insertReport(db, { formId: WEEKLY_FORM_ID, formVersion: 1, countyId, period, submittedBy: null, onBehalf: false, values: {} }, new Date(at)),
  };
}

/** The bot's own posts to a chat as "MM-DD HH:MM 【title】". */
export async function timeline(bot: TestBot, chat: string): Promise<string[]> {
  return (await bot.posts(chat)).map((p) => `${sh(p.at)} ${p.reply.title ?? p.reply.text.slice(0, 20)}`);
}

export { shanghaiDate };
