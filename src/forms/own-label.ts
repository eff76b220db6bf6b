import type { Clause } from './clauses.ts';
import type { FieldSpec } from './template.ts';

/**
 * 网销45万，其中农产品38万 at 本周农产品网络零售额: a part named by words of the field's own label that the whole's
 * name lacks is the narrower figure the field asks for.
 */
export function namesOwnLabel(field: FieldSpec, whole: Clause, part: Clause): boolean {
  const bare = (c: Clause) => c.label.replace(/(?:万元|万|元|块|个|场|人次|人|户)$/, '').replace(/^(?:本周|这周)/, '');
  // (共130个，其中村级112个 at 乡镇和村级站点: a part naming one side of the label's 和 is narrower than the field, not it.)
  const b = bare(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const oneSide = new RegExp(`${b}(?:和|及|与|、)|(?:和|及|与|、)${b}`).test(field.label);
  return bare(part).length >= 2 && field.label.includes(bare(part)) && !field.label.includes(bare(whole)) && !oneSide;
}
