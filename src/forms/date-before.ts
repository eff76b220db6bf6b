import chineseDays from 'chinese-days';
import type { DateReading } from './dates.ts';

/**
 * 1月2日前, 下周一之前: a deadline said as "before" a day that comes straight after days off (a holiday,
 * a weekend) may close on that day, or on the last working day before the days off (9月30日, 周五): the
 * day named is offered with the other reading spelt out, never stored unasked. Before a day that follows
 * a working day (10月25日前) the two readings are one working day apart, and the day is read as before.
 * (10月8日下午5点前 names the hour; 12月1日前, 月底前 and 国庆前 are read elsewhere.) Called by dates.ts.
 */
export function beforeDay(typed: string, read: DateReading): DateReading {
  if (!read.ok || read.confirm !== undefined || !read.value) return read;
  const s = typed
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.!！]+$/, '')
    .replace(/(?:吧|啊|呀|哈|了)+$/, '')
    // 10月31日前完成招标: what is to be done by then, said after.
    .replace(/(?<=前)(?:必须|务必|一定要|要|得|需要)?(?:完成|报送|提交|上报|报|交|办结|结束|弄完|搞完|搞定)[^，,]*$/, '');
  if (!DAY_BEFORE.test(s) || HOUR.test(s)) return read;
  const [y, m, d] = read.value.split('-').map(Number);
  const eve = new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
  if (chineseDays.isWorkday(eve)) return read;
  const [, lm, ld] = chineseDays.findWorkday(-1, read.value).split('-').map(Number);
  return {
    ok: true,
    value: read.value,
    confirm: `“${typed.trim()}”按${y}年${m}月${d}日当天截止理解；由于前一天不是工作日，也可能是指休息日前最后一个工作日${lm}月${ld}日截止。您指的是${m}月${d}日吗？回复“是”确认，或直接重新输入。`,
  };
}

// A day of the month or of the week, then 前 / 之前 / 以前.
const DAY_BEFORE = /(?:[\d一二三四五六七八九十][日号]?|(?:周|星期|礼拜)[一二三四五六日天])(?:之前|以前|前)$/;
// 下午5点前, 24时前, 下班前, 中午前: an hour said.
const HOUR = /\d[:：]\d|[点时]|下班|上班|中午|上午|下午|晚上|早上|凌晨|傍晚/;
