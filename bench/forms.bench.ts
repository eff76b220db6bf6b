import { performance } from 'node:perf_hooks';
import { parseAmount, parseCount, parseDate } from '../src/forms/parsers.ts';
import { startTestBot } from '../tests/support/bot.ts';

const AMOUNTS = ['45', '45万', '45万元', '四十五万', '1,500万', '1.2亿', '450000元', '0', '无', '没有', '两百万', '三十二点五万'];
const COUNTS = ['3', '3个', '三场', '120人次', '没有'];
const ANSWERS = ['45万', '25', '5', '8万元', '2', '否', '12个', '8', '两场', '120人次', '45', '3', '10', '跳过', '200户', '无'];

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Parser throughput, and the latency of one form answer through the local channel (parse, validate, commit, reply). */
export async function run(): Promise<Record<string, number | string>> {
  const now = new Date('2018-09-20T10:00:00+08:00');
  const rounds = 20_000;
  let t = performance.now();
  for (let i = 0; i < rounds; i++) {
    for (const a of AMOUNTS) parseAmount(a);
    for (const c of COUNTS) parseCount(c);
    parseDate('下周五', now);
  }
  const parseOps = rounds * (AMOUNTS.length + COUNTS.length + 1);
  const parsesPerSecond = Math.round(parseOps / ((performance.now() - t) / 1000));

  const bot = await startTestBot();
  const latencies: number[] = [];
  try {
    const counties = ['zhuoni', 'diebu', 'zhouqu', 'luqu'];
    for (let week = 0; week < 5; week++) {
      for (const county of counties) {
        const who = `${county}-official`;
        await bot.say(who, '填报');
        for (const answer of [...ANSWERS, '确认']) {
          t = performance.now();
          await bot.say(who, answer);
          latencies.push(performance.now() - t);
        }
      }
      bot.clock.advance(7 * 86_400_000);
    }
  } finally {
    await bot.close();
  }
  latencies.sort((a, b) => a - b);
  return {
    form_parses_per_s: parsesPerSecond,
    form_answers_measured: latencies.length,
    form_answer_p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    form_answer_p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
  };
}
