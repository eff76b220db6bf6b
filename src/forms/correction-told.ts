import { readQuantity } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * Corrections that say more than the figure meant (several.ts reads the plain ones): the figure after the
 * correction followed by why (12个，不对，11个，有一个还没通过验收), a reason then the figure to count
 * (6个，不对，有一个废标了，算5个), a self-interruption citing who checked it (3万…等一下，会计说是4万), and a
 * figure said first and then again as what an earlier one was changed to (7个，原来说的9个改成7个了).
 * The figure meant is always offered and asked back (never stored unasked): the reason may hold figures too.
 */

// (No trailing point: 2万… is 2万 then a pause.)
const FIGURE = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)(?:万元|万|元|块钱|块|人次|场次|个|场|次|人|户|项|家|期|村)?';
// 算5个, 就按5个, 所以是5个, 那报5个: the figure the person settles on, said last.
const SETTLED = new RegExp(`^(?:所以|那|那就|就|还是)?(?:算|算是|按|报|填|记|应该是|应为|是)(${FIGURE})(?:吧|了|的)?$`);
// 等等 / 等一下 / 稍等, then perhaps who said or checked it: 财务说是, 核对了一下是.
const WAIT = new RegExp(
  `^(${FIGURE})[.。…,，\\s]*(?:等等|等一下|等下|稍等|慢着)[!！,，。.\\s]*(?:[^\\d，,。]{0,6}?(?:说|核对|核实|查|看|算)[^\\d，,。]{0,4}?(?:是|为|有))?(${FIGURE})[。.!！]*$`,
);
// 调整成8个了, 改为8个: what an earlier figure was changed to.
const CHANGED_TO = new RegExp(`(?:调整|改|变|更正)(?:成|为|到)了?(${FIGURE})(?:了|的)?[。.]*$`);

const clausesOf = (s: string) =>
  s
    .split(/[，,；;。]+/)
    .map((c) => c.trim())
    .filter(Boolean);

const lone = (text: string, field: FieldSpec) => {
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  const q = readQuantity(text, kind, field.unit);
  return q.ok && !q.value.doubt ? q.value : undefined;
};

/** What follows a correction marker when it is more than a figure: the figure meant, offered (asked); undefined when none is clear. */
export function afterCorrection(field: FieldSpec, after: string): Several | undefined {
  const clauses = clausesOf(after);
  if (clauses.length < 2) return undefined;
  const settled = SETTLED.exec(clauses.at(-1)!);
  if (settled && lone(settled[1]!, field)) return { kind: 'correction', text: settled[1]!, sure: false };
  // (44个，有一个还没验收: the figure first, then why; a reason holding a total or another correction is no reason.)
  const reasons = clauses.slice(1);
  const why = (c: string) =>
    !/不对|错了|应该|其中|共|合计|总计|累计|另外|还有\d|加|[+=]/.test(c) && (c.match(/[\d零〇一二两三四五六七八九十]+/g) ?? []).length <= 1;
  if (lone(clauses[0]!, field) && reasons.every(why)) return { kind: 'correction', text: clauses[0]!, sure: false };
  return undefined;
}

/** A correction said without a plain marker: 等一下 then the figure meant, or the first figure said again as what was changed to. */
export function correctionTold(field: FieldSpec, s: string): Several | undefined {
  const wait = WAIT.exec(s);
  if (wait && lone(wait[1]!, field) && lone(wait[2]!, field)) return { kind: 'correction', text: wait[2]!, sure: false };
  const clauses = clausesOf(s);
  const changed = clauses.length >= 2 ? CHANGED_TO.exec(clauses.at(-1)!) : null;
  const first = lone(clauses[0] ?? '', field);
  const to = changed ? lone(changed[1]!, field) : undefined;
  if (first && to && first.value === to.value && clauses.length === 2) return { kind: 'correction', text: clauses[0]!, sure: false };
  return undefined;
}
