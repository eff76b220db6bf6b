import type { KnowledgeBase } from '../base.ts';
import { refuse } from '../phrasing.ts';
import { intent } from './types.ts';

/**
 * 县商务局要干啥, 县扶贫办在项目里负责什么: the duties of a body the notice never gives any (it names the county bureaus
 * only as the letter's addressees; the county's duties are its 人民政府's). Without this the ranking answers with a body
 * of the same kind at another level (州商务局是主要监管单位…), which reads as the asked body's duty. Refused, naming
 * what is open. A body the notice has act anywhere (示范县人民政府是…, 会同州财政局…) is left to the clauses.
 */

/** A body of a level: 县商务局, 县财政局, 乡镇政府… */
export const BODY = /(?:省|州|市|县|乡镇|乡|镇)(?:商务局|财政局|扶贫办|扶贫开发办公室|商务厅|财政厅|发改局|农业农村局|交通局|邮政局|供销社|人民政府|政府)/;

/** Its duties asked: 干啥, 负责什么, 管哪块, 是啥角色, 职责是什么 (after 在项目里, 主要, 具体…). */
const DUTIES =
  /^(?:在[^，,。？?]{0,8}?(?:里|中|上)头?)?(?:主要|具体|都|要|应该?|得|需要)*(?:干啥|干什么|干些啥|做什么|做啥|做些什么|责任监管|负责(?:啥|什么|哪些|哪块)|管(?:啥|什么|哪块|哪些)|是(?:个)?(?:啥|什么)角色|(?:啥|什么)角色|(?:啥|什么)职责|职责是(?:啥|什么))/;

/** The body acts somewhere in the notice: it is, shall, does…, or works with another (会同…). */
function actsInNotice(kb: KnowledgeBase, body: string): boolean {
  return new RegExp(`${body}(?:是|应|要|需|须|将|会同|负责|加强|组织|制定|指导|督促|统筹|牵头)|会同[^，。；]{0,16}${body}`).test(kb.allText);
}

export const unassignedBody = intent({
  id: 'refusal:unassigned-body',
  // Read canonicalised, as the notice's text is (县政府 is its 县人民政府; 啥角色 reads 责任监管).
  recognise: ({ q }, kb) => {
    const m = BODY.exec(q);
    if (!m || !DUTIES.test(q.slice(m.index + m[0].length))) return undefined;
    // Two bodies weighed (县商务局还是县政府): which of them is asked is for the clauses (role-claim, who).
    if (/还是|或者/.test(q)) return undefined;
    return actsInNotice(kb, m[0]) ? undefined : m[0];
  },
  answer: (body, { q }, kb) => refuse(kb, q, `${body}在项目中的具体职责`, 'refusal:unassigned-body'),
});
