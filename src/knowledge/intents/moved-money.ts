import type { KnowledgeBase } from '../base.ts';
import { citationLabel } from '../notice.ts';
import type { Draft } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 把冷库的300万挪到物流上, 物流砍100万加到培训上, 培训的钱匀一部分给服务点: money moved from one item of a county's
 * plan to another is a change to the plan, which the notice allows only through its procedure (四（二）: 不得随意调整变更，
 * 确因…需要调整…报经省商务厅审核备案), whatever the items. Not money put off to a later time (挪到明年: a deadline),
 * nor money misused (挪用, 挪作他用), nor a share asked after the move (挪过去以后上行够不够50%), which the ratio rules answer.
 */

/** Moving money (挪/调/转/移/匀/腾/砍…加) toward an item, an amount between or not; never toward a time. */
const MOVED =
  /(?:挪|调|转|移|匀|腾|砍|减|抽)(?:出|走|掉|过去)?(?:一部分|一些|一点|点|些|一块|\d+(?:\.\d+)?万元?|[一二三四五六七八九十两百]+万元?)?(?:到|给|去|加到|放到|用到|用在|补到|挪到|调到)(?!明年|后年|年底|年后|下半年|下个?月|\d{1,2}月|[一二三四五六七八九十]+月)(\p{Script=Han}{0,8})/u;
/** The items of a county's plan, in the canonical words (公共服务中心 → 公服中心). */
const ITEMS = '物流|配送|培训|上行|公服|服务点|仓储|品牌|供应链|营销|推广|包装|分级|加工|公共服务';
/** What the money goes to: an item, or a project or system named by one. */
const ITEM = new RegExp(`${ITEMS}|体系|项目`);
/** The item the money is moved from, named before the move (物流的钱, 砍培训): 资金 alone moves nothing between items. */
const FROM = new RegExp(`${ITEMS}|预冷|冷库`);
/** Not a change of plan: misuse, or a share or cap asked after the move, or money paid into an account. */
const NOT_A_CHANGE = /挪用|挪作|他用|比例|%|占|几成|一半|过线|超没超|超了|超标|够不够|达标|多少|账户|账上|卡上/;

/**
 * 公服中心挪50万到上行: the amount moved, which is a change and not what is spent on either item; undefined when no amount
 * is moved. The shares are not checked against it.
 */
export function movedAmount(q: string): string | undefined {
  const moved = MOVED.exec(q);
  return moved && ITEM.test(moved[1]!) ? /\d+(?:\.\d+)?万元?|[一二三四五六七八九十两百]+万元?/.exec(moved[0])?.[0] : undefined;
}

/** The sentence on changing a county's plan, and its clause. */
function changing(kb: KnowledgeBase): { id: string; sentence: string } | undefined {
  for (const clause of kb.clauses) {
    const sentence = clause.sentences.find((x) => /不得随意调整变更/.test(x) && /审核备案|报经/.test(x));
    if (sentence) return { id: clause.id, sentence };
  }
  return undefined;
}

export const movedMoney = intent({
  id: 'rule:moved-money',
  recognise: ({ q }, kb) => {
    const moved = MOVED.exec(q);
    if (!moved || !ITEM.test(moved[1]!) || !FROM.test(q.slice(0, moved.index + 1)) || NOT_A_CHANGE.test(q)) return undefined;
    return changing(kb);
  },
  answer: ({ id, sentence }, _question, kb): Draft => ({
    answered: true,
    answer: `在不同建设内容之间调整资金，属于调整项目实施方案。按照${citationLabel(kb.byId.get(id)!)}的要求：${sentence}`,
    citations: [kb.cite(id, sentence)],
    clauseId: id,
    intent: 'rule:moved-money',
  }),
});
