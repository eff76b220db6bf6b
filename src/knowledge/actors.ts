import { partsAbout, subjectWords } from './answerability.ts';
import type { Asked } from './asked-type.ts';
import type { KnowledgeBase } from './base.ts';
import { type Ranked, rankWeight } from './retrieval.ts';
import { tag } from './words.ts';

/**
 * Who-questions (验收谁组织, 要符合谁的要求) are answered by the clause that names who, where it
 * speaks of the subject. A clause ranked first for its wording may name nobody there (明确…验收程序),
 * or its restatement in another document may name more (符合国家要求 / 符合国家和省厅的要求).
 */

/** Bodies and levels a clause names as doing or requiring something. */
const ACTOR = /国家|中央|省(?!份)|市州|州(?=商务|财政|扶贫|里|上|级)|示范县|厅|局|办(?!法|理|公)|政府|部门|单位|机构|企业|协会|团队/g;

/** 按国家要求还是省里要求: a choice between two bodies asks who, too. */
/** 光按国家的要求就行吗，省里的算不算: one body's alone, or another's too, asks the same. */
const BODIES_CHOICE =
  /(?:国家|中央|省|州|市|县)\p{Script=Han}{0,4}还是\p{Script=Han}{0,3}(?:国家|中央|省|州|市|县)|(?:光|只|仅|单)\p{Script=Han}{0,4}(?:国家|中央|省|州)\p{Script=Han}{0,6}(?:就行|就够|就可以|就成)\p{Script=Han}{0,2}[，,]?\p{Script=Han}{0,2}(?:国家|中央|省|州)/u;

/** 服务谁, 带动谁: whom a verb acts on is asked, not who acts (培训谁来办 asks who runs it). */
const WHOM = /(?:服务|培训|带动|针对|帮扶|扶持|支持|面向|照顾|覆盖|帮)谁(?![来去负办提当做搞牵组管出])/;

/** A runner-up this close (by the ranking's weight, example questions included) may answer instead. */
const CLOSE = 0.6;

const actorsIn = (text: string) => new Set(text.match(ACTOR) ?? []).size;

/** The clause that names who for the question's subject: the best one unless it names nobody there, or a restatement names more. */
export function namesWho(kb: KnowledgeBase, q: string, asked: Asked, ranked: readonly Ranked[], best: Ranked, weigh: (r: Ranked) => number = rankWeight): Ranked {
  if ((asked !== 'who' || WHOM.test(q)) && !BODIES_CHOICE.test(q)) return best;
  // The topic is told before the question word (验收由谁组织: 验收); the verb after it says what is done.
  const all = subjectWords(kb, q);
  const at = q.search(/谁|哪/);
  const topic = at > 0 ? all.filter((w) => q.indexOf(w) >= 0 && q.indexOf(w) < at) : [];
  // 验收由谁组织: a topic too short for the word list is the text before the question word (without the programme's name).
  const told = at > 0 ? kb.stripForSearch(q.slice(0, at)).replace(/[\p{P}\p{S}\s]/gu, '').replace(/(?:由|是|要|该|归|让|找|得|应该?|需要|来)+$/, '') : '';
  const topical = topic.length ? topic : told.length >= 2 && kb.allText.includes(told) ? [told] : all;
  // 项目验收: a word most clauses use (项目, 示范) does not tell where a clause speaks of the subject; the rarer ones do.
  const rare = topical.filter((w) => kb.clauses.filter((c) => c.body.includes(w)).length * 3 <= kb.clauses.length);
  const subject = rare.length ? rare : topical;
  const named = (r: Ranked) => actorsIn(partsAbout(r.clause.body, subject));
  const mine = named(best);
  const restated = new Set((kb.parallels.get(best.clause.id) ?? []).map((c) => c.id));
  // 市州要确保…符合谁的要求: the body the question says does it (市州, 示范县) must be the one the restatement speaks of too.
  const doers = [...new Set(at > 0 ? (q.slice(0, at).match(ACTOR) ?? []) : [])].filter((w) => w.length >= 2 && best.clause.body.includes(w));
  const other = ranked
    .slice(0, 4)
    .filter((r) => r !== best && weigh(r) >= CLOSE * weigh(best))
    // A clause naming nobody gives way to one that covers most of the question; a restatement to one that says as much and more.
    .filter((r) => (mine === 0 ? r.coverage >= 0.5 : restated.has(r.clause.id) && [...subject, ...doers].every((w) => !best.clause.body.includes(w) || r.clause.body.includes(w))))
    .find((r) => named(r) > mine);
  // 资金的方向按谁的要求: a clause naming nobody gives way to one that names who, and that one to its restatement naming more (符合国家和省厅的要求).
  return other && mine === 0 ? namesWho(kb, q, asked, ranked, other, weigh) : (other ?? best);
}

/** Where the notice names a level's own bodies (省商务厅, 市州商务局, 示范县人民政府): there it states that level's role. */
const LEVELS: readonly { readonly level: string; readonly body: string; readonly bodies: RegExp }[] = [
  { level: '省', body: '省商务厅', bodies: /省(?:商务厅|财政厅|扶贫办|上|级)/ },
  { level: '州', body: '市州商务局', bodies: /州商务局|市州/ },
  { level: '县', body: '示范县人民政府', bodies: /县人民政府|示范县政府|县负全责/ },
];

export type Level = (typeof LEVELS)[number];

/** The level whose role is asked (省里管啥, 州里是监管单位，那省里是什么), read from the end of the question. */
export function askedLevel(q: string): Level | undefined {
  // The level opens the part that asks (那省里是什么), not the object of a verb (督促县里干啥 asks what the 市州 do).
  const level = /(?:^|[，,；;。？?！!'"“”‘’]|那么?|而)([省州县])(?:里|上|级)(?:是|主要|具体|都|各)*(?:干啥|干什么|做什么|管啥|管什么|负责啥|负责什么|什么角色|啥角色|什么单位|啥单位|什么|啥)[？?]?$/.exec(q)?.[1];
  return LEVELS.find((l) => l.level === level);
}

/** The clause naming the asked level's bodies, when the best names none of them. */
export function levelRole(level: Level | undefined, ranked: readonly Ranked[], best: Ranked): Ranked {
  if (!level || level.bodies.test(best.clause.body)) return best;
  return ranked.slice(0, 3).find((r) => level.bodies.test(r.clause.body)) ?? best;
}

/**
 * 省里三家主要干啥 asks a body's role, not the programme's 主要任务 (目标任务, which 主要干啥 alone is read as):
 * the body's word keeps the question about its role (干啥的 → 责任监管).
 */
// 州财政局在这个项目里负责什么: where it acts (在这个项目里) is the programme itself, and asks nothing more.
/** 省商务厅财政厅扶贫办: a level said once for a run of bodies is each one's (省商务厅、省财政厅、省扶贫办), as the notice writes them. */
const BODY = '(?:商务[厅局]|财政[厅局]|扶贫(?:开发)?办(?:公室)?)';
const SHARED_LEVEL = new RegExp(`([省州县市])(${BODY}(?:[、和及与]?${BODY})+)`, 'g');
const eachLevel = (text: string): string =>
  text.replace(SHARED_LEVEL, (_m, level: string, run: string) => run.match(new RegExp(BODY, 'g'))!.map((b) => `${level}${b}`).join('、'));

export const bodyRole = (text: string): string =>
  eachLevel(text)
    // 省里几个厅在项目里具体做什么: where the body acts (在项目里, 在示范工作中) is no part of what is asked.
    // 三家在这里头管啥: 这里头 is the programme too.
    .replace(
      /((?:厅|局|办|政府|部门|单位|[三几两]家|[省州市县](?:里|上|级)))在(?:这个|整个|本次|这次)?(?:项目|示范|综合示范|示范工作|工作|这里|这件事|其中)(?:里面?|里头|中|当中|上|头)(?=(?:是)?(?:主要|具体)|干啥|干什么|做什么|管啥|管什么|负责啥|负责什么)/g,
      '$1',
    )
    // 县政府在电商工作里负责啥: a field named (电商发展) stays, as what the role is asked in.
    .replace(/((?:厅|局|办|政府|部门|单位|[三几两]家|[省州市县](?:里|上|级))(?:在\p{Script=Han}{2,8}?(?:里面?|里头|中|当中|上))?(?:是)?)(?:主要|具体)(干啥|干什么|做什么|管啥|管什么|负责啥|负责什么)(?!的)/gu, '$1$2的');

/**
 * 省里检查是定期还是不定期: a level named as the one that acts (省里检查, 县里验收) asks of the clause where that level's bodies
 * do it (省商务厅…对项目实施进行定期督查，以现场检查为主), not of another level's like act (州商务局…定期检查).
 */
export function levelActing(q: string, ranked: readonly Ranked[], best: Ranked): Ranked {
  const m = /(?:^|[，,；;。？?！!])([省县](?:里|上|级))(?:自己|主要)?(\p{Script=Han}{2})/u.exec(q);
  const level = LEVELS.find((l) => l.level === m?.[1]?.[0]);
  if (!m || !level || level.bodies.test(best.clause.body)) return best;
  // The word after the level must be the verb (省里检查), not a thing of the level's (县上领导小组).
  const at = m.index + m[0].length - 2;
  let pos = 0;
  const word = tag(q).find((w) => (pos += w.word.length) > at);
  if (!word || pos - word.word.length !== at || !/^v/.test(word.tag)) return best;
  return ranked.slice(0, 3).find((r) => level.bodies.test(r.clause.body) && r.clause.body.includes(m[2]!) && r.score >= 0.6 * best.score) ?? best;
}
