import { isoWeek, isoWeekRange, shanghaiTime } from '../../core/clock.ts';
import { fail, ok, type Result } from '../../core/errors.ts';
import { textReply } from '../../core/reply.ts';
import type { Feature } from '../types.ts';
import { digestJob } from './digest-job.ts';
import { loadDigest, scopeFor } from './digest.ts';
import { digestReply } from './digest-reply.ts';
import { provinceDigestReply } from './province-reply.ts';
import { addWeeks, isIsoWeek } from '../../core/weeks.ts';
import { lastClosedWeek } from '../weekly-report/index.ts';
import { weekThatMatters } from './default-week.ts';
import { latestReportedWeek, loadCounties } from './queries.ts';

export { coverageShare, executionShare, saysSomething, serviceCentreShare, spendingShare, type CountyWeek, type MilestoneCell } from './aggregate.ts';
export { buildDigestMessages, type DigestMessage } from './digest-job.ts';
export { changeFields, describeWarning, digestReply } from './digest-reply.ts';
export { prefectureRows, provinceDigestReply } from './province-reply.ts';
export { loadDigest, scopeFor, type DigestModel, type DigestScope } from './digest.ts';
export { STATUS_LABEL, pct, shanghaiMoment, wan, wanNumber } from './format.ts';
export { SHEET_NAMES, ledgerFileName, ledgerSheets, loadLedger, wideSheet, type LedgerData } from './ledger.ts';
export { sheetToCsv, writeWorkbook } from './ledger-files.ts';
export { loadTrend, PER_COUNTY_LINES, type TrendData } from './trend.ts';
export { loadCounties, reportedWeeks } from './queries.ts';
export { weekThatMatters } from './default-week.ts';
export { digestCommands } from './cli.ts';

const WEEK_FORMAT = '请按“汇总 2018-W40”的格式输入周次（年份-W周数），或发送“汇总”查看最近一周。';

/**
 * Which week a request names. No argument: `fallback` (the week that
 * matters), else the latest week whose report deadline has passed (what the
 * scheduled digest covers); 本周: the current week so far; 上周: the week
 * before the current one.
 */
export function parseDigestWeek(which: string | undefined, arg: string | undefined, now: Date, deadlineCron: string, fallback?: string): Result<string> {
  const current = isoWeek(now);
  const text = arg?.trim() ?? '';
  if (!text) return ok(which === '本周' ? current : which === '上周' ? addWeeks(current, -1) : (fallback ?? lastClosedWeek(now, deadlineCron)));
  const full = /^(\d{4})\s*-?\s*W\s*(\d{1,2})$/i.exec(text) ?? /^(\d{4})\s*年\s*第?\s*(\d{1,2})\s*周$/.exec(text);
  const short = full ? undefined : /^(?:W\s*|第\s*)?(\d{1,2})\s*周?$/i.exec(text);
  const year = full ? full[1]! : current.slice(0, 4);
  const n = full ? full[2]! : short?.[1];
  const week = n ? `${year}-W${n.padStart(2, '0')}` : '';
  if (!isIsoWeek(week)) return fail(WEEK_FORMAT);
  if (shanghaiTime(isoWeekRange(week).start) > now) return fail(`${week}尚未开始。${WEEK_FORMAT}`);
  return ok(week);
}

/** On-demand digests for 市州 staff, the province (by 市州) and admins: 汇总, 本周汇总, 上周汇总, 汇总 2018-W40. */
export const digestFeature: Feature = ({ router, repos, programme, config, clock, schedule }) => {
  schedule((kit) => digestJob({ services: { repos, programme, config }, kit }));
  router.command({
    name: 'digest',
    match: /^(本周|上周)?周?汇总(?:\s*((?:\d|第|[wW]\s*\d).*))?$/,
    roles: ['prefecture', 'province', 'admin'],
    help: [
      {
        usage: '汇总',
        description: '查看各示范县周汇总：报送、资金执行、规则提示、覆盖、培训、里程碑、问题（也可发送“本周汇总”或“汇总 2018-W38”）',
        roles: ['prefecture', 'admin'],
      },
      {
        usage: '汇总',
        description: '查看按市州分列的全省周汇总：各市州报送、逾期未报的县和逾期未完成的截止事项（也可发送“汇总 2018-W38”）',
        roles: ['province'],
      },
    ],
    async handle(ctx, match) {
      // In a registered group the group decides (a 市州's, or the province's); elsewhere the person.
      const inGroup = ctx.chat?.purpose === 'prefecture' || ctx.chat?.purpose === 'province' ? ctx.chat : undefined;
      const byPrefecture = inGroup ? inGroup.purpose === 'province' : ctx.actor.role === 'province';
      const scope = scopeFor(programme.data, inGroup ? inGroup.prefectureId : ctx.actor.prefectureId);
      const countyIds = (await loadCounties(repos, programme.data, scope.prefectureId)).map((c) => c.id);
      const fallback = await weekThatMatters(repos, countyIds, ctx.now, config.CRON_WEEK_DEADLINE);
      const week = parseDigestWeek(match?.[1], match?.[2], ctx.now, config.CRON_WEEK_DEADLINE, fallback);
      if (!week.ok) return [textReply(week.error)];
      const model = await loadDigest({ repos, programme, config }, scope, week.value, clock.now());
      if (model.counties.length === 0) return [textReply(`${scope.name}暂无示范县数据。`)];
      if (byPrefecture) return [provinceDigestReply(model, programme.data)];
      if (model.summary.reported > 0) return [digestReply(model)];
      // An empty week says so and points to where the figures are.
      const current = isoWeek(ctx.now);
      const lastWithData = await latestReportedWeek(repos, countyIds, current);
      return [digestReply(model, { current, lastWithData })];
    },
  });
};
