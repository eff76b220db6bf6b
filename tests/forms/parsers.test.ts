import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';
import { parseAmount, parseChoice, parseCount, parseDate, parsePercentage, parseText, parseYesNo } from '../../src/forms/parsers.ts';

// What officials really type, each with the value it must parse to (storage units: 元, integers, basis points, dates).
const AMOUNTS: readonly (readonly [string, number])[] = [
  ['45', 450_000],
  ['45万', 450_000],
  ['45万元', 450_000],
  ['四十五万', 450_000],
  ['1,500万', 15_000_000],
  ['1，500万元', 15_000_000],
  ['1.2亿', 120_000_000],
  ['450000元', 450_000],
  ['0', 0],
  ['无', 0],
  ['没有', 0],
  ['本周无', 0],
  ['0万元', 0],
  ['12.5', 125_000],
  ['12.5万元', 125_000],
  ['0.35万', 3_500],
  ['3500元', 3_500],
  ['两百万', 2_000_000],
  ['一千五百万', 15_000_000],
  ['三十二点五万', 325_000],
  ['１２０万', 1_200_000],
  [' 88 万 ', 880_000],
  ['8.8888万', 88_888],
  ['1500万元整', 15_000_000],
  ['¥30万', 300_000],
  ['三万五千元', 35_000],
];

const COUNTS: readonly (readonly [string, number])[] = [
  ['3', 3],
  ['3个', 3],
  ['三场', 3],
  ['12个', 12],
  ['一百二十人次', 120],
  ['120人次', 120],
  ['35户', 35],
  ['两场', 2],
  ['没有', 0],
  ['无', 0],
  ['0', 0],
  ['十五个', 15],
  ['1,200人', 1_200],
];

const PERCENTAGES: readonly (readonly [string, number])[] = [
  ['35%', 3_500],
  ['35', 3_500],
  ['百分之五十', 5_000],
  ['12.5%', 1_250],
  ['三成', 3_000],
];

const YESNO: readonly (readonly [string, boolean])[] = [
  ['是', true],
  ['否', false],
  ['有', true],
  ['没有', false],
  ['无', false],
  ['是的', true],
  ['不是', false],
  ['没有。', false],
  ['有，用于购买推广流量', true],
  ['没有，均按规定使用', false],
];

// Thursday 2026-11-26 in Shanghai.
const NOW = new Date('2026-11-26T10:00:00+08:00');
const DATES: readonly (readonly [string, string])[] = [
  ['9月30日', '2026-09-30'],
  ['2026-12-20', '2026-12-20'],
  ['下周五', '2026-12-04'],
  ['本周五', '2026-11-27'],
  ['周五', '2026-11-27'],
  ['明天', '2026-11-27'],
  ['2026年12月31日', '2026-12-31'],
  ['12月底', '2026-12-31'],
  ['12.20', '2026-12-20'],
  ['2026/1/5', '2026-01-05'],
  ['十月一日', '2026-10-01'],
];

describe('amounts in 万元', () => {
  // An approximation or a range is never stored as it stands: a card form cannot ask back, so it says why.
  it.each([['约45万', '约数'], ['45万左右', '约数'], ['四五十万', '范围'], ['40-50万', '范围'], ['6O', '字母']])('%j is refused as %s', (typed, why) => {
    const r = parseAmount(typed);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(why);
  });
  it.each(AMOUNTS)('%j → %d 元', (typed, yuan) => {
    expect(parseAmount(typed)).toEqual({ ok: true, value: yuan });
  });
  it.each(['abc', '四十五块五毛钱多一点', '-5', '负3万', '45万万', '1e9', 'Infinity', 'NaN', '0x10', '1.2.3', "'; drop table reports; --", '🙂', ''])(
    'refuses %j with what is expected',
    (typed) => {
      const r = parseAmount(typed);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('请输入金额（单位：万元）');
    },
  );
});

describe('counts', () => {
  it.each(COUNTS)('%j → %d', (typed, n) => {
    expect(parseCount(typed)).toEqual({ ok: true, value: n });
  });
  it.each(['3.5', '三点五个', '很多', '-1'])('refuses %j', (typed) => {
    const r = parseCount(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('请输入整数');
  });
});

describe('percentages', () => {
  it.each(PERCENTAGES)('%j → %d basis points', (typed, bp) => {
    expect(parsePercentage(typed)).toEqual({ ok: true, value: bp });
  });
  it('refuses more than 100%', () => {
    expect(parsePercentage('150%').ok).toBe(false);
  });
});

describe('yes or no', () => {
  it.each(YESNO)('%j → %s', (typed, value) => {
    expect(parseYesNo(typed)).toEqual({ ok: true, value });
  });
  it('refuses anything else', () => {
    expect(parseYesNo('也许')).toEqual({ ok: false, error: '请回复“是”或“否”（也可以回复“有”或“没有”）。' });
  });
});

describe('dates relative to the clock (Asia/Shanghai)', () => {
  it.each(DATES)('%j → %s', (typed, date) => {
    expect(parseDate(typed, NOW)).toEqual({ ok: true, value: date });
  });
  it('uses the Shanghai date even late on a UTC evening', () => {
    // 2026-11-26 23:30 UTC is already Friday 27 November in Shanghai: 明天 is Saturday 28.
    expect(parseDate('明天', new Date('2026-11-26T23:30:00Z'))).toEqual({ ok: true, value: '2026-11-28' });
  });
  it.each(['2月30日', '2026-13-01', '下个月吧'])('refuses %j', (typed) => {
    expect(parseDate(typed, NOW).ok).toBe(false);
  });
});

describe('choices and text', () => {
  const options = [{ value: 'county', label: '县级' }, { value: 'town', label: '乡镇级', aliases: ['乡镇'] }];
  it('takes a label, an alias or a number', () => {
    expect(parseChoice('县级', options)).toEqual({ ok: true, value: 'county' });
    expect(parseChoice('乡镇', options)).toEqual({ ok: true, value: 'town' });
    expect(parseChoice('2', options)).toEqual({ ok: true, value: 'town' });
    expect(parseChoice('村级', options).ok).toBe(false);
  });
  it('trims text and refuses what is too long', () => {
    expect(parseText('  物流 配送中心  选址 ')).toEqual({ ok: true, value: '物流 配送中心 选址' });
    expect(parseText('字'.repeat(501)).ok).toBe(false);
  });
});

it('has at least 40 realistic answers with their values', () => {
  expect(AMOUNTS.length + COUNTS.length + PERCENTAGES.length + YESNO.length + DATES.length).toBeGreaterThanOrEqual(40);
});

describe('a date said with the event it is the day of (dev36 class; our own wordings)', () => {
  // Read as the form reads it, on Thursday 20 September 2018.
  it.each([
    ['开班定在下周一', '2018-09-24'],
    ['验收改到28号', '2018-09-28'],
    ['开标时间安排在10月9日', '2018-10-09'],
    ['培训推迟到了下周五', '2018-09-28'],
  ])('%j → %s', (typed, date) => {
    expect(formParse({ kind: 'date', text: typed, now: '2018-09-20' })).toMatchObject({ ok: true, value: date, confirm: false });
  });

  it.each(['也许开班定在下周一', '听说验收改到28号', '原来截止是下周五', '不会是周四吧'])('%j, a day said with doubt or the old one, is never stored unasked', (typed) => {
    expect(formParse({ kind: 'date', text: typed, now: '2018-09-20' })).not.toMatchObject({ ok: true, confirm: false });
  });
});
