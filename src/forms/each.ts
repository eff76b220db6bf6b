import type { Clause } from './clauses.ts';
import { readNumeral } from './numbers.ts';
import { readQuantity, sameUnit, unitWritten } from './quantity.ts';

/**
 * 两场培训各1.5万, 两场各50人, 给20个村级站每个拨了5000元: so many things, and so much each,
 * in one clause. The product is what the field holds; it is always asked back with both figures.
 */
export interface Each {
  readonly value: number;
  readonly from: readonly [string, string];
}

const NUM = '[\\d.零〇一二两三四五六七八九十百千万]+';
const THING = '(?:个|场|次|期|家|户|人|站|村|名|批|所|班)';
// 拨了, 补助, 奖励了: how the money or the people came to each (a verb of up to two characters, then 了).
// (办了, 建了, 开了: what was held or built in each, 3个乡镇各办了1场.)
const GIVEN =
  '拨付|拨了?|给了?|花了?|付了?|补了?|补贴|补助|奖补|奖励了?|资助|扶持|发放|发了?|支出|支付|投入|用了|有|是|培训了?|参加|(?:举)?办了?|建了?|开了?|搞了?|[^\\d，,。；;零〇一二两三四五六七八九十百千万各每]{1,3}?了';
// 5个乡镇每个乡镇2场: the thing counted said again after 每个 (not a time, 每个月 being a rate).
const AGAIN = '(?:[^，,。；;\\d零〇一二两三四五六七八九十百千万月年周天日季]{1,4}?)?';
const EACH = new RegExp(`^(.*?)(${NUM}${THING})([^，,。；;\\d]*?)(?:各|每(?:${THING})?${AGAIN})(?:人|个)?(?:${GIVEN})?(${NUM}.*)$`);

export function readEach(s: string, kind: 'amount' | 'count', unit?: string): Each | undefined {
  const m = EACH.exec(s);
  if (!m) return undefined;
  const things = m[2]!;
  const n = readNumeral(things.replace(new RegExp(`${THING}$`), ''));
  const each = readQuantity(m[4]!, kind, unit);
  if (n?.kind !== 'value' || !Number.isInteger(n.value) || n.value < 2 || !each.ok || each.value.doubt) return undefined;
  // (两场各75人 at a count of 场: the product is people, not sessions; no product is offered. 个 may count people.)
  const written = kind === 'count' ? unitWritten(m[4]!) : undefined;
  if (unit && written && written !== '个' && !sameUnit(unit, written)) return undefined;
  // (Each figure without a unit at an amount field is 万元, as a lone one would be.)
  return { value: n.value * each.value.value, from: [`${m[1]}${things}${m[3]}`, m[4]!] };
}

// 一场培训8000元, 一个站点2万: the price of one, said first in its clause (multiplied only by a count of the same things).
const PER_ONE =
  /^一(个|场|次|期|家|户|站|村|名|批|所|班)(?![\d零〇一二两三四五六七八九十])[^，,。\d零〇一二两三四五六七八九十]{0,8}[\d零〇一二两三四五六七八九十]/;

/** 一场培训8000元，办了3场: the clause giving the price of one, when the one other figure counts the same things (so much each). */
export function perOne(own: readonly Clause[], read: readonly Clause[]): Clause | undefined {
  const one = own.find((c) => PER_ONE.test(c.text));
  const thing = one && PER_ONE.exec(one.text)![1];
  const rest = read.filter((c) => c !== one);
  return rest.length === 1 && rest[0]!.other && unitWritten(rest[0]!.text.normalize('NFKC')) === thing ? one : undefined;
}
