import { describe, expect, it } from 'vitest';
import { advance, step, type Outcome } from '../../src/forms/engine.ts';
import { formIssues } from '../../src/forms/schema.ts';
import { STATE_VERSION, readState, type FormState } from '../../src/forms/state.ts';
import type { FormTemplate } from '../../src/forms/template.ts';

// A form that has nothing to do with the weekly report: the engine is generic.
const SURVEY: FormTemplate = {
  id: 'site-visit',
  version: 3,
  title: '站点走访记录',
  fields: [
    { key: 'level', label: '站点级别', prompt: '走访的是哪一级站点？', kind: 'choice', options: [{ value: 'town', label: '乡镇级', aliases: ['乡镇'] }, { value: 'village', label: '村级' }] },
    { key: 'visited_on', label: '走访日期', prompt: '哪天走访的？', kind: 'date' },
    { key: 'orders_share', label: '代购代销占比', prompt: '代购代销业务占比多少？', kind: 'percentage', required: false },
    { key: 'households', label: '服务户数', prompt: '累计服务多少户？', kind: 'count', cumulative: true, unit: '户' },
    { key: 'poor_households', label: '其中贫困户', prompt: '其中贫困户多少户？', kind: 'count', unit: '户' },
  ],
  rules: [{ kind: 'at-most', part: 'poor_households', whole: 'households' }],
};

const NOW = new Date('2026-11-26T10:00:00+08:00'); // a Thursday

function fresh(previous: FormState['previous'] = {}): FormState {
  const start: FormState = {
    v: STATE_VERSION, mode: 'fill', title: '站点走访记录', subject: { site: 's-1' }, chatKind: 'direct', step: { at: 'confirm' },
    answers: {}, previous, reasons: {}, trail: [], invalid: 0, reviewing: false,
  };
  return (advance(SURVEY, start) as Extract<Outcome, { kind: 'continue' }>).state;
}

async function say(state: FormState, text: string): Promise<Outcome> {
  return step({ template: SURVEY, state, text, now: NOW, isCommand: text === '帮助' });
}

async function run(state: FormState, ...texts: string[]): Promise<{ state: FormState; last: Outcome }> {
  let last: Outcome = { kind: 'continue', state, replies: [] };
  for (const t of texts) {
    last = await say(state, t);
    if ('state' in last) state = last.state;
  }
  return { state, last };
}

describe('the form engine with another template', () => {
  it('takes a choice by alias, a relative date, a percentage, and goes to the summary', async () => {
    const { state, last } = await run(fresh(), '乡镇', '下周五', '35%', '120户', '40');
    expect(state.answers).toEqual({ level: 'town', visited_on: '2026-12-04', orders_share: 3500, households: 120, poor_households: 40 });
    expect(state.step).toEqual({ at: 'confirm' });
    const summary = (last as Extract<Outcome, { kind: 'continue' }>).replies[0]!;
    expect(summary.fields?.map((f) => f.value)).toEqual(['乡镇级', '2026-12-04', '35%', '120户', '40户']);
    expect(await say(state, '确认')).toEqual({ kind: 'submit', state });
  });

  it('asks for the reason when a running total is below last period, and keeps it', async () => {
    const { state, last } = await run(fresh({ households: 150 }), '村级', '今天', '跳过', '120');
    expect(state.step).toEqual({ at: 'reason', key: 'households' });
    expect((last as Extract<Outcome, { kind: 'continue' }>).replies[0]!.text).toContain('低于上期的150户');
    const after = await run(state, '两户迁出，一户合并统计有误已更正');
    expect(after.state.reasons).toEqual({ households: '两户迁出，一户合并统计有误已更正' });
    expect(after.state.step).toEqual({ at: 'field', key: 'poor_households' });
  });

  it('takes last period’s figure for 同上周, but shows and asks it for 同上 or 跟上周一样 (the line above?)', async () => {
    const atHouseholds = (await run(fresh({ households: 150 }), '村级', '今天', '跳过')).state;
    expect((await run(atHouseholds, '同上周')).state.answers.households).toBe(150);
    for (const text of ['同上', '跟上周一样', '和上周一样没变化', '没变化']) {
      const asked = await run(atHouseholds, text);
      expect(asked.state.answers.households, text).toBeUndefined();
      expect((asked.last as Extract<Outcome, { kind: 'continue' }>).replies[0]!.text).toContain('按上期周报中本项的填写理解，您要填写的是 150户吗？');
      expect((await run(asked.state, '是')).state.answers.households).toBe(150);
    }
    const none = await run(fresh(), '村级', '今天', '跳过', '跟上周一样');
    expect((none.last as Extract<Outcome, { kind: 'continue' }>).replies[0]!.text).toContain('上期没有这一项的数据，请直接填写。');
    expect(none.state.answers.households).toBeUndefined();
  });

  it('asks a half at a count for a whole number, and a figure with its point typed twice with the likely reading', async () => {
    const atHouseholds = (await run(fresh(), '村级', '今天', '跳过')).state;
    const half = await run(atHouseholds, '120户半');
    expect(half.state.answers.households).toBeUndefined();
    expect((half.last as Extract<Outcome, { kind: 'continue' }>).replies[0]!.text).toContain('“120户半”不是整数');
    expect((await run(half.state, '121')).state.answers.households).toBe(121);
    const stop = await run(atHouseholds, '12。0');
    expect(stop.state.answers.households).toBeUndefined();
    expect((stop.last as Extract<Outcome, { kind: 'continue' }>).replies[0]!.text).toContain('“12。0”中的“。”按小数点理解。您填写的是 12户吗？');
    expect((await run(stop.state, '是')).state.answers.households).toBe(12);
  });

  it('hands commands and questions to the router and keeps the state', async () => {
    const state = fresh();
    const help = await say(state, '帮助');
    expect(help.kind).toBe('ask-router');
    expect((help as Extract<Outcome, { kind: 'ask-router' }>).state).toBe(state);
    expect((await say(state, '站点级别怎么认定？')).kind).toBe('ask-router');
  });

  it('checks the rule across fields with zod', () => {
    expect(formIssues(SURVEY, { level: 'town', visited_on: '2026-12-01', orders_share: null, households: 10, poor_households: 12 })).toEqual([
      { key: 'households', message: '其中贫困户（12户）不能超过服务户数（10户）。' },
      { key: 'poor_households', message: '其中贫困户（12户）不能超过服务户数（10户）。' },
    ]);
    expect(formIssues(SURVEY, { level: 'town' })).toEqual([
      { key: 'visited_on', message: '走访日期为必填项，请填写。' },
      { key: 'households', message: '服务户数为必填项，请填写。' },
      { key: 'poor_households', message: '其中贫困户为必填项，请填写。' },
    ]);
  });

  it('drops a stored state of another version', () => {
    expect(readState(JSON.stringify({ ...fresh(), v: STATE_VERSION + 1 }))).toBeUndefined();
    expect(readState('not json')).toBeUndefined();
    expect(readState(JSON.stringify(fresh()))?.step).toEqual({ at: 'field', key: 'level' });
  });
});
