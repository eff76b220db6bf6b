import { describe, it } from 'vitest';
import { expectRefused, expectServed } from './both-engines.ts';

/**
 * Classes of the first-day mix once answered wrongly or refused: written for these tests, not copied from a
 * development set.
 */

describe('the cost of an act the notice names but pays nothing for', () => {
  it('is refused when asked without a modal (X的钱从…资金里出吗)', () => {
    expectRefused('第三方机构做评价的费用从专项资金里出吗');
    expectRefused('请第三方验收的钱从示范资金里出吗');
  });

  it('a cost the clause speaks of (培训费) is still answered', () => {
    expectServed('培训的钱从中央资金里出吗', 'plan-3-3');
  });
});
