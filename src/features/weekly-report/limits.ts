import type { AnswerLimits } from '../../forms/values.ts';

/**
 * What a weekly amount may reach before the form asks again: this week's
 * spending and each of its 其中 parts at most the allocation still unspent (the
 * template's rule then holds the parts to the week's total); other amounts
 * (online sales) have only the field's bound.
 */
export function weeklyAmountLimits(key: string, allocationYuan: number, spentElsewhereYuan: number): AnswerLimits {
  // This week's spending and each of its parts: never more than the allocation still unspent.
  if (hasAmountLimit(key)) return { maxYuan: Math.max(0, allocationYuan - spentElsewhereYuan), maxLabel: '剩余可用的中央财政资金', allocationYuan };
  return {};
}

/** Whether an answer's limit depends on the county's allocation (this week's spending and its parts). */
export const hasAmountLimit = (key: string): boolean => key.startsWith('spent_');
