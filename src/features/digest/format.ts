import type { ReportStatus } from './aggregate.ts';

/** Integer 元 → 万元 rounded to 2 decimals, as a number (for tables and workbooks). */
export function wanNumber(yuan: number): number {
  return Math.round(yuan / 100) / 100;
}

/** Integer 元 → "1234.5" (万元, at most 2 decimals, no trailing zeros). */
export function wan(yuan: number): string {
  return String(wanNumber(yuan));
}

export { percent as pct } from '../../core/percent.ts';

/** A change as "+12", "-3" or "持平"; `format` renders the magnitude. */
export function delta(change: number, format: (n: number) => string = String): string {
  if (Math.abs(change) < 1e-9) return '持平';
  return `${change > 0 ? '+' : '-'}${format(Math.abs(change))}`;
}

export { shanghaiMoment } from '../../core/clock.ts';

export const STATUS_LABEL: Readonly<Record<ReportStatus, string>> = {
  'on-time': '已报送',
  'late-filed': '逾期补报',
  late: '逾期未报',
  pending: '尚未报送',
  'not-required': '节假日无需报送',
};
