import { otherThing } from './figure-nouns.ts';
import { unitWritten } from './quantity.ts';
import type { FieldSpec } from './template.ts';

/**
 * A figure in a measure the count field does not count: people where stations, sessions or tenders are
 * counted, or money at any count. Neither is offered as the field's figure (150人 is not 150个).
 */

/** How the field's bare figure is named in a question: 个数, 场数, 户数 (数量 when it has no unit). */
export const bareUnit = (field: FieldSpec): string => (field.unit ? `${field.unit}数` : '数量');

// 服务了150人 at villages, 用了60万搞招标 at tenders: people, or money, are no count of the field's things; offering
// 150个 or 600000个 would offer what was not meant, so the figure is not read at all. (培训费两万, 场地费3万: a fee named.)
const PEOPLE = /^(?:人次|人|名|位)$/;
const MONEY =
  /[\d零〇一二两三四五六七八九十百千](?:万|千)?(?:元|块)|[\d零〇一二两三四五六七八九十百千]万(?:的|元|块)|(?:花|支出|付|投入|投|用|拨付?)了?[\d零〇一二两三四五六七八九十百千.]+万|(?:金额|资金|经费|费用|[训课地务材宣]费|钱)[^\d零〇一二两三四五六七八九十，,]{0,3}[\d零〇一二两三四五六七八九十百千.]+万/;
// (300万, 1.2亿 at a count with no unit: no county counts its stations, sessions or tenders by the million; money.)
const MILLIONS = 1_000_000;
export function wrongMeasure(field: FieldSpec, s: string, value: number): { readonly why: string; readonly people: boolean } | undefined {
  // (36个人: 个 before 人 counts people.)
  const unit = /[\d零〇一二两三四五六七八九十百千]个人$/.test(s) ? '人' : unitWritten(s);
  const asked = `本项填写${field.label.replace(/[（(][^（）()]*[)）]$/, '')}（${field.unit ?? '个'}），请直接输入${bareUnit(field)}，例如 3。`;
  if (unit && field.unit && PEOPLE.test(unit) && !PEOPLE.test(field.unit)) {
    // (1200人 at the households may count their members: asked. 36人 alone at the stations or sessions is no answer.)
    const bare = /^[\d零〇一二两三四五六七八九十百千万]+(?:人次|人|名|位)$/.test(s) && field.unit !== '户';
    return { why: `“${s}”是人数，${asked}`, people: !bare };
  }
  // (17家合作社 at the households: asked, with no figure offered, as people are.)
  const thing = otherThing(s);
  if (thing) return { why: `“${s}”是${thing}的数量，${asked}`, people: true };
  if (!unit && (MONEY.test(s) || (/^[\d.零〇一二两三四五六七八九十百千]+[万亿]$/.test(s) && value >= MILLIONS)))
    return { why: `“${s}”是金额，${asked}`, people: false };
  return undefined;
}
