import { type Asked, ASKS, askedType, askingParts, typeOf } from './asked-type.ts';
import { compoundAsked, headedBy, pairedAsAsked } from './headings.ts';
import type { KnowledgeBase } from './base.ts';
import { coverage, type Ranked, rankWeight } from './retrieval.ts';
import { absentAskedObject, absentWords, isAbsent, subjectWords } from './subject.ts';
import { ownWords } from './unstated-asked.ts';
import { unstated } from './unstated.ts';
import { asksFrequency } from './unstated-figure.ts';
import { supportsUse } from './supported-use.ts';
import { unstatedAct } from './asked-act.ts';
import { DATE, undatedActBefore } from './undated-act.ts';
import { choiceBeside, disposalUnnamed, jointUnnamed, subsidyUnstated } from './unstated-beside.ts';

/**
 * Whether the notice answers a question, decided from what is asked and what the best
 * clause holds: the question's subject must be in the notice (no content word the
 * notice never mentions), the clause must cover enough of the question, and when a
 * figure or a date is asked, the clause must contain one.
 */

// The subject words and those the notice lacks are read in subject.ts; re-exported for the intents.
export { absentAskedObject, absentWords, GENERIC, subjectWords } from './subject.ts';

const bigramsOf = (w: string): string[] => (w.length < 2 ? [w] : [...w].slice(1).map((ch, k) => w[k] + ch));

/** What a "may the money buy/build X" question would buy or build: X, before 能用 or after the verb. */
export function boughtObject(q: string): string | undefined {
  const bare = q.replace(/[\p{P}\p{S}\s]/gu, '');
  if (!/(资金|钱|经费)/.test(bare) || !/(买|购买|购置|建|盖|修|租|添置|配)/.test(bare)) return undefined;
  const after = /(?:买|购买|购置|建|盖|修|租|添置|配)(?:个|一个|一批|些|点)?([\p{Script=Han}]{1,6}?)(?:吗|不|么|呢|行不行|可以吗|可不可以|能不能)?$/u.exec(bare)?.[1];
  const before = /^([\p{Script=Han}]{2,6}?)(?:能|可以|可不可以|能不能)(?:用|拿)/u.exec(bare)?.[1];
  // 企业自建的电商平台: the verb inside a modifier (自建的) leaves the thing after 的 as the object.
  const object = (after && !/^(资金|钱|吗|不|能)/.test(after) ? after : before)?.replace(/^(用|拿|的)/, '');
  return object || undefined;
}

/** The least share of the question a clause must cover to be quoted as the answer; calibrated on the development sets. */
export const ANSWER_MIN_COVERAGE = 0.3;

/** The gate's thresholds (scripts/train-gate.ts re-fits them on three development sets to test them on the fourth). */
export interface GateThresholds {
  /** The least share of the question the best clause must cover. */
  readonly minCoverage: number;
  /** A clause covering this much answers despite a word the notice never uses (优先, 营造). */
  readonly absentOverride: number;
  /** A clause that holds this share of the question's subject… */
  readonly subjectCovered: number;
  /** …may cover this little of its wording. */
  readonly minCoverageWithSubject: number;
}

export const GATE_THRESHOLDS: GateThresholds = { minCoverage: ANSWER_MIN_COVERAGE, absentOverride: 0.55, subjectCovered: 0.7, minCoverageWithSubject: 0.2 };

/** A second clause scoring this close to the first, and not a restatement of it, makes the choice uncertain. */
const AMBIGUOUS_RATIO = 0.9;
/** …and a detailed clause this close to a principle clause. */
const PRINCIPLE_DETAIL_RATIO = 0.6;

/** What kind of figure a quantity question wants, and how a clause would state one. */
const FIGURES: readonly { readonly asks: RegExp; readonly states: RegExp }[] = [
  // A duration or a frequency: 多久, 几年, 一年几回.
  { asks: /多久|多长时间|多长|几年|几天|几个月|多少天|多少年|几回|几次|多少次|一年几|每年几|频次|频率|[一二两三四五几]年还是|还是[一二两三四五几]年|实施期|建设期|周期/, states: /(?<![\d月])\d{1,3}\s*(?:天|个?工作日|年(?!\d)|个月|周|次|回)|每(?:年|月|季|周)/ },
  // A share: 比例, 百分之, 几成, 覆盖率.
  { asks: /比例|百分|几成|占比|%|几个点|(?<![频利费效])率/, states: /\d+(?:\.\d+)?\s*%/ },
  // An area: 面积, 多少平方.
  { asks: /面积|平方|平米/, states: /\d+(?:\.\d+)?\s*(?:平方米|平米|平方|亩|㎡)/ },
  // Money: 多少钱, 补贴多少, 费用.
  { asks: /钱|资金|补贴|补助|费|万|元|金额|额度|预算|奖励|利率/, states: /\d+(?:\.\d+)?\s*(?:万|亿|元)/ },
  // Levels: 几级.
  { asks: /几级/, states: /[一二三四五六七八九十两]+级/ },
  // Anything else counted.
  // 几个部门参与: 多部门参与 is the notice's answer to how many.
  { asks: /./, states: /\d+\s*(?:个|家|次|人|项|名|台|场)|[一二三四五六七八九十两]+(?:个|家|项|条|名|台)|多部门|多方/ },
];

/** 什么时候总结 is answered by 及时总结 (定期检查): the clause's word for when, before the very verb asked (not 什么时候报 by 及时总结). */
function whenByWord(q: string, body: string): boolean {
  const verb = /(?:什么时候|啥时候|何时|什么时间|啥时)(?:要|该|开始)?(\p{Script=Han}{2})/u.exec(q)?.[1];
  // 总结工作啥时候弄: the verb may come before the question word, when only a do-verb follows (not 工作总结什么时候报).
  const before = /(\p{Script=Han}{2})(?:工作)?(?:要|该|得)?(?:什么时候|啥时候|何时|什么时间|啥时)(?:弄|搞|做|干|办|进行|开展)?(?!\p{Script=Han})/u.exec(q)?.[1];
  return [verb, before].some((v) => v !== undefined && (body.includes(`及时${v}`) || body.includes(`定期${v}`)));
}

/** The parts of a clause (between commas) that speak of the question's subject; the whole body when none does. */
export function partsAbout(body: string, subject: readonly string[]): string {
  const parts = body.split(/[，。；：]/).map((p) => ({ p, n: subject.filter((w) => p.includes(w)).length }));
  const most = Math.max(0, ...parts.map((x) => x.n));
  return most ? parts.filter((x) => x.n === most).map((x) => x.p).join('，') : body;
}

/** Whether a clause holds, where it speaks of the subject, the kind of figure the question asks for. */
export function holdsFigure(q: string, body: string, subject: readonly string[] = []): boolean {
  const kind = FIGURES.find((f) => f.asks.test(q))!;
  return kind.states.test(partsAbout(body, subject));
}

/**
 * 增速目标是多少, 涨多少算达标: a target the clause sets against a level (高于全国农村平均水平) instead of a number is its answer;
 * not when a share, an amount or the level's own figure (全国平均增速是多少) is asked.
 */
function comparedTarget(q: string, body: string, subject: readonly string[]): boolean {
  // 具体要多少: an exact figure asked, which a level does not give.
  // 增速有没有硬指标: a hard target asked, which a level set for it is (增速高于全国农村平均水平).
  const hard = /(?:硬性?|量化)指标|硬杠杠/.test(q) && !/百分|%|几成|比例|占比|具体\p{Script=Han}{0,4}多少/u.test(q);
  if (!hard && (!/多少/.test(q) || /多少[人户家个次名天年]|百分|%|几成|比例|占比|亿|万|元|钱|平均|全国|去年|全省|具体\p{Script=Han}{0,4}多少/u.test(q))) return false;
  // The level must be set in the very sentence part that names the subject (农村网络零售额、…等增速高于…).
  return body.split(/[，。；]/).some((p) => /(?:高于|低于|不低于|不高于|超过)\p{Script=Han}{0,12}(?:水平|平均)/u.test(p) && subject.some((w) => p.includes(w)));
}

export type Decision =
  | { readonly kind: 'answer'; readonly best: Ranked; readonly also?: Ranked }
  | { readonly kind: 'refuse'; readonly reason: 'absent' | 'low-coverage' | 'no-figure' | 'no-date'; readonly absent?: readonly string[]; readonly nearest?: Ranked };

/** What the gate is given: the question, what it asks, its ranking, its subject, and the subject words the notice never uses. */
export interface GateInput {
  readonly q: string;
  readonly asked: Asked;
  readonly ranked: readonly Ranked[];
  readonly absent: readonly string[];
  readonly subject: readonly string[];
}

/** Whether the best clause is close enough to the question to answer from (before the asked figure or date is looked for). */
export function ruleGate(kb: KnowledgeBase, input: GateInput, t: GateThresholds = GATE_THRESHOLDS): boolean {
  const best = input.ranked[0];
  if (input.absent.length && !(best && best.coverage >= t.absentOverride)) return false;
  if (!best || best.score <= 0) return false;
  // The question's wording may be far from the clause's (盯住啥企业 for 紧盯龙头企业) when its subject is all there.
  const subjectCovered = input.subject.length ? coverage(kb, input.subject)(best.doc) : 0;
  return best.coverage >= t.minCoverage || (best.coverage >= t.minCoverageWithSubject && (subjectCovered >= t.subjectCovered || sideHeld(input.q, best.clause.body)));
}

/** 一个部门搞还是多部门: a choice one side of which the clause holds word for word (多部门参与) is the clause's to settle. */
function sideHeld(q: string, body: string): boolean {
  const m = /([^，,；;。？?！!]{1,8})还是([^，,；;。？?！!]{1,8})/u.exec(q);
  const sides = m ? [m[1]!.replace(/^.*是/, ''), m[2]!.replace(/(?:吗|呢|啊|呀|吧)$/, '')] : [];
  return sides.some((side) => side.length >= 3 && body.includes(side));
}

/** Decides whether the best clause may answer; the engine takes another for training and comparing gates. */
export type Gate = (kb: KnowledgeBase, input: GateInput) => boolean;

/** What the gate is given for a question and its ranking. */
export function gateInput(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], asked: Asked = askedType(q)): GateInput {
  return { q, asked, ranked, absent: backgroundAside(kb, q), subject: subjectWords(kb, q) };
}

/**
 * The subject words the notice lacks, read from the part that asks when a background is told first and that part names,
 * in the notice's words, what it asks about (山区村子分散，方案对物流瓶颈重点要解决什么问题): the background's words
 * (山区, 分散) say why the official asks. When the asking part names nothing (方案支持吗), the background is the subject.
 */
function backgroundAside(kb: KnowledgeBase, q: string): string[] {
  const parts = q.split(/[，,；;。？?！!]+/).filter(Boolean);
  const asking = parts.length > 1 ? [...parts].reverse().find((p) => ASKS.test(p)) : undefined;
  if (!asking || asking === parts[0]) return absentWords(kb, q);
  const named = subjectWords(kb, asking).filter((w) => !/实施方案|方案|通知|文件|政策|示范县|示范/.test(w));
  return named.length >= 2 && named.every((w) => !isAbsent(kb, w)) ? [] : absentWords(kb, q);
}

/** Why the best clause, past the gate, still does not answer: the asked figure, date, fee or object is not in it. */
export function lacksAsked(kb: KnowledgeBase, q: string, best: Ranked, subject: readonly string[], asked: Asked = askedType(q)): Exclude<Decision, { kind: 'answer' }> | undefined {
  if (asked === 'quantity' && !holdsFigure(q, best.clause.body, subject) && !comparedTarget(q, best.clause.body, subject)) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  // The date must be where the clause speaks of the subject: 验收是哪年几月 is not answered by the filing date beside 验收程序.
  // 项目啥时候验收: the act asked the time of (验收) is part of the subject, so 12月底前完成…项目招标 does not date it.
  const timedAct = /(?:什么时候|啥时候|何时|什么时间|啥时)(?:要|该|开始|能|才)?(\p{Script=Han}{2})/u.exec(q)?.[1];
  // 验收几月: an act of the notice's that it never dates, right before the question word, is part of the subject (undated-act.ts).
  const acts = [timedAct && kb.allText.includes(timedAct) ? timedAct : undefined, undatedActBefore(kb, q)].filter((a): a is string => a !== undefined && !subject.includes(a));
  const timed = acts.length ? [...subject, ...new Set(acts)] : subject;
  if (asked === 'time' && !(FIGURES[0]!.asks.test(q) ? FIGURES[0]! : { states: DATE }).states.test(partsAbout(best.clause.body, timed)) && !whenByWord(q, best.clause.body)) {
    return { kind: 'refuse', reason: 'no-date', nearest: best };
  }
  // 每个月更新吗, 多久报一次: a frequency the clause does not state is not required by it.
  if (asksFrequency(q, best.clause.body) && !FIGURES[0]!.states.test(partsAbout(best.clause.body, subject))) return { kind: 'refuse', reason: 'no-date', nearest: best };
  // 认定标准是什么, 申请条件有哪些: a standard or procedure the clause does not name is not given by it.
  const criterion = /(?<!按|按照|依照|依据|根据|照着|参照|对照|对着)(?:有啥|有什么|有哪些|啥|什么|哪些)(标准|条件|程序|流程|细则|门槛)|(标准|条件|程序|流程|细则|门槛)(?:是什么|是啥|有哪些|有啥|怎么定|如何确定|是怎样|吗|么|不|没有?)/.exec(q)?.slice(1).find(Boolean);
  // 信息公开啥标准，是全面及时准确吧: a standard the asker then quotes from the clause is the clause's wording, not a criterion it lacks.
  // 啥标准，及时就行？: one item of the clause's list (全面、及时、准确) guessed is its wording too.
  const told = q.split(/[，,；;？?\s]+/).slice(1).map((p) => p.replace(/[\p{P}\p{S}]/gu, '').replace(/^(?:要|是|就是|得)|(?:吗|吧|么|不)$/g, '').replace(/(?:就行|就可以|就够了?|就好)$/, ''));
  const listed = (p: string) => /^\p{Script=Han}{2}$/u.test(p) && best.clause.body.includes(p) && new RegExp(`、${p}|${p}、`).test(kb.allText);
  const quoted = told.some((p) => (p.length >= 4 && best.clause.body.replace(/[、，]/g, '').includes(p)) || listed(p));
  if (criterion && !best.clause.body.includes(criterion) && !quoted) return { kind: 'refuse', reason: 'low-coverage', nearest: best };
  // 仓库有没有面积要求, 库容多大的标准: a measure of a facility the clause does not name is not set by it (建设标准 is the county's to set).
  const measure = /(容量|库容|面积|规模|吨位|尺寸|体量|层高|大小)(?:上|方面)?的?(?:有没有|有啥|有什么|有无|有)?(?:具体|明确|硬性)?的?(?:标准|要求|规定|门槛|下限|上限)/.exec(q)?.[1];
  if (measure && !best.clause.body.includes(measure)) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  // 冷库按啥标准补: the rate of a subsidy, which a clause without an amount does not give.
  if (/按(?:啥|什么|哪个|哪种)标准补|补(?:贴|助)?(?:标准)?是?(?:多少|几)/.test(q) && !holdsFigure('资金', best.clause.body)) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  // 乡镇服务站的资金比例上限: a figure about something the clause does not name is not the clause's figure.
  // 物流可以算一半吗, 培训能占三成吗: a share told is checked against a clause's share, of what the question names.
  const shareTold = asked === 'yesno' && /一半|半数|\d+(?:\.\d+)?\s*%|百分之|[一二三四五六七八九几]成/.test(q);
  if (shareTold && !/\d+(?:\.\d+)?\s*%/.test(best.clause.body)) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  // (With a share told, only a word the notice uses elsewhere names another thing: 物流 is 三（一）2's, not 上行's; a word
  // right before one the clause holds says which of it, 县级中心.)
  const other = (w: string) => kb.allText.includes(w) && !subject.some((h) => h !== w && q.includes(`${w}${h}`) && kb.docTexts[best.doc]!.includes(h));
  const unnamed = asked === 'quantity' || shareTold ? subject.filter((w) => w.length >= 2 && !kb.docTexts[best.doc]!.includes(w) && (asked === 'quantity' || other(w))) : [];
  if (unnamed.length) return { kind: 'refuse', reason: 'no-figure', absent: unnamed, nearest: best };
  // 领导小组办公室设在哪个部门: where a body is placed, when the clause places nothing.
  if (/设在(?:哪|什么)|挂靠|放在哪个?(?:部门|单位)/.test(q) && !/设在|设置|设立/.test(best.clause.body)) return { kind: 'refuse', reason: 'low-coverage', nearest: best };
  // 县扶贫办负责啥: a body at a level the notice never names (it names 省扶贫办, 州扶贫办, 市扶贫办).
  const body = /([省州市县])(?:里|级|里的)?(商务局|商务厅|财政局|财政厅|扶贫办|政府)/.exec(q);
  // 市商务局 is the plan's 市州商务局 (各市州商务局是…监管单位), as a city's.
  if (body && ![`${body[1]}${body[2]}`, `${body[1]}人民${body[2]}`, `${body[1]}州${body[2]}`].some((b) => kb.allText.includes(b))) return { kind: 'refuse', reason: 'absent', absent: [`${body[1]}${body[2]}`], nearest: best };
  // 系统的账号谁给开: the head noun of the subject (after 的, right before what is asked), when the notice never names it, is
  // what is asked about; the clause covering its modifier (信息系统) does not answer for it.
  const headNoun = absentWords(kb, q).find((w) => new RegExp(`的${w}(?:是?(?:谁|由谁|找谁|怎么|咋|如何|去哪|在哪|哪)|有没有|要不要)`).test(q));
  if (headNoun) return { kind: 'refuse', reason: 'absent', absent: [headNoun], nearest: best };
  // 报账走啥系统, 审批用哪个平台: the system an act goes through, when the notice never names the act (its 信息系统 is for 信息报送).
  const through = /(\p{Script=Han}{2})(?:要|得|需要|都)?(?:走|用|通过|在|上)(?:啥|什么|哪个|哪一?个|哪套)(?:系统|平台|软件)/u.exec(q)?.[1];
  if (through && !kb.allText.includes(through)) return { kind: 'refuse', reason: 'absent', absent: [through], nearest: best };
  const object = absentAskedObject(kb, q);
  if (object) return { kind: 'refuse', reason: 'absent', absent: [object], nearest: best };
  // 物流车能用资金买吗: what the money would buy or build must be in the clause, not only its neighbours.
  const bought = boughtObject(q);
  // 预冷设施: an item of the clause's list (预冷、初加工…等基础设施) with the list's head noun (设施) the clause names too.
  const head = bought && /^(\p{Script=Han}{2,})(设施|设备)$/u.exec(bought);
  const item = head && best.clause.body.includes(head[2]!) ? head[1]! : bought;
  if (asked === 'yesno' && item && !bigramsOf(item).every((b) => best.clause.body.includes(b) || (kb.allText.includes(b) && best.clause.title.includes(b)))) {
    return { kind: 'refuse', reason: 'absent', absent: [bought ?? item], nearest: best };
  }
  // 电商企业能申请资金吗: the clause's 申请 (申请…认证) is of another object than the one asked (申请啥认证 names none).
  const applied = /申请(?:个|一个|一下)?(?![有的了吗能要是不呢么还啥什哪])(\p{Script=Han}{2})/u.exec(q)?.[1];
  const applies = best.clause.body.split(/[。；]/).filter((x) => x.includes('申请'));
  if (asked === 'yesno' && applied && applies.length && !applies.some((x) => x.includes(applied))) return { kind: 'refuse', reason: 'low-coverage', nearest: best };
  // 有没有补助, 有没有误工补助: a subsidy the best clause does not speak of, or of a kind it does not name (unstated-beside.ts),
  // unless it is asked for doing what the clause supports (supported-use.ts).
  const subsidy = subsidyUnstated(q, asked === 'yesno', best.clause.body, ownWords(best.clause.body), partsAbout(best.clause.body, subject));
  if (subsidy && !supportsUse(kb, q, best.clause)) return { kind: 'refuse', reason: subsidy, nearest: best };
  // 承办企业必须在本县注册吗: an act the notice names elsewhere, which the clause does not speak of (asked-act.ts).
  const act = asked === 'yesno' ? unstatedAct(q, best.clause.body, kb.allText) : undefined;
  if (act) return { kind: 'refuse', reason: 'low-coverage', nearest: best };
  const extent = unstated(q, best, kb.allText);
  if (extent) return { kind: 'refuse', reason: extent, nearest: best };
  // 冷库能租出去吗, 验收是看材料还是现场检查: the clause speaks only beside the question (unstated-beside.ts).
  if (disposalUnnamed(q, kb.allText) || jointUnnamed(q, kb.allText)) return { kind: 'refuse', reason: 'absent', nearest: best };
  if (choiceBeside(askingParts(q).at(-1) ?? q, best.clause.body)) return { kind: 'refuse', reason: 'low-coverage', nearest: best };
  // 收不收学员的钱, 有没有奖, 能多拿钱不: a fee or a reward the clause does not speak of (a cited title's 培训费 is none,
  // nor the 费 of 消费品 or 浪费); 收费减免的政策 asks the fee policy a heading names (财政、金融、土地、收费等政策体系).
  if (/费用.{0,12}(?:列支|承担|支付|报销)|费.{0,2}谁(?:出|掏|付|承担)|(?:从|在).{0,12}列支|掏(?:钱|资金)|收(?!回)(?:不收)?.{0,6}(?:钱|资金)|(?:交|付|出|要)(?:钱|资金)|收费|付费|免费|有没有奖|有奖|奖金|多拿(?:钱|资金)|多给(?:钱|资金)?|加(?:钱|资金)/.test(q) && !/(?<![消浪])费|奖|补贴|补助/.test(ownWords(/政策|减免|优惠/.test(q) ? `${best.clause.title}，${best.clause.body}` : best.clause.body))) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  // 用什么表, 有样表吗, 注册要准备什么材料: a form, template or set of papers the clause does not name is not given by it.
  const paper = /(?:什么|啥|哪种|哪个|哪张|几号)(格式|表格?|模板|范本|样式)|(样表|模板|范本|格式)|(?:准备|提交|交|要)(?:什么|啥|哪些)(材料|资料)/.exec(q)?.slice(1).find(Boolean);
  if (paper && !(paper === '表' ? /报表|样表|表格|计划表|统计表/ : new RegExp(paper)).test(best.clause.body)) return { kind: 'refuse', reason: 'absent', absent: [paper], nearest: best };
  // 区域公共品牌叫什么名字: a proper name the clause does not give (it quotes none); a part or document named by its title is the outline's.
  if (/名称|名字|叫什么|叫啥/.test(q) && !/[条点项块]|原则|部分|文件|方案|办法|通知|附件/.test(q) && !/[“《（]/.test(best.clause.body)) return { kind: 'refuse', reason: 'absent', nearest: best };
  // 费用是省里出还是县里出: who bears a cost, when the clause speaks of no cost.
  if (/费用?.{0,4}(?:[省州市县]里?|谁|企业|自己)(?:出|掏|付|承担)/.test(q) && !/费/.test(best.clause.body)) return { kind: 'refuse', reason: 'no-figure', nearest: best };
  return undefined;
}

/** What the clause lacks of each part that asks (什么时间报、报给谁; 认定几家，有没有名单; 要多大面积 有标准么), not of a count told (几家合作社压价). */
export function lacksAnyAsked(kb: KnowledgeBase, q: string, best: Ranked, subject: readonly string[], asked: Asked): Exclude<Decision, { kind: 'answer' }> | undefined {
  const earlier = askingParts(q).slice(0, -1);
  const also = (['time', 'quantity'] as const).filter((k) => k !== asked && earlier.some((p) => typeOf(p) === k && (k === 'time' || /(?:多少|几\p{Script=Han}?)$|多大|多宽|多高/u.test(p))));
  return [asked, ...also].map((kind) => lacksAsked(kb, q, best, subject, kind)).find(Boolean);
}

/** Decides from the ranking whether, and from which clause(s), the notice answers the question. */
export function decide(kb: KnowledgeBase, q: string, ranked: readonly Ranked[], gate: Gate = ruleGate, asked: Asked = askedType(q)): Decision {
  const input = gateInput(kb, q, ranked, asked);
  const best = ranked[0];
  if (!best || best.score <= 0 || !gate(kb, input)) return { kind: 'refuse', reason: input.absent.length ? 'absent' : 'low-coverage', absent: input.absent, nearest: best };
  // 自评报告什么时间报、报给哪个部门: each part that asks is asked; a time asked before the last part must be there too.
  const lacking = lacksAnyAsked(kb, q, best, input.subject, asked);
  if (lacking) return lacking;
  const second = ranked[1];
  const restates = (kb.parallels.get(best.clause.id) ?? []).some((c) => c.id === second?.clause.id);
  const close = second && !restates && rankWeight(second) >= AMBIGUOUS_RATIO * rankWeight(best) && second.coverage >= ANSWER_MIN_COVERAGE;
  if (close) return headedBy(kb, input.subject, second, best) || pairedAsAsked(q, input.subject, second, best) || compoundAsked(q, second, best) /* headings.ts */ ? { kind: 'answer', best: second, also: best } : { kind: 'answer', best, also: second };
  // A principle (二、基本原则) says in a line what a later clause sets out in full: when the best is a principle, the detailed clause
  // next in the ranking, if nearly as close, is quoted with it.
  const principles = `${kb.data.clauseRoles.principles}-`;
  const details = best.clause.id.startsWith(principles) ? ranked.slice(1, 3).filter((r) => !r.clause.id.startsWith(principles) && !(kb.parallels.get(best.clause.id) ?? []).includes(r.clause)) : [];
  const detail = details.find((r) => compoundAsked(q, r, best)) ?? details[0];
  const nearDetail = detail && rankWeight(detail) >= PRINCIPLE_DETAIL_RATIO * rankWeight(best) && detail.coverage >= ANSWER_MIN_COVERAGE;
  if (!nearDetail) return { kind: 'answer', best };
  // 没规定和贫困户的对接机制吧: the detailed clause leads when it writes as one compound what the question asks (headings.ts).
  return compoundAsked(q, detail, best) ? { kind: 'answer', best: detail, also: best } : { kind: 'answer', best, also: detail };
}
