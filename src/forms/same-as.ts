/**
 * Answers that give no figure of their own but point at another: the same as last time (同上, 跟上周一样),
 * asked back with last period's figure by values.ts; or the same as another of the form's figures
 * (跟站点数一样), which the reader does not hold and so cannot offer.
 */

// 同上, 跟上周一样, 跟上期填的一样, 和上期一样没变: the same as before, which names no figure of its own. 同上 may also mean
// the line above (the total, at a part of it), and 没变化 nothing new (0 at a weekly figure), so the figure
// they stand for is shown and asked, never stored unasked (nor read as 0).
// (跟上回报的一样，没变化 / 没变，跟上周一样: the no-change said after or before it, too.)
const SAME_AS_BEFORE =
  /^(?:(?:没|无)有?(?:变化?|变动)[，,])?(?:没变化|没有变化|无变化|没变|(?:还是|和|跟)(?:原来|之前)(?:一样)?|同上(?:周|期|一期|次)?|(?:和|跟|与|同)上(?:周|期|一期|次|回|个?星期|礼拜)(?:报|填|报送|填报)?(?:的)?(?:一样|相同|一致|持平|没变|没变化|没有变化|无变化)(?:[，,]?(?:没|无)有?(?:变化?|变动|改|动))?|(?:还是|仍是|仍然是|依然是)上(?:周|期)的(?:数|数字)?)$/;
export const sameAsBefore = (raw: string): boolean =>
  SAME_AS_BEFORE.test(
    raw
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[。.!！~～吧啊了]+$/, ''),
  );

// 跟站点数一样, 和培训场次相同, 与上一项一致: the figure of another item, named but not given.
const SAME_AS_OTHER = /^(?:跟|和|与|同)(?!上(?:周|期|次|回|个?星期|礼拜)|原来|之前)[^，,。\d零〇一二两三四五六七八九十百千万]{1,10}?(?:一样|相同|一致)(?:多)?/;
// 一个站对一个村, 一站一村, 一对一, 一一对应: how two things match one to one, which counts neither.
const ONE_TO_ONE = /一(?:个)?[^，,。\d一]{1,3}对?一(?:个)?[^，,。\d一]{1,3}|一对一|一一对应/g;

/** 和站点个数一样，一站对一村: the words pointing at another figure, when the message gives no figure besides. */
export function sameAsOther(raw: string): string | undefined {
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！~～吧啊了]+$/, '');
  const t = s.replace(/\s+/g, '');
  const m = SAME_AS_OTHER.exec(t);
  if (!m) return undefined;
  return /[\d零〇一二两三四五六七八九十百千万]/.test(t.slice(m[0].length).replace(ONE_TO_ONE, '')) ? undefined : raw.trim();
}
