/**
 * A request that names its county first, the name perhaps mistyped (光河县招标完成几个了, 李县报数据,
 * 查一下几石山的进度, 某某的执行情况发我看看): the county is taken off, and what is left is read as the
 * request it would be without it. Whether the name is a programme county is the command's business
 * (it answers 未找到示范县 for one that is not); here only the request's kind is told.
 */

/** Characters that make a word before 县 no county's name: 我县, 全县, 别的县, 各县, 邻县, 隔壁县, 兄弟县, 人家县, 哪个县. */
const NOT_A_NAME = /[我们本咱全这那的看查了别其他各哪每某个些该此邻外隔壁旁兄友人]/;
/** A look-up said before the name (查一下几石山的进度): kept, so the rest still reads as one. */
const LOOK = '(?:给我|帮我|麻烦)?(?:查一下|查下|查查|查看|看看|看一下|看下)?';

export interface CountyLed {
  /** The request without the county (the look-up said first kept): 报数据, 查一下进度. */
  readonly rest: string;
  /** Whether the name was only a bare word before 的, not one ending in 县, 区 or 市 nor a known county's. */
  readonly bare: boolean;
}

/**
 * The request a message makes once the county it names first is taken off, if it names one: a name
 * of one to four characters ending in 县, 区 or 市; a programme county's bare name; or (bare) two to
 * four characters before 的.
 */
export function countyLed(text: string, isCounty?: (name: string) => boolean): CountyLed | undefined {
  const s = text.replace(/\s+/g, '');
  const look = new RegExp(`^${LOOK}`).exec(s)![0];
  // The longest name first: 两当县 before 两当.
  for (let end = Math.min(6, s.length - look.length - 1); end >= 2; end--) {
    const name = s.slice(look.length, look.length + end);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || NOT_A_NAME.test(name)) continue;
    const after = s.slice(look.length + end);
    const rest = look + after.replace(/^的/, '');
    if (rest === look) continue;
    if (/[县区市]$/.test(name) && name.length <= 6) return { rest, bare: false };
    if (isCounty?.(name)) return { rest, bare: false };
    if (after.startsWith('的') && name.length <= 4) return { rest, bare: true };
  }
  return undefined;
}
