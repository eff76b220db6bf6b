import type { Answer } from './answer.ts';
import { bareLabel, type FieldSpec } from './template.ts';

/**
 * 比上周多了5万, 较上期增加2场, 跟上次比少了3个: the figure is a change against an earlier report, not
 * this week's figure nor the running total, and no figure in the message can be offered as the answer
 * (a "是" to 5万元 would store the difference). The official is asked for the figure itself.
 * The change must carry the figure (23.6万（比上周少） says only that this week's figure is lower).
 * (这周比上周多花了5万，共12万 names its total, which the several-figures reader offers instead.)
 */
const DIFFERENCE =
  /(?:比|较|跟|和|与|同)(?:上周|上个?星期|上礼拜|上次|上期|上回|上个月|前一周|上一周|之前|以前|原来)(?:相比|比)?[，,]?\p{Script=Han}{0,4}?(?:多|少|增加|减少|增长|下降|涨|降|提高|上升)(?:了|出|出来)?\p{Script=Han}{0,3}?[\d零〇一二两三四五六七八九十百千万]/u;

export function differenceAnswer(field: FieldSpec, raw: string): Answer | undefined {
  const typed = raw.normalize('NFKC');
  // (和上周一样多, 跟上次持平: the same as before, which same-as.ts reads.)
  if (!DIFFERENCE.test(typed) || /一样|相同|持平|没变|不变/.test(typed)) return undefined;
  const label = bareLabel(field);
  return {
    ok: true,
    value: null,
    confirm: `“${raw.trim()}”是与之前相比的变化，不是本项要填的数。请直接输入“${label}”的数${field.kind === 'amount' ? '（万元）' : ''}。`,
  };
}
