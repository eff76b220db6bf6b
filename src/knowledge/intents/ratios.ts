import { absentWords } from '../answerability.ts';
import { askingParts } from '../asked-type.ts';
import type { KnowledgeBase } from '../base.ts';
import { fuzzyNote, percent, wan, type Draft } from '../phrasing.ts';
import { QUANTITY_SLOT } from '../question.ts';
import { OTHER_MONEY } from '../unstated-asked.ts';
import { TIME_CHOICE, TOLERANCE } from '../unstated-figure.ts';
import { movedAmount } from './moved-money.ts';
import { MONEY } from './table-scope.ts';
import { type ShareFigures, shareFigures } from './share-figures.ts';
import { intent, type Question } from './types.ts';

/** The funding shares (上行 at least 50%, the service centre at most 15%) and the coverage target, with a check of a figure the asker gives. */

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 七百, 一千五, 三百五十, 十八: a number in characters below ten thousand (a digit after the last unit counts a tenth of it). */
export function hanNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      lastUnit = UNIT[ch]!;
      digit = undefined;
    } else return undefined;
  }
  if (digit !== undefined) total += lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  return text ? total : undefined;
}

/** 三分之一, 4分之1, 一半 (not 一半天): a share said as a fraction. */
const FRACTION = /([\d一二两三四五六七八九十]+)分之([\d一二两三四五六七八九十]+)|(一半)(?!天)/;

function fractionShare(whole: string, part: string): number | undefined {
  const n = (t: string) => (/^\d+$/.test(t) ? Number(t) : hanNumber(t));
  const [w, p] = [n(whole), n(part)];
  return w && p !== undefined && p <= w ? p / w : undefined;
}

/** A share or an amount the question carries: 18%, 百分之十八, 600万, 七百万. */
export function carriedFigure(q: string): { share?: number; wan?: number } | undefined {
  const pct = /(\d+(?:\.\d+)?)\s*(?:%|％|个点)/.exec(q) ?? /百分之(\d+(?:\.\d+)?)/.exec(q);
  if (pct) return { share: Number(pct[1]) / 100 };
  const hanPct = /百分之([零一二两三四五六七八九十百]+)/.exec(q);
  const share = hanPct ? hanNumber(hanPct[1]!) : undefined;
  if (share !== undefined) return { share: share / 100 };
  // 三成, 两成半: tenths, as officials say a share.
  const tenths = /([一二两三四五六七八九])成(半)?/.exec(q);
  if (tenths) return { share: (DIGIT[tenths[1]!]! + (tenths[2] ? 0.5 : 0)) / 10 };
  const fraction = FRACTION.exec(q);
  const part = fraction && (fraction[3] ? 0.5 : fractionShare(fraction[1]!, fraction[2]!));
  if (part) return { share: part };
  // 7600000元: an amount in yuan, read in 万元 as the rule's figures are (below 10000 yuan is no share of a county's money).
  const yuan = /(?<![\d.])(\d{5,})\s*元/.exec(q);
  if (yuan) return { wan: Number(yuan[1]) / 10000 };
  const yi = /(\d+(?:\.\d+)?)\s*亿/.exec(q);
  if (yi) return { wan: Number(yi[1]) * 10000 };
  const amount = /(\d+(?:\.\d+)?)\s*万/.exec(q);
  if (amount) return { wan: Number(amount[1]) };
  const hanAmount = /([一二两三四五六七八九十][零一二两三四五六七八九十百千]*)万/.exec(q);
  const wan = hanAmount ? hanNumber(hanAmount[1]!) : undefined;
  return wan !== undefined ? { wan } : undefined;
}

/** Money and shares, not floor space or staff; a carried figure with 超/够/行 asks for a check. */
function asksAmount(asked: string): boolean {
  // 往哪几个方向推 asks which, not how many.
  const q = asked.replace(/哪几个?/g, '哪些');
  const check = carriedFigure(q) !== undefined && /超|够|行不行|行不[?？]*$|中不中|可不可以|可以[吗么嘛吧]|行[吗么嘛吧啊]|合规|符合|达标|违规|多了|少了|高了|低了|没问题|有问题|对不对|要求|多不多|少不少|高不高|低不低|多吗|少吗|合适|咋样|怎么样|是这样|对吧|对吗|是吗|就行|就够|属实|真的|过线|能过|过没过|过不过|过得去|过得了|顶格|踩线|卡线|到顶|刚好|正好|毛病|封顶/.test(q);
  // 上行和公服中心哪个给钱多: a comparison of the shares asks both.
  const compares = /(?:哪个|哪一?块|哪一?项|谁)[^，,。？?]{0,6}(?:多|少|高|低|大)/.test(q);
  return (check || compares || QUANTITY_SLOT.test(q) || (MONEY.test(q) && /多少|几|占/.test(q))) && !/面积|平方|米|人员|人数|几个人|几人|几层|规模|配几|配多少/.test(q);
}

function scope({ counties }: Question, kb: KnowledgeBase) {
  const perCounty = kb.data.counties[0]?.allocationWan ?? 0;
  const uniform = kb.data.counties.every((c) => c.allocationWan === perCounty);
  const one = counties.length === 1 ? counties[0]!.county : undefined;
  return { part: one?.name ?? '每个示范县', base: one?.allocationWan ?? perCounty, showBase: uniform || one !== undefined };
}

/** 您所说的18%高于15%的上限。 — a comparison of what the asker says is spent with the rule, or nothing. */
function check(fig: ShareFigures['spent'], rule: { share: number; max: boolean }, base: number): string {
  if (!fig) return '';
  const limit = base * rule.share;
  const [said, ok, bound] =
    fig.share !== undefined
      ? [percent(fig.share), rule.max ? fig.share <= rule.share : fig.share >= rule.share, percent(rule.share)]
      : fig.wan !== undefined && fig.wan <= base
        ? [wan(fig.wan), rule.max ? fig.wan <= limit : fig.wan >= limit, wan(limit)]
        : [undefined, true, ''];
  if (said === undefined) return '';
  if (rule.max) return ok ? `您所说的${said}未超过${bound}的上限，符合这一要求。` : `您所说的${said}高于${bound}的上限，不符合“原则上不得高于${percent(rule.share)}”的要求。`;
  return ok ? `您所说的${said}达到了不低于${bound}的要求。` : `您所说的${said}低于${bound}，不符合“原则上不低于${percent(rule.share)}”的要求。`;
}

interface ShareRule {
  readonly id: 'upstream' | 'service-centre';
  readonly word: RegExp;
  readonly rule: { readonly share: number; readonly clause: string; readonly text: string };
  readonly max: boolean;
}

const shareRules = (kb: KnowledgeBase): readonly ShareRule[] => [
  { id: 'upstream', word: /上行/, rule: kb.data.fundRules.upstreamMinShare, max: false },
  // 中心花225万超没超: a bare 中心 (first, or after 县, 的) is the centre whose share the notice sets; 配送中心, 商贸中心 are not.
  { id: 'service-centre', word: /(?:公服中心|(?<![\p{Script=Han}])中心|(?<=[县的级])中心)/u, rule: kb.data.fundRules.serviceCentreMaxShare, max: true },
];

const BEYOND_SHARE =
  /扣|罚|处罚|后果|怎么办|咋办|咋整|会怎样|超(?:了|出|过)[^，,。？?]{0,8}部分|(?:不够|不足)[^，,。？?]{0,6}部分|(?:县里|地方|自己|自筹|自有)的?(?:钱|资金|财政)|(?:算进|算入|计入|算到|算在|纳入|归入)[^，,。？?]{0,8}(?:比例|%)/u;

const ITEM_COST = /装修|翻新|维修|设备|工资|租金|房租|水电/;

/** A part of the question told as settled before the question proper (凑够50%以后, 上行达标的前提下). */
const PREMISE = /(?:以后|之后|后$|的话$|前提下|基础上|完了?$)/;

/** The money's shares asked as a whole (资金比例有啥规定, 中央资金使用比例有哪几条要求): no subject but the money itself. */
const ALL_SHARES = /^(?:中央资金|中央财政资金|资金|项目资金)?的?(?:使用)?(?:比例|占比)(?:上的?|方面的?)?(?:要求|规定|限制|红线|硬杠杠)?(?:有|都有|是)(?:啥|什么|哪些|哪几条|哪几项|几条|几项)(?:要求|规定|限制|红线|硬杠杠)?$/;

/**
 * An asking part that only checks a figure told before it against the share (够不够比例, 比例够不够, 达没达到比例要求吗,
 * 按县里的盘子比例够吗): no subject of its own.
 */
const CHECKS_ONLY = /^(?:那|这|这样|这个数)?(?:按照?[\u4e00-\u9fff]{0,6}?的?(?:盘子|总盘子|总额|额度|补贴资金|资金)(?:算|来算|计算)?)?(?:的)?(?:比例|占比|这个比例)?(?:够不够|够吗|够了吗|够没够|够了?没有?|够(?=比例|要求|标准)|达不达|达没达到|达到了?没有?|符不符合|符合|满不满足|满足|合不合|超没超|超不超|超了?没有?)(?:比例|比例要求|要求|标准|下限|上限|红线)?(?:吗|没|不|呢)?[?？]*$/;

/** The part of the question that speaks of one rule's subject (上行800万、公服中心200万 → 上行800万). */
function partAbout(q: string, word: RegExp, several: boolean): string {
  if (!several) return q;
  return q.split(/[，,、；;和及与]/).find((p) => word.test(p)) ?? '';
}

/** 您所说的50万元是调整的数额…: said once when the question moves an amount between items, instead of a check. */
const movedNote = (q: string): string => {
  const moved = movedAmount(q);
  return moved ? `您所说的${moved.endsWith('元') ? moved : `${moved}元`}是在各项之间调整的数额，是否符合上述比例，需按调整后各项的资金总额判断。` : '';
};

/** 上行 at least 50%, the service centre at most 15%: the rule, the amount it implies, and a check of the asker's figure for each named. */
export const fundShares = intent({
  id: 'ratio:shares',
  recognise: ({ q }, kb) => {
    // 中央资金的比例有哪几条规定: the shares asked as a whole, none named, are both the notice's shares of the money.
    if (ALL_SHARES.test(q.replace(/[\p{P}\p{S}\s]/gu, ''))) return shareRules(kb);
    const named = shareRules(kb).filter((r) => r.word.test(q));
    // 原则上不低于50%，差几个点算不算: the leeway of the share, which the rule does not give.
    if (!named.length || !asksAmount(q) || /覆盖/.test(q) || TOLERANCE.test(q)) return undefined;
    // 省里的钱上行占几成: the shares are of the central money; another level's or the county's own money has none set.
    if (OTHER_MONEY.test(q)) return undefined;
    // 公服中心买设备能报多少: an item's own amount within the share (装修, 设备, 工资) is not set, only the centre's share
    // (装修最多能花多大比例 asks the share, which is the centre's).
    if (ITEM_COST.test(q) && !carriedFigure(q) && !/比例|占比|百分|几成/.test(q)) return undefined;
    // 上行资金里冷链能占一半: the share of an item within the subject, which the notice does not set (only the subject's own).
    if (named.some((r) => new RegExp(`${r.word.source}\\p{Script=Han}{0,4}?(?:里|中(?!央)|当中|里面|之中)的?(?!资金|钱|经费)\\p{Script=Han}{2,6}?(?:能|可以|要|应|得|最多|至少)?占`, 'u').test(q))) return undefined;
    // 公服中心运营公司每年给多少运营费: a cost the notice never names is not a share.
    if (!carriedFigure(q) && absentWords(kb, q).length) return undefined;
    // 公服中心运营企业每年补多少运营费: a yearly or running cost is no share of the building money, and the notice sets none.
    if (!carriedFigure(q) && /每年|每个?月|一年|年年|运营费|运维费|运营补贴/.test(q)) return undefined;
    // 公服中心15%包不包括装修费: whether a cost the notice never names counts toward the share is not said.
    if (/包不包括|包括|算不算|含不含|计不计入|计入/.test(q) && absentWords(kb, q).length) return undefined;
    // 不够的话扣多少钱, 超了的部分能用县里的钱补吗, 快递补贴算进上行里吗: a consequence, the money beyond the share or what
    // counts toward it, none of which the notice sets.
    if (BEYOND_SHARE.test(q)) return undefined;
    // 上行50%，公服中心15%，那培训占多少: the shares told as background, another subject's share asked.
    const asking = askingParts(q).at(-1) ?? q;
    // (够不够比例, 达没达到比例要求: the asking part names no other subject; it checks the figure told.)
    if (asking !== q && carriedFigure(q.slice(0, q.lastIndexOf(asking))) && !carriedFigure(asking) && /占|比例/.test(asking) && !named.some((r) => r.word.test(asking)) && !/各|分别|都|加起来|合计/.test(asking) && !CHECKS_ONLY.test(asking)) return undefined;
    // 上行凑够50%以后，剩下的能全给公服中心吗: a share told as what is already done is the premise; the other is asked, and answers first.
    const premise = (r: ShareRule) => q.split(/[，,；;。]/).some((p) => r.word.test(p) && PREMISE.test(p));
    // 上行的比例我知道了，那服务中心呢: the subject after 那 is the one asked; the one before it is background, and follows.
    const then = /[，,；;]\s*那/.exec(q);
    const first = (r: ShareRule) => !premise(r) && (!then || r.word.test(q.slice(then.index)));
    return named.length > 1 ? [...named.filter(first), ...named.filter((r) => !first(r))] : named;
  },
  answer: (named, question, kb): Draft => {
    const { part, base: tableBase, showBase } = scope(question, kb);
    const names = kb.data.counties.map((c) => c.name);
    const sentences = named.map(({ id, word, rule, max }) => {
      const figures = shareFigures(question.q, partAbout(question.q, word, named.length > 1), names);
      // The whole is the asker's when given (said as theirs), else the annex's allocation; what is computed is said to be so.
      const base = figures.base ?? tableBase;
      const from = figures.base !== undefined ? `按您所说的${wan(base)}计算` : showBase ? `按附件1${part}补贴资金${wan(base)}计算` : '按各示范县的补贴资金计算';
      const table = figures.base !== undefined && showBase && figures.base !== tableBase ? `（附件1所列${part}补贴资金为${wan(tableBase)}）` : '';
      // 挪50万到上行: an amount moved is no amount spent; it is not checked against the share.
      const moved = movedAmount(question.q);
      const figure = moved ? '' : check(figures.spent, { share: rule.share, max }, base);
      const computed = showBase || figures.base !== undefined ? `${from}${table}，${id === 'upstream' ? `用于上行的不少于${wan(base * rule.share)}` : `用于公共服务中心的最多${wan(base * rule.share)}`}（由上述比例推算，不是通知原文中的数字）。` : '';
      return id === 'upstream'
        ? `中央财政资金支持农村产品上行的比例原则上不低于${percent(rule.share)}。${computed}${figure}`
        : `公共服务中心建设资金使用比例原则上不得高于${percent(rule.share)}。${computed}${figure}`;
    });
    return {
      answered: true,
      answer: `${sentences.join('')}${movedNote(question.q)}${fuzzyNote(question.counties)}`,
      citations: named.map(({ id, rule }) => kb.cite(rule.clause, id === 'upstream' ? `${rule.text}。` : kb.sentenceWith(rule.clause, [percent(rule.share)]))),
      clauseId: named[0]!.rule.clause,
      intent: named.length > 1 ? 'ratio:both' : `ratio:${named[0]!.id}`,
    };
  },
});

/**
 * 覆盖到多少个村, 具体数: a count, which the rate gives only against a total the asker tells (行政村一共200个).
 * 么有条件的贫困村也要覆盖吗 (above) asks whom the service is for (以具备条件的…为服务重点), not the rate.
 */
const COUNT_ASKED = /^(?!.*\d+个)(?=.*(?:多少个|几个|个数|具体数|数量|数目))/;

export const coverageTarget = intent({
  id: 'target:coverage',
  recognise: ({ q }) =>
    // 除了覆盖率还有啥目标: the coverage set aside by 除了 is not what is asked (the other targets, which retrieval finds).
    /除(?:了|去|开)[^，,。；;？?]{0,10}覆盖/.test(q)
      ? undefined
      : // The notice's coverage target is the service points'; a coverage of something else (快递进村, 宽带) is not it.
    // 所有贫困户都要覆盖到吗 asks whom the programme serves (以具备条件的…贫困户为服务重点), not the service points' rate;
    // 谁来核定: who decides it, which the target does not say.
    // 扶持政策要覆盖哪几方面: 覆盖 of the aspects a thing spans (财政、金融…), not the service points' rate.
    // 贫困村有80个，要建多少个服务点才够: a count of sites asked against the villages told, which the share gives.
    /村\p{Script=Han}{0,3}\d+个/u.test(q) && /服务点/.test(q) && /(?:多少|几)个/.test(q) && !/每个|补贴|补助|资金|钱|人/.test(q)
      ? true
      : /覆盖(?:到|了)?(?:哪几|哪些|哪|什么|啥)(?:个|些)?(?:方面|领域|内容|环节|事项|行业)|乡镇|乡级|镇级|县级|哪一?年|什么时候|啥时候|何时|谁|哪个部门|哪个单位|核定|认定|统计局|条件|服务重点/.test(q) || TIME_CHOICE.test(q) || TOLERANCE.test(q) || COUNT_ASKED.test(q) || (/快递|物流|宽带|网络|4G|信号|冷链/.test(q) && !/服务点/.test(q)) || (/户/.test(q) && !/服务点|村/.test(q)) ? undefined : /覆盖/.test(q) || (/服务点/.test(q) && /目标|达到|比例|几成|百分之|铺到|铺开|铺多少|建到多少/.test(q) && !/每个|补贴|补助|资金|标准|钱|费|贷款|利息/.test(q)) ? true : undefined,
  answer: (_m, question, kb): Draft => {
    const t = kb.data.targets.serviceCoverage;
    const fig = carriedFigure(question.q);
    const said =
      fig?.share !== undefined
        ? // 覆盖率50%是指贫困村吗, 目标是50%吧: the target's own figure checked or explained, not a rate reached.
          fig.share === t.share
          ? `您所说的${percent(fig.share)}与通知规定的目标一致。`
          : fig.share >= t.share
          ? `您所说的${percent(fig.share)}已达到${percent(t.share)}左右的目标。`
          : `您所说的${percent(fig.share)}低于${percent(t.share)}左右的目标。`
        : '';
    // 覆盖率跟上行比例都是50%吗: a fund share asked beside the rate is answered too (fundShares leaves 覆盖 questions to this one).
    const shares = shareRules(kb).filter((r) => new RegExp(`${r.word.source}\\p{Script=Han}{0,4}?(?:比例|占比|几成)`, 'u').test(question.q));
    const shareSaid = shares.map(({ id, rule, max }) => {
      const same = fig?.share === rule.share ? `您所说的${percent(rule.share)}是这一比例的${max ? '上限' : '下限'}。` : '';
      return `${id === 'upstream' ? '中央财政资金支持农村产品上行的比例原则上不低于' : '公共服务中心建设资金使用比例原则上不得高于'}${percent(rule.share)}。${same}`;
    });
    // 是死目标吗，县上能不能定得更细: whether the target may be set locally, which the same clause answers (细化制定…工作目标).
    const local = /细化|(?:定|弄|搞)得?更细|(?:自己|自行|结合实际)(?:定|制定|确定)|死目标|硬性|一刀切/.test(question.q) ? kb.sentenceWith(t.clause, ['细化制定']) : '';
    return {
      answered: true,
      answer: `目标是示范县建档立卡贫困村和整体行政村电商服务点覆盖率达到${percent(t.share)}${t.approximate ? '左右' : ''}。${said}${shareSaid.join('')}${local ? `同时，${local}` : ''}`,
      citations: [kb.cite(t.clause, t.text + '。'), ...(local ? [kb.cite(t.clause, local)] : []), ...shares.map(({ id, rule }) => kb.cite(rule.clause, id === 'upstream' ? `${rule.text}。` : kb.sentenceWith(rule.clause, [percent(rule.share)])))],
      clauseId: t.clause,
      intent: 'target:coverage',
    };
  },
});
