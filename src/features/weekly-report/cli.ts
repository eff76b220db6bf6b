import { isoWeek, shanghaiMoment } from '../../core/clock.ts';
import { weeklyReportDeadline } from './deadline.ts';
import { WEEKLY_FORM_ID } from './fields.ts';
import { fromStoredValues, labelOf } from './stored-values.ts';
import { WEEKLY_TEMPLATE } from './template.ts';
import { formatValue } from '../../forms/values.ts';
import { findCounty } from '../../programme.ts';
import type { CliContext } from '../types.ts';

const WEEK = /^\d{4}-W\d{2}$/;

/** report list / report show: the weekly reports as stored, for whoever runs the bot. */
export function weeklyReportCommands(cli: CliContext): void {
  const { program, withServices } = cli;
  const report = program.command('report').description('weekly progress reports');
  report
    .command('list')
    .description('which counties reported for a week, and what they spent')
    .option('--period <week>', 'ISO week, e.g. 2018-W38 (default: this week)')
    .action(async (opts: { period?: string }) => {
      await withServices(async ({ repos, programme, clock, config }) => {
        const period = opts.period ?? isoWeek(clock.now());
        if (!WEEK.test(period)) cli.fail(`周次格式应为 2018-W38，收到“${period}”`);
        const reports = new Map((await repos.reports.listReportsOfPeriod(WEEKLY_FORM_ID, period)).map((r) => [r.county_id, r]));
        console.log(
          `${period} 周报（截止 ${shanghaiMoment(weeklyReportDeadline(period, config))}）：已报 ${reports.size} / ${programme.data.counties.length} 县`,
        );
        for (const c of programme.data.counties) {
          const r = reports.get(c.id);
          const spent = r?.values.spent_total?.num;
          console.log(
            `  ${c.name.padEnd(6, '　')} ${r ? `已报 ${shanghaiMoment(new Date(r.submitted_at))}${r.on_behalf ? '（代填）' : ''}  本周支出 ${spent === undefined || spent === null ? '—' : formatValue(WEEKLY_TEMPLATE.fields[0]!, spent)}` : '未报'}`,
          );
        }
      });
    });
  report
    .command('show <county>')
    .description("a county's report for a week, with its change trail")
    .option('--period <week>', 'ISO week, e.g. 2018-W38 (default: this week)')
    .action(async (countyName: string, opts: { period?: string }) => {
      await withServices(async ({ repos, programme, clock }) => {
        const county = findCounty(programme.data, countyName);
        if (!county) cli.fail(`未找到示范县“${countyName}”`);
        const period = opts.period ?? isoWeek(clock.now());
        const stored = await repos.reports.findReport(WEEKLY_FORM_ID, county.id, period);
        if (!stored) cli.fail(`${county.name}${period}的周报尚未提交`);
        const { answers, reasons } = fromStoredValues(stored.values);
        console.log(`${county.name} ${period} 周报，提交于 ${shanghaiMoment(new Date(stored.submitted_at))}${stored.on_behalf ? '（市州代填）' : ''}`);
        for (const f of WEEKLY_TEMPLATE.fields) {
          if (answers[f.key] === undefined) continue;
          console.log(`  ${f.label}：${formatValue(f, answers[f.key])}${reasons[f.key] ? `（减少原因：${reasons[f.key]}）` : ''}`);
        }
        const revisions = await repos.reports.listRevisions(stored.id);
        if (revisions.length) console.log('修改记录：');
        for (const r of revisions)
          console.log(
            `  ${shanghaiMoment(new Date(r.changed_at))} ${r.changed_by_name ?? '—'} ${labelOf(r.field)}：${r.old_value ?? '（空）'} → ${r.new_value ?? '（空）'}，原因：${r.reason ?? ''}`,
          );
      });
    });
}
