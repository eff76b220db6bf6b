import cron from 'node-cron';
import { addDays, shanghaiDate, shanghaiTime } from '../core/clock.ts';

const DAY_MS = 86_400_000;

interface Fields {
  readonly seconds: readonly number[];
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number>;
  readonly domRestricted: boolean;
  readonly dowRestricted: boolean;
}

const cache = new Map<string, Fields>();

function fields(expression: string): Fields {
  let f = cache.get(expression);
  if (f) return f;
  const p = cron.parse(expression);
  const nums = (xs: readonly (number | string)[]) => xs.map(Number).filter((n) => Number.isInteger(n));
  const dow = new Set(nums(p.dayOfWeek).map((d) => d % 7));
  const dom = new Set(nums(p.dayOfMonth));
  f = {
    seconds: nums(p.second).sort((a, b) => a - b),
    minutes: nums(p.minute).sort((a, b) => a - b),
    hours: nums(p.hour).sort((a, b) => a - b),
    daysOfMonth: dom,
    months: new Set(nums(p.month)),
    daysOfWeek: dow,
    domRestricted: dom.size < 31,
    dowRestricted: dow.size < 7,
  };
  cache.set(expression, f);
  return f;
}

function dayMatches(f: Fields, date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  if (!f.months.has(d.getUTCMonth() + 1)) return false;
  const dom = f.daysOfMonth.has(d.getUTCDate());
  const dow = f.daysOfWeek.has(d.getUTCDay());
  // Classic cron: when both day fields are restricted, either may match.
  if (f.domRestricted && f.dowRestricted) return dom || dow;
  return dom && dow;
}

/** The instants in [from, to] at which a cron expression fires, in Asia/Shanghai time. */
export function fireTimes(expression: string, from: Date, to: Date): Date[] {
  const f = fields(expression);
  const out: Date[] = [];
  const last = shanghaiDate(to);
  for (let date = shanghaiDate(from); date <= last; date = addDays(date, 1)) {
    if (!dayMatches(f, date)) continue;
    const midnight = shanghaiTime(date).getTime();
    for (const h of f.hours) {
      for (const m of f.minutes) {
        for (const s of f.seconds) {
          const t = midnight + h * 3600_000 + m * 60_000 + s * 1000;
          if (t >= from.getTime() && t <= to.getTime()) out.push(new Date(t));
        }
      }
    }
  }
  return out;
}

/** The first fire time at or after `at` (searching up to `days` ahead), or undefined. */
export function nextFireTime(expression: string, at: Date, days = 366): Date | undefined {
  for (let start = at.getTime(); start < at.getTime() + days * DAY_MS; start += 31 * DAY_MS) {
    const found = fireTimes(expression, new Date(start), new Date(start + 31 * DAY_MS - 1))[0];
    if (found) return found;
  }
  return undefined;
}
