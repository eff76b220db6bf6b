import { asksBodyChoice } from '../unstated-spending.ts';
import { daysUntil, shanghaiDate } from '../../core/clock.ts';
import type { MilestoneData } from '../../programme.ts';
import { subjectWords } from '../answerability.ts';
import type { KnowledgeBase } from '../base.ts';
import { clauseNamed } from '../named-document.ts';
import { filedWithText, formatDate, joinDrafts, milestoneAnswer, refuse } from '../phrasing.ts';
import { mentionedDate, QUANTITY_SLOT, TIME_SLOT } from '../question.ts';
import { canonicalise, prepare } from '../text.ts';
import { ASKS } from '../asked-type.ts';
import { bareFiling } from './bare-filing.ts';
import { intent, type Question } from './types.ts';

/** The programme's milestones (filing the plan, tendering): their dates, who the plan is filed with, what happens when late. */

function milestonesMentioned(kb: KnowledgeBase, q: string): MilestoneData[] {
  const byWord = milestonesNamed(kb, q);
  const date = mentionedDate(q);
  if (date) {
    const byDate = kb.data.milestones.filter((m) => {
      const [, mm, dd] = m.due.split('-').map(Number);
      return mm === date.month && (date.day === undefined || date.day === dd);
    });
    // 9月30号是报方案的截止还是招标的截止: the milestone of the date, and the other one the question weighs it against.
    // 方案9月底报、招标年底完成，对不对: each named by its word (招标) is asked too, the date told only for one of them.
    if (byDate.length) return [...byDate, ...byWord.filter((m) => !byDate.includes(m))];
  }
  return byWord;
}

/** The milestones a question names by word (招标, 报方案). */
export function milestonesNamed(kb: KnowledgeBase, q: string): MilestoneData[] {
  if (/调整|变更/.test(q)) return [];
  // 方案要求定期自评, 方案说省里统筹闲置资金: the plan as the one speaking, not the plan to be filed.
  // 招标的截止时间是省上定的还是州上定的: likewise the plan as the one that sets a date.
  // 工作核心方案是咋表述的, 方案里怎么讲的, 方案里列了哪些人群: the plan's wording asked, likewise.
  const asked = q.replace(/(?:实施|省)方案(?:是?(?:咋|怎么|如何))?(?:要求|说|规定|提出|明确|提到|对|定)|方案(?:里|中|上)?是?(?:咋|怎么|如何)(?:表述|讲|提)|(?:实施|省)?方案(?:里|中|上)(?:面)?(?:列了|列的|列出|提了|提到|写了|写的)/g, '');
  return kb.data.milestones.filter((m) => [m.title, ...m.aliases].map(prepare).some((a) => mentions(kb, m, asked, a)));
}

/**
 * Whether the question names a milestone by `alias`, and not as the start of another term of the notice:
 * 信息备案公示 (what 四（四） asks of the counties' information) is not the plan's 审核备案.
 */
function mentions(kb: KnowledgeBase, m: MilestoneData, q: string, alias: string): boolean {
  const own = m.clauses.map((id) => kb.byId.get(id)?.body ?? '');
  const other = (term: string) => term.length > alias.length && kb.allText.includes(term) && !own.some((b) => b.includes(term));
  for (let at = q.indexOf(alias); at >= 0; at = q.indexOf(alias, at + 1)) {
    if (!other(q.slice(at, at + alias.length + 2))) return true;
  }
  return false;
}

// 9月30号以后报的: a filing after the date named.
// 报不上去能申请延期吗: a filing that cannot make it, or an extension asked for, is late too (the notice grants none).
// 没把方案报上去会怎样: the filing not made, its object between.
const LATE = /(?:\d+[号日]|截止|期限)(?:以后|之后|过后)|(?:报|交|送|赶)不(?:上去|上来|上|出来|及)|赶不上|(?:申请|要求|能不能|可不可以|能否)(?:延期|延后|宽限)|过了[^，,。？?]{0,8}(?:再|才)报|拖到|推到|延到|推迟到|流标|废标|晚了|逾期|超期|没报|未报|没交|未交|(?:没|未|没有)(?:能)?(?:把|将)\p{Script=Han}{0,10}?(?:报|交|送)(?:上去|上来|上|出去)?|没上报|未上报|超时|没按期|误了|错过|没按时|没完成|没能完成|未能完成|没(?:弄|搞|做|干|办|整|招|建)(?:完|好)|(?:弄|搞|做|干|办|招|建)不完|来不及|完不成|拖了|推迟|退回|打回|驳回|没通过|不通过/u;
// 没完成会取消资格吗: a consequence asked as 会…吗 (会被通报吗, 会收回资金吗).
const CONSEQUENCE = /会不会|会被?(?:取消|收回|扣|通报|问责|约谈|处罚|追责|退回)|扣(?:钱|分|资金)|怎么办|会怎样|怎么样|会咋样|咋样|后果|处理|咋办|影响|处罚|追责|咋整|能不能|可以|延期|宽限|多少天|几天|多久|重新报|还收|收不收|还认|认不认|算数|还有效/;

const AFTERMATH = /会不会|会被?(?:取消|收回|扣|通报|问责|约谈|处罚|追责|退回)|扣|怎么办|会怎|怎么样|咋样|后果|处理|影响|处罚|追责|咋整|咋办/;
const PROPOSED_LATER = /(?:拖|推|延|放|挪)(?:迟|后)?到(?:明年|后年|年后|开春|春节后|\d{1,2}月|[一二三四五六七八九十]+月)/;

export const lateMilestone = intent({
  id: 'refusal:late',
  // 招标可不可以推到明年三月: a later time proposed is checked against the deadline (milestoneDeadline), not refused (拖到明年会怎样 still is).
  recognise: ({ q, raw }, kb) => ((LATE.test(q) || LATE.test(raw)) && CONSEQUENCE.test(q) && !(PROPOSED_LATER.test(q) && !AFTERMATH.test(q)) ? { near: milestonesMentioned(kb, q)[0]?.clauses[0] } : undefined),
  answer: ({ near }, { q }, kb) => refuse(kb, q, '逾期未完成的处理办法', 'refusal:late', near),
});

/** A bare milestone word (招标, 报备) asks for its deadline. */
function bareMilestone(kb: KnowledgeBase, { bare }: Question, mentioned: readonly MilestoneData[]): boolean {
  return mentioned.length === 1 && mentioned[0]!.aliases.concat(mentioned[0]!.title).map(prepare).includes(canonicalise(bare));
}

/**
 * 覆盖率啥时候达到，年底就考核吗: a date told (年底) about a subject of the notice that no milestone's clause speaks of
 * (覆盖率): the milestone of that date (招标, 12月底) is not what is asked. A milestone named by word is always asked.
 */
function otherSubject(kb: KnowledgeBase, q: string, mentioned: readonly MilestoneData[]): boolean {
  if (milestonesNamed(kb, q).length) return false;
  const own = mentioned.flatMap((m) => m.clauses.map((id) => kb.byId.get(id)?.body ?? '')).join('');
  return subjectWords(kb, q).some((w) => w.length >= 2 && kb.allText.includes(w) && !own.includes(w) && !/示范县|示范|项目|工作|时间|时候|日期/.test(w));
}

export const milestoneDeadline = intent({
  id: 'deadline',
  recognise: (question, kb) => {
    // 报送时间是几月几号: a bare filing verb asks the filing's date (bare-filing.ts).
    const filing = bareFiling(kb, question.raw);
    const mentioned = filing ? [filing] : milestonesMentioned(kb, question.q);
    // 12月底招标完成后项目建设期到哪年: a milestone told as what comes first; the time asked is of what follows it
    // (not 最后期限, the deadline itself).
    // (拖到春节后, 推到3月以后: a time told, after which nothing is done first.)
    const after = /^(.+?)(?<!春节|过年|年|月|底|号|日|节)(?:之后|以后|(?<!最|然|随|落|背|以|之)后)[，,]?(.{2,})$/.exec(question.q);
    if (after && milestonesMentioned(kb, after[1]!).length && !milestonesMentioned(kb, after[2]!).length && (TIME_SLOT.test(after[2]!) || /哪一?年|几几年|哪个月/.test(after[2]!))) return undefined;
    // 明年开春再招标可以不: a later time proposed is checked against the deadline; 方案上报是哪一年: a year or month asked is a time asked.
    const later = /明年|后年|下一年|年后|开春|往后推|推到|拖到|延到/.test(question.q);
    const asksWhen = TIME_SLOT.test(question.q) || /哪一?年|几几年|哪个月/.test(question.q) || later || mentionedDate(question.q) !== undefined || bareMilestone(kb, question, mentioned);
    // 省厅审方案一般要多少天: how long a process takes is not its deadline.
    // 方案报上去多少天批复: the same, the process named after the length asked.
    const duration = /(审|批|审核|审批|办理|走完|流程).{0,12}(多少天|几天|多久|多长时间)|(多少天|几天|多久|多长时间|几个工作日)(?:能|才|内|以内|之内)?.{0,2}(批复|批下来|批|审完|审批|审核|回复|答复|反馈|出结果|办结|备上案|备完案)/.test(question.q);
    // 年底前资金支出进度要达到多少: a figure to reach by a date the question names is not that date's milestone.
    const figureByDate = !milestonesNamed(kb, question.q).length && QUANTITY_SLOT.test(question.q) && !/什么时候|啥时候|何时|哪天|几号|截止|期限|最晚|最迟/.test(question.q);
    return mentioned.length && asksWhen && !duration && !figureByDate && !/谁|哪个部门|哪些部门|报给|报哪/.test(question.q) && !asksBodyChoice(question.q) && !(!filing && otherSubject(kb, question.q, mentioned)) ? mentioned : undefined;
  },
  answer: (mentioned, { q, now }, kb) => {
    // 省方案里说实施方案什么时候报: the plan's clause first, not the letter's restatement.
    // Only a clause that states the milestone: the plan names no tendering date, so 省方案定的 does not make it the source.
    const named = (m: MilestoneData) => [clauseNamed(kb, q, m.clauses[0]!)].find((id) => m.clauses.includes(id)) ?? m.clauses[0]!;
    const drafts = mentioned.map((m) => milestoneAnswer(kb, { ...m, clauses: [named(m), ...m.clauses.filter((id) => id !== named(m))] }, now));
    if (drafts.length === 1) return { ...drafts[0]!, answer: drafts[0]!.answer + proposedDate(q, mentioned[0]!, now) };
    return joinDrafts(drafts, 'deadline:all');
  },
});

/**
 * 方案10月8号报还来得及不, 招标明年1月完成行不行: the date the asker proposes, said to be before or after the deadline
 * (a month without a day counts as its last day; nothing is said when that cannot decide it).
 */
function proposedDate(q: string, m: MilestoneData, now: Date): string {
  // 今天都9月28了: the date told is today, not one proposed.
  const asked = /(?:今天|现在|今儿|目前|眼下)(?:是|已经是?|都|已)?\s*\d{1,2}\s*(?:月|\.)/.test(q) ? undefined : mentionedDate(q);
  // 拖到春节后, 推到明年: a time of the next year told without a month is after any deadline of the year.
  const laterYear = /(?:春节|过年|年)(?:以后|之后|后)|明年|下一年|后年|开春/.exec(q)?.[0];
  if (!asked) return laterYear ? `您所说的“${laterYear}”已晚于截止时间，不符合通知的时间要求。` : '';
  const [year, month, day] = m.due.split('-').map(Number) as [number, number, number];
  // 招标拖到1月份: a month moved to (拖到, 推到) that comes before the deadline's own month is the next year's.
  const nextYear = /明年|下一年|年后|开春/.test(q) || (/(?:拖|推|延|挪)(?:迟|后)?到/.test(q) && asked.month < month);
  if (!nextYear && asked.month === month && (asked.day === undefined || asked.day === day)) return '';
  // 招标1月份完成算晚吗, asked in September: a month already past this year, told of an act not said to be done, may be
  // next year's; which year is not said, so neither before nor after is claimed (方案8月就报了 is this year's).
  const [thisYear, thisMonth] = shanghaiDate(now).split('-').map(Number) as [number, number];
  if (!nextYear && thisYear === year && asked.month < thisMonth && !/今年|本年|已经|已|了/.test(q)) return '';
  const askedYear = nextYear ? year + 1 : year;
  const lastDay = new Date(Date.UTC(askedYear, asked.month, 0)).getUTCDate();
  const early = Date.UTC(askedYear, asked.month - 1, asked.day ?? 1);
  const late = Date.UTC(askedYear, asked.month - 1, asked.day ?? lastDay);
  const due = Date.UTC(year, month - 1, day);
  const said = `${nextYear ? `${askedYear}年` : ''}${asked.month}月${asked.day ? `${asked.day}日` : ''}`;
  if (late <= due) return `您所说的${said}在截止时间之前。`;
  if (early > due) return `您所说的${said}已晚于截止时间，不符合通知的时间要求。`;
  return '';
}

/**
 * A body the question would file with (报商务部备案, 交国务院扶贫办审核) that is none of the bodies the notice names; a level
 * said loosely (省里, 州上, 省厅, 州局) is theirs.
 */
function otherBody(q: string, bodies: readonly string[]): string | undefined {
  const named = /(?:报|交|送)(?:给|到|至)?(\p{Script=Han}{1,7}?(?:部|厅|局|办|委|政府|中心))(?:去|里)?(?:备案|审核|审批|批|吗|不|么|$)/u.exec(q)?.[1];
  if (!named || /[哪几啥谁]|什么/.test(named) || /^[省州](?:里|上|级)?(?:商务|财政|扶贫)?(?:厅|局|办)?$|^(?:各|有关|相关|主管)/u.test(named)) return undefined;
  return bodies.some((b) => b === named || b.includes(named) || named.endsWith(b)) ? undefined : named;
}

export const filedWith = intent({
  id: 'deadline:filed-with',
  recognise: ({ q }, kb) => {
    const filing = kb.data.milestones.find((m) => m.filedWith.length);
    // 谁指导示范县做实施方案 asks who guides it, not where it is filed: a filing verb must be there.
    // 报到省厅多久能批: how long, not where.
    // 写汇报材料: a report to one's leaders (汇报) is no filing.
    // 是不是还得报国务院扶贫办备案: a body named that the notice does not file with is checked, however it is asked.
    return filing && milestonesMentioned(kb, q).includes(filing) && /(?<!汇)报|交|送|备案|审/.test(q) && !/多久|几天|多少天|多长时间|几个工作日/.test(q) && (/谁|哪个部门|哪些部门|哪级|哪里|哪儿|部门|单位|报给|交给|送给|报到|报哪|材料|交哪些|交什么|报什么|报哪些|交啥|报啥|要报/.test(q) || otherBody(q, filing.filedWith)) ? filing : undefined;
  },
  answer: (filing, { q }, kb) => {
    const clauseId = filing.clauses[0]!;
    // 要不要报商务部备案: a body the notice does not file with is not confirmed; what it does say is given with the refusal.
    const other = otherBody(q, filing.filedWith);
    if (other) {
      const rule = `按通知，实施方案、项目管理规定和资金管理规定须${filedWithText(filing)}。`;
      return { answered: false, answer: `通知中没有明确规定要报${other}备案或审核。${rule}`, citations: [kb.cite(clauseId, kb.sentenceWith(clauseId, ['备案']))], clauseId, intent: 'refusal:filed-with-other' };
    }
    return {
      answered: true,
      answer: `实施方案、项目管理规定和资金管理规定须${filedWithText(filing)}（截止${formatDate(filing.due)}）。`,
      citations: [kb.cite(clauseId, kb.sentenceWith(clauseId, ['备案']))],
      clauseId,
      intent: 'deadline:filed-with',
    };
  },
});

const DEADLINE_WORDS = /有哪些|哪些|哪几个|几个|盯住|盯紧|盯|抓住|抓|把握|把住|卡住|关注|注意|掌握|重要|关键|主要|时间节点|节点|时间|截止|日期|期限|deadline|什么时候|啥时候|几号|哪天|哪一天|最近|下一个|下个|接下来|马上|快要|快|到期|项目|示范县|工作|要求|事项|的|有|都|是|啥|吗|呢|需要|应该|要|得|[?？,，。]/g;

function leadIn(q: string): string {
  const parts = q.split(/[，,；;]/).filter(Boolean);
  const last = parts.at(-1) ?? q;
  return parts.length > 1 && /[节结]点|期限|截止/.test(last) && !parts.slice(0, -1).some((p) => ASKS.test(p)) ? last : q;
}

export const allDeadlines = intent({
  id: 'deadline:all',
  // 时间节点有要求吗 asks about the plan's 严格把控时间结点 (四（三）); 有哪些时间节点 asks for the dates.
  // 州里检查各县时，该看哪几个时间节点: what is told before a last part naming the dates (节点, 期限) is a lead-in, when it asks
  // nothing itself (是否有中期检查，什么时间 asks when of the first part).
  recognise: ({ q }, kb) =>
    TIME_SLOT.test(q) && !milestonesMentioned(kb, q).length && !leadIn(q).replace(DEADLINE_WORDS, '') && !(/[节结]点/.test(q) && /吗|不|没/.test(q) && !/哪|几个|什么时候|啥时候|几号/.test(q)) ? true : undefined,
  answer: (_m, { q, now }, kb) => {
    // "The next deadline": the first one not yet passed, or all of them.
    const upcoming = /最近|下一个|下个|接下来|马上|快/.test(q) ? kb.data.milestones.filter((m) => daysUntil(now, m.due) >= 0).slice(0, 1) : [];
    const drafts = (upcoming.length ? upcoming : kb.data.milestones).map((m) => milestoneAnswer(kb, m, now));
    return joinDrafts(drafts, drafts.length > 1 ? 'deadline:all' : drafts[0]!.intent);
  },
});
