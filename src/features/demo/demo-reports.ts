import { isoWeek, isoWeekRange, shanghaiTime } from '../../core/clock.ts';
import { addWeeks } from '../../core/weeks.ts';
import { hasWorkday } from '../weekly-report/index.ts';
import type { ProgrammeData } from '../../programme.ts';
import type { SampleReport } from './sample-reports.ts';

/** Put in front of every demo report's 存在问题 so that nobody takes it for a county's real figures. */
export const DEMO_MARK = '演示数据';

/** How many finished weeks before the demo's current week get reports. */
const WEEKS_BACK = 3;

/** One county's habits: weekly spending (万元) and shares, when it files, what goes wrong. */
interface Profile {
  readonly spent: readonly number[];
  readonly upstreamShare: number;
  readonly centreShare: number;
  /** Day of the week (0 = Monday) and time it usually files. */
  readonly files: readonly [number, string];
  /** Weeks back (1 = last week) it filed late (Saturday) or not at all. */
  readonly late?: number;
  readonly missing?: number;
  /** Weeks back in which part of the funds went to a forbidden use. */
  readonly forbidden?: number;
  readonly issues: string;
}

// In the order of the prefecture's counties (卓尼、迭部、舟曲、碌曲): one on track, one whose
// shares break the rules, one late with a forbidden use, one behind — so every warning shows.
const PROFILES: readonly Profile[] = [
  { spent: [80, 120, 150, 100], upstreamShare: 0.6, centreShare: 0.1, files: [2, '16:00'], issues: '冷链物流车辆采购需市州协调统一招标' },
  { spent: [150, 120, 110, 90], upstreamShare: 0.2, centreShare: 0.6, files: [3, '10:00'], issues: '县级公共服务中心装修进度较快，上行项目尚在论证' },
  {
    spent: [40, 60, 50, 40],
    upstreamShare: 0.5,
    centreShare: 0.05,
    files: [3, '09:00'],
    late: 1,
    forbidden: 2,
    issues: '部分乡镇网络信号差，服务站点建设受影响',
  },
  { spent: [30, 40, 35, 30], upstreamShare: 0.55, centreShare: 0.08, files: [4, '17:00'], missing: 1, issues: '培训师资不足，需州级统筹' },
];

/** The counties of the demo roster's prefectures, in the programme's order. */
export function demoCounties(programme: ProgrammeData): ProgrammeData['counties'] {
  return programme.prefectures.flatMap((p) => programme.counties.filter((c) => c.prefecture === p.id));
}

function at(week: string, dayOffset: number, time: string): Date {
  const monday = Date.parse(`${isoWeekRange(week).start}T00:00:00Z`);
  return shanghaiTime(new Date(monday + dayOffset * 86_400_000).toISOString().slice(0, 10), time);
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Plausible weekly reports of the demo prefecture's counties for the weeks
 * before `now` and the part of the current week already past, each marked
 * 演示数据: spending, shares, service points and training that grow week by
 * week, with a late report, a missing one, a forbidden use and rule warnings.
 */
export function demoReports(programme: ProgrammeData, now: Date): SampleReport[] {
  const counties = demoCounties(programme);
  const current = isoWeek(now);
  const weeks = Array.from({ length: WEEKS_BACK + 1 }, (_, i) => addWeeks(current, i - WEEKS_BACK)).filter(hasWorkday);
  const reports: SampleReport[] = [];
  counties.forEach((county, index) => {
    const p = PROFILES[index % PROFILES.length]!;
    let points = 4 + index;
    let villages = 3 + index;
    let tenders = 0;
    let households = 10 * (index + 1);
    weeks.forEach((week, i) => {
      const back = weeks.length - 1 - i;
      if (back === p.missing) return;
      const submittedAt = back === p.late ? at(week, 5, '10:00') : at(week, p.files[0], p.files[1]);
      if (submittedAt >= now) return;
      const spent = p.spent[i % p.spent.length]!;
      const trained = (i + index) % 2 === 0;
      points += 2 + (index % 2);
      villages += 1 + (i % 2);
      tenders += i % 2;
      households += 15 + 5 * index;
      const forbidden = back === p.forbidden;
      reports.push({
        countyId: county.id,
        period: week,
        submittedAt: submittedAt.toISOString(),
        figures: {
          spent_total: spent,
          spent_upstream: round(spent * p.upstreamShare),
          spent_service_centre: round(spent * p.centreShare),
          spent_service_points: round(spent * 0.15),
          spent_training: trained ? round(spent * 0.05) : 0,
          forbidden_use: forbidden,
          ...(forbidden ? { forbidden_use_note: '部分资金用于购买网店推广流量' } : {}),
          service_points_total: points,
          poor_villages_covered: villages,
          training_sessions: trained ? 2 : 0,
          trainees: trained ? 80 + 10 * index : 0,
          trainees_poor: trained ? 30 + 5 * index : 0,
          tenders_done: tenders,
          tenders_planned: 4 + (index % 3),
          online_sales: round(12 + 3 * i + 2 * index),
          households_benefited: households,
          issues: `${DEMO_MARK}：${p.issues}`,
        },
      });
    });
  });
  return reports;
}
