import type { FieldSpec, FieldValue } from './template.ts';

// How stored figures are shown: moved out of values.ts, which reads answers, to keep each file small.

/** 1500000 → 1,500,000. */
export const groupDigits = (n: number): string => Math.round(n).toLocaleString('en-US');

/** 万元 with up to four decimals (exact to the 元), e.g. 45 or 12.3456. */
export function formatWan(yuan: number): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(Math.round(yuan));
  const whole = Math.floor(abs / 10_000);
  const frac = String(abs % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${frac ? '.' + frac : ''}`;
}

/** How an answer reads in a summary: 45万元, 3个, 35%, 是, 2018-09-30, （未填）. */
export function formatValue(field: FieldSpec, value: FieldValue | null | undefined): string {
  if (value === null || value === undefined) return '（未填）';
  switch (field.kind) {
    case 'amount':
      return `${formatWan(Number(value))}万元`;
    case 'count':
      return `${value}${field.unit ?? ''}`;
    case 'percentage':
      return `${Number(value) / 100}%`;
    case 'yesno':
      return value === true ? '是' : '否';
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    default:
      return String(value);
  }
}
