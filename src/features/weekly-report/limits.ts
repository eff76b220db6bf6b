import type { AnswerLimits } from '../../forms/values.ts';

/**
 * What a weekly amount may reach before the form asks again: this week's
 * spending at most the allocation still unspent. The 其中 parts are held to
 * the week's spending by the template's rule, which says so plainly; other
 * amounts (online sales) have only the field's bound.
 */
export function weeklyAmountLimits(key: string, allocationYuan: number, spentElsewhereYuan: number): AnswerLimits {
  if (key === 'spent_total') return { maxYuan: Math.max(0, allocationYuan - spentElsewhereYuan), maxLabel: '剩余可用的中央财政资金' };
  return {};
}
