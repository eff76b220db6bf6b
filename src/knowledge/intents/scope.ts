import type { KnowledgeBase } from '../base.ts';
import { withoutOwnPast } from '../reading.ts';
import { oursOfTold, words } from './told-elsewhere.ts';
import { intent, when, type Question } from './types.ts';

/**
 * Questions about another year or province than the programme's, and the part about ours
 * when a question has one. The other open questions are in traps.ts.
 */

/** Years the question names other than the programme's (and those the notice itself cites). */
function otherYears(question: Question, kb: KnowledgeBase): number[] {
  const { year, scope } = kb.data;
  // 2000万 is money, not a year.
  const full = [...question.raw.matchAll(/(?<!\d)(20\d\d)(?!\d|\s*(?:万|元|亿|个|人|家|%|％))年?/g)].map((m) => Number(m[1]));
  // 碌曲17年拿过没有: a year as officials say it, by its last two digits (not 15年内, a length of time).
  const short = [...question.raw.matchAll(/(?<![\d.〔])(1\d|2\d)年(?!内|以[上下内]|之内|后|期|来|左右|多|间)/g)].map((m) => 2000 + Number(m[1]));
  return [...full, ...short].filter((y) => y !== year && !scope.otherYearsAllowed.includes(y));
}

/** 从外地回来创业的年轻人, 在浙江打工的: ours who worked elsewhere; 要不要和外地多交流, 照搬外地模式行不行: ours learning from or copying elsewhere (四（六）, 二（三）). The place asks nothing about it. */
const withoutMigrants = (raw: string, elsewhere: RegExp) =>
  raw.replace(new RegExp(`(?:从|在|去|到)(?:${elsewhere.source})(?:打工|务工|上班|回来|回乡|返乡|返回|创业)|(?:跟|和|与|同|向)(?:${elsewhere.source})(?:之间)?(?:多|相互|互相)?(?:交流|借鉴|学习|取经)|(?:直接学|照搬|照抄|复制|套用|模仿)(?:${elsewhere.source})的?(?:模式|做法|路子)`, 'g'), '');

/** The question asks about somewhere or some year else, and not (also) about ours. */
export function aboutElsewhere(question: Question, kb: KnowledgeBase): boolean {
  const elsewhere = words(kb.data.scope.elsewhereWords);
  // 明年开春再招标可以不 asks whether our milestone may slip: the milestone's own deadline answers it.
  const ourMilestone = /明年|后年|下一年/.test(question.raw) && kb.data.milestones.some((m) => [m.title, ...m.aliases].some((a) => question.q.includes(a)));
  // 方案是哪年的，2018还是2019: our year among the alternatives asks which one ours is.
  if (/哪一?年|几几年|什么年份/.test(question.raw) && /还是/.test(question.raw) && question.raw.includes(String(kb.data.year))) return false;
  // 183号是2018年还是2017年的: a choice between two years, ours one of them (or of a 文号 the notice cites), asks which one it is.
  const years = /(?<!\d)((?:20)?\d\d)年?的?还是((?:20)?\d\d)年/.exec(question.raw);
  const cited = /(\d+)号/.exec(question.raw)?.[1];
  if (years && ([years[1]!, years[2]!].some((y) => Number(y) % 100 === kb.data.year % 100) || (cited && kb.allText.includes(`〕${cited}号`)))) return false;
  return otherYears(question, kb).length > 0 || (/去年|明年|后年|下一年|下一批|上一批|往年/.test(withoutOwnPast(question.raw)) && !ourMilestone) || elsewhere.test(withoutMigrants(question.raw, elsewhere)) || /全国.{0,10}(几个|多少|哪些).{0,4}示范县/.test(question.q);
}

/** 听说外省每县给2000万，我们这批每县多少: the part about ours, when the question has one. */
export function oursPart(question: Question, kb: KnowledgeBase): string | undefined {
  const elsewhere = words(kb.data.scope.elsewhereWords);
  let parts = question.raw.split(/[，,。；;！!]/).filter(Boolean);
  // Typed without punctuation: split where the question turns to ours (咱甘肃这批…); a bare year before it (2017年咱甘肃哪几个县入选) dates the whole.
  if (parts.length < 2) {
    const turn = /咱们|咱|我们|我县|本县|我省|本省|这批|这次|本次/.exec(question.raw);
    if (!turn || turn.index === 0) return undefined;
    if (!/\p{Script=Han}{2}/u.test(question.raw.slice(0, turn.index).replace(/(?:20)?\d\d年(?:的|里|时|那会儿?)?|去年|前年|明年|后年|往年|那年/g, ''))) return undefined;
    parts = [question.raw.slice(0, turn.index), question.raw.slice(turn.index)];
  }
  const ours = parts.filter((p) => !elsewhere.test(p) && !/听说|据说|人家|别人/.test(p) && !/(20\d\d)年/.test(p));
  if (!ours.length || ours.length === parts.length) return undefined;
  const rest = ours.join('，');
  // 我们一样吗 compares with elsewhere (咱们这边呢 asks ours of what was told): nothing of ours is asked on its own, unless the other's figure is told (去年是10月15号前报，今年还是那个时间吗).
  const told = parts.some((p) => !ours.includes(p) && /\d/.test(p));
  const asksOurs = /多少|几|哪|什么|啥/.test(rest) || (/(?:这边|这里|这儿|这块)呢$/.test(rest) && told) || (/吗/.test(rest) && /资金|钱|补贴|示范县|截止|比例|要求|时间/.test(rest));
  return oursOfTold(parts, ours, elsewhere) ?? ((/我们|咱们|咱|我省|本省|我县|本县|这批|这次|本次|我们这|示范县|每县|每个县|今年/.test(rest) || rest.includes(kb.data.scope.province.replace(/省$/, ''))) && asksOurs && (!/一样|相同|区别|差别|比较|对比|还是那/.test(rest) || told) ? rest : undefined);
}

export const outOfScope = intent({
  id: 'refusal:out-of-scope',
  recognise: when((question, kb) => aboutElsewhere(question, kb) && !oursPart(question, kb)),
  answer: (_m, _q, kb) => ({
    answered: false,
    answer: `本通知只涉及${kb.data.name}，通知中没有明确规定其他年份、其他省份的安排，请以相应年度、相应地区的文件为准。`,
    citations: [],
    clauseId: null,
    intent: 'refusal:out-of-scope',
  }),
});
