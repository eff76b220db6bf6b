import { reply, type Reply } from '../../core/reply.ts';
import { addWeeks, dateLabel, weekLabel } from '../../core/weeks.ts';
import type { ProgrammeData } from '../../programme.ts';
import { summarise, type CountyWeek } from './aggregate.ts';
import type { DigestModel } from './digest.ts';
import { changeFields } from './digest-reply.ts';
import { pct, shanghaiMoment } from './format.ts';

/** One 市州 in the province digest: its counties this week, who is late, and on what. */
export interface PrefectureRow {
  readonly name: string;
  readonly rows: readonly CountyWeek[];
  /** Counties past the weekly report's deadline without a report. */
  readonly lateReports: readonly string[];
  /** 实施方案备案：崆峒区 — overdue milestones with the counties that have not done them. */
  readonly lateMilestones: readonly string[];
}

const names = (rows: readonly CountyWeek[]) => rows.map((r) => r.county.name).join('、');

/** The whole programme's digest model cut into one row per 市州, in the programme's order of 市州. */
export function prefectureRows(m: DigestModel, data: ProgrammeData): PrefectureRow[] {
  const order = [...data.prefectures.map((p) => ({ id: p.id as string | null, name: p.name })), { id: null, name: '未登记市州' }];
  return order.flatMap(({ id, name }) => {
    const rows = m.rows.filter((r) => r.county.prefectureId === id);
    if (!rows.length) return [];
    const lateMilestones = m.milestones.flatMap(({ milestone, cells }) => {
      const late = rows.filter((r) => cells.get(r.county.id)?.state === 'overdue');
      return late.length ? [`${milestone.title}（${dateLabel(milestone.dueDate, m.asOf)}截止）：${names(late)}`] : [];
    });
    return [{ name, rows, lateReports: rows.filter((r) => r.status === 'late').map((r) => r.county.name), lateMilestones }];
  });
}

const execution = (rows: readonly CountyWeek[]) => {
  const s = summarise(rows);
  return s.allocationYuan ? (s.totals.spent_total ?? 0) / s.allocationYuan : 0;
};

/**
 * The province's weekly digest (省级): one row per 市州 with its reporting, its late counties
 * and its overdue milestones; the key figures of the whole programme against last week.
 */
export function provinceDigestReply(m: DigestModel, data: ProgrammeData): Reply {
  const byPrefecture = prefectureRows(m, data);
  const lateReports = byPrefecture.flatMap((p) => p.lateReports);
  const lateAnything = byPrefecture.filter((p) => p.lateReports.length || p.lateMilestones.length);
  const summary = m.deadline
    ? `全省${m.summary.counties}个示范县，已报送${m.summary.reported}个${lateReports.length ? `，逾期未报${lateReports.length}个` : ''}（${shanghaiMoment(m.deadline)}截止）。`
    : '本周为法定节假日，无需报送周报。';
  const attention = lateAnything.length ? `需督促的市州：${lateAnything.map((p) => p.name).join('、')}。` : '各市州均无逾期未报的周报或逾期未完成的截止事项。';
  return reply({
    title: `全省电商示范项目周汇总（按市州）`,
    tone: lateAnything.length ? 'warning' : 'info',
    paragraphs: [`${weekLabel(m.week)}\n数据截至 ${shanghaiMoment(m.asOf)}`, summary, attention],
    fields: changeFields(m.summary, m.previousSummary),
    table: {
      title: '各市州情况',
      columns: ['市州', '已报/县数', '逾期未报', '逾期未完成的截止事项', '执行率'],
      rows: byPrefecture.map((p) => [
        p.name,
        `${p.rows.filter((r) => r.submittedAt).length}/${p.rows.length}`,
        p.lateReports.join('、') || '—',
        p.lateMilestones.join('；') || '—',
        pct(execution(p.rows)),
      ]),
    },
    chart: {
      title: '各市州资金执行率',
      unit: '%',
      max: 100,
      series: byPrefecture.map((p) => ({ label: p.name, value: Math.round(execution(p.rows) * 1000) / 10 })),
    },
    footer: `各县明细请发送“进度 县名”；查看上一周请发送“汇总 ${addWeeks(m.week, -1)}”。`,
  });
}
