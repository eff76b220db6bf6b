import type { Answer } from './answer.ts';
import type { FieldSpec } from './template.ts';

/**
 * A quantity said in words that give no figure (花了一点儿, 不少, 全覆盖, 一半): no answer to store. It is asked
 * back as not a figure, with how to answer. (Re-asking it as a plain non-answer, ok:false, was tried: the
 * development sets written before dev29 label these "ask", later ones "reject"; the question is kept.)
 */

// 花了一点儿, 占一半, 不少: a quantity said in words that give no figure.
// 全覆盖, 都是贫困户, 全部完成了: all of something, whose figure the message does not give.
// (卖得还行, 还不错: a judgement, with no figure. MUCH: how much, with no figure; 一部分还没统计 is of part of the data.)
const VAGUE =
  /还行|还可以|还不错|不错|挺好|还好|一般般|马马虎虎|凑合|一点|一些|少量|少许|(?<!差)不多|不少|很多|好多|许多|大量|好几|若干|[挺蛮较]多|相当多|一半|大半|小半|一部分|部分|全部|全都|都是|全是|全覆盖|所有|全(?:完成|建成|覆盖)|都(?:完成|建成|覆盖)/;
const MUCH = /很多|好多|许多|不少|[挺蛮较]多|相当多|大量|好几|若干|一点|少量|少许/;
/** The reply to a message whose quantity is only vague, or undefined when it is not one. `notYet`: the data is still being counted. */
export function vagueAnswer(field: FieldSpec, raw: string, notYet: string | undefined): Answer | undefined {
  if (!VAGUE.test(raw)) return undefined;
  if (notYet && !raw.split(/[，,。；;\s]+/).some((c) => MUCH.test(c) && !/没|未|不清楚|不知道|待/.test(c))) return undefined;
  const why = `“${raw.trim()}”不是具体数字，周报需要准确数字。`;
  const how = field.kind === 'amount' ? '请直接输入金额，例如 45 或 45万' : '请直接输入整数，例如 3';
  return { ok: true, value: null, confirm: `${why}${how}。${notYet ?? ''}` };
}
