/**
 * The weekly progress report's fields: stable keys shared by the form, the
 * rule checks, the digest, the dashboard and the ledger export. Stored in
 * report_values.num as integer 元 (amounts), integers (counts), 1/0 (yes/no);
 * text fields in report_values.text.
 * Also stored by the form: the four 其中 amounts and the trainee counts as 0
 * when they were not asked (no spending, no training that week); an optional
 * field that was skipped has no row; `<key>:reason` rows (text) say why a
 * cumulative figure went below last period's.
 */
export type WeeklyFieldKind = 'amount' | 'count' | 'yesno' | 'text';

export interface WeeklyFieldDef {
  readonly key: string;
  readonly label: string;
  readonly kind: WeeklyFieldKind;
  /** weekly: this week's figure (summed over weeks); cumulative: a running total reported as such. */
  readonly measure: 'weekly' | 'cumulative' | 'plan' | 'none';
  readonly optional?: boolean;
}

export const WEEKLY_FORM_ID = 'weekly-report';

export const WEEKLY_FIELDS = [
  { key: 'spent_total', label: '本周新增支出的中央财政资金（万元）', kind: 'amount', measure: 'weekly' },
  { key: 'spent_upstream', label: '其中用于农村产品上行（万元）', kind: 'amount', measure: 'weekly' },
  { key: 'spent_service_centre', label: '其中用于县级电商公共服务中心（万元）', kind: 'amount', measure: 'weekly' },
  { key: 'spent_service_points', label: '其中用于乡村电商服务站点（万元）', kind: 'amount', measure: 'weekly' },
  { key: 'spent_training', label: '其中用于电商培训（万元）', kind: 'amount', measure: 'weekly' },
  { key: 'forbidden_use', label: '本周是否有资金用于网络交易平台、楼堂馆所、工作经费或购买流量', kind: 'yesno', measure: 'weekly' },
  { key: 'forbidden_use_note', label: '违规用途说明', kind: 'text', measure: 'none', optional: true },
  { key: 'service_points_total', label: '累计建成乡镇和村级电商服务站点（个）', kind: 'count', measure: 'cumulative' },
  { key: 'poor_villages_covered', label: '累计覆盖建档立卡贫困村（个）', kind: 'count', measure: 'cumulative' },
  { key: 'training_sessions', label: '本周培训场次', kind: 'count', measure: 'weekly' },
  { key: 'trainees', label: '本周培训人次', kind: 'count', measure: 'weekly' },
  { key: 'trainees_poor', label: '其中建档立卡贫困户人次', kind: 'count', measure: 'weekly' },
  { key: 'tenders_done', label: '累计完成招标项目数', kind: 'count', measure: 'cumulative' },
  { key: 'tenders_planned', label: '计划招标项目数', kind: 'count', measure: 'plan' },
  { key: 'online_sales', label: '本周农产品网络零售额（万元）', kind: 'amount', measure: 'weekly', optional: true },
  { key: 'households_benefited', label: '累计带动贫困户（户）', kind: 'count', measure: 'cumulative' },
  { key: 'issues', label: '存在问题及需市州协调事项', kind: 'text', measure: 'none', optional: true },
] as const satisfies readonly WeeklyFieldDef[];

export type WeeklyFieldKey = (typeof WEEKLY_FIELDS)[number]['key'];

/** 万元 → integer 元. */
export const wanToYuan = (wan: number): number => Math.round(wan * 10_000);
