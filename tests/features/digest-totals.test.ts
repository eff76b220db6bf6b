/**
 * The digest and the dashboard's trend read pre-added figures (each report's running totals,
 * summed by the database); on a seeded programme they must equal what folding every report
 * county by county gives (the ledger, which still does exactly that), after amendments and
 * late reports too, on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSampleReports, type SampleReport } from '../../src/features/demo/index.ts';
import { loadDigest, loadLedger, loadTrend, scopeFor, wanNumber, type CountyWeek } from '../../src/features/digest/index.ts';
import { WEEKLY_FORM_ID } from '../../src/features/weekly-report/index.ts';
import { addWeeks, weeksBetween } from '../../src/core/weeks.ts';
import { down, up } from '../../storage/migrations/20261202T010000-report-totals.ts';
import { findReport, insertReport, updateReportValues } from '../../storage/repositories/report.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';

const NOW = new Date('2018-10-22T09:00:00+08:00');
const WEEKS = weeksBetween('2018-W20', '2018-W42');
let bot: TestBot;

/** Deterministic figures: every county of the programme, most weeks, some running totals left out. */
function sampleReports(countyIds: readonly string[]): SampleReport[] {
  let s = 17;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: SampleReport[] = [];
  for (const countyId of countyIds) {
    let points = 0;
    for (const [i, period] of WEEKS.entries()) {
      if (rnd() < 0.1 || period === '2018-W30') continue; // missed weeks (W30 is filed late below)
      points += Math.floor(rnd() * 3);
      const spent = Math.round(rnd() * 30 * 100) / 100;
      out.push({
        countyId,
        period,
        submittedAt: new Date(Date.UTC(2018, 4, 17 + i * 7, 2 + Math.floor(rnd() * 8))).toISOString(),
        figures: {
          spent_total: spent,
          spent_upstream: Math.round(spent * 0.6 * 100) / 100,
          spent_service_centre: Math.round(spent * 0.1 * 100) / 100,
          training_sessions: Math.floor(rnd() * 3),
          trainees: Math.floor(rnd() * 120),
          tenders_planned: 10,
          // A running total left blank now and then: the latest one reported still counts.
          ...(rnd() < 0.2 ? {} : { service_points_total: points, poor_villages_covered: Math.floor(points / 2), households_benefited: points * 7 }),
          issues: rnd() < 0.2 ? '网络覆盖不足' : '无',
        },
      });
    }
  }
  return out;
}

beforeAll(async () => {
  bot = await startTestBot({ now: NOW.toISOString() });
  const { db, programme } = bot.shifan.services;
  const ids = programme.data.counties.map((c) => c.id);
  await insertSampleReports(bot.shifan.services.repos, sampleReports(ids));
  // An amendment deep in one county's history, and a week filed late after the weeks that follow it.
  const amended = await findReport(db, WEEKLY_FORM_ID, ids[0]!, '2018-W25');
  await updateReportValues(
    db,
    amended!.id,
    [
      { field: 'spent_total', value: { num: 2_000_000, text: null }, oldText: null, newText: null },
      { field: 'service_points_total', value: { num: 40, text: null }, oldText: null, newText: null },
    ],
    { personId: null, reason: '更正' },
    NOW,
  );
  await insertReport(
    db,
    {
      formId: WEEKLY_FORM_ID,
      formVersion: 1,
      countyId: ids[1]!,
      period: '2018-W30',
      submittedBy: null,
      onBehalf: false,
      values: { spent_total: { num: 3_000_000, text: null }, service_points_total: { num: 99, text: null }, trainees: { num: 55, text: null } },
    },
    NOW,
  );
});
afterAll(() => bot.close());

/** What a user sees of a county in a week (the issues raised: of the digest's own week only). */
const figures = (cw: CountyWeek) => ({ county: cw.county.id, status: cw.status, submittedAt: cw.submittedAt, weekly: cw.weekly, totals: cw.totals });
const seen = (cw: CountyWeek) => ({ ...figures(cw), issues: cw.texts.issues });

describe('the digest from running totals', () => {
  it('shows every county the figures that folding all its reports gives, in every week, for the programme and a 市州', async () => {
    const services = bot.shifan.services;
    for (const prefectureId of [null, 'gannan']) {
      const scope = scopeFor(services.programme.data, prefectureId);
      for (const week of ['2018-W21', '2018-W26', '2018-W31', '2018-W32', '2018-W42']) {
        const model = await loadDigest(services, scope, week, NOW);
        const folded = await loadLedger(services, scope, NOW, { from: addWeeks(week, -1), to: week });
        expect(model.rows.map(seen)).toEqual(folded.byWeek[1]!.map(seen));
        expect(model.previous.map(figures)).toEqual(folded.byWeek[0]!.map(figures));
      }
    }
  });

  it('counts an amended figure and a late week in the weeks after them', async () => {
    const services = bot.shifan.services;
    const [first, second] = services.programme.data.counties;
    const model = await loadDigest(services, scopeFor(services.programme.data, null), '2018-W42', NOW);
    const folded = await loadLedger(services, scopeFor(services.programme.data, null), NOW, { to: '2018-W42' });
    const all = folded.byWeek.flat();
    const row = (id: string) => model.rows.find((r) => r.county.id === id)!;
    // 200万元 in W25 instead of the seeded figure, and W30's 300万元 filed after W31–W42.
    const spent = (id: string) => all.filter((cw) => cw.county.id === id).reduce((s, cw) => s + (cw.weekly.spent_total ?? 0), 0);
    expect(row(first!.id).totals.spent_total).toBe(spent(first!.id));
    expect(all.find((cw) => cw.county.id === first!.id && cw.week === '2018-W25')!.weekly.spent_total).toBe(2_000_000);
    expect(row(second!.id).totals.spent_total).toBe(spent(second!.id));
    expect(all.find((cw) => cw.county.id === second!.id && cw.week === '2018-W30')!.totals.service_points_total).toBe(99);
  });
});

describe('the dashboard trend for more counties than it draws lines for', () => {
  it('adds up to what the counties’ own weekly series add up to', async () => {
    const services = bot.shifan.services;
    const scope = scopeFor(services.programme.data, null);
    const range = { from: '2018-W22', to: '2018-W40' };
    const trend = await loadTrend(services, scope, NOW, range);
    const folded = await loadLedger(services, scope, NOW, range);
    expect(folded.counties.length).toBeGreaterThan(12);
    const sum = (rows: readonly CountyWeek[], value: (cw: CountyWeek) => number | undefined) => rows.reduce((s, r) => s + (value(r) ?? 0), 0);
    const allocation = sum(folded.byWeek[0]!, (r) => r.county.allocationYuan);
    expect(trend.weeks).toEqual(folded.weeks);
    expect(trend.execution).toEqual([
      { label: '全部示范县', values: folded.byWeek.map((rows) => Math.round((sum(rows, (r) => r.totals.spent_total) / allocation) * 1000) / 10) },
    ]);
    expect(trend.points).toEqual([{ label: '全部示范县', values: folded.byWeek.map((rows) => sum(rows, (r) => r.totals.service_points_total)) }]);
    expect(trend.weeklySpend).toEqual(folded.byWeek.map((rows) => wanNumber(sum(rows, (r) => r.weekly.spent_total))));
    expect(trend.trainees).toEqual(folded.byWeek.map((rows) => sum(rows, (r) => r.weekly.trainees)));
  });
});

describe('the running totals', () => {
  it('kept report by report equal those the migration builds from the stored reports', async () => {
    const { db } = bot.shifan.services;
    const read = () => db.selectFrom('report_totals').selectAll().orderBy('report_id').orderBy('field').execute();
    const kept = await read();
    expect(kept.length).toBeGreaterThan(1000);
    await down(db);
    await up(db);
    expect(await read()).toEqual(kept);
  });
});
