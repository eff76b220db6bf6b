import type { Said } from './several.ts';
import type { FieldValue } from './template.ts';

/**
 * Bump when FormState's shape changes incompatibly; stored states of another version are dropped on read.
 * The `check` step, `notes` and `offers` were added without a bump: older states simply lack them.
 */
export const STATE_VERSION = 1;

/** Where the form stands: a field, a reading to confirm, a reason for a lower running total, the summary, a pending cancel, or why an edit was made. */
export type Step =
  | { readonly at: 'field'; readonly key: string }
  | { readonly at: 'reason'; readonly key: string }
  | { readonly at: 'confirm' }
  | { readonly at: 'cancel'; readonly back: Step }
  /** A reading that needs a yes before it is stored (a range has no value: only a new figure will do). */
  | {
      readonly at: 'check';
      readonly key: string;
      readonly value: FieldValue | null;
      readonly question: string;
      readonly note?: string;
      readonly others?: readonly Said[];
    }
  | { readonly at: 'why' };

/** What the form is about (e.g. county and period), as plain JSON. */
export type Subject = Readonly<Record<string, string | number | boolean | null>>;

/** A form in progress: plain JSON, committed with every answer. */
export interface FormState {
  readonly v: number;
  /** fill: a new submission; edit: changes to a stored one. */
  readonly mode: 'fill' | 'edit';
  /** What the person is filling in, e.g. 卓尼县 2018-W38 周报. */
  readonly title: string;
  readonly subject: Subject;
  readonly chatKind: 'direct' | 'group';
  readonly step: Step;
  readonly answers: Readonly<Record<string, FieldValue | null>>;
  /** Edit mode: the stored values, to show and record what changed. */
  readonly original?: Readonly<Record<string, FieldValue | null>>;
  /** Last period's values, for 同上周 and running totals. */
  readonly previous: Readonly<Record<string, FieldValue | null>>;
  /** Why a running total is below last period's, per field. */
  readonly reasons: Readonly<Record<string, string>>;
  /** Words given with an answer (有，买了2万的流量), per field, shown in the summary. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Figures said in passing for a later field (办了3场，80人参加 → 80 for 培训人次), offered when it is reached. */
  readonly offers?: Readonly<Record<string, { readonly value: FieldValue; readonly said: string }>>;
  /** Fields answered in order, for 上一步. */
  readonly trail: readonly string[];
  /** Invalid answers in a row to the current step. */
  readonly invalid: number;
  /** Came from the summary (修改 3): return there after the answer. */
  readonly reviewing: boolean;
}

/** Reads a stored state; undefined when it is not JSON or of another version (stale states are dropped). */
export function readState(json: string): FormState | undefined {
  try {
    const parsed = JSON.parse(json) as FormState;
    return parsed && parsed.v === STATE_VERSION ? parsed : undefined;
  } catch {
    return undefined;
  }
}
