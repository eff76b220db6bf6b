import type { Reply } from '../../src/core/reply.ts';
import type { TestBot } from '../support/bot.ts';

/** A complete, plausible week for a county: one answer per question, in order. */
export const TYPICAL_WEEK: readonly string[] = [
  '45万', // spent_total
  '25', // spent_upstream
  '5', // spent_service_centre
  '8万元', // spent_service_points
  '2', // spent_training
  '否', // forbidden_use
  '12个', // service_points_total
  '8', // poor_villages_covered
  '两场', // training_sessions
  '120人次', // trainees
  '45', // trainees_poor
  '3', // tenders_done
  '10', // tenders_planned
  '跳过', // online_sales (optional)
  '200户', // households_benefited
  '物流配送中心选址需市州协调', // issues (optional)
];

/** What the form stores for each answer of TYPICAL_WEEK, in the order they are asked. */
export const STORED: readonly (readonly [string, unknown])[] = [
  ['spent_total', 450_000],
  ['spent_upstream', 250_000],
  ['spent_service_centre', 50_000],
  ['spent_service_points', 80_000],
  ['spent_training', 20_000],
  ['forbidden_use', false],
  ['service_points_total', 12],
  ['poor_villages_covered', 8],
  ['training_sessions', 2],
  ['trainees', 120],
  ['trainees_poor', 45],
  ['tenders_done', 3],
  ['tenders_planned', 10],
  ['online_sales', null],
  ['households_benefited', 200],
  ['issues', '物流配送中心选址需市州协调'],
];

/** The same kind of week as the card form's values (field key → what the official typed into the card). */
export const TYPICAL_CARD: Readonly<Record<string, string>> = {
  spent_total: '30',
  spent_upstream: '20',
  spent_service_centre: '2',
  spent_service_points: '3',
  spent_training: '1',
  forbidden_use: '否',
  service_points_total: '4',
  poor_villages_covered: '2',
  training_sessions: '1',
  trainees: '40',
  trainees_poor: '12',
  tenders_done: '1',
  tenders_planned: '5',
  online_sales: '',
  households_benefited: '20',
  issues: '',
};

/** Sends each answer and returns the replies to the last one. */
export async function answerAll(bot: TestBot, from: string, answers: readonly string[]): Promise<Reply[]> {
  let last: Reply[] = [];
  for (const a of answers) last = await bot.say(from, a);
  return last;
}

export const texts = (replies: readonly Reply[]): string => replies.map((r) => r.text).join('\n\n');

/** The report row and its values, as stored. */
export async function storedReport(bot: TestBot, countyId: string, period: string) {
  const db = bot.shifan.services.db;
  const report = await db.selectFrom('reports').selectAll().where('county_id', '=', countyId).where('period', '=', period).executeTakeFirst();
  if (!report) return undefined;
  const rows = await db.selectFrom('report_values').selectAll().where('report_id', '=', report.id).execute();
  return { report, values: Object.fromEntries(rows.map((r) => [r.field, r.num ?? r.text])) as Record<string, number | string | null> };
}

export async function personId(bot: TestBot, localUserId: string): Promise<number> {
  const row = await bot.shifan.services.db
    .selectFrom('identities').select('person_id').where('platform', '=', 'local').where('platform_user_id', '=', localUserId)
    .executeTakeFirstOrThrow();
  return row.person_id;
}
