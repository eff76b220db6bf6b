import { subjectWords } from './answerability.ts';
import type { KnowledgeBase } from './base.ts';
import type { Draft } from './phrasing.ts';
import type { Ranked } from './retrieval.ts';

/**
 * 标识是不是只贴公服中心就行, 培训只搞线上行不行: a limit proposed for a subject. What follows 只 is the asker's guess and
 * may be a clause's main words (公服中心); the answer is the clause that states the subject (标识), which sets its reach.
 */
const ONLY = /^(\p{Script=Han}{2,8}?)(?:是不是|是否|能不能|能否|可不可以|可以)?只(?:要|需|用|贴|挂|在|放|标|给|搞|做|管|报)?\p{Script=Han}{2,}/u;

/**
 * 是否只有服务站需要挂牌: the limit told first (只有 X), the subject after it: its last word is the
 * subject's (挂牌, read 标识), and the clause that states it sets its reach.
 */
const ONLY_HAVING = /只有(\p{Script=Han}{3,14}?)(?:就行|就可以|就够了?|就完事|才(?:要|需要|得|能|用)|吗|呢|$)/u;

/** The clause ranked first of the first five holding every word of the subject before 只, when the best lacks one. */
export function onlyLimitSubject(kb: KnowledgeBase, q: string, best: Ranked, ranked: readonly Ranked[]): Ranked | undefined {
  const plain = q.replace(/[\p{P}\p{S}\s]/gu, '');
  const subject = ONLY.exec(plain)?.[1];
  const before = subject ? subjectWords(kb, subject).filter((w) => w.length >= 2) : [];
  const having = ONLY_HAVING.exec(plain)?.[1];
  const after = having ? subjectWords(kb, having).filter((w) => w.length >= 2) : [];
  const words = before.length || after.length < 2 ? before : after.slice(-1);
  const holds = (r: Ranked) => words.every((w) => kb.docTexts[r.doc]!.includes(w));
  return words.length && !holds(best) ? ranked.slice(0, 5).find(holds) : undefined;
}

/**
 * 举报渠道只留县上的电话就行吧, 报备时光交一个实施方案够不够: a guess that a narrower thing will do (只/光/仅 …就行, 够不够) is
 * answered by what the notice requires of the subject told before it, though the guess may use words the notice never does
 * (电话, 门口). Read so only when the whole question was refused, and kept only when the clause found speaks of what the
 * guess is about too (实施方案; 每个项目): 服务点只配一台电脑行不行 finds 服务点's clause, which says nothing of equipment.
 */
const GUESSED = /^(\p{Script=Han}{2,8}?)(?:的时候|时)?(?:是不是|是否|能不能|能否|可不可以|可以)?(?:只|光|仅)(?:要|需|用|交|报|留|贴|挂|在|放|标|给|搞|做|设|建)?(\p{Script=Han}{1,12}?)(?:就行|就可以|就够|够不够|够吗|行不行|行吗|可以吗|可不可以)(.*)$/u;

export function guessedReading(kb: KnowledgeBase, q: string, answer: (asked: string) => Draft): Draft | undefined {
  const m = GUESSED.exec(q.replace(/[\p{P}\p{S}\s]/gu, ''));
  if (!m) return undefined;
  const own = subjectWords(kb, m[1]!);
  const guessed = subjectWords(kb, `${m[2]!}，${m[3]!}`).filter((w) => w.length >= 2 && !own.includes(w));
  const draft = answer(`${m[1]!}有什么要求`);
  const body = draft.answered && draft.clauseId ? kb.byId.get(draft.clauseId)?.body : undefined;
  // 只留县上的渠道: one level of the levels the clause sets together (省、市、县三级) is what the guess is about too.
  const levels = body ? (/(?:[省市州县乡镇村]、?){2,}[两三四]级/u.exec(body)?.[0] ?? '') : '';
  const held = (w: string) => body!.includes(w) || (/^[省市州县乡镇村](?:上|里|级)$/u.test(w) && levels.includes(w[0]!));
  return body && guessed.some(held) ? draft : undefined;
}
