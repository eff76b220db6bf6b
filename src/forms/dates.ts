import { shanghaiDate } from '../core/clock.ts';
import { CONFIRM_TAIL } from './answer.ts';
import { DATE_EXPECTED, parseDate } from './parsers.ts';
import { oneSaid } from './typed.ts';
import { beforeDay } from './date-before.ts';
import { beforeFirst, corrected, dashSpan, moved, voided } from './date-changes.ts';
import { shifted } from './date-shifted.ts';
import { dayFirst, digitDays, pastMonthEnd } from './date-days.ts';
import { FESTIVAL, readSpecial } from './date-special.ts';
import { settledDate } from './date-typed.ts';
import { addDays, AROUND_HOLIDAY, beforeHoliday, daysFromHoliday, festival, weekdayAfterHoliday } from './holidays.ts';

/**
 * A date as officials type it in a chat, read in Asia/Shanghai relative to now: what parseDate
 * reads (9月30日, 下周五, 12月底) and also holidays from the official calendar (中秋节,
 * 国庆后第一个工作日), 三天后, 下个月15号, 月底; and, instead of guessing, a question back
 * for a week or a part of a month with no day (下周, 下个月初), two dates, or a day already past.
 */
export type DateReading =
  | { readonly ok: true; readonly value: string; readonly confirm?: undefined }
  | { readonly ok: true; readonly value: string | null; readonly confirm: string }
  | { readonly ok: false; readonly error: string };

const WHICH_DAY = '请告诉我具体哪一天，例如 下周五 或 9月28日。';
// 可能, 听说, 原来: the day that follows is said with doubt, or is the one it was before.
const HEARSAY = /可能|也许|或许|大概|大约|估计|预计|好像|听说|据说|应该|原来|原定|原先|本来|之前|以前|暂定|初定|不一定|不确定|说是|是不是|会不会|不知/;

const WEEKDAY_NAMES: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, 七: 0 };

/** 10月8日（下周一）, 10月8号，节后上班第一天: a date with another name of the day in brackets or after a comma; asked back when they differ. */
function withAside(raw: string, now: Date): DateReading | undefined {
  const m = /^(.+?)\(([^()]+)\)$/.exec(raw.normalize('NFKC').trim());
  const comma = m ? null : /^([^，,]+)[，,]([^，,]{4,})$/.exec(raw.normalize('NFKC').trim());
  // (下周五，就是27号: a date or weekday after the comma is checked further on.)
  const first = comma && !/\d|[一二三四五六七八九十][号日]|周[一二三四五六日天]|星期|礼拜|就是|即/.test(comma[2]!) ? readDate(comma[1]!, now) : undefined;
  // (下周一，刚好中秋: the same day named again by its holiday, said to fall on it.)
  const other = first?.ok && first.confirm === undefined ? readDate(comma![2]!.replace(/^(?:刚好|正好|恰好|恰巧|刚巧|赶上|碰上)(?:是|赶上|碰上)?/, ''), now) : undefined;
  if (first?.ok && other?.ok) return other.value && other.value !== first.value ? { ok: true, value: null, confirm: `“${comma![1]}”是${first.value}，而“${comma![2]}”是${other.value}，两者对不上。${WHICH_DAY}` } : first;
  // (A weekday alone in brackets is checked against the date further on.)
  if (!m || /^(?:周|星期|礼拜)[一二三四五六日天]$/.test(m[2]!)) return undefined;
  const main = readDate(m[1]!, now);
  const aside = readDate(m[2]!, now);
  if (!main.ok || !aside.ok || !main.value || !aside.value || main.value === aside.value) return undefined;
  return { ok: true, value: null, confirm: `“${m[1]}”是${main.value}，括号里的“${m[2]}”是${aside.value}，两者对不上。${WHICH_DAY}` };
}

// 十月是号, 九月二是八日: 十 heard as 是 (speech-to-text) in the day or the month; 时月十五号, 十月时五号: as 时
// (实, 石) too, only where no word 时 can stand (not 时日, nor 三时, three o'clock).
const SHI_IN_DATE = /(?<=[月一二三]|^)是(?=[一二三四五六七八九]?[号日月])|(?<=^(?:嗯+|呃+|那个|就是)*)时(?=[一二]?月)|(?<=[月一二三])[时实石](?=[一二三四五六七八九]?[号日])/;

/**
 * A date as read below, with two readings that are likely but not certain offered rather than stored:
 * 是 heard for 十 (十月是号), and the end of a month or a year (十月底, 年底前), which some mean as the
 * last working day rather than the calendar's last day. A command that moves a deadline, which cannot ask
 * back, takes the calendar's last day (`endAsked: false`). What was typed is made ready, and a day not after
 * today asked back, by date-typed.ts.
 */
export function readDate(raw: string, now: Date, options: { readonly endAsked?: boolean } = {}): DateReading {
  return settledDate(raw, now, options, readDateAsSaid);
}

function readDateAsSaid(raw: string, now: Date, options: { readonly endAsked?: boolean } = {}): DateReading {
  if (oneSaid(raw) !== raw) return readDate(oneSaid(raw), now, options);
  const typed = raw.normalize('NFKC').trim();
  if (SHI_IN_DATE.test(typed)) {
    const ten = typed.replace(new RegExp(SHI_IN_DATE.source, 'g'), '十');
    const read = readDay(ten, now);
    if (!read.ok || !read.value) return read;
    const [y, m, d] = read.value.split('-').map(Number);
    return { ok: true, value: read.value, confirm: `“${typed}”中的“${SHI_IN_DATE.exec(typed)![0]}”按“十”理解。您指的是${y}年${m}月${d}日吗？${CONFIRM_TAIL}` };
  }
  // 9月3O日, 1O月8日: a letter beside a digit standing for it (O for 0, l for 1); read, and always asked.
  const letters = typed.replace(/(?<=\d)[Oo]|[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI]|[lI](?=\d)/g, '1');
  if (letters !== typed) {
    const read = readDay(letters, now);
    if (!read.ok || !read.value) return read;
    const [y, m, d] = read.value.split('-').map(Number);
    return { ok: true, value: read.value, confirm: `“${typed}”中含有字母，按“${letters}”理解。您指的是${y}年${m}月${d}日吗？${CONFIRM_TAIL}` };
  }
  // 10月8日 10月8日: the same date sent twice (pasted, or the send pressed twice) is that date.
  const twice = /^(\S+?)[\s，,、]+(\S+)$/.exec(typed);
  if (twice && twice[1] === twice[2]) return readDate(twice[1]!, now, options);
  // (1月2日前: that day, or the day before? Offered, not stored; a command that cannot ask takes the day.)
  const read = options.endAsked === false ? readDay(raw, now) : beforeDay(raw, readDay(raw, now));
  if (!read.ok || read.confirm !== undefined || !read.value || options.endAsked === false || !/(?<!周|星期|礼拜)(?:底|末)/.test(typed)) return read;
  const [y, m, d] = read.value.split('-').map(Number);
  return { ok: true, value: read.value, confirm: `“${typed}”按${y}年${m}月${d}日（${m}月的最后一天）理解。您指的是这一天吗？${CONFIRM_TAIL}` };
}

function readDay(raw: string, now: Date): DateReading {
  // 下周五？: a date said as a question is asked back with its reading, as a figure is.
  const asked = /^(.+?)(?:吗|吧)?[?？]+$/.exec(raw.trim());
  if (asked) {
    const date = readDate(asked[1]!, now);
    if (!date.ok || date.confirm !== undefined || !date.value) return date;
    const [y, m, d] = date.value.split('-').map(Number);
    return { ok: true, value: date.value, confirm: `您的回复是一个问句。您指的是${y}年${m}月${d}日吗？${CONFIRM_TAIL}` };
  }
  const today = shanghaiDate(now);
  const aside = withAside(raw, now);
  if (aside) return aside;
  const fixed =
    moved(raw, now, readDate) ?? corrected(raw, now, readDate) ?? shifted(raw, now, readDate) ?? voided(raw, now, readDate) ?? beforeFirst(raw, (d) => readDate(d, now));
  if (fixed) return fixed;
  const s0 = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[。.!！]+$/, '')
    // 二〇一八年: a year written digit by digit.
    .replace(/^[〇零一二三四五六七八九]{2}(?=年[一二三四五六七八九十]{1,2}月)|[〇零一二三四五六七八九]{4}(?=年)/, (y) => [...y].map((c) => '〇一二三四五六七八九'.indexOf(c.replace('零', '〇'))).join(''))
    // 9月28日（周五）: a weekday in brackets is checked like one after a comma; any other remark is dropped.
    .replace(/\(((?:周|星期|礼拜)[一二三四五六日天])\)$/, '，$1')
    .replace(/\([^)]*\)$/, '')
    // 截止时间改成下周五: the date named after what it is the date of.
    // 嗯那个招标截止改到十月十号吧: fillers, and what the date is of, before it; a particle after it.
    .replace(/^(?:嗯+|呃+|额+|那个|这个(?![月周星礼])|就|那就)+/, '')
    .replace(/(?:吧|啊|呀|哈|了)+$/, '')
    // (截止日期顺延至11月5日: 顺延 and 挪 move it too; 培训安排在下周二, 开标改到25号: an event's day set or moved;
    // 可能培训安排在下周二, 原来截止是25号: a day said with doubt, or the old one, before it is left unread; 推迟到了 as 推迟到.)
    // (第2批招标截止到10月16日: a batch named by its number in what the date is of, and 截止到 as 截止.)
    .replace(/^((?:第[\d一二三四五六七八九十]{1,2}[批期轮次])?[^\d，,]{0,6}?)(?:截止|完成|办结|报送|培训|开班|开课|开标|评标|验收|签约|会议|开会|活动)(?:时间|日期)?(?=改|调整|定|延|推|是|为|:|顺延|挪|往后|向后|安排|放在|到|至|于)/, (all, lead: string) => (HEARSAY.test(lead) ? all : ''))
    // 自今日起算两个月以后: counted from today, as the bare 一个月以后 is.
    .replace(/^(?:从|自)?(?:今天|今日|现在|即日)(?:起|开始)?(?:算|起算|数|往后(?:数|算))(?=[\d一两二三四五六七八九十半])/, '')
    .replace(/^(?:截止|完成|办结|报送)?(?:时间|日期|期限|时限)?(?:改成|改为|改到|调整为|调整到|定为|定在|延到|推到|推迟到|延期到|是|为|:)(?:了)?/, '')
    .replace(/^(?:往后|向后|往前|向前|再)(?=推|延|顺延|挪|改)/, '')
    .replace(/^(?:在|于|到|至|最晚|最迟|截止到?|截至|挪到|挪至|放到|延期到|延期至|推迟到|推迟至|顺延到|顺延至|延后到|延后至|推后到|推后至|延长到|延长至|延到|推到|改到|改为|调整到|调整为|定在|定为|安排在|安排到|定到|放在)(?:了)?/, '')
    .replace(/(?:上午|下午|中午|晚上|早上)?(?:\d{1,2}[:：]\d{2}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点时](?:半|\d{1,2}分?)?)/, '')
    .replace(/^明儿个?|^明个/, '明天')
    .replace(/^后儿个?/, '后天')
    // 18年11月1号, 18.11.1: a year in two digits is this century's.
    .replace(/^(\d{2})年(?=[\d一二三四五六七八九十]{1,2}月)/, '20$1年')
    .replace(/^(1[5-9]|2\d)([./])(?=\d{1,2}\2\d{1,2}$)/, '20$1$2');
  // 十一前报上来, 节后吧: a holiday's before or after, whatever is to be done by then.
  // (过完十一: said the other way round.)
  const aroundHoliday = AROUND_HOLIDAY.exec(s0.replace(/^过完(.+)$/, '$1过完').replace(/(?<=前)(?:完成|报送|提交|上报|报|交|办结|结束|弄完|搞完|搞定)[^，,]*$/, ''));
  const saidAs = raw.trim().replace(/(?:吧|啊|呀|哈|了)+$/, '');
  if (aroundHoliday) return beforeHoliday(saidAs, aroundHoliday, today) ?? { ok: true, value: null, confirm: `“${saidAs}”没有说具体是哪一天。${WHICH_DAY}` };
  const s = s0
    // 10月31日前完成招标, 今天下班以前得交, 明天截止: what is to be done by then is not part of the date.
    .replace(/(?<=前)(?:必须|务必|一定要|要|得|需要)?(?:完成|报送|提交|上报|报|交|办结|结束|弄完|搞完|搞定)[^，,]*$/, '')
    .replace(/(?<=.)(?:截止|截至|到期|为止)$/, '')
    // 上周五已经完成了, 前天就招完了: a day something was done on, the doing said after it.
    .replace(/(?<=[天日号周一二三四五六底末])(?:已经|已|就|都|便)(?:(?:招标|招|办|弄|搞|做|建|签|开|培训|验收|办理|全部)?(?:完成|完|好|结束)了?|(?:完成|结束|办结)了?)$/, '')
    .replace(/(?:下班|上班|中午|晚上)?(?:之?前|以前)$/, '')
    .replace(/(?<=.)(?:上午|下午|中午|晚上|早上|白天)$/, '');
  // 9月28日 周四 / 下周五，就是27号: a date and a weekday that do not agree are asked back.
  const named = /[，,]?(?:就是|即)?(?:周|星期|礼拜)([一二三四五六日天])$/.exec(s);
  if (named && /[月号日]/.test(s.slice(0, named.index))) {
    const date = readDate(s.slice(0, named.index), now);
    if (date.ok && date.value && new Date(`${date.value}T00:00:00Z`).getUTCDay() !== WEEKDAY_NAMES[named[1]!]) {
      return { ok: true, value: null, confirm: `您写的日期和星期对不上（${date.value}不是星期${named[1]}）。${WHICH_DAY}` };
    }
    if (date.ok) return date;
  }
  // 下周五即9月28日, 下周五，10月5号, 10月5号，下周五: a weekday and a date said together are one day when they
  // agree; when they do not, neither is taken.
  const WEEKDAY = '(?:上|本|这|下|下下)?(?:周|星期|礼拜)[一二三四五六日天]';
  const DAY = '(?:[\\d一二三四五六七八九十]{1,2}月)?[\\d一二三四五六七八九十]{1,3}[号日]';
  const pair = new RegExp(`^(${WEEKDAY})[，,]?(?:也?就是|即)?(${DAY})$`).exec(s) ?? new RegExp(`^(${DAY})[，,]?(?:也?就是|即)?(${WEEKDAY})$`).exec(s);
  if (pair) {
    const a = readDate(pair[1]!, now);
    const b = readDate(pair[2]!, now);
    if (a.ok && b.ok && a.value !== b.value) {
      const said = (v: string | null) => (v ? `${Number(v.slice(5, 7))}月${Number(v.slice(8))}日` : '');
      return { ok: true, value: null, confirm: `${pair[1]}是${said(a.value)}，和${pair[2]}对不上。${WHICH_DAY}` };
    }
    if (a.ok && b.ok) return a.confirm !== undefined ? a : b;
  }
  if (!s) return { ok: false, error: DATE_EXPECTED };
  // 10月15, 十月八: a month and a day with the 日 left off.
  if (/^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(s)) return readDate(`${s}日`, now);
  // 930, 1015: digits alone, read as a month and a day and always asked (9:30, or two readings, is possible).
  const digits = digitDays(s);
  if (digits.length > 1) {
    const said = digits.map((r) => `${r.month}月${r.day}日`);
    return { ok: true, value: null, confirm: `“${s}”可以理解为${said.join('，也可以理解为')}。${WHICH_DAY}` };
  }
  if (digits.length === 1) {
    const read = readDate(`${digits[0]!.month}月${digits[0]!.day}日`, now);
    if (!read.ok || !read.value) return read;
    const [y, m, d] = read.value.split('-').map(Number);
    const past = read.value < today ? '（这一天已经过去）' : '';
    return { ok: true, value: read.value, confirm: `“${s}”按${m}月${d}日理解。您指的是${y}年${m}月${d}日${past}吗？${CONFIRM_TAIL}` };
  }
  // 月底前后, 国庆左右, 大概10号: a day near the one named, which is not a day to hold anyone to.
  const about = /^(?:大概|大约|差不多|估计|预计)(.+)$/.exec(s) ?? /^(.+?)(?:前后|左右|上下|附近)$/.exec(s);
  if (about) {
    const near = readDate(about[1]!, now);
    if (near.ok) return { ok: true, value: null, confirm: `“${raw.trim()}”是大概的时间。${WHICH_DAY}` };
  }
  const dashed = dashSpan(s, raw);
  if (dashed) return dashed;
  if (/或者?|还是|要么/.test(s)) return { ok: true, value: null, confirm: `您给出了不止一个日期。${WHICH_DAY}` };
  // 下周一到周三, 9月28日至30日: a span of days, which names no one day (2018-09-30 is one date).
  // (十月九日至十二日之间: the span said with 之间 after it.)
  const span = /^从?(.+?)(?:到|至|~|～|—)(.+?)(?:之间|期间|中间)?$/.exec(s);
  if (span && [span[1]!, span[2]!].every((d) => readDate(d, now).ok)) return { ok: true, value: null, confirm: `“${raw.trim()}”是一段时间。${WHICH_DAY}` };
  // 明年1月15日, 2018年十月十五日: the day read alone, in the year named.
  const inYear = /^明年(.+)$/.exec(s) ?? /^(?:\d{4})年([一二三四五六七八九十]+月.+)$/.exec(s);
  if (inYear) {
    const day = readDate(inYear[1]!, now);
    if (!day.ok || !day.value) return day;
    const y = s.startsWith('明年') ? Number(today.slice(0, 4)) + 1 : Number(s.slice(0, 4));
    const value = `${y}${day.value.slice(4)}`;
    return value < today ? { ok: true, value, confirm: `您填写的日期（${value}）已经过去，请确认是否无误。${CONFIRM_TAIL}` } : { ok: true, value };
  }
  const fromHoliday = daysFromHoliday(s, today) ?? weekdayAfterHoliday(s, today);
  if (fromHoliday) return fromHoliday;
  // 端午节 said in September: this year's has passed; next year's (which the lunar calendar moves) is offered, asked.
  const fest = FESTIVAL.exec(s);
  const thisYears = fest && festival(fest[1]!, Number(today.slice(0, 4)));
  const nextYears = fest && thisYears && thisYears < today ? festival(fest[1]!, Number(today.slice(0, 4)) + 1) : undefined;
  if (nextYears) {
    const [y, m, d] = nextYears.split('-').map(Number);
    return { ok: true, value: nextYears, confirm: `今年的${fest![1]}已经过去。您指的是${y}年${m}月${d}日吗？${CONFIRM_TAIL}` };
  }
  const special = readSpecial(s.replace(/^今年/, ''), today);
  if (special === null) return { ok: true, value: null, confirm: WHICH_DAY };
  const value = special ?? (() => {
    const parsed = parseDate(s, now);
    return parsed.ok ? parsed.value : undefined;
  })();
  if (value === undefined) return dayFirst(s, today) ?? pastMonthEnd(s, today) ?? (parseDate(s, now) as DateReading);
  // 周三 said on a Thursday: this week's has passed; the coming one is meant, or not.
  const bareWeekday = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(s);
  if (bareWeekday) {
    const todayDow = new Date(`${today}T00:00:00Z`).getUTCDay();
    const target = WEEKDAY_NAMES[bareWeekday[1]!]!;
    // 周四 said on a Thursday: today, or a week from today? Both are read, neither is chosen.
    if (target === todayDow) {
      return { ok: true, value: null, confirm: `今天就是${s}（${value}）。您指的是今天，还是下${s}（${addDays(today, 7)}）？${WHICH_DAY}` };
    }
    if ((target === 0 ? 7 : target) < (todayDow === 0 ? 7 : todayDow)) {
      return { ok: true, value, confirm: `本周的${s}已经过去。您指的是下${s}（${value}）吗？${CONFIRM_TAIL}` };
    }
  }
  // 10/11: month first is the usual reading, but day first (11 October written 10/11 or 11/10)
  // is not rare; when both parts could be a month, the reading is offered, not stored.
  const slash = /^(\d{1,2})[/.-](\d{1,2})$/.exec(s);
  if (slash && value >= today) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    if (a <= 12 && b <= 12 && a !== b) {
      const y = Number(value.slice(0, 4));
      return { ok: true, value, confirm: `“${s}”一般指${a}月${b}日，也可能是${b}月${a}日。您指的是${y}年${a}月${b}日吗？${CONFIRM_TAIL}` };
    }
  }
  // 1月15日 said in September, with no year: next January is meant, most likely; asked.
  if (value < addDays(today, -60) && !/\d{4}|年/.test(s)) {
    const next = `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
    const [y, m, d] = next.split('-').map(Number);
    return { ok: true, value: next, confirm: `您指的是${y}年${m}月${d}日吗？${CONFIRM_TAIL}` };
  }
  if (value < today) {
    const [y, m, d] = value.split('-').map(Number);
    return { ok: true, value, confirm: `您填写的日期（${y}年${m}月${d}日）已经过去，请确认是否无误。${CONFIRM_TAIL}` };
  }
  return { ok: true, value };
}
