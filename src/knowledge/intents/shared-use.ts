import type { KnowledgeBase } from '../base.ts';
import { citationLabel, type Clause } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Whether what was built with the programme's money must be opened to others (冷库建好了别人想用能不能拒,
 * 服务中心要不要对周边农户开放, 设备能不能只给自己用): the clause saying 有关支持项目应开放共享 answers,
 * its sentence quoted. The facility is named by the asker and the notice names none, so the rule is
 * stated for supported projects as a whole; who pays for the use, or on what terms, is not this intent's.
 */

/** Opening to others asked: 开放吗, 共享不, 别的合作社想用, 能不能拒, 只给自己用. */
const ASKS_SHARING =
  /开放共享|(?:对|向|给)(?:外|社会|周边|周围|其他|别的|别人|别家|附近)\p{Script=Han}{0,6}(?:开放|共享|用)|(?:要|得|需要|必须|应该?|能不能|能否|可以|可不可以|该不该)?(?:开放|共享)(?:吗|不|么|没有?|呢|[？?]|$)|(?:别的|其他|周边|周围|附近|外面的?|别家)\p{Script=Han}{0,6}(?:想用|要用|来用|借用|想借|使用)|能不能拒|可以拒绝|能拒绝|不让别人用|不给别人用|只(?:给|让)?(?:自己|自家)(?:用|使用)|独占|自用/u;

/** A thing built or bought: the sharing rule speaks of supported projects and what they built. */
const BUILT_THING = /库|中心|设施|设备|站|服务点|网点|项目|仓|车间|线|场地|场所|平台|基地|车/;

/** Terms or money of the use (收费, 租金, 多少钱): the notice says nothing of them. */
const TERMS = /收费|收钱|收多少|租金|租给|价格|费用|多少钱|怎么收|补偿|分成|协议|合同/;

export function sharingClause(kb: KnowledgeBase): { clause: Clause; sentence: string }[] {
  return kb.searchable.flatMap((clause) => {
    const sentence = clause.sentences.find((s) => s.includes('开放共享'));
    return sentence ? [{ clause, sentence }] : [];
  });
}

export const sharedUse = intent({
  id: 'rule:shared-use',
  recognise: ({ q, raw }, kb) => {
    const text = `${raw}`;
    if (!ASKS_SHARING.test(text) && !ASKS_SHARING.test(q)) return undefined;
    if (!BUILT_THING.test(text) || TERMS.test(text)) return undefined;
    // 信息公开, 政务公开: making information public is another rule (letter-3), not the sharing of what was built.
    if (/公开|信息|数据/.test(text)) return undefined;
    const found = sharingClause(kb);
    if (!found.length) return undefined;
    // The later document (the prefecture's letter repeating the plan) leads, as elsewhere where two versions agree.
    return [...found].sort((a, b) => Number(a.clause.documentId === 'plan') - Number(b.clause.documentId === 'plan'));
  },
  answer: (found, _q, kb): Draft => {
    const first = found[0]!;
    const rule = first.sentence.match(/有关支持项目应开放共享/)?.[0] ?? '有关支持项目应开放共享';
    return {
      answered: true,
      answer: `按照${citationLabel(first.clause)}的要求：${first.sentence}即受支持的项目${rule.replace(/^有关支持项目/, '')}；向谁开放、以何种方式和条件开放，通知中没有明确规定。`,
      citations: found.slice(0, 2).map((f) => kb.cite(f.clause.id, f.sentence)),
      clauseId: first.clause.id,
      intent: 'rule:shared-use',
    };
  },
});
