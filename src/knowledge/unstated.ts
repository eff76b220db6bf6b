import { askingParts } from './asked-type.ts';
import { ACTS, ANNOUNCED, APPLIES, APPLIES_FOR_MONEY, APPROVAL, askedIfHappened, BARE_LEVEL, BODY, bodyUnnamed, choiceElsewhere, CONTACT, COUNTED, DATED_END, DECIDES, DESIGNATED, DIVIDED, EXACT_COUNT, FINISHED, HANDED_OVER, HIRED, LEFT, LEGAL_FORM, LEVEL_CHOICE, levelDocumentElsewhere, levelGroupElsewhere, MONEY_APPLIED, NAMED_STANDARD, NAMES_LEVEL, NAMES_PLACE, namesPost, NEVER_NAMED, OTHER_MONEY, OWN_DOCUMENT, ownWords, PAID_FOR, PENALTY, PERIOD, PLACE_DONE, POST, PROCURED, PUBLISHED_WHERE, RATIO, RETAINED, ROSTER, SANCTIONS, SENT_BY, SETS_APPLYING, SHARE_OF, SIGNED, TOPPED_UP, WHEN } from './unstated-asked.ts';
import type { Ranked } from './retrieval.ts';
import { EARMARK, EXTENT, EXTRA, FULL, MONEY, PER_HEAD, STATES_EXTENT } from './unstated-money.ts';
import { STATES_TOLERANCE, TIME_CHOICE, TOLERANCE } from './unstated-figure.ts';
import { spendingUnstated } from './unstated-spending.ts';
import { toldFigureUnstated } from './told-figure.ts';

/**
 * What a clause does not state though it speaks of the question's subject: checks that
 * turn an answer into a refusal when the asked detail is missing from the best clause.
 * (The older checks live in answerability.ts lacksAsked, which calls this.)
 */

export type Unstated = 'no-figure' | 'no-date' | 'low-coverage' | 'absent';

/** Why the best clause does not answer, when it lacks the detail asked; undefined when it may answer. */
export function unstated(q: string, best: Ranked, allText: string): Unstated | undefined {
  const body = ownWords(best.clause.body);
  if ((EXTENT.test(q) || FULL.test(q)) && !STATES_EXTENT.test(body)) return 'no-figure';
  const asking = askingParts(q).at(-1) ?? q;
  if (BARE_LEVEL.test(q.replace(/[\p{P}\p{S}\s]/gu, ''))) return 'low-coverage';
  if (askedIfHappened(asking)) return 'low-coverage';
  if (PENALTY.test(asking) && !SANCTIONS.test(body)) return 'low-coverage';
  if (APPROVAL.test(asking) && !/审|批准|批复|报批|备案/.test(body)) return 'low-coverage';
  if (bodyUnnamed(asking, body)) return 'low-coverage';
  if ([...asking.matchAll(BODY)].some((m) => !allText.includes(m[0]) && ACTS.test(asking.slice(m.index + m[0].length)))) return 'absent';
  const signed = SIGNED.exec(asking)?.[0];
  if (signed && !allText.includes(signed)) return 'absent';
  const designated = DESIGNATED.exec(asking)?.[0];
  // 是指定一家还是充分竞争: a choice between designation and competition is the clause's to answer.
  if (designated && !allText.includes(designated) && !/还是|或者|是指定/.test(asking)) return 'absent';
  const contact = CONTACT.exec(asking)?.[0];
  if (contact && !allText.includes(contact)) return 'absent';
  const period = PERIOD.exec(asking)?.[0];
  if (period && !allText.includes(period)) return 'absent';
  // The place must be where the clause speaks of the act (公开…招标等信息 in 门户网站 is where tenders are published, not held).
  const done = PLACE_DONE.exec(asking)?.[1];
  if (done && !body.split(/[，。；]/).some((p) => p.includes(done) && NAMES_PLACE.test(p))) return 'low-coverage';
  const never = NEVER_NAMED.exec(q)?.[0];
  if (never && !allText.includes(never)) return 'absent';
  const handed = HANDED_OVER.exec(q)?.[0];
  if (handed && !allText.includes(handed)) return 'absent';
  const announced = ANNOUNCED.exec(asking)?.[0];
  if (announced && !allText.includes(announced)) return 'absent';
  const procured = PROCURED.exec(asking)?.[0];
  if (procured && !allText.includes(procured) && !(LEVEL_CHOICE.test(asking) && NAMES_LEVEL.test(body))) return 'absent';
  const paid = PAID_FOR.exec(asking);
  // 认证费能用项目钱报吗: a fee (X费) of an act the clause supports (申请…认证) is paid only where a sentence on it speaks of money (培训费管理办法 does).
  // 绩效评价的费用能从专项里出吗: likewise the cost of an act (X的钱, X经费) the clause names but pays nothing for.
  // A sentence names the item when it holds its first and last words (第三方…评价, not any 评价 beside 资金投入).
  const feeOf = paid?.[2] !== undefined && !best.clause.body.split(/[。；]/).some((x) => x.includes(paid[1]!.slice(0, 2)) && x.includes(paid[1]!.slice(-2)) && /资金|补贴|补助|费|奖|贴息|支出/.test(x));
  if (paid && (!body.includes(paid[1]!.slice(0, 2)) || feeOf)) return 'low-coverage';
  if (FINISHED.test(asking) && WHEN.test(asking) && !DATED_END.test(body)) return 'no-date';
  if (TOLERANCE.test(q) && !STATES_TOLERANCE.test(body)) return 'no-figure';
  if (TIME_CHOICE.test(asking) && /达到|实现|完成|达标/.test(asking) && !/\d{1,2}月|年底|月底|年内/.test(body)) return 'no-date';
  const posted = POST.exec(asking);
  const post = posted?.[1] ?? posted?.[2];
  if (post && !namesPost(allText, post)) return 'absent';
  if (PER_HEAD.test(asking) && !/每|户均|人均/.test(body)) return 'no-figure';
  if (LEVEL_CHOICE.test(asking) && !NAMES_LEVEL.test(body)) return 'low-coverage';
  if (APPLIES.test(q) && !SETS_APPLYING.test(body)) return 'absent';
  if (EARMARK.test(asking) && !MONEY.test(body)) return 'no-figure';
  if (EXTRA.test(asking) && !/另|额外|其他资金|社会资本/.test(body)) return 'no-figure';
  const document = OWN_DOCUMENT.exec(asking)?.[1];
  if (document && !body.includes(document)) return 'absent';
  if (levelDocumentElsewhere(asking, best.clause.body)) return 'absent';
  if (levelGroupElsewhere(q, best.clause.body)) return 'low-coverage';
  if (APPLIES_FOR_MONEY.test(asking) && !body.split(/[。；]/).some(MONEY_APPLIED)) return 'low-coverage';
  if (NAMED_STANDARD.test(asking) && !/《|标准(?!化)/.test(best.clause.body)) return 'absent';
  const form = LEGAL_FORM.exec(asking)?.[0];
  if (form && !body.includes(form)) return 'absent';
  const left = LEFT.exec(asking)?.[1];
  if (left && !new RegExp(`已经?${left}`).test(body)) return 'low-coverage';
  if (RETAINED.test(asking) && !/留/.test(body)) return 'low-coverage';
  if (TOPPED_UP.test(q) && !/自筹|配套|地方财政|超出部分/.test(body)) return 'low-coverage';
  if (DIVIDED.test(asking) && !/分配|分到/.test(body)) return 'no-figure';
  const decides = DECIDES.exec(q);
  const verb = decides?.[1] ?? decides?.[2];
  if (verb && !body.includes(verb)) return 'low-coverage';
  const hired = HIRED.exec(asking.replace(/[\p{P}\p{S}\s]+$/u, ''))?.[1];
  if (hired && !body.includes(hired.slice(0, 2))) return 'absent';
  if (ROSTER.test(q) && !/名单|名录/.test(body)) return 'absent';
  const other = OTHER_MONEY.exec(q);
  const purse = other?.[1] ?? other?.[2];
  if (purse && !body.includes(purse)) return 'low-coverage';
  if (SENT_BY.test(q) && !/聘|派|委托|依托/.test(body)) return 'low-coverage';
  const counted = COUNTED.exec(asking)?.[1];
  if (counted && !body.includes(counted.slice(0, 2))) return 'no-figure';
  if (choiceElsewhere(asking, `${best.clause.headingChain.slice(1).join("")}${best.clause.title}${body}`, allText)) return 'low-coverage';
  const published = PUBLISHED_WHERE.exec(asking)?.[1];
  const pairs = [...(published ?? '')].slice(1).map((c, i) => published![i] + c);
  if (published && !body.split(/[。；]/).some((s) => /公开|公示|公布|发布|通报/.test(s) && pairs.some((p) => s.includes(p)))) return 'low-coverage';
  if (RATIO.test(asking) && !/\d\s*[:：比]\s*\d|[一二三四五]比[一二三四五]|%/.test(body)) return 'no-figure';
  const count = EXACT_COUNT.exec(asking);
  const unit = count?.[1] ?? count?.[2];
  if (unit && body.includes(`多${unit}`) && !new RegExp(`[\\d一二三四五六七八九十两]+个?${unit}`).test(body)) return 'no-figure';
  const item = SHARE_OF.exec(asking)?.[1];
  if (item && !body.includes(item)) return 'no-figure';
  if (toldFigureUnstated(q, body)) return 'no-figure';
  return spendingUnstated(q, body, allText);
}
