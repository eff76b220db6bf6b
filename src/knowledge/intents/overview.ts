import { citationLabel } from '../notice.ts';
import { type Draft } from '../phrasing.ts';
import { intent, when } from './types.ts';

/**
 * "What is this programme for?" (这个项目是干啥的, 示范项目主要搞啥, 项目的目的是什么): an overview, which the plan gives
 * in its targets clause (一、目标任务), not any detail clause that happens to share a word with the question.
 */

/** The programme named as a whole: 项目, 示范项目, 综合示范, 电商进农村 (not 项目资金, 项目台账 or one project's 建设内容). */
const PROGRAMME = /^(?:搞|做|实施|开展)?(?:这个|这|咱们?这个|咱们?|我们这个|本|整个)?(?:项目|示范项目|示范|综合示范|综合示范项目|电商进农村|电子商务进农村)/;
/** Asks what it is for: 是干啥的, 主要做什么, 目的是啥, 为了啥, 为啥要搞, 总的目的是什么. */
const WHAT_FOR =
  /^(?:到底|主要|究竟)?(?:是)?(?:干啥|干什么|做什么|做啥|搞啥|搞什么|干嘛)(?:的|用的)?$|^(?:的)?(?:总的|总体|根本|最终|主要)?(?:目的|宗旨|意义|用意)(?:是|在于|在哪)?(?:啥|什么|哪)?(?:里)?$|^(?:到底|究竟)?(?:是)?为了(?:啥|什么)$|^(?:到底|究竟)?(?:为啥|为什么|为何|干嘛)(?:要|得)?(?:搞|做|实施|开展|干)?$/;

export const overview = intent({
  id: 'overview:programme',
  recognise: when(({ raw }) => {
    // 这个项目为啥要搞，总的目的是啥: every part after the programme named asks what it is for.
    const parts = raw.split(/[，,；;。？?！!\s]+/).map((p) => p.replace(/[\p{P}\p{S}]|[啊呀呢吧嘛]$/gu, '')).filter(Boolean);
    const head = parts[0] ? PROGRAMME.exec(parts[0]) : null;
    const rest = [parts[0]?.slice(head?.[0].length ?? 0) ?? '', ...parts.slice(1)].filter(Boolean);
    return head !== null && rest.length > 0 && rest.every((p) => WHAT_FOR.test(p.replace(/^(?:那|那么)/, '')));
  }),
  answer: (_m, _q, kb): Draft | undefined => {
    const id = kb.data.targets.serviceCoverage.clause;
    const clause = kb.byId.get(id);
    const first = clause?.sentences[0];
    if (!clause || !first) return undefined;
    return {
      answered: true,
      answer: `根据${citationLabel(clause)}，这个项目的目标任务是：${first}`,
      citations: [kb.cite(id, first)],
      clauseId: id,
      intent: 'overview:programme',
    };
  },
});
