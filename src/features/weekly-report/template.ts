import type { FieldSpec, FormTemplate } from '../../forms/template.ts';
import { WEEKLY_FIELDS, WEEKLY_FORM_ID, type WeeklyFieldKey } from './fields.ts';

type Extra = Omit<FieldSpec, 'key' | 'label' | 'kind'>;

const spent = (a: Readonly<Record<string, unknown>>) => typeof a.spent_total === 'number' && a.spent_total > 0;
const trained = (a: Readonly<Record<string, unknown>>) => typeof a.training_sessions === 'number' && a.training_sessions > 0;
// Sanity bound for one week's figure; the allocation check does the real limit. Above a part's
// `plausible` figure (500万元 of one kind of spending in a week, 100万元 of training) the form asks first.
const MAX_AMOUNT_YUAN = 100_000 * 10_000;

/** The uses the rules forbid, each by the words that name it. */
const FORBIDDEN_USES = [
  ['网络交易平台', '交易平台', '平台'],
  // (没建楼, 没盖楼: the building named by what was, or was not, built.)
  ['楼堂馆所', '办公楼', '建楼', '盖楼', '修楼', '楼房', '大楼', '馆所', '礼堂', '宾馆', '招待所'],
  ['工作经费', '经费'],
  ['购买流量', '流量', '推广'],
] as const;

/** How each field of fields.ts is asked. Parts of the spending and training details are asked only when there was any. */
const ASK: Readonly<Record<WeeklyFieldKey, Extra>> = {
  spent_total: {
    aliases: ['本周支出', '支出', '新增支出', '花了多少', '花了多少钱', '资金支出'],
    prompt: '本周新增支出的中央财政资金是多少万元？',
    max: MAX_AMOUNT_YUAN,
  },
  spent_upstream: {
    topics: ['上行', '物流', '配送', '品牌', '包装', '分级', '仓储', '产销', '冷链', '溯源'],
    partOf: 'spent_total',
    aliases: ['上行', '产品上行', '农产品上行', '上行支出'],
    prompt: '其中用于农村产品上行（产销对接、品牌、分级包装、仓储、物流配送）的有多少万元？',
    askIf: spent,
    dependsOn: ['spent_total'],
    plausible: 500 * 10_000,
    max: MAX_AMOUNT_YUAN,
  },
  spent_service_centre: {
    topics: ['公服', '服务中心', '中心'],
    partOf: 'spent_total',
    aliases: ['公服中心', '服务中心', '公共服务中心', '服务中心支出'],
    prompt: '其中用于县级电商公共服务中心的有多少万元？',
    askIf: spent,
    dependsOn: ['spent_total'],
    plausible: 500 * 10_000,
    max: MAX_AMOUNT_YUAN,
  },
  spent_service_points: {
    // (村级服务点: the same stations under another everyday name.)
    topics: ['站点', '服务站', '站', '服务点'],
    partOf: 'spent_total',
    aliases: ['站点支出', '服务站点支出'],
    prompt: '其中用于乡村电商服务站点的有多少万元？',
    askIf: spent,
    dependsOn: ['spent_total'],
    plausible: 500 * 10_000,
    max: MAX_AMOUNT_YUAN,
  },
  spent_training: {
    topics: ['培训'],
    partOf: 'spent_total',
    aliases: ['培训支出', '培训费', '培训经费'],
    prompt: '其中用于电商培训的有多少万元？',
    askIf: spent,
    dependsOn: ['spent_total'],
    plausible: 100 * 10_000,
    max: MAX_AMOUNT_YUAN,
  },
  forbidden_use: {
    // The uses asked about: a use named after a no (没有…但是买了些流量) makes it a yes, asked back;
    // a no that names only some of them (没有用于楼堂馆所) is asked about the rest.
    asksAbout: FORBIDDEN_USES,
    topics: FORBIDDEN_USES.flat(),
    aliases: ['违规用途', '违规使用', '禁止用途'],
    detailField: 'forbidden_use_note',
    prompt: '本周是否有中央财政资金用于网络交易平台、楼堂馆所、工作经费或购买流量？',
  },
  forbidden_use_note: {
    aliases: ['违规说明', '用途说明'],
    prompt: '请说明资金的具体用途和金额。',
    askIf: (a) => a.forbidden_use === true,
    dependsOn: ['forbidden_use'],
    required: true,
    example: '例如：支付某平台推广流量费3万元',
  },
  service_points_total: {
    // (村级服务点: the same stations under another everyday name.)
    topics: ['站点', '服务站', '站', '服务点'],
    aliases: ['站点', '服务站点', '站点数', '站点个数', '建成站点'],
    prompt: '截至目前，累计建成乡镇和村级电商服务站点多少个？',
    unit: '个',
    cumulative: true,
    plausible: 1000,
    max: 100_000,
  },
  poor_villages_covered: {
    topics: ['贫困村'],
    aliases: ['贫困村', '覆盖贫困村', '覆盖村数'],
    prompt: '截至目前，电商服务站点累计覆盖建档立卡贫困村多少个？',
    unit: '个',
    cumulative: true,
    plausible: 500,
    max: 100_000,
  },
  training_sessions: {
    aliases: ['培训次数', '培训场次', '培训场数', '培训几场', '培训'],
    prompt: '本周举办电商培训多少场？',
    unit: '场',
    plausible: 30,
    max: 1_000,
  },
  trainees: {
    aliases: ['培训人数', '参训人数', '参训人次'],
    prompt: '本周培训多少人次？',
    unit: '人次',
    askIf: trained,
    dependsOn: ['training_sessions'],
    plausible: 3000,
    max: 100_000,
  },
  trainees_poor: {
    topics: ['贫困', '建档立卡'],
    partOf: 'trainees',
    aliases: ['贫困户人次', '贫困户培训人次', '贫困户人数'],
    prompt: '其中建档立卡贫困户多少人次？',
    unit: '人次',
    askIf: trained,
    dependsOn: ['training_sessions'],
    plausible: 3000,
    max: 100_000,
  },
  tenders_done: {
    aliases: ['招标', '已招标', '完成招标', '招标数'],
    prompt: '截至目前，累计完成招标的项目有多少个？',
    unit: '个',
    cumulative: true,
    plausible: 200,
    max: 10_000,
  },
  tenders_planned: { aliases: ['计划招标'], plan: true, prompt: '计划招标的项目共有多少个？', unit: '个', plausible: 200, max: 10_000 },
  online_sales: {
    topics: ['卖', '销售', '零售', '淘宝', '京东', '拼多多', '抖音', '快手', '微店', '网店', '网上', '线上'],
    aliases: ['网络零售额', '网销', '网络销售额', '零售额', '销售额', '网上销售'],
    prompt: '本周农产品网络零售额是多少万元？',
    // A county's farm produce sold online in one week: above 1000万元 (over 5亿 a year, more than the
    // whole programme's allocation sold in a week or two) is asked first, never refused.
    plausible: 1_000 * 10_000,
    max: MAX_AMOUNT_YUAN * 100,
  },
  households_benefited: {
    topics: ['贫困户', '带动'],
    aliases: ['带动贫困户', '带贫户数', '带动户数', '带贫'],
    prompt: '截至目前，累计带动贫困户多少户？',
    unit: '户',
    cumulative: true,
    plausible: 50000,
    max: 10_000_000,
  },
  issues: {
    aliases: ['问题', '协调事项', '存在问题'],
    prompt: '本周存在哪些问题、需要市州协调哪些事项？',
    maxLength: 500,
    example: '例如：物流配送中心选址需市州协调用地',
  },
};

/** The weekly progress report as a form: the keys, labels and kinds of fields.ts, asked in that order. */
export const WEEKLY_TEMPLATE: FormTemplate = {
  id: WEEKLY_FORM_ID,
  version: 1,
  title: '示范县每周进度',
  fields: WEEKLY_FIELDS.map((f) => ({
    key: f.key,
    label: f.label,
    kind: f.kind,
    required: !('optional' in f && f.optional),
    ...ASK[f.key],
  })),
  rules: [
    { kind: 'parts', total: 'spent_total', parts: ['spent_upstream', 'spent_service_centre', 'spent_service_points', 'spent_training'] },
    { kind: 'at-most', part: 'trainees_poor', whole: 'trainees' },
    { kind: 'at-most', part: 'tenders_done', whole: 'tenders_planned' },
  ],
};

/** Fields left unasked because there was nothing to report (no spending, no training) are stored as 0. */
export const ZERO_WHEN_HIDDEN: readonly WeeklyFieldKey[] = [
  'spent_upstream',
  'spent_service_centre',
  'spent_service_points',
  'spent_training',
  'trainees',
  'trainees_poor',
];

/** report_values field holding why a running total went down: `<key>:reason`. */
export const reasonField = (key: string): string => `${key}:reason`;
