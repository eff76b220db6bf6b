import type { KnowledgeBase } from './base.ts';
import type { Ranked } from './retrieval.ts';

/**
 * 省商务厅和省财政厅谁牵头, 州商务局跟州财政局谁为主: which of two bodies leads; 州里商务、财政、扶贫三个部门在州的通知里谁带头:
 * of three, the first two are weighed (the one acting 会同 the others leads them all), a place told before the ask.
 */
const WHICH_LEADS =
  /(\p{Script=Han}{2,8}?)(?:和|与|跟|同|、)(\p{Script=Han}{2,8}?)(?:(?:和|与|跟|同|、)\p{Script=Han}{2,8}?)?(?:之间|[两三几]家|俩)?(?:在\p{Script=Han}{1,8}?(?:里|中|上))?(?:是)?(?:谁|哪个|哪家|哪一家)(?:来)?(?:牵头|为主|领头|挑头|主抓|负总责|打头)/u;

/**
 * The clause where one of the two bodies acts 会同 the other answers which leads (省商务厅…会同省财政厅); a clause that
 * only names them side by side (省商务厅省财政厅省扶贫办制定政策措施) does not, when the ranking found the former among the first few.
 */
export function leadNamed(kb: KnowledgeBase, question: string, best: Ranked, ranked: readonly Ranked[]): Ranked {
  const m = WHICH_LEADS.exec(question.replace(/^(?:请问|想问一下|问一下)/, ''));
  if (!m) return best;
  const [a, b] = [m[1]!, m[2]!];
  const leads = (r: Ranked) => r.clause.sentences.some((s) => new RegExp(`(?:${a}[^。；]{0,24}?会同[^。；]{0,8}?${b})|(?:${b}[^。；]{0,24}?会同[^。；]{0,8}?${a})`, 'u').test(s));
  if (leads(best) || !kb.allText.includes(a) || !kb.allText.includes(b)) return best;
  // 省商务厅是…第一责任主体，会同省财政厅: the sentence that also names the leading role is the fullest answer.
  const role = (r: Ranked) => leads(r) && r.clause.sentences.some((s) => s.includes(a) && /责任主体|监管单位|牵头/.test(s) && s.includes('会同'));
  return ranked.find(role) ?? ranked.slice(0, 5).find(leads) ?? best;
}
