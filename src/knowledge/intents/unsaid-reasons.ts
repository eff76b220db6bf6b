import { REFUSAL_LEAD, refuse, type Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Why-questions and what-now questions the notice never answers, though their words are
 * near clauses that would otherwise answer something else: why a county is (not) on the
 * list, and what happens once money has gone to a use the notice forbids. Refused, naming
 * what is open, so that the nearby rule is never read as the reason or the remedy.
 */

/** 夏河县为啥没列进示范县, 凭啥选了卓尼, 示范县是按啥条件评的: the annex gives the list, never how it was drawn up. */
const WHY_LISTED =
  /(?:为啥|为什么|为何|凭啥|凭什么|怎么|咋)[^，,。？?]{0,4}(?:没|不|未)[^，,。？?]{0,3}(?:列|选|入选|评上|上榜|纳入|进)|(?:为啥|为什么|为何|凭啥|凭什么)[^，,。？?]{0,6}(?:选|入选|列入|评上|上榜|是示范县)|(?:申报|入选|评选|遴选)(?:的)?(?:条件|标准|依据|门槛)/;
const ABOUT_LIST = /示范县|名单|附件1?|入选|评上|上榜|列进|列入|选上/;

/** A use the notice forbids (购买流量, 楼堂馆所, 工作经费, 交易平台) or a misuse in general words. */
const MISUSE = /流量|楼堂馆所|工作经费|交易平台|违规|挪用|挪作|乱花|乱用|花错|用错|不该花|不该用/;
/** …already done, or supposed: 已经花了, 要是用了. */
const DONE = /已经|要是|如果|万一|假如|花了|用了|买了|建了|支出了|列支了/;
/** …and what follows is asked: 咋追回, 怎么处理, 会咋样. */
const REMEDY = /追回|收回|退回|退还|补救|纠正|怎么办|咋办|怎么处理|咋处理|如何处理|会怎样|会咋样|后果|咋整|咋弄|怎么弄/;

export const unsaidReasons = intent({
  id: 'refusal:unsaid-reason',
  recognise: (question) => {
    const { q, counties } = question;
    if (WHY_LISTED.test(q) && (ABOUT_LIST.test(q) || counties.length > 0)) return { kind: 'listed' as const };
    if (MISUSE.test(q) && DONE.test(q) && REMEDY.test(q)) return { kind: 'misuse' as const };
    return undefined;
  },
  answer: ({ kind }, question, kb): Draft => {
    if (kind === 'misuse') {
      // Not 追回 or 扣减: the refusal repeats no remedy the notice never names.
      return refuse(kb, question.q, '资金已用于不得列支的支出后如何处理', 'refusal:misuse-remedy', kb.data.fundRules.forbiddenUses.clauses[0]);
    }
    const names = kb.data.counties.map((c) => c.name).join('、');
    return {
      answered: false,
      // Not 未申报 or 不符合条件: no reason the notice never gives is offered; nor the place, which the asker already knows is not listed.
      answer: `${REFUSAL_LEAD}示范县是如何确定的，也没有说明某县列入或未列入的原因；附件1只列出了示范县名单，供参考。建议向所在市州商务局或省商务厅咨询。`,
      citations: [kb.tableCite(`示范县：${names}。`)],
      clauseId: kb.data.allocationClause,
      intent: 'refusal:why-listed',
    };
  },
});
