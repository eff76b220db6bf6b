import type { FieldSpec } from './template.ts';

/**
 * A yes whose own details say the funds went where the rules allow (是的，都用于站点建设 / 是，按规定用的): the
 * person has answered "were the funds used properly?", not the question asked (were they used for one of the
 * barred uses?). Found by adversarial probing, where such a yes was stored as a barred use. Asked back, never
 * stored either way. Called by yesno-answer.ts.
 */
export function permittedYes(field: FieldSpec, note: string | undefined): string | undefined {
  if (!note || !field.asksAbout?.length) return undefined;
  const barred = (field.topics ?? []).some((t) => note.includes(t)) || BARRED_WORDS.test(note);
  if (barred || !(COMPLIANT.test(note) || PERMITTED.test(note))) return undefined;
  const uses = field.asksAbout.map((u) => u[0]).join('、');
  return `您回答“是”，又提到“${note}”。本项问的是资金是否用于${uses}，这笔属于这些用途吗？请核实后回复“是”或“否”。`;
}

const COMPLIANT = /合规|按规定|按照规定|符合规定|规范使用|专款专用/;
// The programme's own purposes (站点, 培训, 上行…), said as where the money went.
const PERMITTED = /(?:用于|用在|都是|全部|主要)[^，,。；;]{0,4}(?:站点|服务站|培训|上行|物流|配送|仓储|品牌|包装|分级|产销|冷链|溯源)/;
// (是，服务中心装修 / 是，给站点发了补贴: words of a barred use beside a permitted purpose keep the yes.)
const BARRED_WORDS = /装修|建房|办公|补贴|补助|工资|经费|流量|推广|平台|会议|接待|差旅|租/;
