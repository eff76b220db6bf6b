import { bareShare } from './bare-share.ts';
import { citedContent } from './cited-content.ts';
import { clauseLabel } from './clause-label.ts';
import { allDeadlines, filedWith, lateMilestone, milestoneDeadline } from './deadlines.ts';
import { countyPrefecture } from './county-prefecture.ts';
import { documents } from './documents.ts';
import { failurePremise } from './failure-premise.ts';
import { bareAmountCheck, figureCheck, unitFigureCheck } from './figure-check.ts';
import { countyAllocation, countyList, membership, notListed, otherPrefecture, perCountyAllocation, prefectureCounties, programmeTotal } from './places.ts';
import { tableFacts } from './table-facts.ts';
import { letterAbout } from './letter-about.ts';
import { custody } from './custody.ts';
import { coverageTarget, fundShares } from './ratios.ts';
import { letterAdds } from './letter-adds.ts';
import { locate } from './locate.ts';
import { movedMoney } from './moved-money.ts';
import { levelGrant, otherPurse } from './other-purse.ts';
import { outline } from './outline.ts';
import { pointFunctions } from './point-functions.ts';
import { overview } from './overview.ts';
import { numberClaim } from './number-claim.ts';
import { roleClaim } from './role-claim.ts';
import { fundDirection } from './fund-direction.ts';
import { fundManagement } from './fund-management.ts';
import { fundSource } from './fund-source.ts';
import { figureKind } from './figure-kind.ts';
import { fullName } from './full-name.ts';
import { firstStep } from './first-step.ts';
import { headingNamed } from './heading-named.ts';
import { forbiddenUses, principles } from './rules.ts';
import { tableRows } from './table-rows.ts';
import { traits } from './traits.ts';
import { outOfScope } from './scope.ts';
import { traps } from './traps.ts';
import { itemRate } from './item-rate.ts';
import { unnamedAct } from './unnamed-act.ts';
import type { TableIntent } from './types.ts';
import { unnamedAftermath } from './unnamed-aftermath.ts';
import { unnamedMatters } from './unnamed-matters.ts';
import { unnamedOversight } from './unnamed-oversight.ts';
import { unassignedBody } from './unassigned-body.ts';
import { unnamedOffice } from './unnamed-office.ts';
import { unsaidReasons } from './unsaid-reasons.ts';
import { whichPart } from './which-part.ts';
import { sharedUse } from './shared-use.ts';
import { existingPremises } from './existing-premises.ts';
import { undatedActTold } from './undated-act-told.ts';
import { forbiddenKinds } from './forbidden-kinds.ts';
import { supportedKinds } from './supported-kinds.ts';
import { trainingProvider } from './training-provider.ts';
import { truthful } from './truthful.ts';
import { planChange } from './plan-change.ts';

export type { Question, TableIntent } from './types.ts';

/**
 * The intents, tried in this order before text retrieval; the first that recognises a
 * question answers it. Refusals of what the notice leaves open come first, so that a
 * trap (每个服务点补贴多少) is never answered by a broader fact (每县1500万元).
 */
export const INTENTS: readonly TableIntent[] = [
  outOfScope,
  forbiddenKinds,
  traps,
  sharedUse,
  trainingProvider,
  truthful,
  itemRate,
  unnamedAct,
  failurePremise,
  unnamedMatters,
  unnamedAftermath,
  unnamedOversight,
  unassignedBody,
  unnamedOffice,
  custody,
  fundSource,
  figureKind,
  fullName,
  unsaidReasons,
  movedMoney,
  planChange,
  letterAdds,
  citedContent,
  tableRows,
  whichPart,
  clauseLabel,
  headingNamed,
  firstStep,
  outline,
  overview,
  locate,
  traits,
  numberClaim,
  letterAbout,
  documents,
  roleClaim,
  countyPrefecture,
  otherPrefecture,
  prefectureCounties,
  fundShares,
  coverageTarget,
  tableFacts,
  membership,
  notListed,
  countyAllocation,
  programmeTotal,
  countyList,
  perCountyAllocation,
  figureCheck,
  bareAmountCheck,
  unitFigureCheck,
  bareShare,
  otherPurse,
  levelGrant,
  existingPremises,
  forbiddenUses,
  supportedKinds,
  fundManagement,
  fundDirection,
  pointFunctions,
  principles,
  undatedActTold,
  lateMilestone,
  milestoneDeadline,
  filedWith,
  allDeadlines,
];
