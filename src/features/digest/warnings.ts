import type { Citation } from '../../core/reply.ts';
import type { Programme } from '../../programme.ts';
import { checkRules, type Finding } from '../weekly-report/rules.ts';
import type { CountyInfo, CountyWeek } from './aggregate.ts';
import { citeClause } from '../../knowledge/cite.ts';

export type WarningKind = 'over-allocation' | 'upstream-low' | 'service-centre-over-cap' | 'forbidden-use';

/** A county's departure from a fund rule, with the clause that sets the rule. */
export interface RuleWarning {
  readonly county: CountyInfo;
  readonly kind: WarningKind;
  /** The measured share (0–1): of the allocation, or for 上行 of what was spent; 1 for a forbidden use. */
  readonly value: number;
  readonly citation?: Citation;
  /** For a forbidden use: what the county wrote about it. */
  readonly note?: string;
}

const KIND: Partial<Record<Finding['rule'], WarningKind>> = {
  allocation: 'over-allocation',
  'upstream-share': 'upstream-low',
  'service-centre-share': 'service-centre-over-cap',
};
const ATTENTION = new Set<Finding['level']>(['refuse', 'red-flag', 'warning']);

/**
 * A county's rule warnings for the digest: the weekly report's own checks
 * (so the digest warns exactly when the form warned the county), plus a
 * forbidden use reported this week.
 */
export function countyWarnings(programme: Programme, cw: CountyWeek): RuleWarning[] {
  const { county, totals } = cw;
  const spent = totals.spent_total ?? 0;
  const findings = checkRules(programme, {
    countyName: county.name,
    allocationYuan: county.allocationYuan,
    poorVillages: county.poorVillages,
    totals,
    forbiddenPeriods: [],
  });
  const out: RuleWarning[] = [];
  for (const f of findings) {
    const kind = KIND[f.rule];
    if (!kind || !ATTENTION.has(f.level)) continue;
    const value =
      kind === 'upstream-low'
        ? spent
          ? (totals.spent_upstream ?? 0) / spent
          : 0
        : kind === 'service-centre-over-cap'
          ? (totals.spent_service_centre ?? 0) / county.allocationYuan
          : spent / county.allocationYuan;
    out.push({ county, kind, value, ...(f.citation ? { citation: f.citation } : {}) });
  }
  if (cw.weekly.forbidden_use === 1) {
    const rule = programme.data.fundRules.forbiddenUses;
    out.push({
      county,
      kind: 'forbidden-use',
      value: 1,
      citation: citeClause(programme, rule.clauses.at(-1)!, rule.text),
      ...(cw.texts.forbidden_use_note ? { note: cw.texts.forbidden_use_note } : {}),
    });
  }
  return out;
}
