import type { Citation } from '../../core/reply.ts';
import { formatWan } from '../../forms/values.ts';
import type { Programme } from '../../programme.ts';
import { citeClause } from '../../knowledge/cite.ts';
import { percent } from '../../core/percent.ts';

/**
 * The 上行 share is checked only once cumulative spending reaches this share
 * of the allocation. Below it the share swings with single early payments
 * (the service centre fit-out, a first training), so a warning would be noise;
 * at 20% a county that has spent nothing on 上行 can still reach 50% of the
 * whole allocation with what is left (80% remains, 50% is needed), so the
 * warning comes while it can still be put right.
 */
export const UPSTREAM_CHECK_FROM_SHARE = 0.2;

export type FindingLevel = 'refuse' | 'red-flag' | 'warning' | 'ok' | 'info';

/** One rule's verdict, with the clause it rests on. */
export interface Finding {
  readonly rule: 'allocation' | 'upstream-share' | 'service-centre-share' | 'forbidden-use' | 'coverage';
  readonly level: FindingLevel;
  readonly message: string;
  readonly citation?: Citation;
}

export interface RuleInput {
  readonly countyName: string;
  readonly allocationYuan: number;
  readonly poorVillages: number | null;
  /** Cumulative figures including the report just submitted (weekly fields summed, running totals latest). */
  readonly totals: Readonly<Record<string, number>>;
  /** Periods with a forbidden use reported (this one included). */
  readonly forbiddenPeriods: readonly string[];
}

/** The programme's fund rules and coverage target, checked against a county's cumulative figures. */
export function checkRules(programme: Programme, input: RuleInput): Finding[] {
  const { fundRules, targets, allocationClause } = programme.data;
  const spent = input.totals.spent_total ?? 0;
  const allocation = input.allocationYuan;
  const findings: Finding[] = [];
  const annexRow = `${input.countyName} 补贴资金 ${formatWan(allocation)}万元`;

  if (spent > allocation) {
    findings.push({
      rule: 'allocation',
      level: 'refuse',
      message: `累计支出${formatWan(spent)}万元，超过了${input.countyName}下达的中央财政资金${formatWan(allocation)}万元。`,
      citation: citeClause(programme, allocationClause, annexRow),
    });
  }

  const upstream = fundRules.upstreamMinShare;
  if (spent >= allocation * UPSTREAM_CHECK_FROM_SHARE && spent > 0) {
    const share = (input.totals.spent_upstream ?? 0) / spent;
    findings.push(
      share < upstream.share
        ? {
            rule: 'upstream-share',
            level: 'warning',
            message: `农村产品上行累计支出${formatWan(input.totals.spent_upstream ?? 0)}万元，占累计支出的${percent(share)}，低于${percent(upstream.share)}的要求。请在后续支出中提高上行比例。`,
            citation: citeClause(programme, upstream.clause, upstream.text),
          }
        : { rule: 'upstream-share', level: 'ok', message: `农村产品上行占累计支出${percent(share)}，符合不低于${percent(upstream.share)}的要求。` },
    );
  } else {
    findings.push({
      rule: 'upstream-share',
      level: 'info',
      message: `累计支出达到下达资金的${percent(UPSTREAM_CHECK_FROM_SHARE)}（${formatWan(allocation * UPSTREAM_CHECK_FROM_SHARE)}万元）后开始核对上行比例（不低于${percent(upstream.share)}）。`,
    });
  }

  const centre = fundRules.serviceCentreMaxShare;
  const centreSpent = input.totals.spent_service_centre ?? 0;
  const centreShare = allocation > 0 ? centreSpent / allocation : 0;
  if (centreShare > centre.share) {
    findings.push({
      rule: 'service-centre-share',
      level: 'warning',
      message: `县级电商公共服务中心累计支出${formatWan(centreSpent)}万元，占下达资金的${percent(centreShare)}，超过了${percent(centre.share)}（${formatWan(allocation * centre.share)}万元）的上限。`,
      citation: citeClause(programme, centre.clause, centre.text),
    });
  }

  const forbidden = fundRules.forbiddenUses;
  if (input.forbiddenPeriods.length) {
    findings.push({
      rule: 'forbidden-use',
      level: 'red-flag',
      message: `${input.countyName}报告有资金用于${forbidden.items.join('、')}等禁止用途（${input.forbiddenPeriods.join('、')}），已报告市州，请立即核查整改。`,
      citation: citeClause(programme, forbidden.clauses.at(-1)!, forbidden.text),
    });
  }

  const coverage = targets.serviceCoverage;
  const covered = input.totals.poor_villages_covered;
  if (input.poorVillages && input.poorVillages > 0 && covered !== undefined) {
    const share = covered / input.poorVillages;
    findings.push({
      rule: 'coverage',
      level: share >= coverage.share ? 'ok' : 'info',
      message: `电商服务站点已覆盖建档立卡贫困村${covered}个，占全县${input.poorVillages}个贫困村的${percent(share)}，目标为${percent(coverage.share)}${coverage.approximate ? '左右' : ''}${share >= coverage.share ? '，已达到。' : `，还差约${Math.max(0, Math.ceil(input.poorVillages * coverage.share) - covered)}个。`}`,
      citation: citeClause(programme, coverage.clause, coverage.text),
    });
  } else {
    findings.push({
      rule: 'coverage',
      level: 'info',
      message: '市州工作人员尚未登记本县建档立卡贫困村总数，暂无法计算覆盖率（市州工作人员可发送“设置贫困村 县名 数量”）。',
    });
  }
  return findings;
}

const MARK: Readonly<Record<FindingLevel, string>> = { refuse: '✖', 'red-flag': '【违规】', warning: '⚠', ok: '✔', info: 'ℹ' };

/** Findings as paragraphs and the citations of those that need attention. */
export function findingsContent(findings: readonly Finding[]): { paragraphs: string[]; citations: Citation[] } {
  const order: FindingLevel[] = ['refuse', 'red-flag', 'warning', 'ok', 'info'];
  const sorted = [...findings].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return {
    paragraphs: sorted.map((f) => `${MARK[f.level]} ${f.message}`),
    citations: sorted.filter((f) => f.citation && f.level !== 'ok').map((f) => f.citation!),
  };
}
