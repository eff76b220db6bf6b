/**
 * The project ledger (项目台账): one row per county per week, grouped into
 * sheets by indicator, plus a milestone sheet. Built once as plain tables,
 * written as an .xlsx workbook (exceljs, streamed) or as CSV.
 */
import { isoWeekRange, shanghaiIso } from '../../core/clock.ts';
import type { FeatureServices } from '../types.ts';
import { milestoneClauseFor } from '../../programme.ts';
import {
  buildSeries,
  coverageShare,
  executionShare,
  milestoneGrid,
  serviceCentreShare,
  spendingShare,
  type CountyInfo,
  type CountyWeek,
  type MilestoneCell,
  type MilestoneInfo,
  type MilestoneState,
} from './aggregate.ts';
import { citeClause } from '../../knowledge/cite.ts';
import type { DigestScope } from './digest.ts';
import { STATUS_LABEL, wanNumber } from './format.ts';
import { loadCounties, loadMilestones, loadMilestonesDone, loadReports, reportedWeeks } from './queries.ts';
import { weeksBetween } from '../../core/weeks.ts';
import { reportDue } from '../weekly-report/index.ts';

/** How a column's values are stored: text, 万元 amounts, integer counts, shares (0–1, shown as %). */
export type ColumnKind = 'text' | 'wan' | 'int' | 'pct';

export interface LedgerColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly width?: number;
}

export type Cell = string | number | null;

/** One sheet of the ledger: a name, typed columns and rows of plain values. */
export interface LedgerSheet {
  readonly name: string;
  readonly columns: readonly LedgerColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Everything the ledger is made from: the counties' weekly series and the milestone grid. */
export interface LedgerData {
  readonly scope: DigestScope;
  readonly weeks: readonly string[];
  readonly counties: readonly CountyInfo[];
  /** Week-major: for each week, one CountyWeek per county, in county order. */
  readonly byWeek: readonly (readonly CountyWeek[])[];
  readonly milestones: readonly { readonly milestone: MilestoneInfo; readonly cells: ReadonlyMap<string, MilestoneCell> }[];
  readonly asOf: Date;
}

/** Loads the ledger's data; weeks default to the first through the last week anyone reported for. */
export async function loadLedger(
  services: Pick<FeatureServices, 'repos' | 'programme' | 'config'>,
  scope: DigestScope,
  now: Date,
  range: { readonly from?: string; readonly to?: string } = {},
): Promise<LedgerData> {
  const { repos, programme, config } = services;
  const counties = await loadCounties(repos, programme.data, scope.prefectureId);
  const ids = counties.map((c) => c.id);
  const reported = await reportedWeeks(repos, ids);
  const from = range.from ?? reported?.first;
  const to = range.to ?? reported?.last;
  const weeks = from && to ? weeksBetween(from, to) : [];
  const [reports, milestones, done] = await Promise.all([
    weeks.length ? loadReports(repos, ids, { to: weeks[weeks.length - 1]!, textsFor: 'all' }) : Promise.resolve([]),
    loadMilestones(repos, programme.data.id),
    loadMilestonesDone(repos, ids),
  ]);
  const series = buildSeries(counties, reports, weeks, (w) => reportDue(w, config.CRON_WEEK_DEADLINE), now);
  const byWeek = weeks.map((_, i) => series.map((s) => s[i]!));
  return { scope, weeks, counties, byWeek, milestones: milestoneGrid(milestones, done, counties, now), asOf: now };
}

const COMMON: readonly LedgerColumn[] = [
  { header: '周次', kind: 'text', width: 10 },
  { header: '起始日期', kind: 'text', width: 12 },
  { header: '截止日期', kind: 'text', width: 12 },
  { header: '县区', kind: 'text', width: 10 },
  { header: '报送状态', kind: 'text', width: 10 },
];

function common(cw: CountyWeek): Cell[] {
  const { start, end } = isoWeekRange(cw.week);
  return [cw.week, start, end, cw.county.name, STATUS_LABEL[cw.status]];
}

const wanOrNull = (yuan: number | undefined): number | null => (yuan === undefined ? null : wanNumber(yuan));
const intOrNull = (n: number | undefined): number | null => (n === undefined ? null : n);

/** A sheet of indicators: the common columns, then its own. */
interface IndicatorGroup {
  readonly name: string;
  readonly columns: readonly LedgerColumn[];
  row(cw: CountyWeek): Cell[];
}

const GROUPS: readonly IndicatorGroup[] = [
  {
    name: '资金',
    columns: [
      { header: '本周支出（万元）', kind: 'wan' },
      { header: '本周上行（万元）', kind: 'wan' },
      { header: '本周服务中心（万元）', kind: 'wan' },
      { header: '本周服务站点（万元）', kind: 'wan' },
      { header: '本周培训（万元）', kind: 'wan' },
      { header: '下达资金（万元）', kind: 'wan' },
      { header: '累计支出（万元）', kind: 'wan' },
      { header: '资金执行率', kind: 'pct' },
      { header: '累计上行（万元）', kind: 'wan' },
      { header: '上行占比', kind: 'pct' },
      { header: '累计服务中心（万元）', kind: 'wan' },
      { header: '服务中心占下达资金', kind: 'pct' },
      { header: '本周违规用途', kind: 'text' },
      { header: '违规用途说明', kind: 'text', width: 30 },
    ],
    row: (cw) => [
      wanOrNull(cw.weekly.spent_total),
      wanOrNull(cw.weekly.spent_upstream),
      wanOrNull(cw.weekly.spent_service_centre),
      wanOrNull(cw.weekly.spent_service_points),
      wanOrNull(cw.weekly.spent_training),
      wanNumber(cw.county.allocationYuan),
      wanNumber(cw.totals.spent_total ?? 0),
      executionShare(cw),
      wanNumber(cw.totals.spent_upstream ?? 0),
      spendingShare(cw, 'spent_upstream'),
      wanNumber(cw.totals.spent_service_centre ?? 0),
      serviceCentreShare(cw),
      cw.weekly.forbidden_use === undefined ? null : cw.weekly.forbidden_use ? '是' : '否',
      cw.texts.forbidden_use_note ?? null,
    ],
  },
  {
    name: '站点与覆盖',
    columns: [
      { header: '累计服务站点（个）', kind: 'int' },
      { header: '累计覆盖贫困村（个）', kind: 'int' },
      { header: '贫困村总数（个）', kind: 'int' },
      { header: '贫困村覆盖率', kind: 'pct' },
    ],
    row: (cw) => [intOrNull(cw.totals.service_points_total), intOrNull(cw.totals.poor_villages_covered), cw.county.poorVillages, coverageShare(cw)],
  },
  {
    name: '培训',
    columns: [
      { header: '本周培训场次', kind: 'int' },
      { header: '本周培训人次', kind: 'int' },
      { header: '本周贫困户人次', kind: 'int' },
      { header: '累计培训场次', kind: 'int' },
      { header: '累计培训人次', kind: 'int' },
      { header: '累计贫困户人次', kind: 'int' },
    ],
    row: (cw) => [
      intOrNull(cw.weekly.training_sessions),
      intOrNull(cw.weekly.trainees),
      intOrNull(cw.weekly.trainees_poor),
      cw.totals.training_sessions ?? 0,
      cw.totals.trainees ?? 0,
      cw.totals.trainees_poor ?? 0,
    ],
  },
  {
    name: '招标与带贫',
    columns: [
      { header: '累计完成招标（项）', kind: 'int' },
      { header: '计划招标（项）', kind: 'int' },
      { header: '招标完成率', kind: 'pct' },
      { header: '累计带动贫困户（户）', kind: 'int' },
      { header: '本周农产品网络零售额（万元）', kind: 'wan' },
      { header: '累计农产品网络零售额（万元）', kind: 'wan' },
    ],
    row: (cw) => {
      const done = cw.totals.tenders_done;
      const planned = cw.totals.tenders_planned;
      return [
        intOrNull(done),
        intOrNull(planned),
        planned ? (done ?? 0) / planned : null,
        intOrNull(cw.totals.households_benefited),
        wanOrNull(cw.weekly.online_sales),
        wanNumber(cw.totals.online_sales ?? 0),
      ];
    },
  },
  {
    name: '问题',
    columns: [
      { header: '填报时间', kind: 'text', width: 18 },
      { header: '存在问题及需市州协调事项', kind: 'text', width: 50 },
    ],
    row: (cw) => [cw.submittedAt ? shanghaiDateTime(cw.submittedAt) : null, cw.texts.issues ?? null],
  },
];

/** The indicator sheets' names, then 里程碑; `--sheet` takes one of these. */
export const SHEET_NAMES: readonly string[] = [...GROUPS.map((g) => g.name), '里程碑'];

function shanghaiDateTime(iso: string): string {
  return shanghaiIso(new Date(iso)).slice(0, 16).replace('T', ' ');
}

const MILESTONE_STATE: Readonly<Record<MilestoneState, string>> = { done: '已完成', overdue: '已逾期', 'due-soon': '30天内到期', open: '未到期' };

/** Builds every sheet: the indicator groups (one row per county per week) and the milestones (one row per county per milestone). */
export function ledgerSheets(data: LedgerData, programme: FeatureServices['programme']): LedgerSheet[] {
  const rows = data.byWeek.flat();
  const sheets: LedgerSheet[] = GROUPS.map((g) => ({
    name: g.name,
    columns: [...COMMON, ...g.columns],
    rows: rows.map((cw) => [...common(cw), ...g.row(cw)]),
  }));
  const milestoneRows: Cell[][] = [];
  for (const county of data.counties) {
    for (const { milestone, cells } of data.milestones) {
      // A 市州's own milestone has cells for its counties only.
      const cell = cells.get(county.id);
      if (!cell) continue;
      const clauseId = milestoneClauseFor(programme.data, milestone, county.prefectureId);
      const cite = clauseId ? citeClause(programme, clauseId, '') : undefined;
      milestoneRows.push([
        county.name,
        milestone.title,
        milestone.dueDate,
        cite ? `${cite.source}${cite.section ? ' ' + cite.section : ''}` : null,
        MILESTONE_STATE[cell.state],
        cell.doneAt ? shanghaiDateTime(cell.doneAt).slice(0, 10) : null,
        cell.state === 'done' ? null : cell.daysLeft,
      ]);
    }
  }
  sheets.push({
    name: '里程碑',
    columns: [
      { header: '县区', kind: 'text', width: 10 },
      { header: '里程碑', kind: 'text', width: 16 },
      { header: '截止日期', kind: 'text', width: 12 },
      { header: '依据', kind: 'text', width: 40 },
      { header: '状态', kind: 'text', width: 12 },
      { header: '完成日期', kind: 'text', width: 12 },
      { header: '距截止天数', kind: 'int' },
    ],
    rows: milestoneRows,
  });
  return sheets;
}

/** All indicator groups side by side in one table (one row per county per week), for a single CSV file. */
export function wideSheet(data: LedgerData): LedgerSheet {
  return {
    name: '台账',
    columns: [...COMMON, ...GROUPS.flatMap((g) => g.columns)],
    rows: data.byWeek.flat().map((cw) => [...common(cw), ...GROUPS.flatMap((g) => g.row(cw))]),
  };
}

/** The workbook's file name, e.g. 甘南州项目台账-2018-W40.xlsx. */
export function ledgerFileName(data: LedgerData, ext: 'xlsx' | 'csv'): string {
  const last = data.weeks[data.weeks.length - 1];
  return `${data.scope.name}项目台账${last ? '-' + last : ''}.${ext}`;
}
