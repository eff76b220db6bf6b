import type { KnowledgeBase } from '../base.ts';
import { subjectWords } from '../answerability.ts';
import { clauseNamed } from '../named-document.ts';
import { citationLabel, type Clause } from '../notice.ts';
import { type Draft, refuse } from '../phrasing.ts';
import { annexed, annexNote, ASKS_ANNEX_NUMBER, type CitedDocument, citedDocuments, full, nationalNotice } from './cited-documents.ts';
import { citedNumbers } from './cited-numbers.ts';
import { documentOnSubject, quotedDocument } from './cited-lookup.ts';
import { intent } from './types.ts';
import { withBodiesChecked, withLetterTitle } from './letter-check.ts';
import {
  ASKS_NUMBER,
  ASKS_ISSUER,
  ASKS_SIGNER,
  ASKS_ADDRESSEE,
  ASKS_COPY,
  ASKS_BASIS,
  ASKS_BOTH_CARRIED_OUT,
  ASKS_FORWARDED_HOW,
  ASKS_IMPLEMENTED,
  ASKS_FUNDS_RULES,
  ASKS_TITLE,
  ASKS_PLAN_TITLE,
  ASKS_LETTER_FOR,
  NAMES_NATIONAL,
  DOCUMENT_WORDS,
  ASKS_ANNEXES,
  WHICH_DOCUMENT,
} from './document-words.ts';

/**
 * The documents themselves: the letter's 文号, who issued it, who signed it, to whom it
 * went, and the documents the notice relies on, named in full with their 文号 (read from
 * the notice text, so another programme's notice needs no code).
 */

/** The letter: the first document whose opening names its 文号. */
function letterOf(kb: KnowledgeBase): { clause: Clause; number: string; issuers: string[] } | undefined {
  for (const clause of kb.clauses.filter((c) => c.level === 1)) {
    const number = /([\p{Script=Han}]+〔\d{4}〕\d+号)/u.exec(clause.title)?.[1];
    if (!number) continue;
    const issuers = (/^(.+?)关于/.exec(clause.title)?.[1] ?? '').split(/\s+/).filter(Boolean);
    return { clause, number, issuers };
  }
  return undefined;
}

type Asked =
  | 'number'
  | 'issuer'
  | 'signer'
  | 'addressee'
  | 'copy'
  | 'basis'
  | 'funds-rules'
  | 'annexes'
  | 'plan-title'
  | 'plan-number'
  | 'forwarded-how'
  | 'cited'
  | { readonly byNumber: string; readonly issuer: boolean; readonly year?: boolean }
  | { readonly onSubject: CitedDocument; readonly rule?: boolean }
  | { readonly byTitle: CitedDocument; readonly issuer: boolean; readonly title?: boolean; readonly year?: boolean };

/** 资金执行率要到多少, 支出进度: how fast the money is spent, a figure the notice does not set, not the rules it follows. */
const SPENDING_PACE = /执行率|执行进度|支出进度|拨付进度/;

export const documents = intent({
  id: 'fact:documents',
  recognise: ({ q, raw, counties }, kb): Asked | undefined => {
    const byNumber = /(\d+号)/.exec(q)?.[1];
    // 抄送了哪些部门 asks the copies: 哪些部门 there names the bodies copied, not who issued the letter.
    const issuer = ASKS_ISSUER.test(q) || (!ASKS_COPY.test(q) && /哪几家|哪些部门|谁发|哪个部门|什么部门|由谁/.test(q));
    // …管理办法是财政部发的吧: a cited document's issuer checked is that document's, not the letter's.
    // 183号文讲的啥, 163号文叫啥: the document; 183号文说资金使用方向要符合谁的要求 asks what it says, which the text answers.
    // 256号是哪年的文, 183号是2018年还是2017年的: the year its 文号 carries; not 有效期到哪年, which no 文号 says.
    const year = /(?<![到至])(?:哪一?年|几几年|什么年份|哪个年份)(?:的|发|印发|出台|下发|出的|定的)|是(?:哪一?年|几几年)|是(?:20)?\d\d年?的?还是(?:20)?\d\d年/.test(q) && !/有效|到期|截止|执行到|管到|用到/.test(q);
    // …暂行办法是财预多少号, 存量资金那个通知是哪年发的: a document named by its title, asked its number or year too.
    // 考核办法是附件几号: the annex's number, answered from the list of annexes below.
    const byTitle = ASKS_ANNEX_NUMBER.test(q) ? undefined : /文号|编号|几号|谁|哪|部门|印发|发布|什么/.test(q) || ASKS_NUMBER.test(q) || ASKS_TITLE.test(q) || issuer || year ? quotedDocument(kb, raw, ASKS_NUMBER.test(q) || ASKS_TITLE.test(q) || issuer || year) : undefined;
    if (byTitle && !kb.clauses.some((c) => c.level === 1 && raw.includes(c.title.slice(0, 12)))) return { byTitle: annexed(kb, raw, byTitle), issuer, title: ASKS_TITLE.test(q), year };
    // 183号转发的是哪个文件: what the letter named by its own number forwards is the plan, not the letter's number.
    // 183号文要一并贯彻落实的是啥: what the letter has carried out together is the plan and its requirements, not its number.
    if (ASKS_IMPLEMENTED.test(q)) return 'forwarded-how';
    if (byNumber && ASKS_PLAN_TITLE.test(q) && letterOf(kb)?.number.endsWith(`〕${byNumber}`)) return 'plan-title';
    if (byNumber && (ASKS_TITLE.test(q) || /哪个文|什么文件|(?:讲|说)(?:的|了)?是?(?:啥|什么)|是个?(?:啥|什么)/.test(q) || issuer || year)) return { byNumber, issuer, year };
    if (ASKS_FORWARDED_HOW.test(q) || ASKS_BOTH_CARRIED_OUT.test(q)) return 'forwarded-how';
    // 附件2呢 named bare asks what it is; 附件1的单位是啥, 附件里甘南哪几个县, 卓尼在附件1里吗: the table's unit, counties or rows (places.ts), not which annexes.
    if (ASKS_ANNEXES.test(q) && !counties.length && /哪|几|什么|啥|有|吗|是不是|^(?:那)?附件[1-9一二三]?(?:呢)?[?？]?$/.test(q) && !/万元?还是元|元还是万元?|单位是(?:元|万元|啥|什么)|(?:啥|什么)单位|以什么为单位/.test(q) && !/(?:哪些|哪几个?|几个)(?:示范)?县|示范县(?:有|是)?(?:哪|几)/.test(q)) return 'annexes';
    // 统筹闲置资金依据的通知叫啥: the document cited on that subject, not the plan.
    // (The basis of 考核 or 绩效 is a list of four, which 'basis' below gives.)
    const basisNamed = ASKS_TITLE.test(q) && /依据|根据|按照|按的|引用/.test(q) && !/考核|评价|绩效|验收/.test(q) ? documentOnSubject(kb, q, true) : undefined;
    if (basisNamed) return { byTitle: basisNamed, issuer: false, title: true };
    // 培训要按哪个文件来, 办培训依据什么办法: the rule of the sentence that cites a document on that subject alone.
    const followed = WHICH_DOCUMENT.test(q) && !/考核|评价|绩效|验收/.test(q) ? documentOnSubject(kb, q, true) : undefined;
    // (《方案》 in the letter is the plan forwarded, no document cited on a subject.)
    if (followed && !Object.values(kb.data.documents).some((d) => d.cite.includes(followed.title.replace(/[《》]/g, '')))) return { onSubject: followed, rule: true };
    // 通知是几几年的, 这是哪年的文件: the year the notice's own 文号 carries.
    const letterNumber = /(?:通知|文件|这个?文|本文)是?(?:哪一?年|几几年|什么年份)|(?:这|本通知|这个通知)是(?:哪一?年|几几年)的(?:文件?|通知)?/.test(q) && !/方案|有效|到期|截止/.test(q) ? letterOf(kb) : undefined;
    const ownNumber = letterNumber ? /(\d+号)$/.exec(letterNumber.number)?.[1] : undefined;
    if (ownNumber) return { byNumber: ownNumber, issuer: false, year: true };
    // 方案是哪年的, 方案管的是哪年的项目: the plan's title names its year. (通知的标题和文号, the plan unnamed: the letter's own, below.)
    if ((ASKS_PLAN_TITLE.test(q) && !(ASKS_NUMBER.test(q) && ASKS_TITLE.test(q) && !/方案/.test(q))) || ASKS_LETTER_FOR.test(raw) || /(?:实施方案|方案|项目)(?:(?:管|针对|适用于?|说|讲|指)?的?是?(?:哪一?年|几几年|什么年份)的|(?:管|针对|适用于?)的?是?(?:哪一?年|几几年|什么年份)[？?]?$)/.test(q)) return 'plan-title';
    // 国家文件有哪些，列下文号: several documents asked (the basis or the citations below), not the one national notice.
    const several = /哪些|哪几|几个|几份|都有(?:啥|什么)|列(?:一下|下|出来)|分别/.test(q);
    if ((ASKS_NUMBER.test(q) || ASKS_TITLE.test(q)) && NAMES_NATIONAL.test(q) && !several && !/转发|州|这个?文|本通知|实施方案|管理办法|资金|遵守|转移支付|系统|平台|专栏|网站|栏目/.test(q) && nationalNotice(kb)) return { byTitle: nationalNotice(kb)!, issuer };
    // 国家开展示范工作的通知谁发的, 按哪个国家文件开展的 (not 商务部那个系统叫啥, a system's name): the national notice opening the year's work; not the letter, the plan or another subject's document.
    const asksWhich = issuer || ASKS_NUMBER.test(q) || ASKS_TITLE.test(q) || /(?:按|按照|依据|根据|依照)(?:的是)?(?:哪|啥|什么)/.test(q);
    const national = /开展/.test(q) && NAMES_NATIONAL.test(q) && asksWhich && !/转发|州|这个?文|这个?通知|本通知|实施方案|管理办法|资金|遵守|转移支付|培训|考核|绩效|验收/.test(q) ? nationalNotice(kb) : undefined;
    if (national) return { byTitle: national, issuer };
    if (ASKS_SIGNER.test(q) && !/职务|职位|级别|什么官|哪个单位|电话|联系|报销|审批|流程|验收|合同|拨付/.test(q)) return 'signer';
    if (ASKS_COPY.test(q)) return 'copy';
    if (ASKS_ADDRESSEE.test(q)) return 'addressee';
    if (ASKS_ISSUER.test(q)) return 'issuer';
    // 考核除了依据的文件还看啥: the basis set aside by 除了 is not what is asked.
    if (ASKS_BASIS.test(q.replace(/除(?:了|去)[^，,。；;？?]*?(?:以外|之外|外)?[，,]?(?=还|另外|其他|别的)/, '')) && /考核|评价|绩效|验收/.test(q)) return 'basis';
    // 方案里引的几个2015年的文，文号给我: the documents cited, by number.
    if (ASKS_NUMBER.test(q) && /引|提到|提及|列的|依据的/.test(q) && /几个|几份|哪些|哪几|这些|各|\d{4}年?的/.test(q)) return 'cited';
    // 中央资金要遵守哪个办法; not 资金执行率要到多少 (a rate), nor 闲置资金统筹依据哪个文 or 培训要符合哪个办法, whose subject another clause speaks of.
    const fundsTopic = subjectWords(kb, q).every((w) => DOCUMENT_WORDS.test(w) || fundsSentences(kb).some((x) => x.includes(w)));
    if (ASKS_NUMBER.test(q) && /管理办法|专项资金|财政部|资金使用|资金.{0,4}(按|执行)/.test(q) && fundsTopic && !SPENDING_PACE.test(q)) return 'funds-rules';
    // 省里这个实施方案文号是多少: the forwarded plan's own number, not the letter's.
    if (ASKS_NUMBER.test(q) && /方案/.test(q) && !/转发|州|通知|这个?文|那个文/.test(q)) return 'plan-number';
    const onSubject = ASKS_NUMBER.test(q) ? documentOnSubject(kb, q) : undefined;
    if (onSubject) return { onSubject };
    if (ASKS_NUMBER.test(q)) return 'number';
    if (ASKS_FUNDS_RULES.test(q) && /遵守|按照|依据|执行|什么|哪个|哪些|啥|文号/.test(q) && fundsTopic && !SPENDING_PACE.test(q)) return 'funds-rules';
    return undefined;
  },
  answer: (asked, { q }, kb) =>
    typeof asked === 'object'
      ? 'onSubject' in asked
        ? asked.rule
          ? citingRule(kb, asked.onSubject)
          : byTitle(kb, { byTitle: asked.onSubject, issuer: false })
        : 'byTitle' in asked
          ? byTitle(kb, asked)
          : byNumber(kb, asked, q)
      : asked === 'plan-number'
        ? planNumber(kb, q)
        : asked === 'annexes' || asked === 'plan-title' || asked === 'basis' || asked === 'funds-rules'
          ? aboutCited(kb, asked, q)
          : asked === 'forwarded-how'
            ? forwardedHow(kb, q)
          : asked === 'cited'
            ? citedNumbers(kb, q, kb.clauses.flatMap(citedDocuments), full)
          : aboutLetterAll(kb, asked, q),
});

/** 签发人谁 抄送谁: every particular of the letter the question asks, in the order asked first, then the others. */
function aboutLetterAll(kb: KnowledgeBase, first: 'number' | 'issuer' | 'signer' | 'addressee' | 'copy', q: string): Draft | undefined {
  // 州扶贫办是发文单位还是抄送单位: both sides of an either-or are answered.
  const asks = { issuer: /还是.{0,3}发文|发文的?(?:单位|机关|部门)?还是/, signer: ASKS_SIGNER, copy: ASKS_COPY, addressee: ASKS_ADDRESSEE, number: ASKS_NUMBER } as const;
  // 抄送给谁 asks the copies only, not also whom it was sent to.
  const more = (Object.keys(asks) as (keyof typeof asks)[]).filter((a) => a !== first && asks[a].test(a === 'addressee' ? q.replace(/抄送/g, '') : q));
  const drafts = [first, ...more].flatMap((a) => aboutLetter(kb, a) ?? []);
  // 我记得抄送有州发改委: each body the asker names is said to be among them or not (letter-check.ts).
  const copies = kb.clauses.flatMap((c) => c.sentences).find((s) => /^抄送/.test(s))?.replace(/^抄送[：:]|。$/g, '').split('、') ?? [];
  if (drafts[0] && (first === 'issuer' || first === 'copy')) drafts[0] = withBodiesChecked(drafts[0], q, first === 'issuer' ? (letterOf(kb)?.issuers ?? []) : copies, first === 'issuer' ? '发文单位' : '抄送单位')!;
  if (drafts[0] && first === 'number') drafts[0] = withLetterTitle(drafts[0], q, letterOf(kb)?.clause.title ?? '');
  return drafts.length > 1 ? { ...drafts[0]!, answer: drafts.map((d) => d.answer).join(''), citations: drafts.flatMap((d) => d.citations) } : drafts[0];
}

type Drafter = (answer: string, clauseId: string, quote: string, section?: string) => Draft;

const drafter =
  (kb: KnowledgeBase, intent: string): Drafter =>
  (answer, clauseId, quote, section) => ({ answered: true, answer, citations: [kb.cite(clauseId, quote, section)], clauseId, intent });

/** The forwarded plan's 文号: stated only if its citation carries one; the letter's own number is not the plan's. */
function planNumber(kb: KnowledgeBase, q: string): Draft {
  const plan = kb.data.documents.plan;
  const number = plan ? /[\p{Script=Han}]+〔\d{4}〕\d+号/u.exec(plan.cite)?.[0] : undefined;
  const letter = letterOf(kb);
  if (plan && number) return drafter(kb, 'fact:documents:plan-number')(`${plan.cite}的文号是${number}。`, letter?.clause.id ?? plan.cite, plan.cite);
  return refuse(kb, q, `${plan?.cite ?? '实施方案'}本身的文号（转发它的通知有自己的文号，不是实施方案的文号）`, 'refusal:plan-number', letter?.clause.id);
}

/** The year read from the 文号 (〔2015〕), and said to be so: the notice gives no date of issue. */
function yearSaid(doc: CitedDocument, asked: boolean | undefined): string {
  const year = asked ? /〔(\d{4})〕/.exec(doc.number)?.[1] : undefined;
  return year ? `文号中的年份为${year}年（通知未写明其具体印发日期）。` : '';
}

/** 培训要按哪个文件来: the clause's sentence that cites the document, as the rule to follow. */
function citingRule(kb: KnowledgeBase, doc: CitedDocument): Draft | undefined {
  const clause = kb.byId.get(doc.clauseId);
  const sentence = clause?.sentences.find((s) => s.includes(doc.title));
  return clause && sentence ? drafter(kb, 'fact:documents:citing-rule')(`根据${citationLabel(clause)}：${sentence}`, clause.id, sentence) : undefined;
}

/** 163号文件叫啥, 102号文是哪几家发的: a document cited by its number (or the letter itself). */
function byNumber(kb: KnowledgeBase, asked: { readonly byNumber: string; readonly issuer: boolean; readonly year?: boolean }, q = ''): Draft | undefined {
  const letter = letterOf(kb);
  // 183号那个文是谁签发的: the signer, not the issuers.
  if (letter?.number.endsWith(`〕${asked.byNumber}`)) return ASKS_SIGNER.test(q) ? aboutLetter(kb, 'signer') : asked.issuer ? withBodiesChecked(aboutLetter(kb, 'issuer'), q, letter.issuers, '发文单位') : aboutLetter(kb, 'number');
  const doc = kb.clauses.flatMap(citedDocuments).find((d) => d.number.endsWith(`〕${asked.byNumber}`));
  if (!doc) return undefined;
  const dated = yearSaid(doc, asked.year);
  const answer = asked.issuer && doc.issuers ? `${doc.number}（${doc.title}）由${doc.issuers}印发。${dated}` : `${doc.number}是${doc.title}。${dated}`;
  return drafter(kb, 'fact:documents:by-number')(answer, doc.clauseId, `${doc.issuers}${full(doc)}`);
}

/** 《…暂行办法》的文号是什么, 《…管理办法》是哪个部门印发的: a document the question names by its title. */
function byTitle(kb: KnowledgeBase, asked: { readonly byTitle: CitedDocument; readonly issuer: boolean; readonly title?: boolean; readonly year?: boolean }): Draft | undefined {
  const doc = asked.byTitle;
  // 考核办法全称是什么: the title in full, as the notice cites it.
  // The list of annexes names it without 《》: quoted as it stands there.
  const quote = kb.byId.get(doc.clauseId)?.body.includes(full(doc)) ? `${doc.issuers}${full(doc)}` : kb.sentenceWith(doc.clauseId, [doc.title.replace(/[《》]/g, '')]);
  if (asked.title && !asked.issuer) return drafter(kb, 'fact:documents:by-title')(`全称为${full(doc)}。`, doc.clauseId, quote);
  // 《财政部关于印发…的通知》: the issuer opens the title.
  const issuers = doc.issuers || (/^《(.+?)关于/.exec(doc.title)?.[1] ?? '');
  const answer = asked.issuer
    ? issuers ? `${doc.title}由${issuers}印发${doc.number ? `，文号为${doc.number}` : ''}。` : undefined
    : doc.number ? `${doc.title}的文号是${doc.number}。${yearSaid(doc, asked.year)}` : `通知中引用${doc.title}时没有写明文号${asked.year ? '，也没有写明其印发年份' : ''}。`;
  return answer ? drafter(kb, 'fact:documents:by-title')(answer, doc.clauseId, `${doc.issuers}${full(doc)}`) : undefined;
}

/** The annexes, the forwarded plan's full title, the evaluation's basis, the funding rules: documents the notice names. */
/** The sentences that name what the central funds must follow. */
const fundsSentences = (kb: KnowledgeBase): string[] =>
  kb.data.fundRules.forbiddenUses.clauses.flatMap((id) => kb.byId.get(id)?.sentences.filter((x) => x.includes('《')) ?? []);

/** 让我们参考还是贯彻落实: the letter's sentence that forwards the plan and says what to do with it; 县财政局也要执行吗: the addressees too. */
function forwardedHow(kb: KnowledgeBase, q: string): Draft | undefined {
  const letter = letterOf(kb);
  const plan = kb.data.documents.plan?.cite ?? '实施方案';
  const sentence = letter?.clause.sentences.find((x) => x.includes('转发') && x.includes(plan));
  if (!letter || !sentence) return undefined;
  const to = /商务局|财政局|扶贫办/.test(q) ? letter.clause.sentences.find((x) => /[：:]$/.test(x)) : undefined;
  return drafter(kb, 'fact:documents:forwarded-how')(`${to ? `本通知主送${to.replace(/[：:]$/, '')}。` : ''}${letter.number}写明：“${sentence}”即转发的实施方案和所提要求须一并贯彻落实。`, letter.clause.id, sentence);
}

function aboutCited(kb: KnowledgeBase, asked: 'annexes' | 'plan-title' | 'basis' | 'funds-rules', q: string): Draft | undefined {
  const draft = drafter(kb, `fact:documents:${asked}`);
  const plan = kb.data.documents.plan;
  switch (asked) {
    case 'annexes': {
      const list = kb.clauses.find((c) => /^附件/.test(c.title) && c.level > 1);
      return list ? draft(`${plan?.cite ?? '实施方案'}的${list.body.replace(/^附件[：:]\s*/, '附件有：').replace(/。?$/, '。')}${annexNote(kb, q, list.body)}`, list.id, list.body) : undefined;
    }
    case 'plan-title': {
      const letter = letterOf(kb);
      if (!plan || !letter) return undefined;
      // 转发的是哪个文件, 州里这个文是干啥的, 州文里的《方案》指哪个 ask the letter (which names it in full); 省方案全名是啥, the plan itself.
      const own = /转|指|州/.test(q) ? undefined : kb.clauses.find((c) => c.level === 1 && c !== letter.clause && plan.cite.includes(c.title));
      return own
        ? draft(`实施方案的全称为${plan.cite}。`, own.id, plan.cite)
        : draft(`转发的实施方案全称为${plan.cite}。`, letter.clause.id, letter.clause.sentences.find((x) => x.includes(plan.cite)) ?? plan.cite);
    }
    case 'basis': {
      const evaluation = kb.byId.get(kb.data.clauseRoles.evaluation);
      if (!evaluation) return undefined;
      // The sentence that names the basis, word for word: 以……等……为基本依据.
      const sentence = evaluation.sentences.find((x) => /为基本依据/.test(x)) ?? evaluation.sentences[0] ?? '';
      const list = /以(.+?)(?:等[^《》]*)?为基本依据/.exec(sentence)?.[1] ?? citedDocuments(evaluation).map(full).join('、');
      return draft(`绩效目标考核以${list}等相关规定政策文件为基本依据。`, evaluation.id, sentence);
    }
    case 'funds-rules': {
      // 省方案里中央资金依据哪个文: the plan's clause, not the letter's restatement.
      const clause = kb.byId.get(clauseNamed(kb, q, kb.data.fundRules.forbiddenUses.clauses[0]!));
      const doc = clause ? citedDocuments(clause)[0] : undefined;
      return clause && doc ? draft(`中央资金使用要严格遵守${full(doc)}等相关规定。`, clause.id, kb.sentenceWith(clause.id, [doc.title])) : undefined;
    }
  }
}

/** The letter's own particulars: its 文号, issuers, signer, addressees, copies. */
function aboutLetter(kb: KnowledgeBase, asked: 'number' | 'issuer' | 'signer' | 'addressee' | 'copy'): Draft | undefined {
  const letter = letterOf(kb);
  if (!letter) return undefined;
  const draft = drafter(kb, `fact:documents:${asked}`);
  const head = letter.clause;
  const line = (re: RegExp) => head.sentences.find((s) => re.test(s)) ?? '';
  switch (asked) {
    case 'number':
      return draft(`本通知的文号是${letter.number}（${letter.issuers.join('、')}联合发文）。`, head.id, line(/〔\d{4}〕\d+号$/) || letter.number, '文号');
    case 'issuer':
      return draft(`本通知由${letter.issuers.join('、')}联合印发（${letter.number}），转发${kb.data.documents.plan?.cite ?? '实施方案'}。`, head.id, line(/文件$/) || head.title, '版头');
    case 'signer': {
      const signer = line(/签发人/);
      return signer ? draft(`本通知的${signer.replace(/[：:]/, '是').replace(/。$/, '')}。`, head.id, signer, '签发人') : undefined;
    }
    case 'addressee': {
      const to = line(/[：:]$/);
      return to ? draft(`本通知主送${to.replace(/[：:]$/, '')}。`, head.id, to, '主送单位') : undefined;
    }
    case 'copy': {
      const owner = kb.clauses.find((c) => c.sentences.some((x) => /^抄送/.test(x)));
      const copy = owner?.sentences.find((x) => /^抄送/.test(x));
      return owner && copy ? draft(`本通知${copy.replace(/[：:]/, '').replace(/。$/, '')}。`, owner.id, copy, '抄送') : undefined;
    }
  }
}
