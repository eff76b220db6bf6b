import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 专项资金按啥模式管, 这笔钱实行哪种管理方式: how the programme's money is managed as such. The notice says it in one
 * phrase (实行专项资金预算绩效管理, in the evaluation clause); without this, retrieval led with the project's
 * 管理体制 (省上统筹、市州监管、县负全责), which is who manages the project, not how its money is managed.
 * Only a mode or manner asked of the money: its 管理制度/规定 (what each county must draw up), a 管理办法 (a cited
 * document) and the project's 管理体制 are other questions and pass.
 */

const MONEY = /资金|经费|款项|这笔钱|这些钱|钱/;
const MODE =
  /管理(?:模式|方式|形式|路子)|(?:什么|啥|哪种|哪一种|何种|怎样的?|什么样的?)(?:方式|模式|形式|路子)(?:来|进行|去)?管(?:理)?|实行(?:的是)?(?:什么|啥|哪种|何种|怎样的?|什么样的?)管理|(?:搞|用|采用|采取)(?:的是)?(?:什么|啥|哪种)(?:样的)?管理/;
const OTHER = /体制|制度|规定|办法|纪律|台账|用途|方向|用于|用在|谁|哪个部门|哪家/;

/** The phrase that states the mode (实行…绩效管理…), from the clause that has it. */
function modeSentence(clauses: readonly { id: string; sentences: readonly string[] }[]): { id: string; text: string } | undefined {
  for (const c of clauses) {
    const s = c.sentences.find((x) => /实行[^，。；]*资金[^，。；]*绩效管理/.test(x));
    if (s) return { id: c.id, text: s.slice(s.search(/实行[^，。；]*资金[^，。；]*绩效管理/)) };
  }
  return undefined;
}

export const fundManagement = intent({
  id: 'rule:fund-management',
  recognise: ({ q, raw }) => ([raw, q].some((t) => MONEY.test(t) && MODE.test(t) && !OTHER.test(t)) ? true : undefined),
  answer: (_m, _q, kb): Draft | undefined => {
    const found = modeSentence(kb.clauses);
    if (!found) return undefined;
    return {
      answered: true,
      answer: `通知规定，示范项目${found.text}`,
      citations: [kb.cite(found.id, found.text)],
      clauseId: found.id,
      intent: 'rule:fund-management',
    };
  },
});
