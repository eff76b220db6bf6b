import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { content } from './clause-label.ts';
import { intent } from './types.ts';

/**
 * A part named by words of its heading and pointed at, with nothing else asked of it but what it says or how it goes:
 * 品牌培育那条, 仓储那块怎么搞, 还有地标认证那部分呢. The words are the heading's, so the part they belong to is meant
 * even where another clause's text uses them more (三（一）1 speaks of 宣传、推广 too; 四（六） is headed 做好总结和宣传推广).
 * Only when exactly one heading holds the words (上行那块 is three parts' heading words, and is left to retrieval);
 * answered with the heading and what the part says (clause-label.ts content).
 */

/** The heading words, a pointer (那条, 这块, 那部分) and at most a bare ask of what it says or how it is done. */
const POINTED =
  /^(?:那么?|还有|再说说|说说|讲讲)?(\p{Script=Han}{2,10}?)(?:的事)?(?:那|这)一?(?:条|块|部分|段|项|方面)(?:里|中|上)?(?:是?(?:说|讲|写|规定)(?:了|的)?(?:啥|什么|些啥|哪些)|(?:是)?(?:啥|什么)(?:内容|意思|要求)?|有(?:啥|什么)要求|(?:咋|怎么|如何)(?:弄|搞|办|做|干|整)|要(?:干|做)(?:啥|什么))?(?:呢|啊|呀|嘛)?$/u;

export const headingNamed = intent({
  id: 'clause:heading-named',
  recognise: ({ bare }, kb) => {
    const words = POINTED.exec(bare)?.[1];
    if (!words) return undefined;
    const holders = kb.clauses.filter((c) => c.level >= 2 && c.title.includes(words));
    return holders.length === 1 ? holders[0] : undefined;
  },
  answer: (c, _question, kb): Draft => {
    const title = c.title.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\.\s*/, '');
    const head = c.section.includes(title) ? `您所说的是${citationLabel(c)}。` : `${citationLabel(c)}是“${title}”。`;
    const said = content(kb, c);
    return {
      answered: true,
      answer: said.text ? `${head}${c.body ? '其中写明：' : ''}${said.text}` : head,
      citations: [kb.cite(c.id, said.quote || (c.sentences[0] ?? c.title))],
      clauseId: c.id,
      intent: 'clause:heading-named',
    };
  },
});
