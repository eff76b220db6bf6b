import type { KnowledgeBase } from '../base.ts';
import type { Clause } from '../notice.ts';
import { SYNONYMS } from '../synonyms.ts';
import { prepare } from '../text.ts';
import { subjectWords } from '../answerability.ts';
import { bestSentences, queryTokens } from '../retrieval.ts';
import { ASKS_FORWARDED_HOW } from './document-words.ts';
import { intent } from './types.ts';

/**
 * Questions about the documents' structure: "工作内容分哪几块", "基本原则有几条",
 * "州里转发时提了哪几条要求". Answered from the headings of the notice, so any notice
 * in the same Markdown form is answered alike.
 */

const ASKS_PARTS = /包括(?:哪些|啥|什么)(?:内容|方面|工作)|都(?:支持|包括|有)些?(?:啥|什么|哪些)(?:内容|方面|工作)?$|让我们咋弄|要我们(干|做)|提出了什么(总体)?要求|提了啥要求|说了(啥|什么|哪些)|讲了(啥|什么|哪些)|(哪些|什么|啥)要求|(分|有|共|包括|提了|提出|讲了|说了|列了)(哪|几)(几)?(个)?(大)?(块|部分|方面|条|点|项|个方面)|几条|哪几条|哪几块|哪几个方面|几个方面|几大块|都叫啥|分别是|主要内容|说了啥|讲了啥|要我们干啥|要求我们干啥|简单说说/;

/** Whether a named part holds something (工作要求里有没有讲宣传, 公服体系除了建中心还干啥): answered with its parts too. */
const ASKS_WITHIN = /有没有(讲|说(?!法)|提)|(讲|说|提)没(讲|说|提)|(讲|说|提)了.{1,12}没|除了.{1,12}还|是不是就|都归|第几(项|部分|块|条)|(几|哪)(项|块|部分|条)$/;

const NUMERALS = '一二三四五六七八九十';
/** A part asked by its place: 第四点, 第二项, 第3条. */
const ORDINAL = /第([一二三四五六七八九十])(点|条|项|部分|块|个方面)/;

/** A letter's title carries its 文号 (〔2018〕183号); the plan's does not. */
const LETTER_TITLE = /〔\d{4}〕\d+号/;

const bareTitle = (c: Clause) => c.title.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, '');

/** The heading the question names (工作内容, 基本原则…), or the letter when it speaks of the letter as a whole. */
export function namedHeading(kb: KnowledgeBase, q: string, orLetter = true, raw = q): Clause | undefined {
  const withChildren = kb.clauses.filter((c) => c.level >= 2 && kb.clauses.some((x) => x.id.startsWith(`${c.id}-`)));
  // Named in full, or by the end of its title: four characters or more (…公共服务体系), or a domain term
  // (促进农村产品上行 → 上行) when the question speaks of a part (上行那部分, 上行分几条). A full name wins.
  const speaksOfPart = /部分|这块|那块|分(几|哪)|几(条|项|块)|哪几(条|项|块)/.test(q);
  const match = (c: Clause): number => {
    const title = [...prepare(bareTitle(c))];
    if (q.includes(title.join(''))) return 100 + title.length;
    for (let n = title.length - 1; n >= 2; n--) {
      const tail = title.slice(-n).join('');
      if ((n >= 4 || (speaksOfPart && tail in SYNONYMS)) && q.includes(tail)) return n;
    }
    // 产品上行 as typed: the title's end, before canonical words shortened both (促进农村产品上行 → 上行).
    const plain = bareTitle(c);
    for (let n = plain.length - 1; n >= 4; n--) if (raw.includes(plain.slice(-n))) return n;
    return 0;
  };
  // 工作内容和工作要求分别是第几部分, 有没有讲基本原则和责任分工: two parts of one document named in full ask for its outline.
  const parts = bothParts(kb, q, raw);
  if (parts) return parts;
  const named = withChildren.map((c) => ({ c, m: match(c) })).filter((x) => x.m > 0);
  if (named.length) return named.sort((a, b) => b.m - a.m)[0]!.c;
  if (!orLetter) return undefined;
  // The letter (〔2018〕183号, 州里转发时): its numbered points.
  const letter = kb.clauses.find((c) => c.level === 1 && LETTER_TITLE.test(c.title));
  // 省方案第五条说…，跟州里通知一样吗: the part is the plan's, named just before its place; the letter is only compared.
  if (/方案(?:里|中|的)?第[一二三四五六七八九十]/.test(q)) return kb.clauses.find((c) => c.level === 1 && c !== letter && kb.clauses.some((x) => x.id.startsWith(`${c.id}-`)));
  const number = letter ? /〔\d{4}〕(\d+号)/.exec(letter.title)?.[1] : undefined;
  if (letter && ((number && q.includes(number)) || /转发|州里|州上|州商务局|州(?:的|那个|这个)?文/.test(q))) return letter;
  // The plan as a whole: 方案一共分几块, 方案一共几大部分, 方案分几个部分.
  if (/方案.{0,4}(分|有|共)(几|哪几)个?(大)?(块|部分)/.test(q)) return kb.clauses.find((c) => c.level === 1 && c !== letter);
  return undefined;
}

/** The document whose parts (一、…, 二、…) the question names two or more of in full. */
function bothParts(kb: KnowledgeBase, q: string, raw = q): Clause | undefined {
  // As typed, too: 基本原则 is canonicalised to 原则, too short alone to name the part.
  const names = (title: string) => (prepare(title).length >= 4 && q.includes(prepare(title))) || (title.length >= 4 && raw.includes(title));
  const sections = kb.clauses.filter((c) => c.level === 2 && names(bareTitle(c)));
  const docs = new Set(sections.map((c) => c.documentId));
  return sections.length >= 2 && docs.size === 1 ? kb.byId.get([...docs][0]!) : undefined;
}

/** What to quote for a part: its text when short, else its first sentence; a heading without text, its first sub-part's. */
function firstWords(kb: KnowledgeBase, c: Clause): string {
  if (c.body) return c.body.length <= 200 ? c.sentences.join('') : (c.sentences[0] ?? c.title);
  const child = kb.clauses.find((x) => x.id.startsWith(`${c.id}-`) && x.body);
  return child ? `${child.title}：${child.sentences[0] ?? ''}` : c.title;
}

/** The longest run of characters two texts share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  return best;
}

/**
 * A figure asked of a part named more closely than the heading (上行的比例有什么要求 names 三（一）3, not 上行 as a whole), or a
 * clause without parts named in full (目标任务里…还要培育啥): the question is about that text, not the heading's list.
 */
function namesNarrower(kb: KnowledgeBase, q: string, heading: Clause): boolean {
  const own = prepare(bareTitle(heading)).length;
  const within = kb.clauses.filter((c) => c.id.startsWith(`${heading.id}-`));
  // Only for a figure asked (比例, 多少): the list of parts never states one.
  if (/比例|百分|几成|占比|多少/.test(q) && within.some((c) => sharedRun(prepare(bareTitle(c)), q) > own + 2)) return true;
  // 上行比例那条在第几部分 (a place asked, not 有没有讲…比例): the figure's word, which the heading's title lacks and one part's title holds, names that part.
  const figure = /比例|占比|百分比/.exec(q)?.[0];
  if (figure && /第几|哪一?(?:条|块|部分|项)/.test(q) && !bareTitle(heading).includes(figure) && within.filter((c) => bareTitle(c).includes(figure)).length === 1) return true;
  const leaves = kb.clauses.filter((c) => c.level >= 2 && c.body && !heading.id.startsWith(c.id) && !within.includes(c) && !kb.clauses.some((x) => x.id.startsWith(`${c.id}-`)));
  return leaves.some((c) => prepare(bareTitle(c)).length >= 4 && q.includes(prepare(bareTitle(c))));
}

function recogniseOutline(q: string, kb: KnowledgeBase, raw = q): Clause | undefined {
  // 州里让我们参考还是贯彻落实: what the letter asks done (documents.ts), not its list of points.
  if (ASKS_FORWARDED_HOW.test(q)) return undefined;
  // 州里文件说按什么要求来公开: which requirement governs a step (按…要求), not the document's list of points.
  if (/按(?:照)?(?:啥|什么|哪些|哪个|谁的?)要求/.test(q)) return undefined;
  const heading = ASKS_PARTS.test(q) || ORDINAL.test(q) || LAST.test(q) ? namedHeading(kb, q, true, raw) : ASKS_WITHIN.test(q) ? namedHeading(kb, q, false, raw) : undefined;
  if (!heading || namesNarrower(kb, q, heading)) return undefined;
  // 原则里提的培育公共品牌是哪条: words quoted from one part's text ask which part holds them (locate.ts), not the list.
  const quoted = ASKS_PARTS.test(q) ? [] : kb.clauses.filter((c) => c.id.startsWith(`${heading.id}-`) && c.body && sharedRun(c.body, raw) >= 6);
  if (quoted.length === 1) return undefined;
  // 管钱这块州里和省里都提了啥要求: a subject asked of the documents as a whole is for the text, not the letter's list of points.
  // (The parts' own names, 基本原则 and 责任分工, are what is asked about, not a subject.)
  const partNames = bothParts(kb, q, raw) === heading ? kb.clauses.filter((c) => c.id.startsWith(`${heading.id}-`) && c.level === heading.level + 1).map((c) => prepare(bareTitle(c))) : [];
  const subject = heading.level === 1 && !ORDINAL.test(q) && !LAST.test(q) ? subjectWords(kb, q).filter((w) => !/州|省|转发|文件|通知|要求|方案|[条点项块]$|示范县|部分|工作/.test(w) && !partNames.some((t) => t.includes(w))) : [];
  return subject.some((w) => kb.allText.includes(w)) ? undefined : heading;
}

/** The last part asked: 最后一条, 最后一点. */
const LAST = /最后一(?:点|条|项|部分|块)/;
/** The last part named beside an ordinal (第二条和最后那条); 最后 of what a part ends on (第四条最后落脚在哪) is not it. */
const LAST_NAMED = /最后(?:一|那一?)?(?:点|条|项|部分|块)|最末|末尾|头尾/;

export const outline = intent({
  id: 'list:outline',
  recognise: ({ q, raw }, kb) => recogniseOutline(q, kb, raw),
  answer: (heading, { q, raw }, kb) => {
    // The list of annexes is not a part of the text.
    const parts = kb.clauses.filter((c) => c.id.startsWith(`${heading.id}-`) && c.id.split('-').length === heading.id.split('-').length + 1 && !/^附件/.test(c.title));
    if (!parts.length) return undefined;
    const name = heading.level === 1 ? heading.source : `“${bareTitle(heading)}”`;
    // One part asked by its place (州里转发文的第四点, 工作内容第二项): that part.
    const ordinals = [...q.matchAll(new RegExp(ORDINAL.source, 'g'))];
    const last = LAST.test(q) && ordinals.length <= 1 && !/第一|头尾/.test(q);
    const n = last ? parts.length : ordinals.length === 1 && !LAST_NAMED.test(q) ? NUMERALS.indexOf(ordinals[0]![1]!) + 1 : 0;
    const part = n > 0 ? parts[n - 1] : undefined;
    // 产品上行是第几项工作内容: the place of the part the question names by its title.
    const runs = parts.map((c) => Math.max(sharedRun(prepare(bareTitle(c)), q), sharedRun(bareTitle(c), raw)));
    const top = Math.max(0, ...runs);
    // Two parts named (目标任务和绩效目标考核分别是第几部分): the whole outline places both, not the one named longer.
    const placed = !part && bothParts(kb, q, raw) !== heading && /第几|哪一(?:项|部分|块|条)/.test(q) && top >= 4 && runs.filter((r) => r === top).length === 1 ? parts[runs.indexOf(top)] : undefined;
    if (placed) {
      const unit = /条|点|项|块/.exec(q.slice(q.indexOf('第几')))?.[0] ?? '部分';
      return {
        answered: true,
        answer: `${name}的第${NUMERALS[parts.indexOf(placed)]}${unit}是“${placed.title}”。`,
        citations: [kb.cite(placed.id, firstWords(kb, placed))],
        clauseId: placed.id,
        intent: 'list:outline',
      };
    }
    // 第三部分讲了哪几块: the part asked by its place, when it has parts of its own, lists them.
    const subParts = part ? kb.clauses.filter((c) => c.id.startsWith(`${part.id}-`) && c.id.split('-').length === part.id.split('-').length + 1) : [];
    if (part && subParts.length && /(?:哪|几)(?:几)?(?:大)?(?:块|部分|方面|项|个方面)|分别/.test(q.slice((ordinals[0]?.index ?? 0) + (ordinals[0]?.[0].length ?? 0)))) {
      return {
        answered: true,
        answer: `${name}的第${ordinals[0]![1]}${ordinals[0]![2]}是“${part.title}”，共${subParts.length}项：${subParts.map((c) => bareTitle(c)).join('；')}。`,
        citations: subParts.slice(0, 4).map((c) => kb.cite(c.id, firstWords(kb, c))),
        clauseId: part.id,
        intent: 'list:outline',
      };
    }
    if (part) {
      // 第一条要求县里建个啥机制: what the question asks of the part is quoted from it, not only its title.
      const asked = queryTokens(kb, q.replace(ORDINAL, '').replace(LAST, ''));
      const found = part.body ? bestSentences(kb, part, asked) : undefined;
      // 第四条落脚在提高啥能力: the words asked after the part (提高, 能力) may be no subject word, yet the sentence holding them answers.
      const told = (w: string) => w.length >= 2 && !/条|点|项|部分|要求|通知|号文|标题|名称|内容|工作|最后/.test(w) && !heading.title.includes(w) && !!found?.lead.includes(w);
      const more = found?.lead && (subjectWords(kb, q).some(told) || asked.words.filter(told).length >= 2);
      return {
        answered: true,
        answer: `${name}的${last ? '最后一' : `第${ordinals[0]![1]}`}${last ? (/条|点|项/.exec(q)?.[0] ?? '条') : ordinals[0]![2]}是“${part.title}”。${more ? `其中写明：${found!.lead}` : ''}`,
        citations: [kb.cite(part.id, more ? found!.quote : firstWords(kb, part))],
        clauseId: part.id,
        intent: 'list:outline',
      };
    }
    // 州上转发省方案是让我们做什么: the letter's own words on what it forwards ask the plan to be carried out too (请一并贯彻落实).
    // 转发时提了哪几条要求 asks for the list alone.
    // 品牌和配送中心都归上行那块: whether a part holds something is shown by quoting each part where it says it (品牌培育…), not its opening words.
    const within = ASKS_WITHIN.test(q) && !ASKS_PARTS.test(q);
    const query = queryTokens(kb, q);
    const heldWords = (c: Clause) => {
      const found = c.body ? bestSentences(kb, c, query) : undefined;
      return found && found.score > 0 ? found.quote : firstWords(kb, c);
    };
    const forwarding = LETTER_TITLE.test(heading.title) && /转发|转来/.test(q) && !/几条|哪几|多少条/.test(q) ? kb.sentenceWith(heading.id, ['转发']) : '';
    return {
      answered: true,
      answer: `${forwarding ? `${name}写明：“${forwarding}”具体` : name}共${parts.length}${LETTER_TITLE.test(heading.title) ? '条要求' : /原则|要求/.test(heading.title) ? '条' : '个部分'}：${parts.map((c) => c.title).join('；')}。`,
      citations: parts.slice(0, 4).map((c) => kb.cite(c.id, within ? heldWords(c) : firstWords(kb, c))),
      // The answer lists the heading's parts: the heading is the clause it answers from.
      clauseId: heading.id,
      intent: 'list:outline',
    };
  },
});
