/**
 * A figure told of another year or place, then ours asked by a bare follow-up (听说外省公服中心能占两成，咱们这边呢):
 * the follow-up asks ours of the same thing, which the told part names once its hearsay, year, place and figure are set aside.
 */

/** Alternatives of a word list as one pattern, each taken literally. */
export const words = (list: readonly string[]) => new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** A figure that is an amount or a share (60%, 两成, 2000万), which 是多少 asks again; not a date. */
const FIGURE = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)\s*(?:%|％|成|万元?|元|亿元?)/g;

/** What stays of a follow-up once its words for ours are gone: nothing, when it asks nothing of its own. */
const OURS_ONLY =
  /那么?|今年|这次|这批|本次|咱们|咱|我们|我省|本省|我县|本县|省里|省上|这边|这里|这儿|甘肃省?|[省县州]|的|又|是|呢|咋样|怎么样|如何|多少/g;

/**
 * Ours of the thing told elsewhere (今年咱们省上行要求是多少), when `ours` is only a bare follow-up and the rest
 * told an amount or a share; undefined otherwise.
 */
/** 我们能不能参照, 咱也照这个来吗: whether ours may follow the other's figure, which ours of the same thing answers. */
const FOLLOWS = /(?:能不能|能否|可不可以|可以|能)?(?:也)?(?:参照|照搬|比照|借鉴|照着?这个|按这个|照那个|按那个)(?:来|办|执行|标准)?(?:吗|不|呢|行不行|行吗)?/g;

export function oursOfTold(parts: readonly string[], ours: readonly string[], elsewhere: RegExp): string | undefined {
  const rest = ours.join('').replace(FOLLOWS, '');
  if (ours.length !== 1 || rest.replace(OURS_ONLY, '') !== '') return undefined;
  const told = parts.filter((p) => !ours.includes(p));
  if (told.length !== 1 || !FIGURE.test(told[0]!)) return undefined;
  const thing = told[0]!
    .replace(FIGURE, '')
    .replace(/听说|据说|人家|别人(?:说)?|(?:20)?\d\d年的?|去年|前年|往年|那年/g, '')
    .replace(new RegExp(elsewhere.source, 'g'), '')
    .replace(/(?:是|为|了|都|才|就|能|可以|有|达到|要达到|到)+$/, '')
    .replace(/^[的那]/, '');
  if (!/\p{Script=Han}{2}/u.test(thing)) return undefined;
  // 能占两成 → 能占多少; 上行要求60% → 上行要求是多少.
  return `${rest.replace(/(?:的|又|是)?(?:呢|咋样|怎么样|如何|多少)$/, '')}${thing}${/[占给补拿分花用]$/.test(thing) ? '' : '是'}多少`;
}
