/**
 * Details beside a figure the notice states, which it does not state itself: how far an approximate figure
 * (50%左右, 原则上不低于) may fall short and still count, and by when a target is due when asked as a choice of times.
 * ratios.ts leaves such questions to text retrieval, whose check (unstated.ts) refuses them.
 */

/** 左右是指差几个点还算达标, 允许上下浮动多少: the leeway of a figure, when the clause names none. */
export const TOLERANCE =
  /浮动|误差|偏差|容差|差(?:几|多少|一两|一点|个把)个?(?:点|百分点)?(?:也|还|都)?算|(?:上下|能|可以)差(?:几|多少)个?(?:百分)?点|左右(?:是|指|是指|说的是)?(?:差|上下|几个点|多少个?点|啥意思|什么意思|的?范围|的?幅度)/;
/** What states a leeway (上下浮动, 误差): only then is TOLERANCE answered. */
export const STATES_TOLERANCE = /浮动|误差|偏差|上下/;

/**
 * 是今年底达到还是项目结束时, 是要年底前达到吗: when a target is due, asked as a choice of times or as a time told,
 * which the target does not say.
 */
export const TIME_CHOICE = /(?:年底|年末|今年|明年|结束|结项|验收|期末|到期)\p{Script=Han}{0,8}还是|还是\p{Script=Han}{0,8}(?:年底|年末|今年|明年|结束|结项|验收|期末|到期)|(?:年底|年末|今年|明年|年内|当年)(?:前|以前|之前|内|以内)?(?:就|都)?(?:要|得|必须|需要|应)?(?:全部)?(?:达到|实现|达标)/u;

/**
 * 每个月更新吗, 多久报一次: a frequency asked. 多久督查一次 is answered by a clause that does the act 定期 (定期督查);
 * 多久报一次 is not, when the clause reports nothing 定期.
 */
export function asksFrequency(q: string, body: string): boolean {
  if (/每个?(月|周|年|季度?|天)|几次/.test(q)) return true;
  const every = /(?:多久|多长时间)(\p{Script=Han}{0,3}?)一[次回]/u.exec(q);
  return every !== null && !(every[1] && new RegExp(`定期[^。；]{0,6}${every[1].slice(-1)}`).test(body));
}
