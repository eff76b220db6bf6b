/**
 * Patterns of money the notice may leave unstated (the extent of a payment, an amount per head, money set aside or
 * beyond the programme's), moved out of unstated.ts, which checks them against the clause.
 */
/** 收回资金是全收还是收一部分, 全额还是部分: the extent, when the clause says neither all nor part. */
export const EXTENT = /(?:全|全部|全额|全数)\p{Script=Han}{0,3}还是\p{Script=Han}{0,3}(?:部分|一部分|按比例|一半)|(?:部分|一部分|按比例)\p{Script=Han}{0,3}还是\p{Script=Han}{0,3}(?:全|全部|全额)/u;
/** 检测费能不能全额补, 能全部报销吗: the full amount asked for, when the clause says neither all nor part. */
export const FULL = /(?:全额|全部|足额|百分之?百|100%)(?:补|报|报销|承担|支持|贴|出)/;
export const STATES_EXTENT = /全部|全额|全数|部分|比例|一半|\d+(?:\.\d+)?\s*%/;
/** 每户奖多少, 一个服务点给多少: an amount per household, person or site, which a clause that sets nothing 每 does not state. */
export const PER_HEAD = /(?:(?:每|一)(?:户|人|家|个(?:村|站点|服务点|企业|合作社|贫困户|人|学员))|户均|人均)\p{Script=Han}{0,4}?(?:奖|补|给|发|贴|拿)\p{Script=Han}{0,4}?(?:多少|几)/u;
/** 有没有单列资金, 有专项资金吗: money set aside for the subject, when the clause speaks of no money. */
export const EARMARK = /(?:单列|专项|专门|单独)(?:的)?(?:资金|经费|预算|补贴|补助)|(?:资金|经费)(?:单列|单独列)/;
/** 省里另外有钱吗, 有没有额外的补贴: money beyond the programme's, which a clause that speaks of no other money does not state. */
export const EXTRA = /(?:另外|额外|另行)(?:有|给|拨|安排|再给)?(?:的|点|些)?(?:钱|资金|经费|补贴|补助)|另有(?:钱|资金|经费)/;
export const MONEY = /资金|经费|补贴|补助|\d+(?:\.\d+)?\s*(?:万|亿|元)/;
