import { numeralValue } from './numbers.ts';
import { readQuantity } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * 房租一年12万，本周付了半年的 / 年租金8万，这周交了一个季度的 / 设备款10万，付了一半: a sum for a whole (a year, a
 * quarter, a month, or the whole bill), then the part of it paid. The part is worked out and offered (always asked),
 * never the whole. Only one sum may be said, and the part must be less than the whole.
 */
export function periodPart(field: FieldSpec, s: string): Several | undefined {
  if (field.kind !== 'amount') return undefined;
  const typed = s.normalize('NFKC').replace(/\s+/g, '');
  const sums = typed.match(SUM) ?? [];
  if (sums.length !== 1) return undefined;
  const part = PART.exec(typed);
  if (!part || typed.indexOf(part[0]) < typed.indexOf(sums[0]!)) return undefined;
  const whole = WHOLE.exec(typed.slice(0, typed.indexOf(sums[0]!)));
  const share = shareOf(part[1]!, whole ? MONTHS[whole[1]!] : undefined);
  const q = readQuantity(sums[0]!, 'amount');
  if (share === undefined || share <= 0 || share >= 1 || !q.ok || q.value.doubt) return undefined;
  return { kind: 'pick', value: Math.round(q.value.value * share), how: 'product', from: [sums[0]!, `${part[1]}（${fraction(share)}）`], others: [] };
}

const SUM = /[\d.零〇一二两三四五六七八九十百千]+(?:万元|万|元|块)/g;
// (一年, 年租金, 每季度: the span the sum is for, said before it.)
// (9月, 上个月, 三个月: a month's name, another month, or a span of several, are not the one span the sum is for.)
const WHOLE = /(?:一|每|全|(?<![\d〇零一二两三四五六七八九十上下本这]))(年|季度|个?月)(?:租金?|租|费)?[^，,。\d]{0,4}$/;
const MONTHS: Readonly<Record<string, number>> = { 年: 12, 季度: 3, 月: 1, 个月: 1 };
// (付了半年的, 交了三个月的, 付了一半, 先付三分之一: the part paid, after the sum.)
const PART =
  /(?:付|交|缴|支付|结|给)了?(?:其中)?(半年|[一两二三四五六七八九十\d]+个月|[一两二三]个季度|一半|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+)(?:的|钱|费用|租金)?/;

function shareOf(part: string, wholeMonths: number | undefined): number | undefined {
  if (part === '一半') return 1 / 2;
  const of = /^(.+)分之(.+)$/.exec(part);
  if (of) {
    const [n, m] = [numeralValue(of[1]!), numeralValue(of[2]!)];
    return n && m !== undefined ? m / n : undefined;
  }
  if (wholeMonths === undefined) return undefined;
  const months = part === '半年' ? 6 : /季度$/.test(part) ? 3 * (numeralValue(part.replace(/个季度$/, '')) ?? NaN) : numeralValue(part.replace(/个月$/, ''));
  return months === undefined || !Number.isFinite(months) ? undefined : months / wholeMonths;
}

const fraction = (x: number): string => (Math.abs(x - 0.5) < 1e-9 ? '二分之一' : `${Math.round(x * 1000) / 10}%`);
