import type { Said } from './several.ts';
import type { FieldValue } from './template.ts';

/**
 * A typed answer as the live form reads it: a value to store, or a question to
 * ask first (`confirm`, with the value that "是" would store; null for a range,
 * where only a new figure will do), and any words after a yes or no (`note`).
 */
export type Answer =
  | { readonly ok: true; readonly value: FieldValue; readonly confirm?: undefined; readonly note?: string }
  | { readonly ok: true; readonly value: FieldValue | null; readonly confirm: string; readonly note?: string; readonly others?: readonly Said[] }
  | { readonly ok: false; readonly error: string };

/** How every question that offers a reading ends. */
export const CONFIRM_TAIL = '回复“是”确认，或直接重新输入。';
