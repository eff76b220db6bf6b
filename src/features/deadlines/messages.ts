import { reply, type Citation, type Reply } from '../../core/reply.ts';
import { formatDate, formatDayWithWeekday } from './milestones.ts';
import { shanghaiMoment } from '../../core/clock.ts';

/** The quick reply that starts the weekly report at once. */
export const START_REPORT_BUTTON = { label: '立即填报', value: '填报' } as const;

export interface MilestoneReminderInput {
  readonly countyName: string;
  readonly title: string;
  readonly dueDate: string;
  readonly detail: string | null;
  /** Days from the day it is sent to the due date; negative when overdue. */
  readonly daysLeft: number;
  readonly citation?: Citation;
}

/** The private reminder to a county's officials about a milestone they have not done. */
export function milestoneReminder(input: MilestoneReminderInput): Reply {
  const { countyName, title, dueDate, daysLeft } = input;
  let lead: string;
  let left: string;
  if (daysLeft > 0) {
    lead = `${countyName}：“${title}”将于${formatDate(dueDate)}截止，距截止还有${daysLeft}天，请按时完成。`;
    left = `${daysLeft}天`;
  } else if (daysLeft === 0) {
    lead = `${countyName}：今天（${formatDate(dueDate)}）是“${title}”的截止日期，请于今日完成。`;
    left = '今日截止';
  } else {
    lead = `${countyName}：“${title}”已于${formatDate(dueDate)}截止，贵县尚未报告完成，已逾期${-daysLeft}天，请尽快办理。`;
    left = `已逾期${-daysLeft}天`;
  }
  const fields = [
    { label: '事项', value: title },
    { label: '截止日期', value: formatDate(dueDate) },
    { label: '剩余天数', value: left },
    ...(input.detail ? [{ label: '要求', value: input.detail }] : []),
  ];
  return reply({
    title: daysLeft < 0 ? `逾期提醒：${title}` : `截止提醒：${title}`,
    tone: daysLeft < 0 ? 'error' : daysLeft <= 1 ? 'warning' : 'info',
    paragraphs: [lead],
    fields,
    citations: input.citation ? [input.citation] : [],
    buttons: [{ label: '已完成', value: `已完成 ${title}` }],
    footer: '回复时可附备注（例如备案文号）；报告完成后，此事项将不再提醒贵县。',
  });
}

/** The escalation to a prefecture group naming the counties late on a milestone. */
export function milestoneEscalation(input: {
  readonly title: string;
  readonly dueDate: string;
  readonly today: string;
  readonly lateCounties: readonly string[];
  readonly doneCount: number;
  readonly totalCount: number;
  readonly citation?: Citation;
}): Reply {
  const late = input.lateCounties.join('、');
  return reply({
    title: `逾期通报：${input.title}`,
    tone: 'error',
    paragraphs: [
      `“${input.title}”已于${formatDate(input.dueDate)}截止。截至${formatDate(input.today)}，以下示范县尚未完成：${late}。请相关县区抓紧办理，并及时回复完成情况。`,
    ],
    fields: [
      { label: '已完成', value: `${input.doneCount}/${input.totalCount} 个县` },
      { label: '未完成', value: late },
    ],
    citations: input.citation ? [input.citation] : [],
  });
}

/** 第41周（10月8日（星期一）至10月14日（星期日））: how messages name a report week. */
const weekPeriod = (input: { readonly week: string; readonly weekStart: string; readonly weekEnd: string }) =>
  `第${Number(input.week.slice(-2))}周（${formatDayWithWeekday(input.weekStart)}至${formatDayWithWeekday(input.weekEnd)}）`;

export type WeeklyStage = 'open' | 'remind' | 'last-call' | 'deadline';

/** What a county's officials get at each step of the weekly cycle. */
export function weeklyMessage(input: {
  readonly stage: WeeklyStage;
  readonly countyName: string;
  readonly week: string;
  readonly weekStart: string;
  readonly weekEnd: string;
  readonly deadline: Date;
}): Reply {
  const { countyName, deadline } = input;
  const period = weekPeriod(input);
  const due = shanghaiMoment(deadline);
  const texts: Record<WeeklyStage, { title: string; text: string; tone: 'info' | 'warning' | 'error' }> = {
    open: {
      title: '周报开始填报',
      text: `${countyName}：${period}项目进度周报现已开始填报，请于${due}前完成。`,
      tone: 'info',
    },
    remind: {
      title: '周报填报提醒',
      text: `${countyName}：贵县尚未填报${period}项目进度周报，截止时间为${due}，请及时填报。`,
      tone: 'warning',
    },
    'last-call': {
      title: '周报最后提醒',
      text: `${countyName}：${period}项目进度周报将于${due}截止，贵县尚未填报，请尽快完成。`,
      tone: 'warning',
    },
    deadline: {
      title: '周报已逾期',
      text: `${countyName}：${period}项目进度周报已于${due}截止，贵县仍未填报，请尽快补报。逾期情况将通报市州工作群。`,
      tone: 'error',
    },
  };
  const t = texts[input.stage];
  return reply({
    title: t.title,
    tone: t.tone,
    paragraphs: [t.text],
    buttons: [START_REPORT_BUTTON],
  });
}

/** The escalation to a prefecture group naming the counties that missed the weekly report. */
export function weeklyEscalation(input: {
  readonly week: string;
  readonly weekStart: string;
  readonly weekEnd: string;
  readonly deadline: Date;
  readonly lateCounties: readonly string[];
  readonly reportedCount: number;
  readonly totalCount: number;
}): Reply {
  const period = weekPeriod(input);
  const late = input.lateCounties.join('、');
  return reply({
    title: '周报逾期通报',
    tone: 'error',
    paragraphs: [`${period}项目进度周报已于${shanghaiMoment(input.deadline)}截止，以下示范县尚未填报：${late}。请相关县区尽快补报。`],
    fields: [
      { label: '已填报', value: `${input.reportedCount}/${input.totalCount} 个县` },
      { label: '未填报', value: late },
    ],
  });
}

/** One 市州 in a province escalation: its counties still late, out of how many. */
export interface PrefectureLate {
  readonly prefectureName: string;
  readonly lateCounties: readonly string[];
  readonly totalCount: number;
}

const lateTable = (rows: readonly PrefectureLate[], doneLabel: string, lateLabel: string) => ({
  columns: ['市州', doneLabel, lateLabel],
  rows: rows.map((r) => [r.prefectureName, `${r.totalCount - r.lateCounties.length}/${r.totalCount}`, r.lateCounties.join('、')]),
});

const countLate = (rows: readonly PrefectureLate[]) => rows.reduce((n, r) => n + r.lateCounties.length, 0);

/** The escalation to the province: per 市州, the counties still missing a week's report after the 市州 was told. */
export function provinceWeeklyEscalation(input: {
  readonly week: string;
  readonly weekStart: string;
  readonly weekEnd: string;
  readonly deadline: Date;
  readonly rows: readonly PrefectureLate[];
}): Reply {
  return reply({
    title: '周报逾期通报（全省）',
    tone: 'error',
    paragraphs: [
      `${weekPeriod(input)}项目进度周报已于${shanghaiMoment(input.deadline)}截止。截至目前，仍有${countLate(input.rows)}个示范县未填报，涉及${input.rows.length}个市州（见下表），请督促相关市州推动补报。`,
    ],
    table: lateTable(input.rows, '已填报', '未填报县区'),
  });
}

/** The escalation to the province: per 市州, the counties still late on a programme-wide milestone after the 市州 was told. */
export function provinceMilestoneEscalation(input: {
  readonly title: string;
  readonly dueDate: string;
  readonly today: string;
  readonly rows: readonly PrefectureLate[];
  readonly citation?: Citation;
}): Reply {
  return reply({
    title: `逾期通报（全省）：${input.title}`,
    tone: 'error',
    paragraphs: [
      `“${input.title}”已于${formatDate(input.dueDate)}截止。截至${formatDate(input.today)}，仍有${countLate(input.rows)}个示范县未完成，涉及${input.rows.length}个市州（见下表），请督促相关市州抓紧办理。`,
    ],
    table: lateTable(input.rows, '已完成', '未完成县区'),
    citations: input.citation ? [input.citation] : [],
  });
}
