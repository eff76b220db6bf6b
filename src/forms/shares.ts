import type { Answer } from './answer.ts';
import type { FieldSpec } from './template.ts';

/**
 * 贫困村已覆盖六成 / 花了一成多 / 百分之七十: a share said in words (N成, 百分之N) at an amount or a count, with no
 * other figure. It gives no quantity of the field: the digit in 七成 is no count of 7, nor 七十 two figures. It is
 * asked back as a share, with no reading offered. (A share beside a figure, 56个，占八成, is read for the figure.)
 */

const SHARE = /(?:十[一二三四五六七八九]?|[一二两三四五六七八九\d])成(?:半|多|左右|上下|以上)?|百分之[零〇一二两三四五六七八九十百\d.点]+/g;

/** The reply to a message whose only quantity is a share said in words, or undefined when it is not one. */
export function shareAnswer(field: FieldSpec, raw: string): Answer | undefined {
  if (field.kind !== 'amount' && field.kind !== 'count') return undefined;
  const s = raw.normalize('NFKC');
  if (!s.match(SHARE) || /[\d零〇一二两三四五六七八九十百千万亿]/.test(s.replace(SHARE, ''))) return undefined;
  const what = field.kind === 'amount' ? '金额' : '数量';
  const how = field.kind === 'amount' ? '请直接输入金额，例如 45 或 45万' : '请直接输入整数，例如 3';
  return { ok: true, value: null, confirm: `“${raw.trim()}”是比例，本项需要填写具体${what}。${how}。` };
}
