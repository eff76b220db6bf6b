import { describe, expect, it } from 'vitest';
import { formParse } from '../../src/cli/form-parse.ts';
import { commandIntent } from '../../src/features/weekly-report/index.ts';
import { withoutMentions } from '../../src/forms/mentions.ts';

/**
 * Classes found by development set 37 (a first-day user's mix): a share said in words is asked with no reading,
 * an @mention does not hide a command, where to fill the report is answered by starting it, and the county's
 * summed-up figures asked for are its progress. The wordings are our own.
 */
const read = (kind: 'amount' | 'count', field: string, text: string) => formParse({ kind, text, field, now: '2018-09-20' });

describe('a share said in words (N成, 百分之N) with no other figure', () => {
  it('is asked back as a share, with no figure offered', () => {
    for (const [kind, field, text] of [
      ['count', 'service_points_total', '乡镇站点建了八成'],
      ['count', 'trainees_poor', '贫困户占了四成左右'],
      ['count', 'households_benefited', '百分之六十五'],
      ['amount', 'spent_training', '培训花了两成'],
      ['amount', 'online_sales', '比上周涨了百分之十二'],
    ] as const) {
      const out = read(kind, field, text);
      expect(out, text).toMatchObject({ ok: true, value: null, confirm: true });
      if ('question' in out) expect(out.question).toContain('是比例');
    }
  });

  it('leaves a figure beside the share, and 成 in a word (建成, 完成), to the usual readers', () => {
    expect(read('count', 'poor_villages_covered', '38个，差不多六成')).toMatchObject({ ok: true, value: 38, confirm: true });
    expect(read('count', 'service_points_total', '建成了12个')).toMatchObject({ ok: true, value: 12, confirm: false });
    expect(read('count', 'tenders_done', '完成5个')).toMatchObject({ ok: true, value: 5, confirm: false });
  });
});

describe('commands outside a form', () => {
  it('reads past an @mention that opens or closes the line', () => {
    expect(withoutMentions('@小助手 填报')).toBe('填报');
    expect(withoutMentions('开始填报 @小助手')).toBe('开始填报');
    expect(withoutMentions('发到 a@b.cn 了')).toBe('发到 a@b.cn 了');
    expect(commandIntent('@小助手 开始')).toBe('start-report');
    expect(commandIntent('@李科长 @小助手 我要填周报')).toBe('start-report');
    expect(commandIntent('查看进度 @小助手')).toBe('progress');
  });

  it('starts the report when asked where to fill it in', () => {
    for (const text of ['本周周报从哪儿提交？', '哪里能填这星期的报表', '这周的周报在哪里填写啊？', '周报入口在哪？'])
      expect(commandIntent(text), text).toBe('start-report');
    // (Another week's, or whom to send it to, or where to look at it: none starts this week's.)
    for (const text of ['上周的周报在哪里填？', '周报在哪里看', '周报要交给谁？', '周报的模板从哪儿下'])
      expect(commandIntent(text), text).toBe('none');
  });

  it('reads the county’s summed-up figures asked for as its progress, not a question about a summary', () => {
    for (const text of ['我县整体情况发我看看', '把全县汇总数据发给我', '县上的汇总结果看一下'])
      expect(commandIntent(text), text).toBe('progress');
    for (const text of ['汇总表的格式是什么', '全省汇总情况发我看看', '我县汇总的要求是什么'])
      expect(commandIntent(text), text).toBe('none');
  });
});
