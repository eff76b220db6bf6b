import type { Draft } from '../phrasing.ts';
import { ASKS_TITLE } from './document-words.ts';

/**
 * A claim about the letter's issuers or copies checked (领导说是州商务局一家发的, 我记得抄送有州发改委):
 * the answer says, for each body the asker names, whether it is among them, never taking the claim as the notice's.
 */

/** 州发改委, 州商务局, 甘南州扶贫办: a body of the prefecture named in the question (whatever the prefecture's name before 州). */
const BODY = /州(?:里的?)?([\p{Script=Han}]{0,5}?(?:局|办|委|厅|政府|办公室))/gu;
/** The question checks something told (对不, 我记得, 有没有), rather than only asking. */
const CHECKS = /对不|对吗|对吧|是吗|是不是|没错|我记得|记得|听说|说是|有没有|有无|[吗吧不][?？。]*$/;
/** 一家发的, 单独发的: a claim that one body issued it alone. */
const ALONE = /一家|单独|独自|自己(?:一家)?发/;

const COUNT: Readonly<Record<number, string>> = { 2: '两', 3: '三', 4: '四', 5: '五' };

/** 甘南州扶贫开发办公室 → 州扶贫办: the prefecture's own name (from the programme's data) and the long form dropped. */
const short = (name: string): string => name.replace(/^[^州]*(?=州)/, '').replace('扶贫开发办公室', '扶贫办');

/** The sentence checking the bodies the question names against the letter's issuers or copies; empty when nothing is checked. */
export function bodiesChecked(q: string, members: readonly string[], role: '发文单位' | '抄送单位'): string {
  if (!CHECKS.test(q)) return '';
  const among = members.map(short);
  const named = [...new Set([...q.matchAll(BODY)].map((m) => `州${m[1]}`))].filter((b) => !/州里|州上/.test(b));
  const said = named.map((b) => (among.includes(short(b)) ? `${b}是${role}之一` : `${b}不在${role}之中`));
  const alone = role === '发文单位' && ALONE.test(q) && members.length > 1 ? `本通知由${COUNT[members.length] ?? members.length}家单位联合印发，并非一家单独印发` : '';
  const all = [...said, alone].filter(Boolean);
  return all.length ? `${all.join('；')}。` : '';
}

/** The draft with the check of the bodies named appended (the draft itself when nothing is checked). */
export function withBodiesChecked(draft: Draft | undefined, q: string, members: readonly string[], role: '发文单位' | '抄送单位'): Draft | undefined {
  const checked = draft ? bodiesChecked(q, members, role) : '';
  return draft && checked ? { ...draft, answer: `${draft.answer}${checked}` } : draft;
}

/** 转发文的标题文号咋写: a question asking the letter's title beside its 文号 is told the title too, as the heading gives it. */
export function withLetterTitle(draft: Draft, q: string, heading: string): Draft {
  const title = heading.replace(/（[^（）]*〔\d{4}〕\d+号）$/, '');
  return ASKS_TITLE.test(q) && title ? { ...draft, answer: `本通知的标题为“${title}”。${draft.answer}` } : draft;
}
