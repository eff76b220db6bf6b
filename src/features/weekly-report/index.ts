import { isoWeek, shanghaiMoment } from '../../core/clock.ts';
import { reply, textReply } from '../../core/reply.ts';
import type { Context, Replies } from '../../core/router.ts';
import { parseCount } from '../../forms/parsers.ts';
import { registerForm } from '../../forms/runtime.ts';
import { isIsoWeek } from '../../core/weeks.ts';
import type { Feature } from '../types.ts';
import { weeklyReportDeadline } from './deadline.ts';
import { WEEKLY_FORM_ID } from './fields.ts';
import { commandIntent, countyArg, countyIn, PROGRESS_COMMAND, RESUME_OR_DROP, START_COMMAND, startCounty } from './command-words.ts';
import { actingFor, countyNamed, isCountyName, type ActingFor } from './permissions.ts';
import { progressReply } from './progress.ts';
import { weeklyDefinition } from './store.ts';
import { fromStoredValues, labelOf } from './stored-values.ts';

export { commandIntent } from './command-words.ts';
export { isCountyName } from './permissions.ts';
export { hasWorkday, lastClosedWeek, reportDeadline, reportDue, weeklyReportDeadline } from './deadline.ts';
export { WEEKLY_FIELDS, WEEKLY_FORM_ID, wanToYuan, type WeeklyFieldKey } from './fields.ts';
export { weeklyAmountLimits } from './limits.ts';
export { checkRules, type Finding } from './rules.ts';
export { fromStoredValues, labelOf } from './stored-values.ts';
export { WEEKLY_TEMPLATE } from './template.ts';
export { weeklyReportCommands } from './cli.ts';

function periodArg(year: string | undefined, week: string | undefined, now: Date): string {
  return year && week ? `${year}-W${week.padStart(2, '0')}` : isoWeek(now);
}

/** What to say when a typed week does not exist (2018-W00, 2018-W53, 0000-W01). */
const badWeek = (period: string, command: string) => `“${period}”不是有效的周次，请按“${command} 2018-W40”的格式输入（年份-W周数）。`;

/** The weekly progress report: 填报 (form), 修改周报, 修改记录, 我县进度 / 进度 县名, 设置贫困村. */
export const weeklyReportFeature: Feature = ({ router, repos, logger, programme, config }) => {
  const form = registerForm({ router, repos, logger }, weeklyDefinition(programme, config, repos));
  const title = (countyName: string, period: string) => `${countyName} ${period} 周报`;
  const isCounty = (name: string) => isCountyName(programme.data, name);

  /** Starts this week's report; `how` adds one line on how the form works (for 周报怎么填 and the like). */
  async function startReport(ctx: Context, countyArg: string | undefined, how: boolean): Promise<Replies> {
    const who = actingFor(programme.data, ctx.actor, countyArg, '填报');
    if (!who.ok) return [textReply(who.error)];
    const { county, onBehalf, readAs } = who.value;
    const period = isoWeek(ctx.now);
    const existing = await repos.reports.findReport(WEEKLY_FORM_ID, county.id, period);
    if (existing) {
      const deadline = weeklyReportDeadline(period, config);
      const edit =
        ctx.now <= deadline ? `如需修改，请在${shanghaiMoment(deadline)}前发送“修改周报${onBehalf ? ' ' + county.name : ''}”。` : '本期修改截止时间已过。';
      return [textReply(`${readAs ?? ''}${county.name}${period}的周报已于${shanghaiMoment(new Date(existing.submitted_at))}提交。${edit}`)];
    }
    const previous = await repos.reports.findPreviousReport(WEEKLY_FORM_ID, county.id, period);
    const howLine = how ? '周报由我逐项提问，您直接回复数字或“是/否”即可，例如 45 或 45万；' : '';
    const intro = `${readAs ?? ''}开始填写${county.name}${period}周报${onBehalf ? '（市州代填）' : ''}，共十余项，金额单位为万元。${howLine}${previous ? `上期（${previous.period}）数据可回复“同上周”沿用。` : ''}您也可以随时回复“暂停”，稍后发送“继续填报”接着填。`;
    return form.start(ctx, {
      title: title(county.name, period),
      subject: { countyId: county.id, countyName: county.name, period, onBehalf },
      previous: previous ? fromStoredValues(previous.values).answers : {},
      personId: ctx.actor.personId ?? null,
      countyId: county.id,
      intro,
    });
  }

  router.command({
    name: 'weekly-report-start',
    match: START_COMMAND,
    roles: ['official', 'prefecture'],
    chatKinds: ['direct'],
    help: [
      { usage: '填报', description: '填写本县本周进度周报', roles: ['official'] },
      { usage: '填报 卓尼县', description: '代本市州示范县填写本周进度周报（记为代填）', roles: ['prefecture'] },
    ],
    handle: (ctx, match) => startReport(ctx, countyArg(match), false),
  });

  // 我要报这周的周报, 报周报, 周报怎么填: everyday words for the same, before the policy Q&A hears them.
  router.command({
    name: 'weekly-report-start-words',
    match: (text) => commandIntent(text, isCounty) === 'start-report',
    roles: ['official', 'prefecture'],
    chatKinds: ['direct'],
    // (碌曲周报, 卓泥县填报本周: the county named, matched by spelling or sound as 填报 卓尼县 is.)
    handle: (ctx) => startReport(ctx, startCounty(ctx.text, isCounty), true),
  });

  router.command({
    name: 'weekly-report-edit',
    match: /^修改\s*(?:周报\s*)?(\d{4})\s*-?\s*W\s*(\d{1,2})(?:\s*(\S+))?$|^修改\s*周报(?:\s*(\S+))?$/i,
    roles: ['official', 'prefecture'],
    chatKinds: ['direct'],
    help: [
      { usage: '修改周报', description: '在截止时间前修改本县已提交的本周周报', roles: ['official'] },
      { usage: '修改 2018-W38 卓尼县', description: '在截止时间前修改本市州示范县已提交的周报', roles: ['prefecture'] },
    ],
    async handle(ctx, match) {
      const who = actingFor(programme.data, ctx.actor, match?.[3] ?? match?.[4], '修改', '修改周报');
      if (!who.ok) return [textReply(who.error)];
      const { county, onBehalf, readAs } = who.value;
      const period = periodArg(match?.[1], match?.[2], ctx.now);
      if (!isIsoWeek(period)) return [textReply(badWeek(period, '修改'))];
      const report = await repos.reports.findReport(WEEKLY_FORM_ID, county.id, period);
      if (!report) return [textReply(`${county.name}${period}的周报尚未提交，无法修改。${period === isoWeek(ctx.now) ? '发送“填报”填写本周周报。' : ''}`)];
      const deadline = weeklyReportDeadline(period, config);
      if (ctx.now > deadline)
        return [textReply(`${county.name}${period}周报的修改截止时间（${shanghaiMoment(deadline)}）已过，不能再修改。如确需更正，请联系市州工作人员。`)];
      const previous = await repos.reports.findPreviousReport(WEEKLY_FORM_ID, county.id, period);
      const stored = fromStoredValues(report.values);
      return form.start(ctx, {
        mode: 'edit',
        title: title(county.name, period),
        subject: { countyId: county.id, countyName: county.name, period, onBehalf },
        answers: stored.answers,
        reasons: stored.reasons,
        previous: previous ? fromStoredValues(previous.values).answers : {},
        personId: ctx.actor.personId ?? null,
        countyId: county.id,
        intro: `${readAs ?? ''}修改${county.name}${period}周报，${shanghaiMoment(deadline)}前有效。每处修改都会记录修改人、时间和原因。`,
      });
    },
  });

  router.command({
    name: 'weekly-report-revisions',
    match: /^修改记录(?:\s*(\d{4})\s*-?\s*W\s*(\d{1,2}))?(?:\s*(\S+))?$/i,
    roles: ['official', 'prefecture', 'province', 'admin'],
    chatKinds: ['direct'],
    help: [
      { usage: '修改记录', description: '查看本县本周周报的修改记录', roles: ['official'] },
      { usage: '修改记录 2018-W38 卓尼县', description: '查看示范县周报的修改记录', roles: ['prefecture', 'province', 'admin'] },
    ],
    async handle(ctx, match) {
      const who = actingFor(programme.data, ctx.actor, match?.[3], '查看', '修改记录');
      if (!who.ok) return [textReply(who.error)];
      if (who.value.readAs) return [textReply(who.value.readAs), ...(await revisionsOf(ctx, who.value, match))];
      return revisionsOf(ctx, who.value, match);
    },
  });

  async function revisionsOf(ctx: Context, acting: ActingFor, match: RegExpExecArray | null): Promise<Replies> {
    const { county } = acting;
    const period = periodArg(match?.[1], match?.[2], ctx.now);
    if (!isIsoWeek(period)) return [textReply(badWeek(period, '修改记录'))];
    const report = await repos.reports.findReport(WEEKLY_FORM_ID, county.id, period);
    if (!report) return [textReply(`${county.name}${period}的周报尚未提交。`)];
    const revisions = await repos.reports.listRevisions(report.id);
    if (!revisions.length) return [textReply(`${county.name}${period}周报提交后没有修改过。`)];
    return [
      reply({
        title: `${county.name} ${period} 周报修改记录`,
        table: {
          columns: ['时间', '项目', '原值', '新值', '修改人', '原因'],
          rows: revisions.map((r) => [
            shanghaiMoment(new Date(r.changed_at)),
            labelOf(r.field),
            r.old_value ?? '（空）',
            r.new_value ?? '（空）',
            r.changed_by_name ?? '—',
            r.reason ?? '',
          ]),
        },
      }),
    ];
  }

  router.command({
    name: 'weekly-report-progress',
    match: PROGRESS_COMMAND,
    roles: ['official', 'prefecture', 'province', 'admin'],
    help: [
      { usage: '我县进度', description: '查看本县累计进度和规则提示', roles: ['official'] },
      { usage: '进度 卓尼县', description: '查看示范县累计进度和规则提示', roles: ['prefecture', 'province', 'admin'] },
    ],
    async handle(ctx, match) {
      return countyProgress(ctx, countyArg(match));
    },
  });

  async function countyProgress(ctx: Context, countyArg: string | undefined): Promise<Replies> {
    const who = actingFor(programme.data, ctx.actor, countyArg, '查看', '进度');
    if (!who.ok) return [textReply(who.error)];
    const county = await repos.programme.getCounty(who.value.county.id);
    if (!county) return [textReply('未找到该示范县，请联系管理员。')];
    const progress = await progressReply(repos, programme, county, ctx.now, config.CRON_WEEK_DEADLINE);
    return who.value.readAs ? [textReply(who.value.readAs), progress] : [progress];
  }

  // 看看我县进度, 我们县的进度怎么样: the same in everyday words.
  router.command({
    name: 'weekly-report-progress-words',
    match: (text) => commandIntent(text, isCounty) === 'progress',
    roles: ['official', 'prefecture', 'province', 'admin'],
    // (卓尼县的钱花了多少了: the county named, not the asker's own.)
    handle: (ctx) => countyProgress(ctx, countyIn(ctx.text, isCounty)),
  });

  router.command({
    name: 'weekly-report-poor-villages',
    match: /^设置贫困村(?:数)?(?:\s*(\S+?)(?:\s*[:：]?\s*(\S+))?)?$/,
    roles: ['prefecture', 'province', 'admin'],
    help: { usage: '设置贫困村 卓尼县 120', description: '登记示范县建档立卡贫困村总数，用于计算覆盖率' },
    async handle(ctx, match) {
      const usage = '请按格式发送：设置贫困村 县名 数量，例如：设置贫困村 卓尼县 120';
      if (!match?.[1] || !match[2]) return [textReply(usage)];
      const named = countyNamed(programme.data, match[1]);
      if (!named) return [textReply(`未找到示范县“${match[1]}”。${usage}`)];
      const { county, readAs } = named;
      if (ctx.actor.role === 'prefecture' && county.prefecture !== ctx.actor.prefectureId)
        return [textReply(`${county.name}不属于${ctx.actor.prefectureName ?? '您所在的市州'}，无法设置。`)];
      const count = parseCount(match[2]);
      if (!count.ok) return [textReply(`${count.error}${usage}`)];
      if (count.value < 1 || count.value > 10_000) return [textReply(`贫困村数量应在1到10000之间。${usage}`)];
      await repos.programme.setPoorVillages(county.id, count.value);
      return [textReply(`${readAs ?? ''}已登记${county.name}建档立卡贫困村${count.value}个，覆盖率将按此计算（目标50%左右）。`)];
    },
  });

  // 明天再填, 今天先到这: the report put off outside an open form (an open form pauses itself), acknowledged rather
  // than answered as a policy question. A fallback, not a command: a command would take the words from the open form.
  router.fallback(async (ctx) => {
    if (ctx.message.chatKind !== 'direct' || !['official', 'prefecture'].includes(ctx.actor.role)) return null;
    if (commandIntent(ctx.text, isCounty) !== 'later') return null;
    const row = await repos.conversations.findConversation(ctx.conversationKey);
    if (row?.status === 'paused') return [textReply('好的，您未完成的周报已保存。方便时发送“继续填报”，即可从上次的位置接着填写。')];
    return [textReply('好的。方便时发送“填报”，即可开始填写本周周报。')];
  });

  // Reached only when no paused form took the words: explain why there is nothing to continue or cancel.
  router.command({
    name: 'weekly-report-nothing-open',
    match: (text) => RESUME_OR_DROP.includes(text) || commandIntent(text) === 'resume',
    // Only those who may file are told to send 填报; others get the usual refusal.
    roles: ['official', 'prefecture'],
    async handle(ctx: Context) {
      const row = await repos.conversations.findConversation(ctx.conversationKey);
      if (row?.status === 'expired' && ctx.text !== '取消填报' && ctx.text !== '放弃填报')
        return [textReply('您上次未完成的填写已超时失效，请重新发送“填报”开始。')];
      return [textReply('您目前没有未完成的填报。发送“填报”开始填写本周周报。')];
    },
  });
};
