import { isoWeek, shanghaiMoment } from '../../core/clock.ts';
import type { Reply } from '../../core/reply.ts';
import { reply } from '../../core/reply.ts';
import { formatWan } from '../../forms/values.ts';
import type { Programme } from '../../programme.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import type { County } from '../../../storage/schema.ts';
import { weeklyReportDeadline } from './deadline.ts';
import { WEEKLY_FORM_ID } from './fields.ts';
import { findingsContent } from './rules.ts';
import { evaluateCounty } from './store.ts';
import { percent } from '../../core/percent.ts';

const pctOf = (part: number, whole: number): string => (whole > 0 ? percent(part / whole) : '—');

/** A county's cumulative figures up to the current week, with the rule findings and this week's status. */
export async function progressReply(repos: Repositories, programme: Programme, county: County, now: Date, deadlineCron?: string): Promise<Reply> {
  const period = isoWeek(now);
  const { cumulative, totals, findings } = await evaluateCounty(repos, programme, county, period);
  const deadline = weeklyReportDeadline(period, deadlineCron ? { CRON_WEEK_DEADLINE: deadlineCron } : undefined);
  const thisWeek = await repos.reports.findReport(WEEKLY_FORM_ID, county.id, period);
  const status = thisWeek
    ? `本周（${period}）周报已于${shanghaiMoment(new Date(thisWeek.submitted_at))}提交。`
    : now > deadline
      ? `本周（${period}）周报尚未提交，已过截止时间（${shanghaiMoment(deadline)}），请尽快补报。`
      : `本周（${period}）周报尚未提交，截止时间为${shanghaiMoment(deadline)}，发送“填报”开始填写。`;
  if (!cumulative) {
    return reply({ title: `${county.name}项目进度`, paragraphs: [`${county.name}尚未提交过周报，暂无进度数据。`, status] });
  }
  const n = (k: string) => totals[k] ?? 0;
  const spent = n('spent_total');
  const covered = totals.poor_villages_covered;
  const { paragraphs, citations } = findingsContent(findings);
  return reply({
    title: `${county.name}项目进度（截至${cumulative.lastPeriod}）`,
    tone: findings.some((f) => f.level === 'red-flag' || f.level === 'refuse') ? 'error' : findings.some((f) => f.level === 'warning') ? 'warning' : 'info',
    paragraphs: [status, `已报周数：${cumulative.reports}（${cumulative.firstPeriod} 至 ${cumulative.lastPeriod}）。`, '规则核对：', ...paragraphs],
    fields: [
      { label: '下达中央财政资金', value: `${formatWan(county.allocation_yuan)}万元` },
      { label: '累计支出', value: `${formatWan(spent)}万元（执行率${pctOf(spent, county.allocation_yuan)}）` },
      { label: '其中农村产品上行', value: `${formatWan(n('spent_upstream'))}万元（占累计支出${pctOf(n('spent_upstream'), spent)}）` },
      {
        label: '其中县级公共服务中心',
        value: `${formatWan(n('spent_service_centre'))}万元（占下达资金${pctOf(n('spent_service_centre'), county.allocation_yuan)}）`,
      },
      { label: '其中乡村电商服务站点', value: `${formatWan(n('spent_service_points'))}万元` },
      { label: '其中电商培训', value: `${formatWan(n('spent_training'))}万元` },
      { label: '累计建成服务站点', value: `${n('service_points_total')}个` },
      {
        label: '累计覆盖建档立卡贫困村',
        value:
          covered === undefined
            ? '—'
            : `${covered}个${county.poor_villages ? `（共${county.poor_villages}个，覆盖率${pctOf(covered, county.poor_villages)}）` : ''}`,
      },
      { label: '累计培训', value: `${n('training_sessions')}场，${n('trainees')}人次（其中贫困户${n('trainees_poor')}人次）` },
      { label: '招标', value: `已完成${n('tenders_done')}个，计划${n('tenders_planned')}个` },
      { label: '农产品网络零售额累计', value: `${formatWan(n('online_sales'))}万元` },
      { label: '累计带动贫困户', value: `${n('households_benefited')}户` },
    ],
    chart: {
      title: '累计支出构成（万元）',
      unit: '万元',
      max: Math.max(spent, 1) / 10_000,
      series: [
        { label: '上行', value: n('spent_upstream') / 10_000 },
        { label: '服务中心', value: n('spent_service_centre') / 10_000 },
        { label: '服务站点', value: n('spent_service_points') / 10_000 },
        { label: '培训', value: n('spent_training') / 10_000 },
      ],
    },
    citations,
  });
}
