import type { Db } from '../../../storage/database.ts';
import { WEEKLY_FIELDS, WEEKLY_FORM_ID, wanToYuan, type WeeklyFieldKey } from '../weekly-report/fields.ts';

/** A weekly report as a person would write it: amounts in 万元, counts, yes/no as true/false, texts. */
export interface SampleReport {
  readonly countyId: string;
  readonly period: string;
  readonly submittedAt: string;
  readonly figures: Partial<Record<WeeklyFieldKey, number | string | boolean>>;
}

/**
 * Stores weekly reports straight into `reports` and `report_values`, in the
 * units the weekly-report form stores (integer 元, 1/0): for tests, the
 * benchmark and demonstrations, without going through the form.
 */
export async function insertSampleReports(db: Db, reports: readonly SampleReport[]): Promise<void> {
  const kinds = new Map<string, string>(WEEKLY_FIELDS.map((f) => [f.key, f.kind]));
  await db.transaction().execute(async (trx) => {
    for (const r of reports) {
      const { id } = await trx
        .insertInto('reports')
        .values({
          form_id: WEEKLY_FORM_ID,
          form_version: 1,
          county_id: r.countyId,
          period: r.period,
          submitted_by: null,
          on_behalf: 0,
          submitted_at: r.submittedAt,
          updated_at: r.submittedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const values = Object.entries(r.figures).map(([field, value]) => {
        const kind = kinds.get(field);
        if (kind === 'text') return { report_id: id, field, num: null, text: String(value) };
        const n = Number(value);
        return { report_id: id, field, num: kind === 'amount' ? wanToYuan(n) : Math.round(n), text: null };
      });
      // SQLite allows 999 bound parameters per statement; 4 per row.
      for (let i = 0; i < values.length; i += 200)
        await trx
          .insertInto('report_values')
          .values(values.slice(i, i + 200))
          .execute();
    }
  });
}

/**
 * Sample data for tests and demonstrations: Gannan's four counties over two
 * weeks. W39 runs 24–30 September 2018 and its reports are due Friday 28
 * September 18:00; 卓尼县 and 迭部县 report on time, 舟曲县 late, 碌曲县 not at
 * all; 迭部县 spends too little on 上行 and too much on its service centre.
 * (W40 is the National Day holiday week, which needs no report.)
 */
export const GANNAN_W38: readonly SampleReport[] = [
  {
    countyId: 'zhuoni',
    period: '2018-W38',
    submittedAt: '2018-09-20T03:00:00Z',
    figures: {
      spent_total: 100,
      spent_upstream: 60,
      spent_service_centre: 10,
      service_points_total: 10,
      poor_villages_covered: 8,
      training_sessions: 2,
      trainees: 100,
      trainees_poor: 40,
      tenders_done: 1,
      tenders_planned: 5,
      households_benefited: 50,
      issues: '无',
    },
  },
  {
    countyId: 'diebu',
    period: '2018-W38',
    submittedAt: '2018-09-20T04:00:00Z',
    figures: {
      spent_total: 300,
      spent_upstream: 100,
      spent_service_centre: 200,
      service_points_total: 8,
      poor_villages_covered: 5,
      training_sessions: 2,
      trainees: 100,
      trainees_poor: 40,
      tenders_done: 0,
      tenders_planned: 4,
      households_benefited: 30,
    },
  },
  {
    countyId: 'zhouqu',
    period: '2018-W38',
    submittedAt: '2018-09-21T02:00:00Z',
    figures: {
      spent_total: 50,
      spent_upstream: 30,
      spent_service_centre: 5,
      service_points_total: 6,
      poor_villages_covered: 4,
      training_sessions: 2,
      trainees: 100,
      trainees_poor: 40,
      tenders_done: 1,
      tenders_planned: 3,
      households_benefited: 20,
    },
  },
  {
    countyId: 'luqu',
    period: '2018-W38',
    submittedAt: '2018-09-21T05:00:00Z',
    figures: {
      spent_total: 40,
      spent_upstream: 25,
      spent_service_centre: 5,
      service_points_total: 5,
      poor_villages_covered: 3,
      training_sessions: 2,
      trainees: 100,
      trainees_poor: 40,
      tenders_done: 0,
      tenders_planned: 2,
      households_benefited: 10,
    },
  },
];
export const GANNAN_W39: readonly SampleReport[] = [
  {
    countyId: 'zhuoni',
    period: '2018-W39',
    submittedAt: '2018-09-27T03:00:00Z',
    figures: {
      spent_total: 50,
      spent_upstream: 30,
      spent_service_centre: 5,
      forbidden_use: false,
      service_points_total: 15,
      poor_villages_covered: 12,
      training_sessions: 1,
      trainees: 60,
      trainees_poor: 20,
      tenders_done: 2,
      tenders_planned: 5,
      households_benefited: 70,
      issues: '冷链物流车辆采购需州级协调统一招标',
    },
  },
  {
    countyId: 'diebu',
    period: '2018-W39',
    submittedAt: '2018-09-28T09:00:00Z',
    figures: {
      spent_total: 40,
      spent_upstream: 5,
      spent_service_centre: 30,
      forbidden_use: false,
      service_points_total: 9,
      poor_villages_covered: 6,
      training_sessions: 1,
      trainees: 40,
      trainees_poor: 10,
      tenders_done: 1,
      tenders_planned: 4,
      households_benefited: 40,
      issues: '暂无',
    },
  },
  // Filed Saturday (a 调休 working day), after the Friday 18:00 deadline.
  {
    countyId: 'zhouqu',
    period: '2018-W39',
    submittedAt: '2018-09-29T02:00:00Z',
    figures: {
      spent_total: 30,
      spent_upstream: 20,
      spent_service_centre: 0,
      forbidden_use: true,
      forbidden_use_note: '部分资金用于购买流量',
      service_points_total: 6,
      poor_villages_covered: 4,
      training_sessions: 0,
      trainees: 0,
      trainees_poor: 0,
      tenders_done: 1,
      tenders_planned: 3,
      households_benefited: 20,
    },
  },
];
