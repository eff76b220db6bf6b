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
        .values({ form_id: WEEKLY_FORM_ID, form_version: 1, county_id: r.countyId, period: r.period, submitted_by: null, on_behalf: 0, submitted_at: r.submittedAt, updated_at: r.submittedAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      const values = Object.entries(r.figures).map(([field, value]) => {
        const kind = kinds.get(field);
        if (kind === 'text') return { report_id: id, field, num: null, text: String(value) };
        const n = typeof value === 'boolean' ? Number(value) : Number(value);
        return { report_id: id, field, num: kind === 'amount' ? wanToYuan(n) : Math.round(n), text: null };
      });
      // SQLite allows 999 bound parameters per statement; 4 per row.
      for (let i = 0; i < values.length; i += 200) await trx.insertInto('report_values').values(values.slice(i, i + 200)).execute();
    }
  });
}
