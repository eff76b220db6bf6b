import { CONFIRM_TAIL, type Answer } from './answer.ts';
import { formatWan, groupDigits } from './format.ts';
import { numeralValue } from './numbers.ts';
import type { FieldSpec } from './template.ts';

/**
 * 总资金的百分之五, 拨款的十分之一, 三分之一的资金, 用了下达资金的两成: a share of the county's allocation, said
 * in words with no figure of money, at a spending field. The share of the allocation is worked out and
 * always asked back (never stored unasked): the allocation named may not be the whole the person meant.
 * With no allocation known, or any other wording, the share is left to shares.ts (asked for the figure).
 */

/** The allocation named: 总资金, 下达的中央财政资金, 拨款, 总额度 (not 培训经费 or 站点资金, a part's own money). */
const ALLOCATION =
  '(?:(?:全部|所有|县里|我们|我县|本县)的?)?(?:(?:下达|拨付|到位|安排|上级)的?)?(?:中央(?:财政)?)?(?:总|专项|示范县?)?(?:资金|拨款|额度)(?:总额|总量|盘子)?|总(?:额度|盘子|经费|额)';
/** A share: 百分之五, 5%, 十分之一, 两成, 一半. */
const SHARE =
  '百分之[\\d.零〇一二两三四五六七八九十]+|[\\d.]+\\s*[%％]|[\\d零〇一二两三四五六七八九十]+分之[\\d零〇一二两三四五六七八九十]+|(?:十|[一二两三四五六七八九])成(?:半)?|一半|半数';
const SPENT = '(?:已经|已|大概|大约|约|差不多)?(?:花了|用了|支出了?|用掉了?|花掉了?|拨付了?|支付了?|付了)?';
const TAIL = '(?:左右|上下|吧|了|的样子)?[。.!！]*$';
const OF_ALLOCATION = new RegExp(`^${SPENT}(?:${ALLOCATION})(?:的|中的|里的|里面的|当中的)?(${SHARE})${TAIL}`);
const SHARE_OF_ALLOCATION = new RegExp(`^${SPENT}(${SHARE})的(?:${ALLOCATION})${TAIL}`);

/** The fraction a share stands for (百分之五 → 0.05, 十分之一 → 0.1, 两成半 → 0.25), if it is one. */
function fractionOf(share: string): number | undefined {
  const s = share.replace(/\s+/g, '');
  if (s === '一半' || s === '半数') return 0.5;
  const pct = /^百分之(.+)$/.exec(s)?.[1] ?? /^([\d.]+)[%％]$/.exec(s)?.[1];
  if (pct !== undefined) {
    const n = /^[\d.]+$/.test(pct) ? Number(pct) : numeralValue(pct);
    return n === undefined ? undefined : n / 100;
  }
  const of = /^(.+)分之(.+)$/.exec(s);
  if (of) {
    const [whole, part] = [numeralValue(of[1]!), numeralValue(of[2]!)];
    return whole && part !== undefined ? part / whole : undefined;
  }
  const tenths = /^(.+)成(半)?$/.exec(s);
  const n = tenths ? numeralValue(tenths[1]!) : undefined;
  return n === undefined ? undefined : (n + (tenths![2] ? 0.5 : 0)) / 10;
}

/** The reply to a share of the allocation at a spending field, or undefined when the message is not one. */
export function allocationShare(field: FieldSpec, raw: string, allocationYuan: number | undefined): Answer | undefined {
  if (field.kind !== 'amount' || !allocationYuan || allocationYuan <= 0) return undefined;
  const s = raw.normalize('NFKC').trim();
  const share = (OF_ALLOCATION.exec(s) ?? SHARE_OF_ALLOCATION.exec(s))?.[1];
  const fraction = share === undefined ? undefined : fractionOf(share);
  if (fraction === undefined || !Number.isFinite(fraction) || fraction <= 0 || fraction > 1) return undefined;
  const yuan = Math.round(allocationYuan * fraction);
  return {
    ok: true,
    value: yuan,
    confirm: `“${raw.trim()}”按下达的中央财政资金 ${formatWan(allocationYuan)}万元的${share}计算，您要填写的是 ${formatWan(yuan)}万元（${groupDigits(yuan)}元）吗？${CONFIRM_TAIL}`,
  };
}
