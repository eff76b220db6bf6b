import { numeralValue } from './numbers.ts';
import { readQuantity, sameUnit, unitWritten } from './quantity.ts';
import type { Several } from './several.ts';
import type { FieldSpec } from './template.ts';

/**
 * 一笔5万一笔3万, 第一场40人第二场55人, 周一一场周三两场: parts each named by a marker (one payment, the n-th
 * session, a weekday), each with one figure of the field's measure, and no total said. Their sum is offered,
 * always asked back. When a count says how many parts there are first (两笔，…), the parts must be as many.
 * Anything else in the message (其中, 没, 计划, a part with two figures) leaves it to the clause reader.
 */
export function partsListed(field: FieldSpec, s: string): Several | undefined {
  const typed = s.normalize('NFKC').replace(/\s+/g, '');
  const headed = /^(?:分|共|一共)?([\d两二三四五六七八九十]+)(笔|场|次|批|期)[，,:：]+(.+)$/.exec(typed);
  const body = (headed ? headed[3]! : typed).replace(/[。.!！]+$/, '');
  if (/其中|另外|剩|没|未|不|计划|预计|准备|累计|共|合计|总|取消|退|上周|下周|[%％]|每/.test(body)) return undefined;
  const marks = [...body.matchAll(MARKER)];
  if (marks.length < 2 || marks[0]!.index !== 0) return undefined;
  const kind = field.kind === 'amount' ? 'amount' : 'count';
  const parts = marks.map((m, i) => body.slice(m.index + m[0].length, marks[i + 1]?.index ?? body.length).replace(/^[，,、；;]+|[，,、；;]+$/g, ''));
  const read = parts.map((p) => {
    const figure = p.replace(VERB, '');
    const q = readQuantity(figure, kind, field.unit);
    if (!q.ok || q.value.doubt || q.value.unitless || q.value.value === 0 || /[，,、；;]/.test(figure)) return undefined;
    // (Each part in the field's measure: 60人 at 人次, 一场 at 场; 60人 at the sessions is another measure.)
    const unit = unitWritten(figure);
    if (kind === 'count' && (!unit || !field.unit || !sameUnit(field.unit, unit))) return undefined;
    return q.value.value;
  });
  if (read.some((v) => v === undefined)) return undefined;
  if (headed && numeralValue(headed[1]!) !== parts.length) return undefined;
  const value = read.reduce<number>((t, v) => t + (v ?? 0), 0);
  return { kind: 'pick', value, how: 'sum', from: parts.map((p, i) => `${marks[i]![0]}${p}`), others: [] };
}

// 一笔, 另一笔, 第二场, 头一批, 周二, 星期四, 上午, 下午: what names one part.
const MARKER =
  /(?:另(?:外)?|又|还有|再)?一笔|第[\d一二三四五六七八九十]+(?:笔|场|批|期|次|班|个)|头一?(?:笔|场|批|期|次)|(?:周|星期|礼拜)[一二三四五六日天]|[上下]午/g;
// (付了6万, 来了60人: the verb before a part's figure.)
const VERB = /^(?:付了?|花了?|支付了?|支出了?|用了?|办了?|开了?|举办了?|培训了?|来了?|到了?|参加了?|参训了?|有)/;
