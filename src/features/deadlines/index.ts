import type { Actor } from '../../core/actor.ts';
import { daysUntil, shanghaiDate } from '../../core/clock.ts';
import { reply, textReply, type Reply } from '../../core/reply.ts';
import type { Programme } from '../../programme.ts';
import type { Feature } from '../types.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import { milestoneRemindersJob } from './milestone-job.ts';
import { provinceEscalationJob } from './province-job.ts';
import { weeklyCycleJob } from './weekly-job.ts';
import { findMilestone, formatDate, milestoneCitation, movedDueNote, newMilestoneId, parseDate, splitMilestoneAndNote } from './milestones.ts';

export {
  milestoneEscalation,
  milestoneReminder,
  provinceMilestoneEscalation,
  provinceWeeklyEscalation,
  weeklyEscalation,
  weeklyMessage,
  type WeeklyStage,
} from './messages.ts';
export { formatDate, milestoneCitation } from './milestones.ts';

/** Who changes milestones: the admin (every one), the province (programme-wide ones) or one 市州's staff (that 市州's own). */
export type MilestoneEditor = { readonly kind: 'admin' } | { readonly kind: 'province' } | { readonly kind: 'prefecture'; readonly prefectureId: string };

const ADMIN_EDITOR: MilestoneEditor = { kind: 'admin' };

/** Whether a milestone concerns a county of this prefecture (programme-wide ones concern all). */
const concerns = (m: { prefecture_id: string | null }, prefectureId: string | null | undefined) => m.prefecture_id === null || m.prefecture_id === prefectureId;

/** The milestone an editor may change, or the sentence saying why not. */
async function editable(repos: Repositories, programme: Programme, query: string, editor: MilestoneEditor, verb: string, includeClosed: boolean) {
  const all = await repos.milestones.listMilestones({ includeClosed });
  const found = findMilestone(editor.kind === 'prefecture' ? all.filter((m) => concerns(m, editor.prefectureId)) : all, programme, query);
  if (!found.ok) return found;
  const owner = programme.data.prefectures.find((p) => p.id === found.value.prefecture_id)?.name;
  if (editor.kind === 'prefecture' && !owner) {
    return { ok: false as const, error: `“${found.value.title}”是全省统一的截止事项，只能由省级工作人员或管理员${verb}。如需${verb}，请联系省级工作人员。` };
  }
  if (editor.kind === 'province' && owner) {
    return { ok: false as const, error: `“${found.value.title}”是${owner}自行确定的截止事项，由${owner}工作人员${verb}。` };
  }
  return found;
}

/** Adds a milestone (chat or CLI); the reply says what was added. Prefecture staff add their prefecture's; the admin adds programme-wide ones. */
export async function addMilestone(
  repos: Repositories,
  programme: Programme,
  input: { dateText: string; title: string; by: number | null; source: 'chat' | 'cli'; prefectureId?: string | null },
  now: Date,
): Promise<{ ok: true; id: string; text: string } | { ok: false; text: string }> {
  const title = input.title.trim();
  if (!title) return { ok: false, text: '请写明截止事项的名称，例如：新增截止 2026-12-20 验收材料报送' };
  if (title.length > 60) return { ok: false, text: '截止事项名称请不超过60个字。' };
  const date = parseDate(input.dateText, now);
  if (!date.ok) return { ok: false, text: date.error };
  const all = await repos.milestones.listMilestones({ includeClosed: true });
  // Two 市州 may each have their own 验收材料报送; nobody may have two of one name.
  const owner = input.prefectureId ?? null;
  const clash = (m: { prefecture_id: string | null }) => owner === null || concerns(m, owner);
  if (all.some((m) => !m.closed_at && m.title === title && clash(m)))
    return { ok: false, text: `已有名为“${title}”的截止事项。如需调整日期，请发送：调整截止 ${title} ${date.value}` };
  const id = newMilestoneId(date.value, new Set(all.map((m) => m.id)));
  await repos.milestones.insertMilestone(
    { id, programmeId: programme.data.id, title, dueDate: date.value, source: input.source, createdBy: input.by, prefectureId: input.prefectureId ?? null },
    now,
  );
  const past = daysUntil(now, date.value) < 0 ? '（该日期已过，将按逾期事项提醒）' : '';
  return { ok: true, id, text: `已新增截止事项“${title}”，截止日期${formatDate(date.value)}${past}，编号 ${id}。将在截止前按计划提醒尚未完成的示范县。` };
}

/** Moves a milestone by id or name, if the editor may. */
export async function changeMilestoneDate(
  repos: Repositories,
  programme: Programme,
  query: string,
  dateText: string,
  now: Date,
  editor: MilestoneEditor = ADMIN_EDITOR,
): Promise<{ ok: boolean; text: string }> {
  const found = await editable(repos, programme, query, editor, '调整', true);
  if (!found.ok) return { ok: false, text: found.error };
  const date = parseDate(dateText, now);
  if (!date.ok) return { ok: false, text: date.error };
  await repos.milestones.moveMilestone(found.value.id, date.value);
  const moved = `已将“${found.value.title}”的截止日期由${formatDate(found.value.due_date)}调整为${formatDate(date.value)}，提醒将按新日期发送。`;
  return { ok: true, text: moved + movedDueNote(found.value.title, date.value, daysUntil(now, date.value)) };
}

/** Closes a milestone by id or name, if the editor may: no more reminders. */
export async function closeMilestoneByName(
  repos: Repositories,
  programme: Programme,
  query: string,
  now: Date,
  editor: MilestoneEditor = ADMIN_EDITOR,
): Promise<{ ok: boolean; text: string }> {
  const found = await editable(repos, programme, query, editor, '关闭', false);
  if (!found.ok) return { ok: false, text: found.error };
  await repos.milestones.closeMilestone(found.value.id, now);
  return { ok: true, text: `已关闭截止事项“${found.value.title}”，今后不再就此事项发送提醒。` };
}

/** The milestones with, per county, done (when, by whom, note) or not done. */
export async function milestoneOverview(
  repos: Repositories,
  programme: Programme,
  scope: { countyId?: string; prefectureId?: string },
  now: Date,
): Promise<Reply[]> {
  const order = programme.data.counties.map((c) => c.id);
  const inScope = (await repos.programme.listCounties(scope.prefectureId))
    .filter((c) => !scope.countyId || c.id === scope.countyId)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  // A prefecture's milestone concerns only its counties; people outside it do not see it.
  const milestones = (await repos.milestones.listMilestones({ programmeId: programme.data.id })).filter((m) =>
    inScope.some((c) => concerns(m, c.prefecture_id)),
  );
  if (!milestones.length) return [textReply('目前没有未关闭的截止事项。')];
  const status = await repos.milestones.listMilestoneStatus(milestones.map((m) => m.id));
  return milestones.map((m) => {
    const counties = inScope.filter((c) => concerns(m, c.prefecture_id));
    const days = daysUntil(now, m.due_date);
    const when = days > 0 ? `还有${days}天` : days === 0 ? '今日截止' : `已逾期${-days}天`;
    const rows = counties.map((c) => {
      const s = status.find((x) => x.milestone_id === m.id && x.county_id === c.id);
      return [c.name, s ? `已完成（${formatDate(shanghaiDate(new Date(s.done_at)))}${s.done_by_name ? '，' + s.done_by_name : ''}）` : '未完成', s?.note ?? ''];
    });
    const doneCount = rows.filter((r) => r[1] !== '未完成').length;
    return reply({
      title: m.title,
      tone: days < 0 && doneCount < counties.length ? 'error' : 'info',
      fields: [
        { label: '截止日期', value: `${formatDate(m.due_date)}（${when}）` },
        ...(scope.countyId ? [] : [{ label: '完成情况', value: `${doneCount}/${counties.length} 个县已完成` }]),
      ],
      // The note column only when someone left a note, so phones do not show empty lines.
      table: rows.some((r) => r[2]) ? { columns: ['县区', '状态', '备注'], rows } : { columns: ['县区', '状态'], rows: rows.map((r) => r.slice(0, 2)) },
    });
  });
}

/** The open milestones with their due dates and the clauses that set them, for anyone. */
async function publicDeadlines(repos: Repositories, programme: Programme, now: Date): Promise<Reply> {
  // Anyone may read the programme-wide dates (they are in the notice); a prefecture's own are for its people.
  const milestones = (await repos.milestones.listMilestones({ programmeId: programme.data.id })).filter((m) => m.prefecture_id === null);
  if (!milestones.length) return textReply('目前没有未关闭的截止事项。');
  return reply({
    title: '截止日期',
    fields: milestones.map((m) => {
      const days = daysUntil(now, m.due_date);
      return { label: m.title, value: `${formatDate(m.due_date)}（${days > 0 ? `还有${days}天` : days === 0 ? '今日截止' : '已截止'}）` };
    }),
    citations: milestones.map((m) => milestoneCitation(programme, m, null)).filter((c): c is NonNullable<typeof c> => !!c),
  });
}

/** The admin edits every milestone, the province the programme-wide ones, a 市州's staff only its own (an unset prefecture matches none). */
const editorOf = (actor: Actor): MilestoneEditor =>
  actor.role === 'admin' || actor.role === 'province' ? { kind: actor.role } : { kind: 'prefecture', prefectureId: actor.prefectureId ?? '' };

/** What a new milestone belongs to: a 市州's staff add their 市州's; the province and the admin, programme-wide ones. */
const ownerOf = (editor: MilestoneEditor) => (editor.kind === 'prefecture' ? editor.prefectureId : null);

const scopeOf = (actor: Actor) =>
  actor.role === 'official' ? { countyId: actor.countyId } : actor.role === 'prefecture' ? { prefectureId: actor.prefectureId } : {};

/** Milestones in chat: list, add, move, close (prefecture staff), mark done (county officials). */
export const deadlinesFeature: Feature = ({ router, repos, clock, programme, config, schedule }) => {
  schedule((kit) => milestoneRemindersJob({ repos, programme, config, kit }));
  schedule((kit) => weeklyCycleJob({ repos, config, kit, countyOrder: programme.data.counties.map((c) => c.id) }));
  schedule((kit) => provinceEscalationJob({ repos, programme, config, kit, countyOrder: programme.data.counties.map((c) => c.id) }));
  router.command({
    name: 'deadlines-list',
    match: /^(?:截止日期|截止事项|截止时间|查看截止(?:日期)?)$/,
    help: [
      { usage: '截止日期', description: '查看项目各项截止日期及其依据', roles: ['anonymous'] },
      { usage: '截止日期', description: '查看各项截止日期及完成情况', roles: ['official', 'prefecture', 'province', 'admin'] },
    ],
    async handle(ctx) {
      // The dates are public (they are in the notice); who has done what is for staff only.
      if (ctx.actor.role === 'anonymous') return [await publicDeadlines(repos, programme, clock.now())];
      return milestoneOverview(repos, programme, scopeOf(ctx.actor), clock.now());
    },
  });

  router.command({
    name: 'deadlines-add',
    match: /^新增截止(?:日期|事项)?\s*(\S+)?\s*(.*)$/,
    roles: ['prefecture', 'province', 'admin'],
    help: { usage: '新增截止 2018-11-30 验收材料报送', description: '新增一个截止事项，系统将提醒未完成的县区' },
    async handle(ctx, match) {
      if (!match?.[1]) return [textReply('请按格式发送：新增截止 日期 事项名称，例如：新增截止 2026-12-20 验收材料报送')];
      const res = await addMilestone(
        repos,
        programme,
        { dateText: match[1], title: match[2] ?? '', by: ctx.actor.personId ?? null, source: 'chat', prefectureId: ownerOf(editorOf(ctx.actor)) },
        clock.now(),
      );
      return [textReply(res.text)];
    },
  });

  router.command({
    name: 'deadlines-move',
    match: /^调整截止(?:日期)?\s*(.*?)\s*(\S+)?$/,
    roles: ['prefecture', 'province', 'admin'],
    help: { usage: '调整截止 实施方案备案 2018-10-15', description: '调整某个截止事项的日期' },
    async handle(ctx, match) {
      const [, name = '', date] = match ?? [];
      if (!name || !date) return [textReply('请按格式发送：调整截止 事项名称或编号 新日期，例如：调整截止 实施方案备案 2018-10-15')];
      return [textReply((await changeMilestoneDate(repos, programme, name, date, clock.now(), editorOf(ctx.actor))).text)];
    },
  });

  router.command({
    name: 'deadlines-close',
    match: /^关闭截止(?:事项)?\s*(.*)$/,
    roles: ['prefecture', 'province', 'admin'],
    help: { usage: '关闭截止 实施方案备案', description: '关闭某个截止事项，不再提醒' },
    async handle(ctx, match) {
      const name = match?.[1]?.trim();
      if (!name) return [textReply('请写明要关闭的截止事项，例如：关闭截止 实施方案备案')];
      return [textReply((await closeMilestoneByName(repos, programme, name, clock.now(), editorOf(ctx.actor))).text)];
    },
  });

  router.command({
    name: 'deadlines-done',
    match: /^已完成\s*(.*)$/,
    roles: ['official'],
    help: { usage: '已完成 实施方案备案 甘卓商发〔2018〕12号', description: '报告本县已完成某个截止事项，可附备案文号等备注' },
    async handle(ctx, match) {
      const text = match?.[1]?.trim();
      if (!text) return [textReply('请写明已完成的事项，例如：已完成 实施方案备案 甘卓商发〔2018〕12号')];
      if (!ctx.actor.countyId) return [textReply('您的账号未关联示范县，无法报告完成情况，请联系管理员。')];
      const mine = (await repos.milestones.listMilestones({ programmeId: programme.data.id })).filter((m) => concerns(m, ctx.actor.prefectureId));
      const found = splitMilestoneAndNote(mine, programme, text);
      if (!found.ok) return [textReply(found.error)];
      const { milestone, note } = found.value;
      await repos.milestones.markMilestoneDone(
        { milestoneId: milestone.id, countyId: ctx.actor.countyId, personId: ctx.actor.personId ?? null, note },
        clock.now(),
      );
      return [
        textReply(
          `已记录：${ctx.actor.countyName ?? ''}已完成“${milestone.title}”${note ? `（备注：${note}）` : ''}。此事项将不再向贵县发送提醒，市州工作人员可在“截止日期”中查看。`,
        ),
      ];
    },
  });
};
