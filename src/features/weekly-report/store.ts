import type { Config } from '../../config.ts';
import type { Reply } from '../../core/reply.ts';
import { reply } from '../../core/reply.ts';
import type { Context } from '../../core/router.ts';
import type { FormDefinition, SubmitResult } from '../../forms/runtime.ts';
import type { FormState, Subject } from '../../forms/state.ts';
import { formatWan } from '../../forms/values.ts';
import type { Programme } from '../../programme.ts';
import { weekLabel } from '../../core/weeks.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import type { ValueChange } from '../../../storage/repositories/report.repository.ts';
import type { County } from '../../../storage/schema.ts';
import { weeklyReportDeadline } from './deadline.ts';
import { actingFor } from './permissions.ts';
import { WEEKLY_FORM_ID, wanToYuan } from './fields.ts';
import { hasAmountLimit, weeklyAmountLimits } from './limits.ts';
import { weeklyTotals } from './queries.ts';
import { checkRules, findingsContent, type Finding } from './rules.ts';
import { describeStored, labelOf, toStoredValues } from './stored-values.ts';
import { WEEKLY_TEMPLATE } from './template.ts';
import { shanghaiMoment } from '../../core/clock.ts';

/** What a weekly-report form is about. */
export interface WeeklySubject {
  readonly countyId: string;
  readonly countyName: string;
  readonly period: string;
  readonly onBehalf: boolean;
}

export const weeklySubject = (s: Subject): WeeklySubject => ({
  countyId: String(s.countyId),
  countyName: String(s.countyName),
  period: String(s.period),
  onBehalf: s.onBehalf === true,
});

/** Spending of a county in every other period: what the allocation must still cover. */
async function otherSpending(repos: Repositories, countyId: string, period: string): Promise<number> {
  const [c] = await weeklyTotals(repos, '9999-W99', [countyId], period);
  return c?.figures.spent_total ?? 0;
}

/** A county's name and allocation as the programme gives them. */
type Allocated = Pick<County, 'name' | 'allocation_yuan'>;

function allocated(programme: Programme, countyId: string): Allocated | undefined {
  const county = programme.data.counties.find((c) => c.id === countyId);
  return county && { name: county.name, allocation_yuan: wanToYuan(county.allocationWan) };
}

function allocationError(county: Allocated, others: number, week: number): string {
  return `本周新增支出${formatWan(week)}万元，加上其他各周累计支出${formatWan(others)}万元，共${formatWan(others + week)}万元，超过了${county.name}下达的中央财政资金${formatWan(county.allocation_yuan)}万元。请核对后重新填写。`;
}

/** A county's running figures and rule findings up to a period. */
export async function evaluateCounty(repos: Repositories, programme: Programme, county: County, upTo: string) {
  const [cum] = await weeklyTotals(repos, upTo, [county.id]);
  const totals = cum?.figures ?? {};
  const forbiddenPeriods = await repos.reports.periodsWithValue(WEEKLY_FORM_ID, county.id, 'forbidden_use', 1, upTo);
  const findings = checkRules(programme, {
    countyName: county.name,
    allocationYuan: county.allocation_yuan,
    poorVillages: county.poor_villages,
    totals,
    forbiddenPeriods,
  });
  return { cumulative: cum, totals, findings };
}

/** Posts a red flag to the prefecture's group chats through the outbox, once per county and period. */
async function raiseRedFlag(
  repos: Repositories,
  programme: Programme,
  county: County,
  s: WeeklySubject,
  note: string,
  ctx: Context,
  finding: Finding | undefined,
): Promise<number> {
  if (!county.prefecture_id) return 0;
  const chats = await repos.chats.listPrefectureChats(county.prefecture_id);
  const who = `${ctx.actor.name ?? '填报人'}${s.onBehalf ? '（市州代填）' : ''}`;
  const message = reply({
    title: '违规用途预警',
    tone: 'error',
    paragraphs: [
      `${county.name}在${s.period}周报中报告：本周有中央财政资金用于${programme.data.fundRules.forbiddenUses.items.join('、')}等禁止用途。`,
      `说明：${note || '（未说明）'}`,
      `填报人：${who}，${shanghaiMoment(ctx.now)}。请市州核查并督促整改。`,
    ],
    citations: finding?.citation ? [finding.citation] : undefined,
  });
  for (const chat of chats) {
    await repos.outbox.enqueue(
      {
        dedupKey: `redflag:${county.id}:${s.period}:${chat.platform}:${chat.platform_chat_id}`,
        platform: chat.platform,
        chatId: chat.platform_chat_id,
        chatKind: 'group',
        reply: message,
        reason: `${county.name}在${weekLabel(s.period)}的周报中报告有资金用于禁止用途，通报市州工作群`,
        dueAt: ctx.now,
      },
      ctx.now,
    );
  }
  return chats.length;
}

function resultReply(title: string, lead: string[], fields: { label: string; value: string }[], findings: readonly Finding[], footer?: string): Reply {
  const { paragraphs, citations } = findingsContent(findings);
  const worst = findings.some((f) => f.level === 'red-flag' || f.level === 'refuse')
    ? 'error'
    : findings.some((f) => f.level === 'warning')
      ? 'warning'
      : 'success';
  return reply({ title, tone: worst, paragraphs: [...lead, '规则核对：', ...paragraphs], fields, citations, footer });
}

function totalsFields(county: County, totals: Readonly<Record<string, number>>) {
  const spent = totals.spent_total ?? 0;
  const share = county.allocation_yuan ? Math.round((spent / county.allocation_yuan) * 1000) / 10 : 0;
  return [
    { label: '累计支出', value: `${formatWan(spent)}万元（占下达资金${formatWan(county.allocation_yuan)}万元的${share}%）` },
    { label: '其中农村产品上行', value: `${formatWan(totals.spent_upstream ?? 0)}万元` },
    { label: '其中县级公共服务中心', value: `${formatWan(totals.spent_service_centre ?? 0)}万元` },
  ];
}

/**
 * Rights can change while a form is open (the person deactivated or bound to another county):
 * who submits is checked again when the report is stored, with the rule the 填报 command applies.
 */
function noLongerAllowed(programme: Programme, ctx: Context, county: County): string | undefined {
  if (actingFor(programme.data, ctx.actor, county.name, '填报').ok) return undefined;
  const bind = ctx.actor.role === 'anonymous' ? '如您是项目工作人员，请先发送“绑定 邀请码”完成身份绑定。' : '';
  return `您当前的身份无权提交${county.name}的周报，本次填写未保存。${bind}`;
}

/** The weekly report's form definition: allocation check while answering, storage and rule checks on submission and edit. */
export function weeklyDefinition(programme: Programme, config: Pick<Config, 'CRON_WEEK_DEADLINE'>, repos: Repositories): FormDefinition {
  return {
    template: WEEKLY_TEMPLATE,

    async check(subject, answers, key) {
      const s = weeklySubject(subject);
      const value = answers[key];
      if (typeof value !== 'number') return undefined;
      if (key === 'spent_total') {
        // The allocation is the programme's (synced to the database at start): no query for it on every answer.
        const county = allocated(programme, s.countyId);
        if (!county) return undefined;
        const others = await otherSpending(repos, s.countyId, s.period);
        if (others + value > county.allocation_yuan) return allocationError(county, others, value);
      }
      if (key === 'poor_villages_covered') {
        // Prefecture staff set the number of poor villages in chat: read where it is kept.
        const county = await repos.programme.getCounty(s.countyId);
        if (county && county.poor_villages !== null && value > county.poor_villages) {
          return `累计覆盖的贫困村（${value}个）超过了${county.name}登记的建档立卡贫困村总数（${county.poor_villages}个），请核对。`;
        }
      }
      return undefined;
    },

    async limits(subject, _answers, key) {
      if (!hasAmountLimit(key)) return {};
      const s = weeklySubject(subject);
      const county = allocated(programme, s.countyId);
      if (!county) return {};
      return weeklyAmountLimits(key, county.allocation_yuan, await otherSpending(repos, s.countyId, s.period));
    },

    async submit({ repos: trx, state, ctx }): Promise<SubmitResult> {
      const s = weeklySubject(state.subject);
      const county = await trx.programme.getCounty(s.countyId);
      if (!county) return { ok: false, close: true, error: '未找到该示范县，请联系管理员。' };
      const denied = noLongerAllowed(programme, ctx, county);
      if (denied) return { ok: false, close: true, error: denied };
      const values = toStoredValues(state.answers, state.reasons);
      const week = values.spent_total?.num ?? 0;
      const others = await otherSpending(trx, s.countyId, s.period);
      if (others + week > county.allocation_yuan) return { ok: false, key: 'spent_total', error: allocationError(county, others, week) };
      const id = await trx.reports.insertReport(
        {
          formId: WEEKLY_FORM_ID,
          formVersion: WEEKLY_TEMPLATE.version,
          countyId: s.countyId,
          period: s.period,
          submittedBy: ctx.actor.personId ?? null,
          onBehalf: s.onBehalf,
          values,
        },
        ctx.now,
      );
      if (id === undefined)
        return { ok: false, close: true, error: `${county.name}${s.period}的周报已经提交过了，本次填写未保存。截止时间前可发送“修改周报”修改。` };
      return { ok: true, replies: [await afterSave(trx, county, s, state, ctx, 'submit')] };
    },

    async saveEdit({ repos: trx, state, ctx, reason }): Promise<SubmitResult> {
      const s = weeklySubject(state.subject);
      const county = await trx.programme.getCounty(s.countyId);
      const deadline = weeklyReportDeadline(s.period, config);
      if (!county) return { ok: false, close: true, error: '未找到该示范县，请联系管理员。' };
      const denied = noLongerAllowed(programme, ctx, county);
      if (denied) return { ok: false, close: true, error: denied };
      if (ctx.now > deadline)
        return {
          ok: false,
          close: true,
          error: `${s.period}周报的修改截止时间（${shanghaiMoment(deadline)}）已过，本次修改未保存。如确需更正，请联系市州工作人员。`,
        };
      const report = await trx.reports.findReport(WEEKLY_FORM_ID, s.countyId, s.period);
      if (!report) return { ok: false, close: true, error: `${county.name}${s.period}的周报不存在，无法修改。` };
      const next = toStoredValues(state.answers, state.reasons);
      const week = next.spent_total?.num ?? 0;
      const others = await otherSpending(trx, s.countyId, s.period);
      if (others + week > county.allocation_yuan) return { ok: false, key: 'spent_total', error: allocationError(county, others, week) };
      const changes: ValueChange[] = [];
      for (const field of new Set([...Object.keys(next), ...Object.keys(report.values)])) {
        // template order
        const was = report.values[field];
        const now = next[field];
        if ((was?.num ?? null) === (now?.num ?? null) && (was?.text ?? null) === (now?.text ?? null)) continue;
        changes.push({ field, value: now ?? { num: null, text: null }, oldText: describeStored(field, was), newText: describeStored(field, now) });
      }
      await trx.reports.updateReportValues(report.id, changes, { personId: ctx.actor.personId ?? null, reason }, ctx.now);
      return { ok: true, replies: [await afterSave(trx, county, s, state, ctx, 'edit', changes, reason)] };
    },
  };

  async function afterSave(
    trx: Repositories,
    county: County,
    s: WeeklySubject,
    state: FormState,
    ctx: Context,
    kind: 'submit' | 'edit',
    changes: readonly ValueChange[] = [],
    reason = '',
  ): Promise<Reply> {
    const { totals, findings } = await evaluateCounty(trx, programme, county, s.period);
    const lead: string[] = [];
    const deadline = weeklyReportDeadline(s.period, config);
    const flag = findings.find((f) => f.rule === 'forbidden-use');
    if (state.answers.forbidden_use === true) {
      const chats = await raiseRedFlag(trx, programme, county, s, String(state.answers.forbidden_use_note ?? ''), ctx, flag);
      lead.push(
        chats ? '本周报告了禁止用途的支出，已按规定报告市州工作群。' : '本周报告了禁止用途的支出。本市州尚未登记工作群，请直接向市州商务主管部门报告。',
      );
    }
    if (kind === 'submit') {
      const late = ctx.now > deadline ? '（已过本期截止时间，记为逾期提交）' : '';
      lead.unshift(
        `${county.name}${s.period}周报已提交${late}。${s.onBehalf ? `由${ctx.actor.name ?? '市州工作人员'}代为填报。` : ''}${ctx.now <= deadline ? `${shanghaiMoment(deadline)}前可发送“修改周报”修改。` : ''}`,
      );
      return resultReply(`已提交：${state.title}`, lead, totalsFields(county, totals), findings);
    }
    lead.unshift(`已保存对${county.name}${s.period}周报的${changes.length}处修改，修改原因：${reason}。`);
    const changed = changes.map((c) => ({ label: labelOf(c.field), value: `${c.oldText ?? '（空）'} → ${c.newText ?? '（空）'}` }));
    return resultReply(`已修改：${state.title}`, lead, [...changed, ...totalsFields(county, totals)], findings, '发送“修改记录”可查看全部修改记录。');
  }
}
