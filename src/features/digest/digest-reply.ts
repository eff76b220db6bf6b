import { reply, type Citation, type Reply, type ReplyField } from '../../core/reply.ts';
import { coverageShare, executionShare, saysSomething, serviceCentreShare, spendingShare, type AreaSummary, type CountyWeek, type Rules } from './aggregate.ts';
import type { RuleWarning } from './warnings.ts';
import type { DigestModel } from './digest.ts';
import { STATUS_LABEL, delta, pct, shanghaiMoment, wan, wanNumber } from './format.ts';
import { addWeeks, dateLabel, weekLabel } from '../../core/weeks.ts';

const names = (rows: readonly { county: { name: string } }[]) => rows.map((r) => r.county.name).join('、');

function reportingSection(m: DigestModel): string {
  if (!m.deadline) {
    const lines = ['报送情况', '本周为法定节假日，无需报送。'];
    const reported = m.rows.filter((r) => r.submittedAt);
    if (reported.length) lines.push(`仍报送了：${names(reported)}`);
    return lines.join('\n');
  }
  const lines = [`报送情况（已报 ${m.summary.reported}/${m.summary.counties} 县）`];
  for (const status of ['on-time', 'late-filed', 'late', 'pending'] as const) {
    const rows = m.rows.filter((r) => r.status === status);
    if (!rows.length) continue;
    const label = status === 'pending' ? `尚未报送（${shanghaiMoment(m.deadline)}截止）` : STATUS_LABEL[status];
    lines.push(`${status === 'late' ? '⚠ ' : ''}${label}：${names(rows)}`);
  }
  return lines.join('\n');
}

function fundSection(m: DigestModel): string {
  const s = m.summary;
  const spent = s.totals.spent_total ?? 0;
  return [
    '资金执行',
    `下达资金 ${wan(s.allocationYuan)}万元`,
    `累计支出 ${wan(spent)}万元`,
    `执行率 ${pct(s.allocationYuan ? spent / s.allocationYuan : 0)}`,
    `本周支出 ${wan(s.weekly.spent_total ?? 0)}万元（上周 ${wan(m.previousSummary.weekly.spent_total ?? 0)}万元）`,
  ].join('\n');
}

/** A rule warning in one short sentence, e.g. 迭部县上行占比 30.9%，低于50%. */
export function describeWarning(w: RuleWarning, rules: Rules): string {
  switch (w.kind) {
    case 'over-allocation':
      return `${w.county.name}累计支出已达下达资金的${pct(w.value)}，超出下达额度`;
    case 'upstream-low':
      return `${w.county.name}上行占比 ${pct(w.value)}，低于${pct(rules.upstreamMinShare.share)}`;
    case 'service-centre-over-cap':
      return `${w.county.name}服务中心支出已达下达资金的${pct(w.value)}，超过${pct(rules.serviceCentreMaxShare.share)}上限`;
    case 'forbidden-use':
      return `${w.county.name}本周报告有资金用于禁止用途${saysSomething(w.note) ? `：${w.note.trim()}` : ''}`;
  }
}

function structureSection(m: DigestModel): string {
  const rules = m.rules;
  const s = m.summary;
  const spent = s.totals.spent_total ?? 0;
  const lines = ['资金结构'];
  if (spent > 0) {
    lines.push(`上行占已支出 ${pct((s.totals.spent_upstream ?? 0) / spent)}（不低于${pct(rules.upstreamMinShare.share)}）`);
    lines.push(`服务中心占下达 ${pct((s.totals.spent_service_centre ?? 0) / s.allocationYuan)}（不高于${pct(rules.serviceCentreMaxShare.share)}）`);
  } else {
    lines.push('尚无资金支出。');
  }
  if (m.warnings.length) lines.push(...m.warnings.map((w) => `⚠ ${describeWarning(w, m.rules)}`));
  else if (spent > 0) lines.push('未发现违反资金使用规定的情况。');
  return lines.join('\n');
}

function coverageSection(m: DigestModel): string {
  const rules = m.rules;
  const s = m.summary;
  const lines = ['站点与覆盖', `服务站点 ${s.totals.service_points_total ?? 0} 个`, `覆盖贫困村 ${s.totals.poor_villages_covered ?? 0} 个`];
  const target = `目标${rules.serviceCoverage.share ? '约' + pct(rules.serviceCoverage.share) : ''}`;
  if (s.poorVillagesKnown > 0) {
    const known = m.rows.filter((r) => r.county.poorVillages);
    const scope = known.length === m.rows.length ? '' : `，按已登记的${known.length}县计`;
    lines.push(`覆盖率 ${pct(s.coveredOfKnown / s.poorVillagesKnown)}（${target}${scope}）`);
    for (const r of known) {
      const share = coverageShare(r);
      if (share !== null && share < rules.serviceCoverage.share)
        lines.push(`${r.county.name} ${r.totals.poor_villages_covered ?? 0}/${r.county.poorVillages} 村（${pct(share)}）`);
    }
  }
  const unknown = m.rows.filter((r) => !r.county.poorVillages);
  if (unknown.length) lines.push(`未登记贫困村数：${names(unknown)}`);
  return lines.join('\n');
}

function trainingSection(m: DigestModel): string {
  const w = m.summary.weekly;
  const t = m.summary.totals;
  return [
    '培训',
    `本周 ${w.training_sessions ?? 0} 场、${w.trainees ?? 0} 人次`,
    `其中贫困户 ${w.trainees_poor ?? 0} 人次`,
    `累计 ${t.training_sessions ?? 0} 场、${t.trainees ?? 0} 人次`,
    `其中贫困户 ${t.trainees_poor ?? 0} 人次`,
  ].join('\n');
}

function tendersSection(m: DigestModel): string {
  const t = m.summary.totals;
  const planned = t.tenders_planned ?? 0;
  const done = t.tenders_done ?? 0;
  return [
    '招标与带贫',
    `招标完成 ${done}/${planned} 项${planned ? `（${pct(done / planned)}）` : ''}`,
    `累计带动贫困户 ${t.households_benefited ?? 0} 户`,
  ].join('\n');
}

function milestoneSection(m: DigestModel): string {
  const lines = ['里程碑'];
  for (const { milestone, cells } of m.milestones) {
    const open = m.rows.filter((r) => {
      const state = cells.get(r.county.id)?.state;
      return state === 'overdue' || state === 'due-soon';
    });
    if (!open.length) continue;
    const days = cells.get(open[0]!.county.id)!.daysLeft;
    const when = days < 0 ? `已逾期 ${-days} 天` : days === 0 ? '今天到期' : `还有 ${days} 天`;
    lines.push(`${days < 0 ? '⚠ ' : ''}${milestone.title}（${dateLabel(milestone.dueDate, m.asOf)}，${when}）`);
    lines.push(`未完成：${names(open)}`);
  }
  if (lines.length === 1) lines.push('30天内没有到期或逾期未完成的事项。');
  return lines.join('\n');
}

function issuesSection(m: DigestModel): string {
  const raised = m.rows.filter((r) => saysSomething(r.texts.issues));
  const lines = ['需市州协调的问题'];
  if (raised.length) for (const r of raised) lines.push(`${r.county.name}：${r.texts.issues!.trim()}`);
  else lines.push('本周各县未提出需协调的问题。');
  return lines.join('\n');
}

/** Key figures with their change since the previous week. */
export function changeFields(now: AreaSummary, before: AreaSummary): ReplyField[] {
  const t = now.totals;
  const p = before.totals;
  const num = (k: keyof AreaSummary['totals'], of: AreaSummary) => of.totals[k] ?? 0;
  const execution = (s: AreaSummary) => (s.allocationYuan ? (s.totals.spent_total ?? 0) / s.allocationYuan : 0);
  const change = (k: keyof AreaSummary['totals']) => delta(num(k, now) - num(k, before));
  return [
    { label: '报送县数', value: `${now.reported}/${now.counties}（上周 ${before.reported}/${before.counties}）` },
    { label: '累计支出', value: `${wan(t.spent_total ?? 0)}万元（${delta((t.spent_total ?? 0) - (p.spent_total ?? 0), wan)}）` },
    { label: '执行率', value: `${pct(execution(now))}（${delta(Math.round((execution(now) - execution(before)) * 1000) / 10, (n) => `${n}个百分点`)}）` },
    { label: '服务站点', value: `${t.service_points_total ?? 0}个（${change('service_points_total')}）` },
    { label: '覆盖贫困村', value: `${t.poor_villages_covered ?? 0}个（${change('poor_villages_covered')}）` },
    { label: '培训人次', value: `${t.trainees ?? 0}（${change('trainees')}）` },
    { label: '完成招标', value: `${t.tenders_done ?? 0}项（${change('tenders_done')}）` },
    { label: '带动贫困户', value: `${t.households_benefited ?? 0}户（${change('households_benefited')}）` },
  ];
}

function countyTable(rows: readonly CountyWeek[]) {
  const upstream = (cw: CountyWeek) => {
    const s = spendingShare(cw, 'spent_upstream');
    return s === null ? '—' : pct(s);
  };
  return {
    title: '各县明细（金额：万元）',
    columns: ['县区', '报送', '本周支出', '累计支出', '执行率', '上行占比', '服务中心占下达'],
    rows: rows.map((cw) => [
      cw.county.name,
      STATUS_LABEL[cw.status],
      cw.submittedAt ? wanNumber(cw.weekly.spent_total ?? 0) : '—',
      wanNumber(cw.totals.spent_total ?? 0),
      pct(executionShare(cw)),
      upstream(cw),
      pct(serviceCentreShare(cw)),
    ]),
  };
}

function citations(m: DigestModel): Citation[] {
  const seen = new Map<string, Citation>();
  for (const w of m.warnings) if (w.citation) seen.set(`${w.citation.source}${w.citation.section}`, w.citation);
  return [...seen.values()];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Numbers the sections shown, 一、二、三… without gaps. */
function numbered(sections: readonly string[]): string[] {
  return sections.map((section, i) => `${NUMERALS[i] ?? String(i + 1)}、${section}`);
}

/** "甘南州4个示范县", or "全部20个示范县" for the whole programme. */
function countiesOf(m: DigestModel): string {
  return m.scope.prefectureId ? `${m.scope.name}${m.counties.length}个示范县` : `全部${m.counties.length}个示范县`;
}

/** For a week in which nobody reported: the current week, and the last week that has reports. */
export interface EmptyWeekHints {
  readonly current: string;
  readonly lastWithData?: string;
}

function emptyWeekButtons(m: DigestModel, hints: EmptyWeekHints | undefined) {
  if (!hints) return undefined;
  const buttons = [];
  if (hints.current !== m.week) buttons.push({ label: '本周汇总', value: '本周汇总' });
  if (hints.lastWithData && hints.lastWithData !== m.week) buttons.push({ label: `汇总 ${hints.lastWithData}`, value: `汇总 ${hints.lastWithData}` });
  return buttons.length ? buttons : undefined;
}

/** The weekly digest as one platform-neutral Reply: sections, key changes, a county table and an execution chart. */
export function digestReply(m: DigestModel, empty?: EmptyWeekHints): Reply {
  const intro = `${weekLabel(m.week)}\n数据截至 ${shanghaiMoment(m.asOf)}`;
  const footer = `查看上一周请发送“汇总 ${addWeeks(m.week, -1)}”。`;
  const buttons = emptyWeekButtons(m, empty);
  if (!m.anyReport) {
    return reply({
      title: `${m.scope.name}电商示范项目周汇总`,
      paragraphs: [intro, `截至本周，${countiesOf(m)}均未报送周进度，暂无可汇总的数据。`, ...numbered([reportingSection(m), milestoneSection(m)])],
      buttons,
      footer,
    });
  }
  const late = m.rows.some((r) => r.status === 'late');
  const nobody = empty && m.summary.reported === 0 ? [`本周${countiesOf(m)}均未报送周报，以下累计数据截至此前的报送。`] : [];
  return reply({
    title: `${m.scope.name}电商示范项目周汇总`,
    tone: m.warnings.length || late ? 'warning' : 'info',
    paragraphs: [
      intro,
      ...nobody,
      ...numbered([
        reportingSection(m),
        fundSection(m),
        structureSection(m),
        coverageSection(m),
        trainingSection(m),
        tendersSection(m),
        milestoneSection(m),
        issuesSection(m),
        '与上周相比',
      ]),
    ],
    fields: changeFields(m.summary, m.previousSummary),
    table: countyTable(m.rows),
    chart: {
      title: '各县资金执行率',
      unit: '%',
      max: 100,
      series: m.rows.map((cw) => ({ label: cw.county.name, value: Math.round(executionShare(cw) * 1000) / 10 })),
    },
    citations: citations(m),
    buttons,
    footer,
  });
}
