import type { Answer } from './answer.ts';
import type { FieldSpec } from './template.ts';

/** 第3期培训班开班了: an ordinal, not how many; asked with no reading. Undefined when the message has none. */
export function ordinalAnswer(field: FieldSpec, raw: string, bareUnit: string): Answer | undefined {
  const ordinal = /第[\d一二三四五六七八九十]+[期个场次批项]?/.exec(raw.normalize('NFKC'));
  if (ordinal)
    return {
      ok: true,
      value: null,
      confirm: `“${ordinal[0]}”是序号，不是数量。请直接输入${field.kind === 'amount' ? '金额，例如 45 或 45万' : `${bareUnit}，例如 3`}。`,
    };
  return undefined;
}
