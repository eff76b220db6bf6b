import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * Which 市州 a county belongs to (崆峒区是哪个市的, 西和县归哪个市管): the annex lists counties
 * without their 市州, so the notice says it only for the counties a 市州's own letter is
 * addressed to (卓尼县…: 甘南州's letter). For any other county it is refused, never
 * answered from the project's administrative data.
 */
const ASKS_PREFECTURE = /(?:哪个|哪一个|什么|啥|哪)(?:市州|地级市|市|州|地区)|(?:归|属于?|隶属于?|在)哪(?:个|一个)?(?:市|州|地区)?|哪个(?:市|州)(?:管|的)/;

export const countyPrefecture = intent({
  id: 'fact:county-prefecture',
  recognise: (question) => (question.counties.length && ASKS_PREFECTURE.test(question.q.replace(/示范县/g, '')) ? question.counties : undefined),
  answer: (counties, question, kb) => {
    const names = [...new Set(counties.map((m) => m.county.name))];
    const lettered = kb.data.prefectures.filter((p) => p.clause);
    for (const p of lettered) {
      const addressees = kb.byId.get(p.clause!)?.sentences.find((s) => names.every((n) => s.includes(n)));
      if (!addressees) continue;
      return {
        answered: true,
        answer: `${names.join('、')}属${p.name}：${kb.data.documents[p.clause!]?.cite ?? p.name}由${p.name}有关部门印发，主送单位为“${addressees.replace(/：$/, '')}”。`,
        citations: [kb.cite(p.clause!, addressees, '主送单位')],
        clauseId: p.clause!,
        intent: 'fact:county-prefecture',
      };
    }
    return refuse(kb, question.q, '示范县所属的市州（附件1只列出县名，未注明所属市州）', 'refusal:county-prefecture', kb.data.allocationClause);
  },
});
