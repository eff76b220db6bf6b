import fc from 'fast-check';
import nzhcn from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { readNumeral } from '../../src/forms/numbers.ts';
import { readQuantity } from '../../src/forms/quantity.ts';

const value = (s: string) => {
  const n = readNumeral(s);
  return n?.kind === 'value' ? n.value : n;
};

describe('the number grammar', () => {
  it.each([
    ['十二万五', 125_000], ['三十八万六千', 386_000], ['三万五千', 35_000], ['一百二十万零五千', 1_205_000],
    ['三千五', 3_500], ['两百五', 250], ['一万五', 15_000], ['一亿五', 150_000_000], ['一万零五', 10_005], ['一千零五', 1_005],
    ['十五', 15], ['十', 10], ['十万', 100_000], ['两百万', 2_000_000], ['一亿二千万', 120_000_000],
    ['2百万', 2_000_000], ['5千', 5_000], ['3千万', 30_000_000], ['1.2亿', 120_000_000], ['12万5', 125_000], ['12万5000', 125_000],
    ['二〇一八', 2018], ['一五〇〇', 1_500], ['零', 0], ['零点五', 0.5], ['十二点五万', 125_000], ['三十二点五', 32.5],
    ['壹佰贰拾', 120], ['叁万伍仟', 35_000],
  ])('%s = %d', (typed, expected) => {
    expect(value(typed)).toBe(expected);
  });

  it.each([['四五十万', 400_000, 500_000], ['十七八', 17, 18], ['三五', 3, 5], ['七八万', 70_000, 80_000], ['二三十', 20, 30], ['三四百', 300, 400]])(
    '%s is a range %d–%d, never one number',
    (typed, low, high) => {
      expect(readNumeral(typed)).toEqual({ kind: 'range', low, high, sectioned: typed.includes('万') });
    },
  );

  it.each(['五百三千', '万', '万万', '十十', '百', '三万万', ''])('%j is not a number', (typed) => {
    expect(readNumeral(typed)).toBeUndefined();
  });

  it('reads back every integer nzh writes in Chinese', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => value(nzhcn.encodeS(n)) === n), { numRuns: 2000 });
  });

  it('reads back 两 for 二 wherever nzh writes 二 before a unit', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => value(nzhcn.encodeS(n).replace(/二(?=[百千万亿])/g, '两')) === n));
  });

  it('reads one decimal place written in Chinese', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (n, d) => value(`${nzhcn.encodeS(n)}点${nzhcn.encodeS(d)}`) === n + d / 10));
  });

  it('takes a bare digit after 万 or 千 as one step below it (十二万五 = 12.5万)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 9 }), (n, d) => {
      return value(`${nzhcn.encodeS(n)}万${nzhcn.encodeS(d)}`) === n * 10_000 + d * 1_000 && value(`${n}万${d}`) === n * 10_000 + d * 1_000;
    }));
  });

  it('reads Arabic figures with thousands separators and units as amounts in 元', () => {
    // (Below 100元, far below any weekly line, 万 was likely meant: asked, see misreading-classes.test.ts.)
    fc.assert(fc.property(fc.integer({ min: 100, max: 999_999_999 }), (yuan) => {
      const r = readQuantity(`${yuan.toLocaleString('en-US')}元`, 'amount');
      return r.ok && r.value.value === yuan && !r.value.doubt;
    }));
  });

  it('never returns a value for hostile input; it fails or reads', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => {
      const r = readQuantity(s, 'amount');
      return !r.ok || (Number.isSafeInteger(r.value.value) && r.value.value >= 0);
    }));
  });

  it.each(['45万左右', '45万上下'])('%j, an approximation after the unit, is read with its doubt', (typed) => {
    const r = readQuantity(typed, 'amount');
    expect(r.ok && r.value.doubt).toBe('approx');
  });

  // (More than the figure: a bound, which is never offered as the figure.)
  it.each(['15万多点', '15万多', '20万开外', '8万冒头', '12万出头'])('%j, a bound after the unit, is read as a bound', (typed) => {
    const r = readQuantity(typed, 'amount');
    expect(r.ok && r.value.doubt).toBe('bound');
  });

  it.each([['15万', 150_000], ['15万元', 150_000], ['多少都行15万', 150_000]])('%j carries no doubt', (typed, yuan) => {
    const r = readQuantity(typed, 'amount');
    expect(r).toMatchObject({ ok: true, value: { value: yuan } });
    expect(r.ok && r.value.doubt).toBeUndefined();
  });
});
