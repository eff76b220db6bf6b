import type { Result } from '../core/errors.ts';
import { fail, ok } from '../core/errors.ts';
import { clean } from './typed.ts';

/** Yes or no as officials type it: 是, 没有, 有，买了2万的流量, 嗯嗯 没有, 平台没有，楼堂馆所也没有. */

export const YESNO_EXPECTED = '请回复“是”或“否”（也可以回复“有”或“没有”）。';

const YES =
  /^(?:是|是的|有|有的|对|对的|对头|存在|涉及|有涉及|√|✓|✔|y|yes|是滴|确实有|有一点|有一些|有过|有点|用了|有用于|确实|属实|有啊|是啊|对头有|对有|是有)$/i;
// 无此类支出, 未发生此类情况: none of what was asked. (没有的事, 没这回事: the whole of it denied, plainly; 哪有这种事, a rhetorical question, is asked back elsewhere.)
const NONE_OF_THAT = '(?:无|没有|未发生|没发生|未出现|不存在)(?:此类|这类|这种|相关|上述|以上)(?:支出|情况|用途|问题|事项|现象|事)?';
// 资金还没动, 钱都还没花: money not touched at all was used for nothing.
// (还没开始花钱, 尚未开始使用: nothing spent yet, the money named or not.)
const UNTOUCHED =
  '(?:资金|钱|中央资金|中央财政资金|这笔钱|这笔资金)(?:还|都|暂时|目前|尚|一直)*(?:没|未)(?:开始)?(?:动|动用|用|花|使用|支出|支付)过?|(?:还|都|暂时|目前|尚|一直)*(?:没有?|未)开始(?:动|动用|用|花|使用|支出|支付)(?:钱|资金)?';
const NO = new RegExp(
  `^(?:否|不是|无|没有|没|没有的|不|不存在|×|✗|✘|n|no|无此情况|没有此情况|均无|没有发生|未发生|未|没用|没有用|都没有|一律没有|从未|未曾|木有|莫得|没得|莫有|冇|不涉及|未涉及|绝对没有|肯定没有|真没有|一分都没有|一分钱都没有|一分也没有|没有没有|没有的事|没(?:有)?(?:这|那)(?:回|种)?事|暂无|暂时没有|暂时没|尚无|没花|没花钱|这周没花钱|本周没花钱|(?:都|均|也)?(?:没有?|未)(?:用|花|动)过?(?:钱|资金)|么得|没有得|${NONE_OF_THAT}|${UNTOUCHED})$`,
  'i',
);
// 没有用于这些, 没用于购买流量, 未发生此类支出: a sentence that starts by denying it.
const NO_LEAD =
  /^(?:没有|没|无|未|不存在|均未|都没有|从未|并未|不曾|木有|莫得|没得|绝对没有|肯定没有|当然没|根本没|压根没|都不涉及|均不涉及|不会有|从来没|一(?:分钱?|个|笔|项|次|点)(?:都|也)没)(?!问题|关系|吗)/;
const YES_LEAD = /^(?:确有此情况|确有此事|确实存在|确有|有此情况|有|是|存在|确实有|用了|有用于|对头|对)(?:一点|一些|点|的|过)?/;
// What is said before the answer and changes nothing (嗯嗯 没有, 这周 没有), and the doubt words the form asks back.
// (卓尼县本周无此类支出, 我县没有: who answers is padding too; so is who checked, 经县财政局、商务局联合核查.)
// (本周资金均未用于以上用途, 中央资金没有用于这些: the funds named before their denial are what is asked about;
// 经费 is left alone, being one of the uses.)
const YESNO_FILLER =
  /^(?:(?:(?:中央(?:财政)?|财政|专项|项目)?的?(?:资金|钱)(?=(?:都|均|也|全部|一律)?(?:没有|没|未|并未|均未|从未)(?:用于|用在|用到|用作|投向|投入|涉及))|嗯+|哦+|额+|呃+|那个|那|就是|这周|本周|目前|暂时|这个|好像|应该|可能|估计|大概|也许|经核查|经核实|经查|经[^，,。？?]{1,16}(?:核查|核实|查实|审核|自查|排查|检查|审计)(?:后|发现)?(?=[，,])|我县|本县|我们县|县里|我们这边|我们|(?:这些|上面|以上|上述|这几(?:项|样|类|个))(?:这些|几项|说的|列的|方面|里面|上面)?的?|[\u4e00-\u9fff]{1,4}[县区市](?=本周|这周|目前|无|没|未|不|有|是|均|都))[，,]?)+/;
const YESNO_TAIL = /(?:吧|啊|呀|哈|的|了|呢|哩|嘛|噻|哦|喔|哟|咧|撒|不确定|说不准)+$/;

// 有 不对 没有 / 没有，说错了，有一笔: what is said after taking the first answer back is the answer.
const TAKEN_BACK = /不对|说错了|错了|搞错了|打错了|更正一下|更正|纠正/g;
// 没有用于楼堂馆所，但是买了些流量: a no, then a use reported after 但是 (not one planned, not one denied).
const BUT = /^(.+?)[，,；;]*(?:但是|但|不过|可是|只是|就是|然而)[，,]?(.+)$/;
// (只是水电费从中央资金里出的, 就是租金列支了: a cost said to be paid from the funds is a use too.)
const USE_REPORTED =
  /买了|用了|花了|付了|支付|购买|用于|用在|投了|发了|交了|租了|报销|补贴|装修|有(?:一|些|点|笔|过)|\d|[一两二三四五六七八九十][万千百]|出的|出了|列支|开支|从[^，,]{0,8}(?:资金|钱|经费)/;
const NOT_DONE = /没|未|无|不|打算|计划|准备|下周|以后|将要|拟/;
// 除了工作经费2万，其它没有: everything denied except the one named.
// (没有，除了流量: the same, the exception said after the no.)
const EXCEPT =
  /^除了?(.+?)(?:以外|之外|外)?[，,]+(?:其[它他余]的?|别的|另外的?)(?:都|均|也)?(?:没有|没|无|未)|^(?:没有|没|无)[，,]+除了?(.+?)(?:以外|之外|外)?$/;

/** The answer in a message that takes one back (有 不对 没有); undefined when it takes nothing back. */
function takenBack(cleaned: string): Result<YesNoReading> | undefined {
  const last = [...cleaned.matchAll(TAKEN_BACK)].at(-1);
  if (!last?.index) return undefined;
  const before = readYesNo(cleaned.slice(0, last.index).replace(/[，,。.；;]+$/, ''));
  if (!before.ok) return undefined;
  const after = cleaned.slice(last.index + last[0].length).replace(/^[，,。.；;：:]+/, '');
  const read = after ? readYesNo(after) : undefined;
  // Taken back with nothing clear after it: asked again rather than read either way.
  return read?.ok ? read : fail(YESNO_EXPECTED);
}

/** A yes or no as read: `reversed` when a no went on to report a use (没有…但是买了些流量), which is asked back. */
export interface YesNoReading {
  readonly value: boolean;
  readonly note?: string;
  readonly reversed?: boolean;
  /** Some uses denied one by one (平台没有，楼堂馆所也没有): a no, asked back. */
  readonly partial?: boolean;
  /** Other money than the central funds spoken of beside the answer (用了点自筹资金…，中央资金没有): asked. */
  readonly otherFunds?: boolean;
}

// 中央资金没有 / 中央财政的钱没动: what is said of the central funds, which are all the question asks about.
const CENTRAL = /^(?:但是?|不过|而)?(?:中央(?:财政)?|财政)(?:专项)?(?:的)?(?:资金|钱|经费)?(?:这块|方面|这边)?(?:是|呢)?[，,]?(.+)$/;
// 自筹资金, 县里配套的钱, 企业自己的钱: money the question does not ask about.
// (县财政自己出的, 乡镇财政: a county's or township's own budget, not the central funds.)
export const OTHER_FUNDS =
  /自筹|地方(?:财政|资金)|(?:县|市|乡|乡镇)财政|县级(?:财政|资金)|本级|配套|县里(?:的|出的)?(?:钱|资金)|自己的钱|企业(?:的|出的)?(?:钱|资金)|社会资金|其他资金|其它资金|(?:企业|公司|商家|县里|县上|乡里|乡镇|村里)(?:自己)?(?:出的|出钱|掏的|垫的)|省级|省里|省上|州级|州里|市级/;
// 不是中央资金, 没动中央的钱: the central funds denied in a clause of their own, beside other money named.
const CENTRAL_DENIED = /^(?:但是?|而)?(?:不是|并非|没用|没有用|没动|没有动|未用|未动用)(?:的是)?(?:中央(?:财政)?(?:的)?(?:资金|钱|经费)?)$/;

/**
 * 用了点自筹资金租办公室，中央资金没有: other money used, the central funds denied (or the other way round).
 * The clause about the central funds is the answer; the rest is kept as its details, and `otherFunds` has it asked.
 */
function centralFunds(cleaned: string): Result<YesNoReading> | undefined {
  if (!OTHER_FUNDS.test(cleaned)) return undefined;
  const clauses = cleaned.split(/[，,；;。]+/).filter(Boolean);
  if (clauses.length >= 2 && clauses.some((c) => CENTRAL_DENIED.test(c))) {
    return ok({ value: false, note: clauses.filter((c) => !CENTRAL_DENIED.test(c)).join('，'), otherFunds: true });
  }
  const at = clauses.findIndex((c) => CENTRAL.test(c) && !OTHER_FUNDS.test(c));
  if (at < 0 || clauses.length < 2) return undefined;
  const of = CENTRAL.exec(clauses[at]!)![1]!.replace(/^(?:都|也|均|一分(?:钱)?(?:都|也)?)/, '');
  const said = readYesNo(of);
  // (中央资金买了2万流量: a use reported of the central funds is a yes.)
  const value = said.ok ? said.value.value : USE_REPORTED.test(of) && !NOT_DONE.test(of) ? true : undefined;
  if (value === undefined) return undefined;
  const note = clauses.filter((_, i) => i !== at).join('，');
  return ok({ value, note, otherFunds: true });
}

/** Yes or no with what follows it (`有一点，买了2万的流量` → true, note 买了2万的流量). */
export function readYesNo(raw: string): Result<YesNoReading> {
  const cleaned = clean(raw, false).replace(/[!！。,，]+$/, '');
  // 。。。, ……: punctuation alone says nothing (and would pass every test below of "each clause denies").
  if (!/[^\p{P}\s]/u.test(cleaned)) return fail(YESNO_EXPECTED);
  const corrected = takenBack(cleaned);
  if (corrected) return corrected;
  // 不是没有，是不多 / 不能说没有，有那么一点: "not none", a no denied, is a yes; what follows is its details.
  const notNone = /^(?:也|并|倒)?(?:不是|并非|不能说|不能说是)没有[，,]?(?:(?:而|只|就)?是)?(.*)$/.exec(cleaned);
  if (notNone && !/没|无|未|不/.test(notNone[1]!)) return ok({ value: true, ...(notNone[1] ? { note: notNone[1] } : {}) });
  // 上周有，这周没有: another week's answer said first; the question is about this week.
  const thisWeek = /^[^，,；;]*(?:上周|上个?星期|上礼拜|之前|以前|上次|前几周)[^，,；;]*[，,；;]+(?:但是?|不过|而)?(?:本周|这周|这星期|这礼拜)(.+)$/.exec(
    cleaned,
  );
  if (thisWeek) return readYesNo(thisWeek[1]!);
  // 有过，这周没有: what is said of this week, beside what was before, is the answer.
  const clauses = cleaned.split(/[，,；;。]+/).filter(Boolean);
  const weekly = clauses.filter((c) => /^(?:但是?|不过|而)?(?:本周|这周|这星期|这礼拜|本星期)/.test(c));
  if (clauses.length > 1 && weekly.length === 1) {
    const said = readYesNo(weekly[0]!.replace(/^(?:但是?|不过|而)?(?:本周|这周|这星期|这礼拜|本星期)/, ''));
    const others = clauses.filter((c) => c !== weekly[0]).join('，');
    if (said.ok && /有过|以前|之前|上周|上个?星期|上礼拜|上次|前几周/.test(others)) return ok({ ...said.value, note: others });
  }
  const central = centralFunds(cleaned);
  if (central) return central;
  const except = EXCEPT.exec(cleaned);
  if (except) return ok({ value: true, note: (except[1] ?? except[2])!, reversed: true });
  const but = BUT.exec(cleaned);
  // 有一笔，不过是县里配套的钱: a yes, then the money said to be other than the central funds (a no, asked).
  // (有，但没用中央资金: the central funds denied after a yes.)
  const centralDenied = (t: string) => /(?:没|未|不是|并非|没有)(?:用|动用|动|花|使用)?(?:的)?中央/.test(t);
  if (but && ((OTHER_FUNDS.test(but[2]!) && !/中央/.test(but[2]!)) || centralDenied(but[2]!)) && readYesNo(but[1]!).ok) {
    const head = readYesNo(but[1]!);
    // (The use was there, but not of the funds asked about: a no, asked with the other money named.)
    if (head.ok && head.value.value) return ok({ value: false, note: but[2]!, otherFunds: true });
  }
  if (but && USE_REPORTED.test(but[2]!) && !NOT_DONE.test(but[2]!)) {
    const head = readYesNo(but[1]!);
    // 没有，就是县里配套资金买了点流量: a use of other money than the central funds the question asks about.
    if (head.ok && !head.value.value && OTHER_FUNDS.test(but[2]!) && !/中央/.test(but[2]!)) return ok({ value: false, note: but[2]!, otherFunds: true });
    if (head.ok && !head.value.value) return ok({ value: true, note: but[2]!, reversed: true });
  }
  // 嗯嗯 没有 / 应该没有吧 / 可能有吧: the answer inside the padding (the doubt is asked back by the form).
  // 否否 / 没有没有: said twice is said once; 应该是没有: 是 before the answer is padding too.
  const unpadded = cleaned
    .replace(YESNO_FILLER, '')
    .replace(YESNO_TAIL, '')
    .replace(/^[，,\s]+/, '')
    .replace(/^是(?=没|有|无|不)/, '')
    .replace(/^(.+?)\1+$/, '$1')
    // 中央财政资金未用于上述用途: the funds the question is about, named before a denial of their use. (经费 is no
    // subject: 工作经费没有 denies one use of several; 资金没有全部到位 denies no use.)
    .replace(
      /^(?:中央(?:财政)?(?:专项)?资金|财政资金|专项资金|资金|这笔钱)(?:均|都|也|全部|一律)?(?=(?:未|没有?|并未|从未)(?:用于|用在|用到|发生|列支|涉及|投入|用|花)|不存在|不涉及)/,
      '',
    );
  const s = (YES.test(unpadded) || NO.test(unpadded) || NO_LEAD.test(unpadded) ? unpadded : cleaned)
    // 没有没有，都是按规定用的: the answer said twice, then explained (没有没有 is no 有没有 question).
    .replace(/^(没有|没|有|是|否|不是|无)\1+(?=[，,。.；;：:])/, '$1');
  if (YES.test(s)) return ok({ value: true });
  if (NO.test(s)) return ok({ value: false });
  // 有，要不要说明 / 有，要写明细不: a plain answer, then a question about what the form asks next (the details
  // are asked for in turn); the answer stands.
  const next =
    /^([^，,。.；;]+)[，,。.；;\s]+(?:那|请问)?(?:是否|还)?(?:需要|要|用|得)(?:我们?)?(?:再|另外)?(?:说明|写|填|补充|附|提供|上传|报)[^，,。？?算]{0,10}(?:吗|么|不|嘛)?[?？]*$/.exec(
      s,
    );
  if (next && (YES.test(next[1]!) || NO.test(next[1]!))) return ok({ value: YES.test(next[1]!) });
  if (/[?？吗]$|有没有|是不是|是否/.test(s)) return fail(YESNO_EXPECTED);
  // "有，用于购买流量" / "没有，均按规定使用": the answer leads, the rest explains it.
  const lead = /^([^，,。.；;：:]+)[，,。.；;：:]+(.*)$/.exec(s);
  const note = lead?.[2]?.trim() || undefined;
  if (lead && YES.test(lead[1]!)) return ok({ value: true, ...(note ? { note } : {}) });
  // 否，自筹的买了些流量: a no, with a use of other money than the central funds (asked).
  if (lead && NO.test(lead[1]!) && note && OTHER_FUNDS.test(note) && !/中央/.test(note)) return ok({ value: false, note, otherFunds: true });
  if (lead && NO.test(lead[1]!)) return ok({ value: false, ...(note ? { note } : {}) });
  if (NO_LEAD.test(s)) return ok({ value: false });
  // 严格按规定使用，没有 / 买了流量，有: the answer last, after what explains it.
  const last = /^(.*?[^，,。.；;：:])[，,。.；;：:]+([^，,。.；;：:]+)$/.exec(s);
  const lastWord = last?.[2]?.replace(YESNO_TAIL, '');
  if (last && lastWord && (YES.test(lastWord) || NO.test(lastWord))) return ok({ value: YES.test(lastWord), note: last[1]! });
  // 本周资金都用于站点建设，没有违规: a denial last, in a sentence of its own.
  if (last && lastWord && NO_LEAD.test(lastWord) && !/[?？吗]/.test(lastWord)) return ok({ value: false, note: last[1]! });
  // 平台、楼堂馆所、工作经费、流量都没有: the uses listed, then denied together.
  if (/^[^，,。；;]{1,40}?[、和及与跟][^，,。；;]{1,40}?(?:都|均|全都|也都|全部)(?:没有|没|无|未|不涉及)(?:用于|发生|用过)?$/.test(s))
    return ok({ value: false });
  // 确实没有, 一直都没有: a no said with emphasis.
  if (/^(?:确实|的确|真的?|实在|根本|压根|完全|当然|肯定|绝对|一直|从来|向来|本来|保证)(?:都|也|就|是)?(?:没有|没|无)$/.test(s)) return ok({ value: false });
  // 平台没有，楼堂馆所也没有 / 楼堂馆所没有: each use denied in turn, which may leave some unsaid (asked).
  const denials = s.split(/[，,；;、]+/).filter(Boolean);
  if (denials.every((d) => /^[^，,]{1,8}?(?:也|都|均)?(?:没有|没|无|未)$/.test(d)) && !NO.test(s)) return ok({ value: false, note: s, partial: true });
  const yes = YES_LEAD.exec(unpadded);
  if (yes && unpadded.length > yes[0].length && !/^有(?:关|些问题)/.test(unpadded))
    return ok({ value: true, note: unpadded.slice(yes[0].length).replace(/^[，,：:]/, '') });
  return fail(YESNO_EXPECTED);
}

/** Yes or no (`是`, `否`, `有`, `没有`) → boolean. */
export function parseYesNo(raw: string): Result<boolean> {
  const read = readYesNo(raw);
  return read.ok ? ok(read.value.value) : read;
}
