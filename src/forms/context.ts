import { addDays, shanghaiDate } from '../core/clock.ts';
import { numeralValue } from './numbers.ts';
import { sameUnit, unitWritten } from './quantity.ts';
import { senseDoubt } from './sense-words.ts';
import { MATTERS } from './several-words.ts';
import { laterThisWeek } from './stage-words.ts';
import type { FieldSpec } from './template.ts';

/**
 * What the words around a figure say about it, beyond the number itself: a share is not an
 * amount (占30%), a plan is not spending (计划支出300万), a running total is not this week's
 * figure and back (累计已支出120万 / 本周新建5个), another week is not this one (上周三花了5万),
 * money going back is not spending (退回了2万), what is left is not what is done (还剩3个没招),
 * and 三万零五 may be 30005元 or 3.05万. Each is asked back with the reading, never stored unasked.
 */
export function contextDoubt(field: FieldSpec, raw: string, value?: number, now?: Date): string | undefined {
  const typed = raw.normalize('NFKC').replace(/\s+/g, '');
  // 截至9月20日累计建成126个: the day a running total is counted to. Within the last week it is the running
  // total asked; one of an earlier day may be out of date, and is asked.
  const asOf = AS_OF.exec(typed);
  const [m, d] = asOf ? [numeralValue(asOf[1]!) ?? 0, numeralValue(asOf[2]!) ?? 0] : [0, 0];
  if (asOf && field.cumulative && now) {
    const today = shanghaiDate(now);
    const day = `${today.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (day < addDays(today, -7) || day > today) return `这是截至${m}月${d}日的累计数吗？本项填写截至目前的累计数。`;
  }
  // (截至9月20日共支出12万 at a weekly figure: a running total to that day, not this week's.)
  if (asOf && !field.cumulative && !field.plan && !/本周|这周|这星期|这礼拜|本星期|这一周|新增/.test(typed))
    return `这是截至${m}月${d}日的累计数吗？本项填写本周的数，不是累计数。`;
  const s = asOf && field.cumulative && now ? typed.replace(AS_OF, '') : typed;
  const earlier = !asOf && !field.cumulative && !field.plan && now ? dayBeforeThisWeek(typed, now) : undefined;
  if (earlier) return `${earlier}在本周之前。这是本周的数吗？本项填写本周的数。`;
  const later = !field.cumulative && !field.plan && now ? laterThisWeek(typed, now) : undefined;
  if (later) return later;
  // 30万？ / 是30万吗: a figure said as a question is the person asking back, not answering.
  // (15万对吧, 3个是不是: a tag question checks the figure rather than says it.)
  if (/(?:[?？]|吗|吧[?？]|对吧|是吧|对不对|是不是|没错吧)$/.test(s)) return '您的回复是一个问句。';
  if (/%|％|百分之|[一二三四五六七八九十\d]成|一半|半数|大半|比例|占比/.test(s))
    return `本项需要填写${field.kind === 'amount' ? '金额' : '数量'}，不是比例或份额。`;
  if (!field.plan && /计划|预计|打算|准备|拟/.test(s)) return '这是计划数还是已经发生的数？周报填写已经发生的数。';
  // 已经完成5项 at the planned tenders: what is done is not the plan.
  if (field.plan && !/计划|预计|打算|准备|拟|共|总/.test(s) && /完成|已经|已|招了|中标|建成/.test(s)) return '这是已完成的数还是计划数？本项填写计划数。';
  // 5万，不对 / 5万吧，好像不对: the figure is being taken back.
  if (/不对|错了|说错|打错|写错|搞错/.test(s)) return '您是要更正这个数字吗？';
  // 第二批资金到位50万: money received is not money spent.
  if (field.kind === 'amount' && /支出|用于/.test(field.label) && /到位|到账|拨付|拨了|拨款|收到|下达|下拨/.test(s))
    return '这是到位（拨付）的资金还是已经支出的资金？本项填写已支出的数。';
  // 销售额35万 at spending, 花了12万 at online sales: money coming in is not money spent, nor the other way round.
  if (field.kind === 'amount' && /支出|用于/.test(field.label) && /销售|卖了|卖出|网销|零售|营业额|成交|营收|交易额/.test(s))
    return '这是销售额还是支出的资金？本项填写已支出的中央财政资金。';
  if (field.kind === 'amount' && /零售额|销售额/.test(field.label) && /花了|支出|用于|付了|投入|用了|支付/.test(s))
    return '这是支出的资金还是销售额？本项填写网络零售额。';
  if (/退回|退款|收回|冲减|减少了/.test(s)) return '这笔是退回或减少的金额吗？周报填写新增的数。';
  if (LEFT_OVER.test(s)) return '这是剩余的数还是已完成的数？本项填写已完成的数。';
  // 3个正在招标, 挂网5个, 在建8个: under way, not done (a none said beside it, 0个，都在建, is none).
  if (!field.plan && value !== 0 && /正在|在建|在招|在走|挂网|公示期|在公示|招标中|进行中|未开标|待开标|还没(?:完成|建成|结束)/.test(s))
    return '这是已经完成的数，还是正在进行的数？本项填写已完成的数。';
  if (field.cumulative && /本周|这周|这星期|新增|新建|新开|新完成|本周完成/.test(s)) return '本项填写截至目前的累计数，不是本周新增数。';
  // 第3批建了15个站点: one batch, not the running total.
  if (field.cumulative && /第[\d一二三四五六七八九十]+[批期轮]/.test(s)) return '这是其中一批的数还是截至目前的累计数？本项填写截至目前的累计数。';
  if (field.cumulative && /\d{1,2}月份?|本月|这个月/.test(s)) return '这是某个月的数还是截至目前的累计数？本项填写截至目前的累计数。';
  // (截至本周共支出45万, 至今花了30万: counted up to now, over every week; 到现在一共办了, 开展以来: the same, in speech.)
  if (
    !field.cumulative &&
    /累计|总共已|一共已|截[至止](?:目前|本周|这周|今天|今日|现在|当前|昨天|本月)|到目前|到现在|到今天|到如今|至今|迄今|(?:启动|开展|实施|开始|开工|项目)以来|9月份|本月|这个月/.test(
      s,
    )
  )
    return '本项填写本周的数，不是累计数。';
  // 总共花了80万, with no word of this week and nothing named before it: 总共 may add up every week so far,
  // as 累计 does. (分级包装和仓储一共用了4万 adds up the items it names; 这周一共花了 says whose total.)
  const total = /^(?:呃|嗯|额|那个|我们|我县|县里|咱们)*(总共|一共|总计)/.exec(s);
  if (!field.cumulative && !field.plan && total && !/本周|这周|这星期|这礼拜|本星期|这一周|本期/.test(s))
    return `“${total[1]}”是本周的数，还是截至目前的累计数？本项填写本周的数。`;
  if (!field.cumulative && /上周|上个?星期|上礼拜|上个月/.test(s)) return '这是上周的数吗？本项填写本周的数。';
  if (/这周没有|本周没有|本周无|这周没/.test(s) && /\d|[一二三四五六七八九十]/.test(s.replace(/这周没有|本周没有|本周无|这周没/, '')))
    return '本周是否有新发生的数？';
  const sense = senseDoubt(field, s, value);
  if (sense) return sense;
  // 站点建了5个 at the tenders: a field that names no topics of its own, and a matter of the programme its label lacks.
  const named = !field.topics?.length && field.kind === 'count' ? MATTERS.exec(s)?.[0] : undefined;
  if (named && !field.label.includes(named) && value !== 0) return `您说的是“${named}”的数吗？本项填写${field.label.replace(/[（(][^（）()]*[)）]$/, '')}。`;
  const matter = otherMatter(field, s);
  const label = field.label.replace(/[（(][^（）()]*[)）]$/, '');
  if (matter)
    return field.kind === 'amount' ? `您说的是“${matter}”方面的支出吗？本项填写${label}的金额。` : `您说的是“${matter}”的数吗？本项填写${label}的数。`;
  if (/^[\d.一二三四五六七八九十两]+万零[1-9一二三四五六七八九]$/.test(s)) return '';
  // 1.2k: thousands of what? (5k元 and 30w say it.)
  if (/\d[kK](?![元块])/.test(s)) return `“${raw.trim()}”是简写。`;
  if (field.kind === 'count') {
    const unit = unitWritten(s);
    // (None of another thing, 一个人也没有 at 人次, is none all the same.)
    if (unit && field.unit && !sameUnit(field.unit, unit) && value !== 0) return `本项的单位是“${field.unit}”，您填写的单位是“${unit}”。`;
    // 5万 at a count, with no unit of its own: an amount typed at the wrong question?
    if (!unit && /[万亿](?:元)?$/.test(s)) return `“${raw.trim()}”像是金额，本项填写${field.unit ?? ''}数。`;
    // 2018 at a count: a year, or a count?
    if (/^(?:19|20)\d\d$/.test(s)) return '这个数字像年份。';
  }
  // 一千二 with no unit at a 万元 field: 1200万元, or 1200元?
  if (field.kind === 'amount' && /^[一二两三四五六七八九十百千零〇]+$/.test(s) && /千/.test(s) && !/万/.test(s))
    return '本项的单位是万元，“' + raw.trim() + '”没有写单位。';
  return undefined;
}

// 还剩3个没招, 差一个, 就差两家: what is left of the whole, not the count done (差不多 is an estimate, read elsewhere).
const LEFT_OVER =
  /还剩|剩下|还差|没招|未完成|没完成|(?<![相误偏])差(?:了|个|着)?[\d一二两三四五六七八九十几俩仨]|[还就只]少(?:了|个)?[\d一二两三四五六七八九十几俩仨]/;

/** 截至9月20日, 截止九月二十号: the day a figure is counted to (month and day in groups 1 and 2). */
export const AS_OF = /(?:截至|截止|到)(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/;

// 培训用了3万 at 上行, 覆盖贫困村40个 at 站点: what the figure is of, in the person's words, once the figure,
// the verbs and the words that name no matter (time, who, how much in all) are gone.
// (叁仟元: the capital numerals of a formal hand are figures too.)
const FIGURE = /[\d.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:亿元|万元|元|块钱|块|w|人次|场次|个|场|次|人|户|项|家|期|处|所|名|座)?/gi;
const VERBS =
  /用了|花了|花费了?|支出了?|投入了?|付了|支付了?|开支了?|用于|用在|用到|花在|建了|建成了?|办了|有|是|的|了|为|吧|啊|呀|哦|噢|嗯|哈|啦|呢|嘛|哟|整|[，,。、；;:：（）()\s]/g;
// (9月18号付的, 18日支付: the day it was paid is when, no matter.)
const NOT_A_MATTER =
  /(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:付款|支付|付)?|本周|这周|本星期|这星期|这礼拜|这一周|今天|昨天|前天|这几天|我们|咱们|我县|全县|县里|那边|这边|方面|这块|那块|这一块|这部分|一共|总共|合计|累计|截至目前|截止目前|目前|现在|其中|资金|人民币|rmb|中央财政|财政|经费|钱|已经|大概|大约|差不多|主要|实际|本项|这项|这个|那个|[都也就又共总已约]/g;

/**
 * At a field of one matter among several (其中用于培训, 覆盖贫困村), the matter the message names when
 * its words are none of the field's own (培训 at 上行, 贫困村 at 站点).
 */
function otherMatter(field: FieldSpec, s: string): string | undefined {
  if (!field.topics?.length || (field.kind === 'amount' && !field.partOf)) return undefined;
  if (field.topics.some((t) => s.includes(t))) return undefined;
  const matter = s.replace(NOT_A_MATTER, '').replace(FIGURE, '').replace(VERBS, '');
  // (确认, 没错, 不对 answer the question; they name no matter.)
  if (!matter || matter.length > 10 || /[a-z]|不|没|莫得|木有|冇|么得|对|错|好|行|确认|谢/i.test(matter)) return undefined;
  // (无支出, 暂无, 本周未发生, 无此项, — name no matter; 两万无 may be 两万五 mistyped, and is asked.)
  if (/^(?:暂|此项|发生|[无未—\-/])+$/.test(matter) && !/[\d零〇一二两三四五六七八九十百千万]/.test(s)) return undefined;
  const own = field.label + field.topics.join('');
  return [...matter].every((c) => own.includes(c)) ? undefined : matter;
}

// 9月10号付了8万 (said on Thursday 20 September): a day before this week's Monday, at a weekly field.
// (10号付的: a day with no month is of this month, or of the last when it has not come yet this month.)
const DAY_SAID =
  /(?<![\d.])(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(?<![\d.零〇一二两三四五六七八九十月])(\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?=付|支付|拨|花|用|转|打|结|报|的|当天|那天|$|[，,。\s])/;
function dayBeforeThisWeek(typed: string, now: Date): string | undefined {
  const m = DAY_SAID.exec(typed);
  if (!m) return undefined;
  const today = shanghaiDate(now);
  const thisMonth = Number(today.slice(5, 7));
  const [day, sayMonth] = [numeralValue(m[2] ?? m[3]!) ?? 0, m[1] ? (numeralValue(m[1]) ?? 0) : undefined];
  const month = sayMonth ?? (day > Number(today.slice(8, 10)) ? ((thisMonth + 10) % 12) + 1 : thisMonth);
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const said = `${today.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // (A day more than a month back may be of another year; only the last few weeks are asked about.)
  return said < addDays(today, 1 - dow) && said >= addDays(today, -60) ? `${month}月${day}日` : undefined;
}
