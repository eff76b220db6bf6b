/**
 * The national-scale reads of the digest and the dashboard: every county's latest running totals
 * (one index step per county) and what each period adds to a 市州's or the programme's figures
 * (period_changes, kept with the running totals) must give the same rows as the queries they
 * replaced (tests/support/reference-digest-queries.ts), after amendments, a late week and a
 * county moved to another 市州 too, on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSampleReports, type SampleReport } from '../../src/features/demo/index.ts';
import { LATEST_FIELDS, SUMMED_FIELDS } from '../../src/features/digest/aggregate.ts';
import { WEEKLY_FORM_ID } from '../../src/features/weekly-report/index.ts';
import { weeksBetween } from '../../src/core/weeks.ts';
import { rebuildPeriodChanges } from '../../storage/period-changes.ts';
import { syncProgramme } from '../../storage/repositories/programme.repository.ts';
import { findReport, insertReport, updateReportValues } from '../../storage/repositories/report.repository.ts';
import { startTestBot, type TestBot } from '../support/bot.ts';
import { referenceAreaChanges, referenceBaseline } from '../support/reference-digest-queries.ts';

const NOW = new Date('2018-09-03T09:00:00+08:00');
const WEEKS = weeksBetween('2018-W10', '2018-W35');
const FIELDS = { summed: SUMMED_FIELDS, latest: LATEST_FIELDS };
const FORM = { formId: WEEKLY_FORM_ID, textFields: [], summedFields: SUMMED_FIELDS, latestFields: LATEST_FIELDS };
let bot: TestBot;

/** Figures for all but the last county (which never reports); each county starts in a week of its own, some weeks missed. */
function reports(countyIds: readonly string[]): SampleReport[] {
  let s = 2018;
  const rnd = () => (s = (s * 69069 + 1) % 4294967296) / 4294967296;
  return countyIds.slice(0, -1).flatMap((countyId, c) => {
    let points = 0;
    return WEEKS.slice(c % 5).flatMap((period, i) => {
      if (rnd() < 0.15 || period === '2018-W20') return []; // W20 is filed late below
      points += Math.floor(rnd() * 4);
      const figures = {
        spent_total: Math.round(rnd() * 25 * 100) / 100,
        trainees: Math.floor(rnd() * 90),
        ...(rnd() < 0.25 ? {} : { service_points_total: points, households_benefited: points * 5 }),
        ...(i % 7 === 3 ? { tenders_done: 1 + (i % 3), tenders_planned: 8 } : {}),
        issues: '无',
      };
      return [{ countyId, period, submittedAt: new Date(Date.UTC(2018, 2, 5 + i * 7, 3)).toISOString(), figures }];
    });
  });
}

const byCounty = <T extends { countyId: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.countyId.localeCompare(b.countyId));
/** Periods with what they add, leaving out the fields (and periods) that add nothing. */
function added(rows: readonly { period: string; sums: Readonly<Record<string, number>>; latest: Readonly<Record<string, number>> }[]) {
  const nonZero = (r: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== 0));
  return rows
    .map((r) => ({ period: r.period, sums: nonZero(r.sums), latest: nonZero(r.latest) }))
    .filter((r) => Object.keys(r.sums).length + Object.keys(r.latest).length > 0);
}

/** The programme and each of its 市州, with the counties the database files under it. */
async function areas(): Promise<{ prefectureId: string | null; countyIds: string[] }[]> {
  const { repos, programme } = bot.shifan.services;
  const all = await repos.digest.listCountyFigures(programme.data.id, null);
  return [null, ...programme.data.prefectures.map((p) => p.id)].map((prefectureId) => ({
    prefectureId,
    countyIds: all.filter((c) => prefectureId === null || c.prefectureId === prefectureId).map((c) => c.id),
  }));
}

async function expectSameAsReference(): Promise<void> {
  const { db, repos, programme } = bot.shifan.services;
  for (const { prefectureId, countyIds } of await areas()) {
    for (const upTo of ['2018-W09', '2018-W10', '2018-W19', '2018-W20', '2018-W27', '2018-W35']) {
      const baseline = await repos.digest.loadBaseline(FORM, countyIds, upTo);
      const reference = await referenceBaseline(db, WEEKLY_FORM_ID, countyIds, FIELDS, upTo);
      expect(byCounty(baseline.map((r) => ({ countyId: r.countyId, values: r.values })))).toEqual(byCounty(reference));
      const changes = await repos.trend.areaChanges(WEEKLY_FORM_ID, { programmeId: programme.data.id, prefectureId }, FIELDS, upTo);
      expect(added(changes)).toEqual(added(await referenceAreaChanges(db, WEEKLY_FORM_ID, countyIds, FIELDS, upTo)));
    }
  }
}

/** period_changes as kept, without rows that add nothing, in key order. */
async function keptChanges() {
  const rows = await bot.shifan.services.db.selectFrom('period_changes').selectAll().execute();
  const key = (r: (typeof rows)[number]) => [r.form_id, r.programme_id, r.prefecture_id, r.period, r.field].join('/');
  return rows
    .filter((r) => Number(r.sum) !== 0 || Number(r.latest) !== 0)
    .map((r) => ({ key: key(r), sum: Number(r.sum), latest: Number(r.latest) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

beforeAll(async () => {
  bot = await startTestBot({ now: NOW.toISOString() });
  const { repos, programme } = bot.shifan.services;
  await insertSampleReports(repos, reports(programme.data.counties.map((c) => c.id)));
});
afterAll(() => bot.close());

describe('every county’s latest running totals and what each week adds to an area', () => {
  it('equal the rows of the queries they replaced, for the programme and each 市州, before, at and after the reports', async () => {
    expect((await keptChanges()).length).toBeGreaterThan(100);
    await expectSameAsReference();
  });

  it('still do after an amendment deep in the history and a week filed late, as kept report by report, which equals a rebuild', async () => {
    const { db, programme } = bot.shifan.services;
    const [first, second] = programme.data.counties;
    const amended = await findReport(db, WEEKLY_FORM_ID, first!.id, '2018-W14');
    const change = (field: string, num: number | null) => ({ field, value: { num, text: null }, oldText: null, newText: null });
    // A running total raised and one cleared, and a weekly amount changed.
    await updateReportValues(
      db,
      amended!.id,
      [change('spent_total', 1_234_500), change('service_points_total', 77), change('households_benefited', null)],
      { personId: null, reason: '更正' },
      NOW,
    );
    const late = { num: 66, text: null };
    await insertReport(
      db,
      {
        formId: WEEKLY_FORM_ID,
        formVersion: 1,
        countyId: second!.id,
        period: '2018-W20',
        submittedBy: null,
        onBehalf: false,
        values: { spent_total: { num: 500_000, text: null }, service_points_total: late, tenders_planned: { num: 9, text: null } },
      },
      NOW,
    );
    await expectSameAsReference();
    const kept = await keptChanges();
    await rebuildPeriodChanges(db);
    expect(await keptChanges()).toEqual(kept);
  });

  it('follow a county that the programme data moves to another 市州', async () => {
    const { db, programme } = bot.shifan.services;
    const third = programme.data.counties[2]!;
    const moved = programme.data.prefectures.find((p) => p.id !== third.prefecture)!.id;
    await syncProgramme(db, { ...programme.data, counties: programme.data.counties.map((c) => (c.id === third.id ? { ...c, prefecture: moved } : c)) }, NOW);
    expect((await areas()).find((a) => a.prefectureId === moved)!.countyIds).toContain(third.id);
    await expectSameAsReference();
  });
});
