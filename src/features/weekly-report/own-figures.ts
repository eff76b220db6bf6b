import { tidy } from '../../forms/typed.ts';

/** Whether a name is one of the programme's counties (碌曲, 卓泥县 typed for 卓尼县). */
export type IsCounty = (name: string) => boolean;

/**
 * The county's own running figures asked for outside a form (我们县资金花了多少了, 显示本县累计情况), split from
 * command-words.ts: what the words of such a request are, and the county a sentence names.
 *
 * 我们县资金花了多少了，看一下 / 全县进度咋样了 / 县上现在进度到哪一步了: the county's own running figures asked
 * for, which the notice cannot answer; a question about what the figures should be (进度要达到多少) is the Q&A's.
 */
const OWN_COUNTY = /我们县|我县|本县|咱县|咱们县|全县|县上|县里/;
// (完成率, 到目前的数据: a rate of the county's work, or its figures so far.)
// (各项工作完成了几项: how much is done, asked of the county's own work.)
// (资金用了百分之多少: the share spent so far, asked in words.)
// (全县的汇总数字发来看看, 全县整体数据发我: the county's figures summed up, shown or sent.)
// (本县累计情况, 累计的数据, 到现在为止的汇总, 合计数据: the running totals, named as such or as the sum so far.)
const STATUS =
  /(?:汇总|总体|整体|总的|合计)的?(?:情况|数据|数字|结果|表)|累计的?(?:情况|数据|数字|数|完成|支出)|(?:到目前|截至目前|截止目前|至今|到现在)(?:为止)?的?(?:汇总|合计|累计)|(?:花|用|支出|完成|执行)(?:了|掉)(?:百分之(?:多少|几)|几成)|进度|进展|完成情况|执行情况|完成率|到哪一步|到什么程度|完成得(?:怎么样|咋样|如何)|支出率|执行率|完成了?(?:多少|几成|几项|几个)|(?:到目前|截至目前|截止目前|至今|到现在)(?:为止)?的?(?:数据|数字|情况)|花了多少|花了几|支出了?多少|用了多少|用掉多少|花到哪|(?:搞|办|建|培训)了(?:几|多少)/;
// (显示, 展示, 列出, 调出, 给我看看: the figures shown, asked in the words of a screen or a list.)
const STATUS_ASKED =
  /显示|展示|列出|列一下|调出|给我看|让我看|百分之(?:多少|几)|几成|多少了|(?:进度|率)(?:是|有)?多少|到什么程度|统计一下|汇总一下|几个了|咋样|怎么样|如何|到哪|看一下|看看|看下|查看|瞧瞧|发我|发给我|查一下|查查|说一下|报一下我|(?:目前|现在|累计|至今|截至目前|到目前)[\u4e00-\u9fff]{0,6}多少$/;
const NOT_OWN_FIGURES =
  /要求|规定|合适|正常|为宜|才行|应该|应当|需要|必须|达到|要达|比例|标准|考核|验收|合格|达标|才算|怎么算|算不算|什么|哪些|能不能|可不可以|可以|多少钱|为什么|为啥|怎么填|怎么报|要多少|该多少|别的县|其他县|全省|全州|全市/;

/**
 * 钱花了多少了, 招标完成几个了, 1500万花了百分之几了: a closing 了 after the amount asked says "by now", so the figures are
 * the asker's own running ones, unless a county or a wider area is named (its figures are not one's own).
 */
const SO_FAR = /(?:多少|几个|几项|几场|几户|几家|百分之(?:多少|几)|几成)了$/;
const soFarOfOwn = (s: string): boolean => SO_FAR.test(s) && !/[县区市州省]/.test(s.replace(OWN_COUNTY, ''));

export function ownFiguresAsked(typed: string, isCounty?: IsCounty): boolean {
  // 我们县花了多少钱了: the county's own spending asked, not a sum the rules set (补贴多少钱).
  const s = OWN_COUNTY.test(typed) ? typed.replace(/(花|用|支出|投入)(了?)多少钱(?=了)/, '$1$2多少') : typed;
  if (s.length > 25 || NOT_OWN_FIGURES.test(s) || !STATUS.test(s) || !STATUS_ASKED.test(s)) return false;
  // (现在资金支出到什么程度了, 我们的完成率: the present, or "ours", says whose figures are asked.)
  // (全县各项任务做得咋样了, 站点建了几个，帮忙瞅瞅: all of the county's work, or a look-up asked for oneself.)
  const ours = /^(?:目前|现在|当前|截至目前|截止目前|到目前|我们的|咱们的|各项|整体|总体)|帮我(?:看|查)/.test(s);
  // (培训进度到多少了: 到…了 asks how far it has come now, not what it should reach.)
  return (
    OWN_COUNTY.test(s) ||
    ours ||
    soFarOfOwn(s) ||
    /进度(?:是|到了?)?(?:多少了|咋样|怎么样|如何|到哪)/.test(s) ||
    (isCounty !== undefined && countyIn(s, isCounty) !== undefined)
  );
}

/**
 * The programme county a sentence names (卓尼县的钱花了多少了 → 卓尼县), if any: a name of one to
 * four characters before 县, 区 or 市 that is a county's; one's own county (我们县, 全县) names none.
 */
export function countyIn(typed: string, isCounty: IsCounty): string | undefined {
  const s = tidy(typed).replace(/\s+/g, '');
  for (let end = 0; end < s.length; end++) {
    if (!/[县区市]/.test(s[end]!)) continue;
    for (let start = Math.max(0, end - 4); start < end; start++) {
      const name = s.slice(start, end + 1);
      if (/[我们本咱全这那的看查下了]/.test(name)) continue;
      if (isCounty(name)) return name;
    }
  }
  return undefined;
}
