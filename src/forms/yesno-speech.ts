import { readYesNo } from './yesno.ts';

/**
 * A yes or no said in everyday speech without 是, 否, 有 or 没有 as the answer word: 那肯定不会, 一样都没沾,
 * 钱都没动，哪来的违规, 我们没用 (a no); 搞了一点, 投了些 (a yes). The reading is likely but a guess, so the form
 * asks it back with the answer spelt out; a message that leans both ways, or asks, is not read here.
 */

// Who answers and how sure they are, said before the answer (那, 我们, 肯定): padding.
// (Longer words first: 那几样 before 那.)
const LEAD =
  /^(?:这几样|那几样|这几项|那几项|这些|那些|那个|这个|那|这|嗯|我们|咱们|我县|县里|本周|这周|都|也|就|是|肯定|当然|绝对|根本|压根|真的?|确实|完全)+/;
const NO_SAID = [
  // 不会的, 那绝对不会, 不可能: it would not happen.
  /^(?:不会|不可能)(?:有|的|啊|吧|呢|哈|嘛)*$/,
  // 一样都没沾, 哪个都没碰, 没沾边: none of the uses touched.
  /^(?:一样|一项|一个|哪样|哪个|哪一样|一点)?(?:都|也)?(?:没有?|未|不)(?:沾|碰|沾边|涉及|挨)(?:过|边|上)?(?:的|啊|呢)?$/,
  // 我们没用, 都没花: the money not used.
  /^(?:没有?|未)(?:用|花|动|碰)(?:过)?(?:的|啊|呢)?$/,
  // 哪来的违规, 哪有这种事: a no said as a question that answers itself.
  /^哪(?:来|有|儿有|里有|里来)的?(?:违规|违规的|这种事|这回事|这事|这些|那些|钱|事)?(?:啊|呢|嘛)?$/,
];
// 搞了一点, 投了些, 弄了点: some of it done, with no figure; a yes.
const YES_SAID = /^(?:搞|弄|整|投|花|用|买|付)了(?:一)?(?:点|些|点儿|一点儿|一些)(?:的|吧)?$/;

/** The answer read from everyday words, or undefined. */
export function everydayYesNo(raw: string): boolean | undefined {
  const text = raw.normalize('NFKC').trim();
  if (/[?？吗]|是不是|有没有|算不算|还是/.test(text.replace(/^(.*)哪(?:来|有|儿有|里有|里来)的?[^，,。]*[?？]?$/, '$1'))) return undefined;
  const clauses = text
    .split(/[，,。.；;!！~～\s]+/)
    .map((c) => c.replace(/(?:啊|呀|哈|嘛|呢|吧|的)+$/, ''))
    .filter(Boolean);
  const said = clauses.map((c): boolean | undefined => {
    const bare = c.replace(LEAD, '');
    if (NO_SAID.some((p) => p.test(bare))) return false;
    if (YES_SAID.test(bare)) return true;
    // (钱都没动: a clause the plain reader takes, once what leads it is cut.)
    const plain = readYesNo(c.replace(/^(?:本周|这周)/, ''));
    return plain.ok && !plain.value.note ? plain.value.value : undefined;
  });
  // (At least one clause in everyday words: plain answers are the plain reader's, and one taken back, 没有，不对, is asked.)
  const everyday = clauses.some((c) => NO_SAID.some((p) => p.test(c.replace(LEAD, ''))) || YES_SAID.test(c.replace(LEAD, '')));
  const answers = [...new Set(said.filter((v) => v !== undefined))];
  return everyday && answers.length === 1 && !/不对|说错|错了|更正|纠正/.test(text) ? answers[0] : undefined;
}
