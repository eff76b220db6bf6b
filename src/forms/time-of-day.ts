import type { FieldSpec } from './template.ts';

/**
 * A time of day said with a figure (下午3点场60人, 晚上8点开班，来了45人): the hour is when, never how many.
 * Certain with a part of the day before it, 钟, 半 or minutes after it, or as 15:00; a bare 3点 is a time
 * only at a count whose things are no 点 (站点), and never at an amount, where 3点5万 is 3.5万.
 */
const DIGIT = '[\\d零〇一二两三四五六七八九十]';
const CERTAIN = new RegExp(
  `(?:上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|晚)${DIGIT}{1,3}(?:点(?:钟|半|${DIGIT}{1,2}分)?|时)|${DIGIT}{1,3}点(?:钟|半(?![万千元])|${DIGIT}{1,2}分)|(?<![\\d.])\\d{1,2}:\\d{2}(?![\\d])`,
  'g',
);
const BARE = new RegExp(`(?<![\\d.])${DIGIT}{1,3}点(?![\\d零〇一二两三四五六七八九十万千元块个])`, 'g');
const FIGURE = /[\d零〇一二两三四五六七八九十百千万]/;
const POINT_FAMILY = /^(?:个|处|座|项|家|站|点|所|村|间)$/;

/** The message with its times of day taken out, and whether any was; `onlyTime` when no figure is left. */
export function withoutTimeOfDay(field: FieldSpec, raw: string): { readonly text: string; readonly onlyTime: boolean } | undefined {
  let text = raw.normalize('NFKC').replace(CERTAIN, '');
  if (field.kind === 'count' && !POINT_FAMILY.test(field.unit ?? '个')) text = text.replace(BARE, '');
  if (text === raw.normalize('NFKC')) return undefined;
  return { text, onlyTime: !FIGURE.test(text) };
}
