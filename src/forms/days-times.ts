import { NUMERAL } from './clauses.ts';
import { readQuantity, sameUnit, unitWritten } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * 上午一场下午一场，连办了两天 / 一天两场，连续搞了三天: what was done in one day, then for how many days. At a
 * count, the day's figures (each in the field's own unit) times the days is offered, always asked back; the
 * days are never added to the sessions. Anything else in the day's words leaves the message to the clause reader.
 */
const DAYS = /^(?:连续?|一共|共|总共)?(?:办|搞|开|培训|讲|弄|举办|组织)?了?(?:连续)?([\d两二三四五六七八九十]+)天(?:时间)?$/;
const NOT_PLAIN = /每|各|共|合计|累计|其中|另外|还有|上周|计划|没|未|不|取消|或|还是|到|至|[-~～]/;

export function daysTimes(field: FieldSpec, s: string): Several | undefined {
  if (field.kind !== 'count' || !field.unit) return undefined;
  const clauses = s
    .replace(/[。.!！]+$/, '')
    .split(/[，,；;。]+/)
    .filter(Boolean);
  const days = clauses.length >= 2 ? DAYS.exec(clauses.at(-1)!) : null;
  const n = days ? readQuantity(days[1]!, 'count') : undefined;
  if (!days || !n?.ok || n.value.doubt || !Number.isInteger(n.value.value) || n.value.value < 2) return undefined;
  // (The day's figures must be said as one day's: 一天/每天 first, or parts of the day. 3场，办了两天 may be 3 in all.)
  const said = clauses.slice(0, -1).join('，');
  const day = said.replace(/^(?:一天|每天|每日|一日)/, '');
  if (NOT_PLAIN.test(day) || (day === said && !/^(?:上午|早上|中午|下午|晚上)/.test(day))) return undefined;
  const figures = [...day.matchAll(NUMERAL)].map((m) => m[0]);
  if (!figures.length) return undefined;
  let sum = 0;
  for (const f of figures) {
    const unit = unitWritten(f.normalize('NFKC'));
    const q = readQuantity(f, 'count', field.unit);
    if (!unit || !sameUnit(field.unit, unit) || !q.ok || q.value.doubt) return undefined;
    sum += q.value.value;
  }
  return { kind: 'pick', value: sum * n.value.value, how: 'product', from: [clauses.slice(0, -1).join('，'), clauses.at(-1)!], others: [] };
}
