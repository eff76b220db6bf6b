import {
  changeFields,
  type CountyWeek,
  coverageShare,
  describeWarning,
  type DigestModel,
  executionShare,
  type MilestoneCell,
  type TrendData,
  pct,
  saysSomething,
  serviceCentreShare,
  shanghaiMoment,
  spendingShare,
  STATUS_LABEL,
  wan,
  wanNumber,
} from '../digest/index.ts';
import { shanghaiDate } from '../../core/clock.ts';
import { dateLabel, weekLabel } from '../../core/weeks.ts';
import type { Programme } from '../../programme.ts';
import { barChart, esc, lineChart } from './svg.ts';

export interface DashboardView {
  readonly model: DigestModel;
  /** The weeks up to the chosen one, for the trend charts. */
  readonly trend: TrendData;
  readonly programme: Programme;
  readonly weekOptions: readonly string[];
  readonly scopeOptions: readonly { readonly value: string; readonly label: string }[];
  readonly scopeValue: string;
}

const STYLE = `
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#0b3d91;color:#fff;padding:14px 24px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
header h1{font-size:20px;margin:0}header .sub{font-size:13px;opacity:.85}
form.pick{display:flex;gap:8px;align-items:center;font-size:14px}form.pick select,form.pick button,a.button{font-size:14px;padding:5px 10px;border-radius:6px;border:1px solid #d0d7de;background:#fff;color:#1f2328;text-decoration:none;cursor:pointer}
a.button.primary{background:#1a7f37;color:#fff;border-color:#1a7f37}
main{padding:16px 24px;max-width:1400px;margin:0 auto}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-bottom:16px}
h2{font-size:17px;margin:4px 0 12px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 12px;background:#fff}.card .label{font-size:13px;color:#57606a}.card .value{font-size:18px;font-weight:bold;margin-top:4px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eaeef2;padding:6px 8px;text-align:right;white-space:nowrap}
th{background:#f6f8fa;position:sticky;top:0;white-space:normal;vertical-align:bottom}td.name,th.name,td.text{text-align:left}td.text{white-space:normal;min-width:200px}
.bar{display:inline-block;width:80px;height:10px;background:#eaeef2;border-radius:5px;vertical-align:middle;margin-right:6px;overflow:hidden}.bar i{display:block;height:100%;background:#1f6feb}
.s-late,.m-overdue{color:#d1242f;font-weight:bold}.s-late-filed,.m-due-soon{color:#9a6700}.s-on-time,.m-done{color:#1a7f37}.s-pending,.s-not-required,.m-open{color:#57606a}
ul.warn li{margin:4px 0}ul.warn .cite{color:#57606a;font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
figure.chart{margin:0}figcaption{font-weight:bold;margin-bottom:4px}svg{width:100%;height:auto;background:#fff}
.legend{font-size:12px;display:flex;flex-wrap:wrap;gap:10px}.legend .key i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.muted{color:#57606a;font-size:13px}
`;

function statusCell(cw: CountyWeek): string {
  return `<td class="s-${cw.status}">${esc(STATUS_LABEL[cw.status])}</td>`;
}

function barCell(share: number): string {
  const width = Math.min(100, Math.max(0, share * 100));
  return `<td><span class="bar"><i style="width:${width.toFixed(1)}%"></i></span>${esc(pct(share))}</td>`;
}

function countyTable(m: DigestModel): string {
  const head = [
    '县区',
    '报送',
    '本周支出（万元）',
    '累计支出（万元）',
    '资金执行率',
    '上行占比',
    '服务中心占下达',
    '服务站点（个）',
    '覆盖贫困村',
    '本周培训（人次）',
    '累计培训（人次）',
    '招标（完成/计划）',
    '带动贫困户（户）',
  ];
  const share = (s: number | null) => (s === null ? '—' : pct(s));
  const rows = m.rows.map((cw) => {
    const coverage = coverageShare(cw);
    const covered = cw.totals.poor_villages_covered ?? 0;
    return `<tr><td class="name">${esc(cw.county.name)}</td>${statusCell(cw)}<td>${cw.submittedAt ? esc(wanNumber(cw.weekly.spent_total ?? 0)) : '—'}</td><td>${esc(wanNumber(cw.totals.spent_total ?? 0))}</td>${barCell(executionShare(cw))}<td>${esc(share(spendingShare(cw, 'spent_upstream')))}</td><td>${esc(pct(serviceCentreShare(cw)))}</td><td>${cw.totals.service_points_total ?? 0}</td><td>${covered}${cw.county.poorVillages ? `/${cw.county.poorVillages}（${esc(pct(coverage ?? 0))}）` : ''}</td><td>${cw.submittedAt ? (cw.weekly.trainees ?? 0) : '—'}</td><td>${cw.totals.trainees ?? 0}</td><td>${cw.totals.tenders_done ?? 0}/${cw.totals.tenders_planned ?? 0}</td><td>${cw.totals.households_benefited ?? 0}</td></tr>`;
  });
  const s = m.summary;
  const spent = s.totals.spent_total ?? 0;
  const total = `<tr><th class="name">合计</th><th>${s.reported}/${s.counties}</th><th>${esc(wan(s.weekly.spent_total ?? 0))}</th><th>${esc(wan(spent))}</th><th>${esc(pct(s.allocationYuan ? spent / s.allocationYuan : 0))}</th><th>${spent ? esc(pct((s.totals.spent_upstream ?? 0) / spent)) : '—'}</th><th>${esc(pct(s.allocationYuan ? (s.totals.spent_service_centre ?? 0) / s.allocationYuan : 0))}</th><th>${s.totals.service_points_total ?? 0}</th><th>${s.totals.poor_villages_covered ?? 0}</th><th>${s.weekly.trainees ?? 0}</th><th>${s.totals.trainees ?? 0}</th><th>${s.totals.tenders_done ?? 0}/${s.totals.tenders_planned ?? 0}</th><th>${s.totals.households_benefited ?? 0}</th></tr>`;
  return `<table id="counties"><thead><tr>${head.map((h, i) => `<th${i === 0 ? ' class="name"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody><tfoot>${total}</tfoot></table>`;
}

function warnings(m: DigestModel): string {
  const items = m.warnings.map((w) => {
    const cite = w.citation ? `<br><span class="cite">依据：${esc(w.citation.source)} ${esc(w.citation.section)}：“${esc(w.citation.quote)}”</span>` : '';
    return `<li>⚠ ${esc(describeWarning(w, m.rules))}${cite}</li>`;
  });
  const late = m.rows.filter((r) => r.status === 'late').map((r) => r.county.name);
  if (late.length) items.unshift(`<li class="s-late">逾期未报：${esc(late.join('、'))}</li>`);
  return items.length ? `<ul class="warn">${items.join('')}</ul>` : '<p class="muted">本周未发现逾期未报或违反资金使用规定的情况。</p>';
}

function milestoneCell(cell: MilestoneCell | undefined, asOf: Date): string {
  if (!cell) return '<td>—</td>';
  const text =
    cell.state === 'done'
      ? `已完成${cell.doneAt ? `（${dateLabel(shanghaiDate(new Date(cell.doneAt)), asOf)}）` : ''}`
      : cell.state === 'overdue'
        ? `逾期 ${-cell.daysLeft} 天`
        : cell.daysLeft === 0
          ? '今天到期'
          : `还有 ${cell.daysLeft} 天`;
  return `<td class="name m-${cell.state}">${esc(text)}</td>`;
}

function milestoneTable(m: DigestModel): string {
  if (!m.milestones.length) return '<p class="muted">暂无里程碑。</p>';
  const head = m.milestones
    .map(({ milestone }) => `<th class="name">${esc(milestone.title)}<br><span class="muted">${esc(dateLabel(milestone.dueDate, m.asOf))}截止</span></th>`)
    .join('');
  const rows = m.counties.map(
    (c) => `<tr><td class="name">${esc(c.name)}</td>${m.milestones.map(({ cells }) => milestoneCell(cells.get(c.id), m.asOf)).join('')}</tr>`,
  );
  return `<table id="milestones"><thead><tr><th class="name">县区</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function issues(m: DigestModel): string {
  const raised = m.rows.filter((r) => saysSomething(r.texts.issues));
  if (!raised.length) return '<p class="muted">本周各县未提出需市州协调的问题。</p>';
  return `<table><thead><tr><th class="name">县区</th><th class="name">存在问题及需市州协调事项</th></tr></thead><tbody>${raised
    .map((r) => `<tr><td class="name">${esc(r.county.name)}</td><td class="text">${esc(r.texts.issues)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function trends(t: TrendData): string {
  if (t.weeks.length === 0) return '<p class="muted">暂无报送数据。</p>';
  const labels = t.weeks.map((w) => `W${w.slice(6)}`);
  return `<div class="charts">${lineChart('资金执行率（%）', labels, t.execution, { unit: '%', ceiling: 100 })}${barChart(`${t.scopeName}每周新增支出（万元）`, labels, t.weeklySpend)}${lineChart('累计服务站点（个）', labels, t.points)}${barChart(`${t.scopeName}每周培训人次`, labels, t.trainees)}</div>`;
}

/** The whole dashboard page for one scope and week: server-rendered HTML, no script. */
export function renderDashboard(v: DashboardView): string {
  const m = v.model;
  const cards = changeFields(m.summary, m.previousSummary)
    .map((f) => `<div class="card"><div class="label">${esc(f.label)}</div><div class="value">${esc(f.value)}</div></div>`)
    .join('');
  const weekSelect = v.weekOptions.map((w) => `<option value="${esc(w)}"${w === m.week ? ' selected' : ''}>${esc(weekLabel(w))}</option>`).join('');
  const scopeSelect = v.scopeOptions
    .map((o) => `<option value="${esc(o.value)}"${o.value === v.scopeValue ? ' selected' : ''}>${esc(o.label)}</option>`)
    .join('');
  const download = `ledger.xlsx?scope=${encodeURIComponent(v.scopeValue)}&to=${encodeURIComponent(m.week)}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(m.scope.name)}项目看板 · ${esc(m.week)}</title><style>${STYLE}</style></head>
<body>
<header><div><h1>${esc(v.programme.data.name)} · ${esc(m.scope.name)}项目看板</h1><div class="sub">${esc(weekLabel(m.week))} · 数据截至 ${esc(shanghaiMoment(m.asOf))} · 只读</div></div>
<form class="pick" method="get" action="">
<label>范围 <select name="scope">${scopeSelect}</select></label>
<label>周次 <select name="week">${weekSelect}</select></label>
<button type="submit">查看</button>
<a class="button primary" href="${esc(download)}" download>下载项目台账（Excel）</a>
</form></header>
<main>
<section><h2>关键指标（与上周相比）</h2><div class="cards">${cards}</div></section>
<section><h2>提示与预警</h2>${warnings(m)}</section>
<section><h2>各县指标（${esc(m.week)}）</h2><div style="overflow-x:auto">${countyTable(m)}</div><p class="muted">金额单位：万元；执行率 = 累计支出 ÷ 下达资金；上行占比按已支出计，服务中心按占下达资金计（与填报时的规则核对一致）。</p></section>
<section><h2>趋势</h2>${trends(v.trend)}</section>
<section><h2>里程碑进展</h2><div style="overflow-x:auto">${milestoneTable(m)}</div></section>
<section><h2>需市州协调的问题</h2>${issues(m)}</section>
</main></body></html>`;
}
