import type { KnowledgeBase } from '../base.ts';
import { absentAskedObject, subjectWords } from '../answerability.ts';
import { unknownPlaces } from '../county-match.ts';
import type { Question } from './types.ts';

/**
 * What the annex table covers, shared by the intents that answer from it (places.ts, table-facts.ts, table-rows.ts,
 * ratios.ts, figure-check.ts): the words of money, the things a county spends on, the allocation per county, and
 * whether a question's subject is only the list or its money.
 */

export const MONEY = /资金|万|亿|补贴|补助|补|预算|额度|盘子|分配|分到|分多少|分得多少|分了多少|拿到|安排|下达|给了|给多少|多少资金|钱/;
/** Things a county spends on; money questions about them are not about the county's allocation. */
export const SUB_ITEMS = /服务点|站|村|户|人|培训|物流|快递|配送|企业|合作社|平台|品牌|认证|贴息|以奖代补|工资|经费|学员|每期|每单|每次|上行|公服中心|比例|占/;
/** The question is about part of the money (its service points, training…), once the programme's own name (电商进农村) is set aside. */
export const aboutPart = (q: string, kb: KnowledgeBase) => SUB_ITEMS.test(kb.stripForSearch(q).replace(/占(?=几个|多少个)/g, ''));

export const perCounty = (kb: KnowledgeBase) => kb.data.counties[0]?.allocationWan ?? 0;
export const uniform = (kb: KnowledgeBase) => kb.data.counties.every((c) => c.allocationWan === perCounty(kb));

/** Words a question about a county's place on the list or its money may use; any other subject is about something else. */
const TABLE_WORDS = /^(示范县|名单|资金|补贴|补助|补贴资金|计划|计划表|建设|建设计划|建设计划表|表|序号|附件|今年|这次|这批|批次|全省|合计|一共|总共|共计|加起来|总额|总数|盘子|总盘子|总量|总计|总资金|投入|总投入|县区|资格|项目|中央|分配|分到|下达|额度|钱|金额)$/;
const BEYOND_TABLE = /乡镇|(?:哪些|哪个|哪几个?|各个?|到)(?:乡|镇|村)|第[二三四五2-5]批|下一?批|还有\p{Script=Han}{0,4}批|其他批次/u;

/** The question's subject, once the county names are set aside, is only the list or the money. */
export function onlyAboutTable(question: Question, kb: KnowledgeBase): boolean {
  // 分到哪些乡镇, 还有第二批吗: below a county or another batch, which the table never lists.
  if (BEYOND_TABLE.test(question.q)) return false;
  // 对排名靠后的县有啥通报: a thing asked for that the notice never names is asked of the counties, not their list.
  const object = absentAskedObject(kb, question.q);
  if (object && !TABLE_WORDS.test(object) && !/[县区市州]$/.test(object)) return false;
  // Place names (临潭县, 天水市) are what is asked about, not another subject; so is a word read out of one (合作 of 合作市).
  const places = unknownPlaces(kb.data, question.raw, question.counties, kb.allText);
  return subjectWords(kb, question.q).every((w) => TABLE_WORDS.test(w) || /[县区市州]$/.test(w) || kb.data.scope.prefectureWords.some((p) => w.startsWith(p)) || places.some((p) => p.startsWith(w)));
}

