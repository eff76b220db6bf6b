/**
 * 中, 要得, 得行, 成, 行: the north-west's everyday "all right", sent alone to a yes-or-no question. It agrees
 * with something, but says neither 有 nor 没有 to what was asked; read as neither, and the question put again.
 */
import type { Answer } from './answer.ts';

const AGREEING = /^(?:中|要得|得行|成|行)(?:嘛|哩|呢|啊|呀|的)?$/;

/** The question put again when a yes-or-no answer is only such a word; undefined otherwise. */
export function agreementOnly(raw: string): Answer | undefined {
  const said = raw
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！~～，,…]+$/, '');
  if (!AGREEING.test(said)) return undefined;
  return { ok: true, value: null, confirm: `仅回复“${raw.trim()}”无法确定您的回答，请明确回复“是”（有）或“否”（没有）。` };
}
