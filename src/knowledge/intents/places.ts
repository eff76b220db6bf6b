import type { KnowledgeBase } from '../base.ts';
import { unknownPlaces } from '../county-match.ts';
import { fuzzyNote, wan, type Draft } from '../phrasing.ts';
import { TIME_SLOT } from '../question.ts';
import { askedIfHappened } from '../unstated-asked.ts';
import { intent, type Question } from './types.ts';
import { aboutPart, MONEY, onlyAboutTable, perCounty, uniform } from './table-scope.ts';

/** The annex table and the letter's addressees: which counties, which prefecture, how much money. */

const YES_NO_LIST = /是不是|是否|是否是|算不算|有没有|在不在|在名单|入选|列入|属于|包不包括|包括|是示范县|示范县吗|是吗|对吗|上榜|(?:吗|吧|没有|不)[?？。]*$/;
const OUR_PREFECTURE = /本州|我州|州里|咱州|全州|我们州|咱们州/;

/** The short form a 市州 is typed as: 平凉 for 平凉市, 甘南 for 甘南州. */
const shortName = (name: string) => name.replace(/[市州]$/, '');

/** Where the county → 市州 mapping comes from, said with every answer that relies on it. */
const MAPPING_SOURCE = '附件1只列出县名，未注明所属市州；所属市州依据项目数据中登记的行政区划，不是通知原文。';

/** A 市州 of the province with no county on the list (酒泉, 庆阳…): the data says none of the counties is there. */
export const otherPrefecture = intent({
  id: 'fact:prefecture-none',
  recognise: (question, kb) => {
    const other = kb.data.scope.prefectureWords.find((w) => question.raw.includes(w));
    const ours = (w: string) => kb.data.prefectures.some((p) => p.name.startsWith(w) || p.fullName.startsWith(w) || w.startsWith(shortName(p.name)));
    if (!other || question.counties.length || ours(other)) return undefined;
    return /几个|多少|哪些|哪几|名单|有谁|都有|入选|有没有/.test(question.q) ? other : undefined;
  },
  answer: (other, _q, kb) => ({
    answered: true,
    answer: `附件1所列${kb.data.counties.length}个示范县分属${kb.data.prefectures.map((p) => p.name).join('、')}，其中没有${other}的县。${MAPPING_SOURCE}`,
    citations: [kb.tableCite(`共${kb.data.counties.length}个示范县：${kb.data.counties.map((c) => c.name).join('、')}。`)],
    clauseId: kb.data.allocationClause,
    intent: 'fact:prefecture-none',
  }),
});

/** The 市州 a question names (平凉, 定西市, 临夏州, 甘南藏族自治州), or, for 本州, the one whose letter the notice is. */
function prefectureAsked(raw: string, kb: KnowledgeBase) {
  const named = kb.data.prefectures.find((p) => raw.includes(p.name) || raw.includes(p.fullName) || raw.includes(shortName(p.name)));
  if (named) return named;
  const lettered = kb.data.prefectures.filter((p) => p.clause);
  return OUR_PREFECTURE.test(raw) && lettered.length === 1 ? lettered[0] : undefined;
}

export const prefectureCounties = intent({
  id: 'fact:prefecture-counties',
  recognise: (question, kb) => {
    const { raw, q, bare, counties } = question;
    const p = prefectureAsked(raw, kb);
    // 临夏州 also reads as the county 临夏市: a county only in the 市州's own name is not one asked about.
    const inName = (name: string) => !!p && raw.includes(p.name) && !raw.includes(name) && p.name.startsWith(name.replace(/[县区市]$/, ''));
    // 除了卓尼、迭部还有哪个县: the counties named are those set aside, the rest of the 市州's are asked for;
    // 就皋兰一个: whether the one named is all of them.
    const only = /(?:就|只有?|仅)\p{Script=Han}{1,6}一个/u.test(raw);
    // 甘南几个县？我数的是卓尼迭部舟曲碌曲: its own counties told beside a count asked are the asker's list to check.
    const checked = !!p && /几个|多少个/.test(raw) && counties.every((m) => m.county.prefecture === p.id);
    const named = /除了|除去|之外|以外/.test(raw) || only || checked ? [] : counties.filter((m) => !inName(m.county.name));
    // 州里通知说谁是直接责任主体: a question about something else that only names the 市州 is not about its counties.
    if (!p || named.length || aboutPart(q, kb) || !onlyAboutTable(question, kb)) return undefined;
    // 临潭县有钱吗？州里没提: a place of the 市州 that the table does not list is asked about (notListed), not the 市州's list.
    if (!counties.length && unknownPlaces(kb.data, raw, counties, kb.allText).some((u) => !kb.data.scope.prefectureWords.some((w) => u.startsWith(w)))) return undefined;
    // 都是1500吗: a figure checked is money asked.
    // 甘南四个县一共多少: the count told, the sum asked.
    const summed = /[一二两三四五六七八九十\d]+个(?:示范)?县.{0,3}(?:一共|总共|合计|加起来|加一起|共)(?:是|有)?多少/.test(q);
    const money = (MONEY.test(q) && /多少|总|共|合计/.test(q)) || summed || /(?<!\d)\d{3,5}(?![\d年号])[^，,。？?]{0,2}(?:吗|不|么|没|对吧)/.test(q);
    // 州里要求制定哪几个文件 counts documents, not counties; 州里对公开提了哪几个标准, standards.
    if (/(?:哪些|哪几个?|几个|多少个)(?:文件|部门|单位|方面|事|项|条|材料|规定|工作|要求|环节|机制|企业|内容|资料|标准|原则|措施|任务|指标|目标|方向|渠道|重点|职责|责任|字|词|点)/.test(q)) return undefined;
    // 临夏州的呢, 那定西的: a follow-up naming only the 市州 asks its counties, as a bare name does.
    const alone = bare.replace(/^(?:那么|那|还有|另外)/, '').replace(/的?(?:呢|嘞|咧|咋样|怎么样)?$/, '');
    // 甘南这几个县的钱州里要不要留: 这几个县 points at the counties, it does not ask how many they are.
    const asked = q.replace(/[这那]几个/g, '');
    const asks = (alone.length >= 2 && p.name.startsWith(alone)) || p.fullName === alone || /哪些|哪几|还有哪个县|几个|多少个|名单|有谁|包括|都有|是谁|是哪个|县有|有示范县|入选/.test(asked) || money || only;
    return asks ? { p, money } : undefined;
  },
  answer: ({ p, money }, question, kb): Draft => {
    const share = /占|比例|百分之|几成/.test(question.q);
    const list = kb.data.counties.filter((c) => c.prefecture === p.id);
    const names = list.map((c) => c.name).join('、');
    const sum = list.reduce((s, c) => s + c.allocationWan, 0);
    // A 市州 whose letter the notice holds names its counties as addressees; for the others only the data says it.
    const letter = p.clause ? kb.byId.get(p.clause) : undefined;
    const addressees = letter?.sentences.find((s) => list.every((c) => s.includes(c.name)));
    const source = addressees ? '' : MAPPING_SOURCE;
    const rows = kb.tableCite(list.map(kb.countyRow).join('；'));
    const table = /计划表|名单|附件|表[里上中内]/.test(question.q) || /(?:\d+|二十)个(?:示范)?县|(?:全省的?|所有)(?:示范)?县区?(?:里|中|当中)/.test(question.raw);
    return {
      answered: true,
      answer: money
        ? `${p.name}有${list.length}个示范县（${names}），每县补贴资金${wan(perCounty(kb))}，合计${wan(sum)}${share ? `，占全省合计${wan(kb.data.totalWan)}的${Math.round((1000 * sum) / kb.data.totalWan) / 10}%` : ''}（按附件1各县金额相加，附件1没有分市州的小计）。${source}`
        : `${p.name}的示范县有${list.length}个：${names}。${source}`,
      citations: addressees ? (table ? [rows, kb.cite(p.clause!, addressees, '主送单位')] : [kb.cite(p.clause!, addressees, '主送单位'), ...(money ? [rows] : [])]) : [rows],
      // The sum comes from the table, and so does a list asked of the table (上了计划表, 名单里); otherwise the list is the letter's addressees when there is one.
      clauseId: money || table || !addressees ? kb.data.allocationClause : p.clause!,
      intent: 'fact:prefecture-counties',
    };
  },
});

/** A bare name (卓尼, 卓尼县?, 那迭部呢 on its own) or a yes/no about the list asks whether it is on the list. */
function asksMembership({ raw, q, counties }: Question): boolean {
  const bareName = counties.length === 1 && raw.replace(/[\p{P}\p{S}\s]/gu, '').replace(/^(?:那么?|还有)/, '').replace(/呢$/, '').replace(/(县|区|市)$/, '').length <= counties[0]!.typed.replace(/(县|区|市)$/, '').length;
  // 麦积区在表里没: 没 closing a question of being in a list asks yes or no, as 没有 does.
  return (YES_NO_LIST.test(q) || /在\p{Script=Han}{0,6}[里上中内]没[?？。]*$/u.test(q) || bareName) && !MONEY.test(q.replace(/多少资金/, ''));
}

/** What is left of a membership question once the names and the words of asking are gone (迭部是示范县吗 → nothing). */
function residual({ raw, counties }: Question, kb: KnowledgeBase): string {
  let rest = raw.replace(/[\p{P}\p{S}\s]/gu, '');
  for (const m of counties) rest = rest.split(m.typed).join('').split(m.county.name).join('').split(m.county.name.replace(/(县|区|市)$/, '')).join('');
  // 平凉崆峒区和天水麦积区: the 市州 before a county and the word joining two names ask nothing more.
  for (const p of kb.data.scope.prefectureWords) if (counties.length) rest = rest.split(p).join('');
  if (counties.length > 1) rest = rest.replace(/[和与及跟]/g, '');
  // 在那张表上没: the table pointed at, and where on it, ask nothing more (计划表 is named by the synonyms only in `q`).
  return rest.replace(/[那这]?[个张]?表格?[里上中内]|20\d\d年?|示范县|示范|名单|计划表|附件1?|是不是|是否|在不在|有没有|算不算|属不属于|属于|列入|入选|上榜|进了|今年|这次|这批|本次|吗|呢|啊|吧|的|了|里|中|之一|县|区|市|是|在|不|没|有|也|还|都|请问|问一下|一下/g, '');
}

export const membership = intent({
  id: 'fact:membership',
  recognise: (question, kb) => {
    const { q, counties } = question;
    const asks = asksMembership(question) || /名单|示范县|入选/.test(q);
    return counties.length && asks && !MONEY.test(q) && !aboutPart(q, kb) && onlyAboutTable(question, kb) && residual(question, kb).length <= 3 ? true : undefined;
  },
  answer: (_m, { counties }, kb) => ({
    answered: true,
    answer: `是的，${counties.map((m) => m.county.name).join('、')}在附件1所列的${kb.data.counties.length}个示范县之中${uniform(kb) ? `，补贴资金${wan(perCounty(kb))}` : ''}。${fuzzyNote(counties)}`,
    citations: [kb.tableCite(counties.map((m) => kb.countyRow(m.county)).join('；'))],
    clauseId: kb.data.allocationClause,
    intent: 'fact:membership',
  }),
});

export const notListed = intent({
  id: 'fact:not-listed',
  recognise: (question, kb) => {
    if (question.counties.length) return undefined;
    const place = unknownPlaces(kb.data, question.raw, question.counties, kb.allText)[0];
    // 临潭县有补贴资金吗: whether a place not listed has money is answered by the list; how much it has is not.
    const hasMoney = /有(?:没有)?(?:补贴|补助)?(?:资金|钱)(?:吗|么|没有?)?[?？]*$/.test(question.q) && !/多少|几/.test(question.q);
    if (!place || !(asksMembership(question) || hasMoney || /名单|示范县|入选|(资金|补贴|钱).{0,4}多少/.test(question.raw)) || !onlyAboutTable(question, kb)) return undefined;
    // 为啥没进, 有没有收到这个文: why a place is not listed, or whether it received the letter, the notice does not say.
    const why = /为啥|为什么|为何|咋没|怎么没|原因|收到/.test(question.raw);
    return { place, asked: !hasMoney && (MONEY.test(question.q) || /多少/.test(question.q) || why), why, hasMoney };
  },
  answer: ({ place, asked, why, hasMoney }, _q, kb) => ({
    answered: !asked,
    answer: why
      ? '通知中没有明确规定您所问的这一事项，附件1只列出了示范县名单，供参考。'
      : asked
        ? `通知中没有明确规定${place}的补贴资金：附件1所列${kb.data.counties.length}个示范县中没有${place}。`
        : `${hasMoney ? '没有。' : '不是。'}附件1所列的${kb.data.counties.length}个示范县中没有${place}${hasMoney ? '，表中没有它的补贴资金' : ''}。`,
    // A refusal names no figure (the count) that could be read as the answer.
    citations: [kb.tableCite(`${why ? '' : `共${kb.data.counties.length}个`}示范县：${kb.data.counties.map((c) => c.name).join('、')}。`)],
    clauseId: kb.data.allocationClause,
    intent: asked ? 'refusal:not-listed' : 'fact:not-listed',
  }),
});

export const countyAllocation = intent({
  id: 'fact:allocation',
  recognise: (question, kb) => {
    const { q, counties } = question;
    // 卓尼1500万要几年内用完: how long the money lasts, not how much it is.
    // 迭部的资金拨下去了吗: whether the money has moved is not its amount (the notice never says it has).
    if (askedIfHappened(q) && !/多少|几/.test(q)) return undefined;
    return counties.length && (MONEY.test(q) || /多少|几/.test(q) || (counties.length > 1 && COMPARED.test(q))) && !TIME_SLOT.test(q) && !DURATION.test(q) && !aboutPart(q, kb) && onlyAboutTable(question, kb) ? true : undefined;
  },
  answer: (_m, { q, counties }, kb) => {
    const sum = counties.reduce((s, m) => s + m.county.allocationWan, 0);
    // 三个区加起来, 全省合计又是多少: the sum of those named, and the programme's total when asked.
    const together = counties.length > 1 && /加起来|合计|一共|总共|共计|加一块|一起/.test(q) ? `，合计${wan(sum)}（按附件1各县金额相加）` : '';
    const amounts = new Set(counties.map((m) => m.county.allocationWan));
    const top = counties.find((m) => m.county.allocationWan === Math.max(...amounts))!.county.name;
    const compared = counties.length > 1 && COMPARED.test(q) ? (amounts.size === 1 ? '，金额相同' : `，${top}较多`) : '';
    const whole = WHOLE.test(q) && /全省|全部|所有/.test(q) ? `；全省${kb.data.counties.length}个示范县合计${wan(kb.data.totalWan)}` : '';
    return {
    answered: true,
    answer: `${counties.map((m) => `${m.county.name}的补贴资金为${wan(m.county.allocationWan)}`).join('，')}${together}${compared}${whole}。${fuzzyNote(counties)}`,
    citations: [kb.tableCite(counties.map((m) => kb.countyRow(m.county)).join('；') + (whole ? `；合计 ${kb.data.totalWan}` : ''))],
    clauseId: kb.data.allocationClause,
    intent: 'fact:allocation',
    };
  },
});

/** 迭部和卓尼谁的钱多, 哪个县多: two counties' money compared. */
const COMPARED = /谁(?:拿|分|得|给|补|领|批|投|到手)?得?(?:多|少|更多|更少)|哪个县?(?:拿|分|补|领|批|投)?得?(?:多|少)|一样多|差多少|多还是少|相同吗|一样吗|一样不/;

/** A span of time asked about the money (几年内用完, 花完): the table gives amounts, never periods. */
const DURATION = /几年|多少年|几个月|多少个?月|(?:用|花|使用|支出)完|用到哪年|实施期|执行期|使用期/;

const WHOLE = /总共|一共|合计|总额|总计|共计|总资金|总盘子|全省|所有|加起来|总的|总数|一起|整个|全部|总量|总投入/;

export const programmeTotal = intent({
  id: 'fact:total',
  // 所有中央资金项目都要挂牌吗 asks about the projects, not the total: the subject must be the money.
  recognise: (question, kb) => {
    const { q } = question;
    // 全省合计?, 全省一共多少, 总共多少 alone: the table's total named bare (the notice's only sum) (its sentence names the counties' count too, should a count be meant).
    // 计划表加起来多少, 附件1总共是多少: the table named is its money (not 一共几个县, a count of its rows).
    // 合计那栏是多少: the table's total row named by its own word, whatever else is said of the table.
    // 表最后那个合计: 那个, 这个 point at the row, they count nothing.
    const tableSum = (/附件1|附件一|计划表|表里|表上|表格/.test(q) && /多少|是/.test(q) && !/几|个|县|区|市|项|行/.test(q.replace(/[那这]个/g, ''))) || /(?:合计|总计)(?:那|这)?一?(?:栏|行|格)\p{Script=Han}{0,2}(?:多少|是)/u.test(q);
    // 中央的钱要带动谁一起投: 一起 with a party brought in (带动, 引导, 谁) is together, not in total.
    const together = /谁|带动|引导/.test(q);
    // 20个示范县加起来一共多少: counties summed (加起来) without a money word are their money; a count asks 几个, 多少个.
    const summed = /(?:县|区|全省)[^，,。？?]{0,6}加(?:起来|一块|一起|到一起)(?:总共|一共|共|合计)?(?:是)?多少(?!个)/.test(q);
    return /^(?:(?:全省|所有(?:示范)?县|附件1?|计划表|表里?)的?)?(?:合计|总计|共计|总额|(?:一共|总共|加起来)(?:是)?多少)(?:多少)?$/.test(question.bare) || (MONEY.test(q) || tableSum || summed) && WHOLE.test(q) && !together && /多少|几|是|吗|对不对|对吧|[?？]$/.test(q) && !aboutPart(q, kb) && onlyAboutTable(question, kb) ? true : undefined;
  },
  answer: (_m, { q }, kb) => ({
    answered: true,
    answer: `${totalSentence(kb)}${saidTotal(q, kb)}`,
    citations: [kb.tableCite(`合计 ${kb.data.totalWan}（单位：万元）`)],
    clauseId: kb.data.allocationClause,
    intent: 'fact:total',
  }),
});

const totalSentence = (kb: KnowledgeBase) =>
  `附件1所列${kb.data.counties.length}个示范县的补贴资金合计${wan(kb.data.totalWan)}（即${kb.data.totalWan / 10000}亿元）${uniform(kb) ? `，每县${wan(perCounty(kb))}` : ''}。`;

/** 有人说全省一共3亿，对吧: the asker's total checked against the table's. */
function saidTotal(q: string, kb: KnowledgeBase): string {
  // 3个亿 is said for 3亿.
  const said = /(\d+(?:\.\d+)?)\s*个?(亿|万)/.exec(q);
  if (!said) return '';
  const same = Number(said[1]) * (said[2] === '亿' ? 10000 : 1) === kb.data.totalWan;
  return same ? `您所说的${said[1]}${said[2]}元与此一致。` : `您所说的${said[1]}${said[2]}元与附件1的合计不一致，请以附件1为准。`;
}

/** 几个示范县，总盘子多少: the total asked beside the count. */
const ASKS_TOTAL = /(?:总盘子|总额|总资金|总投入|合计|一共|总共|加起来)(?:资金|钱)?(?:是|有)?(?:多少|几)|(?:多少|几)(?:钱|资金)/;
// 这几个县 points at counties, it does not count them; 县里有哪些东西要存着 (县里 reads 示范县) asks 哪些 of another thing.
const ASKS_LIST = /(?<![这那])(哪些|哪几个?|几个|多少个?)(示范)?(县|县区|区县|县市)|(示范县|县区|区县)(有|共|一共|总共)?(几|多少)个?|示范县(一共|总共|共)?(有|是|都有|都是|包括|名单)(哪|几|多少|谁)|名单|入选(的)?(有|是|都有)?(哪|几)|(有|共|一共|总共)(几|多少)个?示范县|示范县(一共|总共|共)?(有)?(多少|几)个/;
const OTHER_THING = /示范县(?:一共|总共|共)?(?:有|是|都有|都是|包括)(?:哪些|哪几|什么|啥)(?!个?(?:示范县|县区|区县|县|区)?(?:呢|啊|吗|了|[？?，,。!！\s]|$))/;

export const countyList = intent({
  id: 'fact:county-list',
  recognise: (question, kb) => {
    const { q, bare } = question;
    // 表里有几个区, 哪些是区: the districts (市辖区) among the table's names, by their 区.
    if (/(?:几|多少)个区(?!县|域)|哪(?:些|几个)(?:是)?区(?!县|域)/.test(q) && onlyAboutTable(question, kb)) return { list: true, districts: true };
    const asks = (ASKS_LIST.test(q) && !OTHER_THING.test(q)) || /^(示范县)?名单$/.test(bare);
    if (!asks || TIME_SLOT.test(q) || !onlyAboutTable(question, kb) || /服务点|站|村|户|人|中心|企业|合作社|部门|单位|文件|政府|工作|要求|责任|资格|取消|情况|条件|内容|信息/.test(q)) return undefined;
    return { list: /哪些|哪几|名单|都有|有谁|都是/.test(q), districts: false };
  },
  answer: ({ list, districts }, { q }, kb) => ({
    answered: true,
    answer: districts
      ? `附件1所列${kb.data.counties.length}个示范县中，区有${kb.data.counties.filter((c) => c.name.endsWith('区')).length}个：${kb.data.counties.flatMap((c) => (c.name.endsWith('区') ? [c.name] : [])).join('、')}。`
      : list
      ? `共有${kb.data.counties.length}个示范县：${kb.data.counties.map((c) => c.name).join('、')}。`
      : ASKS_TOTAL.test(q.replace(ASKS_LIST, ''))
        ? `全省共有${kb.data.counties.length}个示范县。${totalSentence(kb)}`
        : `全省共有${kb.data.counties.length}个示范县${uniform(kb) ? `，每县补贴资金${wan(perCounty(kb))}` : ''}。`,
    citations: [kb.tableCite(`序号1至${kb.data.counties.length}：${kb.data.counties.map((c) => c.name).join('、')}。`)],
    clauseId: kb.data.allocationClause,
    intent: list ? 'fact:county-list' : 'fact:county-count',
  }),
});

/** What is done with the money (统筹, 支配, 管理, 拨付): a question about it asks who does it or how, not the amount. */
const MONEY_HANDLED = /统筹|自主|自己|支配|使用|用于|管理|监管|拨付|调剂|审批|审核|批准/;

export const perCountyAllocation = intent({
  id: 'fact:per-county',
  // 各示范县能自己统筹资金吗 asks who decides over the money, not how much it is.
  // 4个示范县每家各多少: a bare 多少 of each county asks the one amount the table gives per county.
  recognise: ({ q }, kb) =>
    (MONEY.test(q) || (/示范县/.test(q) && /(?:各|每家|每个)(?:是|有|给)?多少[？?]*$/.test(q))) && /每个?县|每个?示范县|一个县|一个示范县|各县|各示范县|单个县|每家|有的县|有些县|个别县|某个?县/.test(q) && !MONEY_HANDLED.test(q) && uniform(kb) && !aboutPart(q, kb) ? true : undefined,
  answer: (_m, _q, kb) => ({
    answered: true,
    answer: `每个示范县的补贴资金为${wan(perCounty(kb))}，${kb.data.counties.length}个示范县合计${wan(kb.data.totalWan)}。`,
    citations: [kb.tableCite(`每个示范县 ${perCounty(kb)}；合计 ${kb.data.totalWan}（单位：万元）`)],
    clauseId: kb.data.allocationClause,
    intent: 'fact:allocation',
  }),
});
