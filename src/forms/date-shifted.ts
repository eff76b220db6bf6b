import { shanghaiDate } from '../core/clock.ts';
import { numeralValue } from './numbers.ts';
import type { DateReading } from './dates.ts';

/**
 * 原定10月22日，推迟一周 / 延后两周，原来是9月27号 / 10月8日往后推3天: a day first set, and how far it is moved,
 * with the new day left to be worked out. The new day is offered and always asked back, with the sum shown;
 * a move by months or by an unsaid amount (推迟一段时间) is left to the other readers.
 */
type Reader = (raw: string, now: Date) => DateReading;

const SHIFT =
  /(?:需要|要|再|将|拟|又|已)?(?:往后|向后)?(推迟|延后|延期|顺延|往后推|向后推|往后延|推后|延长|提前)了?([\d一两二三四五六七八九十]+)个?(天|日|周|星期|礼拜)(?:时间)?(?:吧|了)?$/;
const OLD = /^(?:原定|原来定?的?是?|原先定?的?是?|原计划|本来定?的?是?|之前定的?是?)(?:于|在|为|是)?/;

export function shifted(raw: string, now: Date, read: Reader): DateReading | undefined {
  const s = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.!！]+$/, '');
  const clauses = s.split(/[，,；;]+/).filter(Boolean);
  let shift: RegExpExecArray | null = null;
  let day: string | undefined;
  if (clauses.length === 2) {
    const i = clauses.findIndex((c) => SHIFT.test(c) && SHIFT.exec(c)!.index === 0);
    if (i < 0) return undefined;
    shift = SHIFT.exec(clauses[i]!);
    day = clauses[1 - i];
  } else if (clauses.length === 1) {
    shift = SHIFT.exec(s);
    day = shift ? s.slice(0, shift.index) : undefined;
  }
  if (!shift || !day) return undefined;
  // (A day named after the old one, 原定10月15日改到10月20日推迟了5天, is read by the other readers.)
  const first = read(day.replace(OLD, ''), now);
  if (!first.ok || !first.value) return undefined;
  const n = numeralValue(shift[2]!);
  if (n === undefined || !Number.isInteger(n) || n <= 0 || n > 366) return undefined;
  const days = (shift[3] === '天' || shift[3] === '日' ? n : 7 * n) * (shift[1] === '提前' ? -1 : 1);
  const d = new Date(`${first.value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const value = d.toISOString().slice(0, 10);
  const [y, m, dd] = value.split('-').map(Number);
  const [fy, fm, fd] = first.value.split('-').map(Number);
  const past = value < shanghaiDate(now) ? '这一天已经过去，' : '';
  return {
    ok: true,
    value,
    confirm: `${fy}年${fm}月${fd}日${shift[1]}${shift[2]}${shift[3] === '周' || shift[3] === '天' || shift[3] === '日' ? '' : '个'}${shift[3]}，是${y}年${m}月${dd}日。${past}您指的是这一天吗？回复“是”确认，或直接重新输入。`,
  };
}
