import type { Repositories } from '../../../storage/repositories/index.ts';
import type { StoredValue } from '../../../storage/repositories/report.repository.ts';
import { wanToYuan, WEEKLY_FIELDS, WEEKLY_FORM_ID, type WeeklyFieldKey } from '../weekly-report/index.ts';

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
export async function insertSampleReports(repos: Repositories, reports: readonly SampleReport[]): Promise<void> {
  const kinds = new Map<string, string>(WEEKLY_FIELDS.map((f) => [f.key, f.kind]));
  const stored = (field: string, value: number | string | boolean): StoredValue => {
    const kind = kinds.get(field);
    if (kind === 'text') return { num: null, text: String(value) };
    const n = Number(value);
    return { num: kind === 'amount' ? wanToYuan(n) : Math.round(n), text: null };
  };
  await repos.reports.insertBackdatedReports(
    reports.map((r) => ({
      formId: WEEKLY_FORM_ID,
      formVersion: 1,
      countyId: r.countyId,
      period: r.period,
      submittedBy: null,
      onBehalf: false,
      submittedAt: r.submittedAt,
      values: Object.fromEntries(Object.entries(r.figures).map(([field, value]) => [field, stored(field, value)])),
    })),
  );
}
