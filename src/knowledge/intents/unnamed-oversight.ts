import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Measures of oversight the notice never names, asked by prefecture staff in words that lie near the clauses on
 * supervision and evaluation (六 绩效目标考核, 183号文 一 监督检查): ranking the counties, summoning their leaders for a
 * talk, publishing an evaluation's results, assessing the prefecture level itself, a person sent to liaise, or how
 * many years the project runs. Refused before retrieval would quote the nearby clause as if it answered; each word is
 * checked against the whole notice, so a notice that names it is answered. What is open is said without the asked
 * word (an official would read it as granted).
 */
interface Measure {
  readonly words: RegExp;
  readonly what: string;
  /** The clause role of the nearest rule, offered for reference. */
  readonly near?: 'evaluation';
}

const MEASURES: readonly Measure[] = [
  // 给各县排个名, 搞评比, 打分排名次: the notice evaluates each county against its targets (六), it ranks none
  // (竞价排名 is bought traffic, 四（五）).
  { words: /(?<!竞价|搜索|关键词|网店|店铺|平台|销量)(?:排名|排序)|排个名|评比|打分|名次|通报批评/, what: '对各示范县相互比较、排定先后的安排', near: 'evaluation' },
  // 约谈县领导, 诫勉谈话, 挂牌督办: a measure against officials, which the notice never sets (its sanction is on the county's status and money).
  { words: /约谈|诫勉|挂牌督办|督办函/, what: '针对有关负责人个人的措施（通知规定的处理针对示范县资格和专项资金）' },
  // 考核结果公开吗, 评价结果向社会公布不: the notice publishes the project's information (四（四）), not the evaluation's results.
  { words: /(?:评价|考核|考评|检查|验收|评估)结果\p{Script=Han}{0,8}?(?:公开|公示|公布|通报|发布|反馈|告知)/u, what: '绩效评价、检查等结果是否对外发布', near: 'evaluation' },
  // 省里对州一级怎么考核, 市州的监管工作考核吗: the notice's evaluation is of the counties' work (六), no level above them is assessed.
  {
    words: /对(?:各)?(?:州|市州|市)(?:一级|级|里|上)?的?\p{Script=Han}{0,8}?(?:怎么|如何|咋|要不要|会不会|是否)?(?:考核|考评|评价|打分)|(?:州|市州)(?:一级|级)的?\p{Script=Han}{0,8}?(?:怎么|如何|咋|要不要|会不会|是否)?被?(?:考核|考评)/u,
    what: '对市州一级工作的考核办法（通知规定的绩效评价和验收针对示范县）',
    near: 'evaluation',
  },
  // 派哪位同志对接, 安排谁来联系我们: a person sent, whom the notice never names (it names bodies).
  { words: /(?:哪位|哪个|哪一位|什么)同志|(?:派|安排|指定|委派)(?:哪位|哪个人|谁|什么人)(?:来|去)?(?:对接|联系|联络|负责|跟)/, what: '具体派出或对接的人员' },
  // 建设期几年, 项目周期多长: how long the project runs, which the notice never sets (it dates only filing and tendering).
  { words: /(?:建设|实施|示范|项目)(?:期|周期)(?:是|有|为|一共|总共)?(?:几年|多少年|多长|多久|几个月)/, what: '整个示范项目须在多长时间内全部完成（通知只规定了实施方案报备和项目招标的时间）' },
];

function unnamed(q: string, kb: KnowledgeBase): Measure | undefined {
  return MEASURES.find((m) => {
    const word = m.words.exec(q)?.[0];
    return word !== undefined && !kb.allText.includes(word);
  });
}

export const unnamedOversight = intent({
  id: 'refusal:unnamed-oversight',
  recognise: ({ q, raw }, kb) => unnamed(raw, kb) ?? unnamed(q, kb),
  answer: (measure, { q }, kb) => refuse(kb, q, measure.what, 'refusal:unnamed-oversight', measure.near ? kb.data.clauseRoles[measure.near] : undefined),
});
