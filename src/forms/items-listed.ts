import type { Clause } from './clauses.ts';
import { numeralValue } from './numbers.ts';

/**
 * A list of items said with how many there are (四笔，一笔9万一笔2万 / 两批，第一批40个第二批25个): when
 * the items listed are fewer or more than the number said, some figure is missing or extra, and no sum or
 * single item is the answer. Used by several.ts, which then asks for the figure without offering one.
 */

const UNITS = '笔|次|期|批|场|个|项|家';
// 一笔9万, 第二批30个, 头一笔5万, 另一笔2万: one item of a list, by its ordinal or as "one" of them.
const ITEM = new RegExp(`^(?:第[\\d一二两三四五六七八九十]+|一|[头首另]一?)(${UNITS})`);
// 三笔, 分两次付的, 两批大单: how many items there are, said in a clause of its own with no other figure.
const HOW_MANY = new RegExp(
  `^[^\\d一二两三四五六七八九十第]{0,3}([\\d一二两三四五六七八九十]+)(${UNITS})(?![\\d一二两三四五六七八九十])[^\\d零〇一二两三四五六七八九十百千万]{0,6}$`,
);

/** Whether the clauses list items of a kind whose number was said and differs from how many are listed. */
export function itemsMissing(clauses: readonly Clause[]): boolean {
  for (const c of clauses) {
    const said = HOW_MANY.exec(c.text);
    if (!said || ITEM.test(c.text)) continue;
    const n = numeralValue(said[1]!);
    const listed = clauses.filter((d) => d !== c && ITEM.exec(d.text)?.[1] === said[2]).length;
    if (n !== undefined && listed >= 2 && listed !== n) return true;
  }
  return false;
}
