import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';
import { intentOf } from '../../src/forms/intents.ts';

/**
 * Answers typed in a hurry, or dictated, by older officials (development set 42's classes): sound-alike
 * numerals, figures broken by spaces or sent twice, capital and traditional characters in dates, the
 * north-west's "all right" at a yes-or-no question, a deadline that falls today, and controls and commands
 * in everyday words. The wordings are our own.
 */
const now = '2018-09-20';
const figure = (kind: 'amount' | 'count', field: string, text: string) => formParse({ kind, field, text, now });
const date = (text: string) => formParse({ kind: 'date', text, now });
const control = (field: string, text: string) => formParse({ kind: 'control', field, text, now });
const command = (text: string) => formParse({ kind: 'command', text, now });

describe('a numeral written as a word that sounds like it is asked with the digit, never stored', () => {
  it.each([
    ['amount', 'spent_total', '久万', 9, '“久”可能是“九”'],
    ['amount', 'spent_upstream', '芭万五', 8.5, '“芭”可能是“八”'],
    ['amount', 'online_sales', '二十溜万', 26, '“溜”可能是“六”'],
    ['amount', 'spent_service_points', '死十万', 40, '“死”可能是“四”'],
    ['count', 'service_points_total', '韭十个', 90, '“韭”可能是“九”'],
    ['count', 'training_sessions', '是次', 10, '“是”可能是“十”'],
  ] as const)('%s %s %s', (kind, field, text, value, words) => {
    const out = figure(kind, field, text);
    expect(out).toMatchObject({ ok: true, value, confirm: true });
    expect('question' in out && out.question).toContain(words);
  });

  it('reads words that merely contain such a character as before', () => {
    expect(figure('amount', 'spent_upstream', '物流费用了三万')).toMatchObject({ ok: true, value: 3, confirm: false });
    expect(figure('amount', 'spent_total', '午')).toMatchObject({ ok: false });
  });

  it('asks again, with no figure, for a letter standing alone where the digit should be', () => {
    expect(figure('count', 'tenders_done', 'I个')).toMatchObject({ ok: true, value: null, confirm: true });
    expect(figure('count', 'tenders_planned', 'o个')).toMatchObject({ ok: true, value: null, confirm: true });
  });
});

describe('a Chinese numeral broken by spaces is joined and asked; two numerals are not joined', () => {
  it.each([
    ['count', 'households_benefited', '三 百 二 十 户', 320],
    ['count', 'trainees', '六 十 八', 68],
    ['count', 'households_benefited', '两千 零三十户', 2030],
    ['amount', 'spent_total', '十万 零五百', 10.05],
  ] as const)('%s %s %s', (kind, field, text, value) => {
    expect(figure(kind, field, text)).toMatchObject({ ok: true, value, confirm: true });
  });

  it.each(['三十 四十', '三 四'])('%s is two figures, asked for one', (text) => {
    expect(figure('count', 'service_points_total', text)).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('reads the same figure sent twice once, and asks when the two differ', () => {
    expect(figure('count', 'trainees', '四十个人 四十个人')).toMatchObject({ ok: true, value: 40, confirm: true });
    expect(figure('count', 'tenders_done', '6个，6个')).toMatchObject({ ok: true, value: 6, confirm: false });
    expect(figure('count', 'tenders_done', '6个 7个')).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('takes 一哈 as 一下, never as a figure', () => {
    expect(figure('count', 'tenders_done', '等一哈')).toMatchObject({ ok: false });
    expect(control('tenders_done', '等一哈')).toEqual({ ok: true, control: 'pause' });
  });
});

describe('yes or no in the north-west’s words', () => {
  it.each(['成', '得行', '行嘛'])('%s agrees with nothing asked: the question is put again', (text) => {
    expect(formParse({ kind: 'yesno', field: 'forbidden_use', text, now })).toMatchObject({ ok: true, value: null, confirm: true });
  });

  it('still refuses an acknowledgement, and reads a no said twice with a space between', () => {
    expect(formParse({ kind: 'yesno', field: 'forbidden_use', text: '好的', now })).toMatchObject({ ok: false });
    expect(formParse({ kind: 'yesno', field: 'forbidden_use', text: '没有没有 一分都没有', now })).toMatchObject({ ok: true, value: false, confirm: false });
    expect(formParse({ kind: 'yesno', field: 'forbidden_use', text: '莫得莫得 真莫得', now })).toMatchObject({ ok: true, value: false, confirm: false });
  });
});

describe('dates typed in capitals, traditional characters or sound-alikes; a day not after today confirmed', () => {
  it.each([
    ['拾壹月伍日', '2018-11-05'],
    ['玖月贰拾捌日', '2018-09-28'],
    ['國慶節後上班第一天', '2018-10-08'],
    ['下個禮拜五', '2018-09-28'],
    ['25号', '2018-09-25'],
  ])('%s is %s', (text, value) => {
    expect(date(text)).toMatchObject({ ok: true, value, confirm: false });
  });

  it.each([
    ['久月三十号', '2018-09-30', '“久”按数字理解'],
    ['十月舞号', '2018-10-05', '“舞”按数字理解'],
    ['20日', '2018-09-20', '是今天，2018年9月20日（星期四）'],
    ['九月二十号', '2018-09-20', '是今天'],
    ['19号', '2018-09-19', '已经过去'],
  ])('%s is asked with %s spelt out', (text, value, words) => {
    const out = date(text);
    expect(out).toMatchObject({ ok: true, value, confirm: true });
    expect('question' in out && out.question).toContain(words);
  });

  it.each(['今天', '这周四'])('%s names today itself: stored', (text) => {
    expect(date(text)).toMatchObject({ ok: true, value: '2018-09-20', confirm: false });
  });
});

describe('controls and commands in everyday words', () => {
  it.each([
    ['spent_total', '作废这份报表', 'cancel'],
    ['trainees', '取消本次的周报', 'cancel'],
    ['service_points_total', '缓一下 我去问问村上', 'pause'],
    ['households_benefited', '往回退一步', 'back'],
    ['trainees_poor', '往前退一题', 'back'],
    ['online_sales', '暂时不写 略', 'skip'],
    ['training_sessions', '网断了 继续', 'resume'],
  ])('at %s, %s is %s', (field, text, want) => {
    expect(control(field, text)).toEqual({ ok: true, control: want });
  });

  it.each([
    ['trainees', '一个人都没来'],
    ['tenders_done', '退回了一个标'],
    ['spent_total', '等一下 是十二万'],
  ])('at %s, %s answers and steers nothing', (field, text) => {
    expect(control(field, text)).toEqual({ ok: true, control: null });
  });

  it.each([
    ['报张表', 'start-report'],
    ['填个表', 'start-report'],
    ['刚才卡住了 接着填', 'resume'],
    ['这周的进度看看', 'progress'],
    ['我县进度看一下', 'progress'],
    ['成', 'none'],
  ])('%s is %s', (text, intent) => {
    expect(command(text)).toEqual({ ok: true, intent });
  });

  it('reads clauses split by a space as if by a comma', () => {
    expect(intentOf('掉线了 接着来')).toBe('resume');
    expect(intentOf('先不填 略过')).toBe('skip');
  });
});
