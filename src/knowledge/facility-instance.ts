import type { KnowledgeBase } from './base.ts';
import { contentWords } from './words.ts';

/**
 * 初加工车间能纳入项目吗, 分级包装线想上台设备有依据没: a facility named by an item the notice lists as infrastructure it
 * supports (完善农产品分级、包装、营销和预冷、初加工、仓储配送等基础设施建设) and a word of its own for the building, line
 * or machine (车间, 生产线, 设备) is an instance of that infrastructure: the facility word is no subject the notice lacks,
 * nor is another facility word of the same question (…包装线想上100万的设备: the machines of that line).
 */

/** A building, line or machine: what an infrastructure item is built or bought as. */
const FACILITY_WORD = '车间|生产线|流水线|线|设备|机器|机械|厂房|用房|作坊';
const FACILITY = new RegExp(`(?:${FACILITY_WORD})$`, 'u');
const FACILITIES = new RegExp(`(?:${FACILITY_WORD})`, 'gu');

/** What the notice calls such things as a kind. */
const KIND = /基础设施|设施/;

/** The notice's listed item a facility word at `at` follows in the question (初加工 of 初加工车间), if any. */
function itemBefore(kb: KnowledgeBase, q: string, at: number): string | undefined {
  const before = q.slice(Math.max(0, at - 8), at).split(/[的个了建搞做开设想把是要上买添置配用和、，,。？?\d]/).pop() ?? '';
  const words = contentWords(before).filter((x) => x.length >= 2);
  if (!words.length || words.some((x) => !kb.allText.includes(x))) return undefined;
  // Listed: every word in one sentence naming the kind, one of them as an item of its list (分级、包装…).
  const listed = kb.clauses.some((c) =>
    c.sentences.some((t) => KIND.test(t) && words.every((x) => t.includes(x)) && words.some((x) => new RegExp(`[、，]${x}|${x}[、和]`).test(t))),
  );
  return listed ? before : undefined;
}

/** The listed item a facility of the question is named by, when `w` is a facility word (车间, 设备) of that question. */
export function listedFacilityItem(kb: KnowledgeBase, q: string, w: string): string | undefined {
  if (!FACILITY.test(w)) return undefined;
  for (const m of q.matchAll(FACILITIES)) {
    const item = itemBefore(kb, q, m.index);
    if (item) return item;
  }
  return undefined;
}
