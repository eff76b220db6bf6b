import type { QuickReply, Reply } from '../../src/core/reply.ts';
import { renderPlainText } from '../../src/core/render-text.ts';

/** WeChat shows long texts badly and truncates very long ones; stay well under its limit. */
export const MAX_MESSAGE_CHARS = 1500;

/** One Reply as WeChat messages: plain text, numbered choices instead of buttons, split when long. */
export interface WechatRendering {
  readonly messages: readonly string[];
  /** The buttons a bare number picks, in the order of their numbers; empty when numbers do not apply. */
  readonly choices: readonly QuickReply[];
}

/** Renders a Reply for WeChat on a phone. */
export function renderForWechat(reply: Reply, maxChars = MAX_MESSAGE_CHARS): WechatRendering {
  const buttons = reply.buttons ?? [];
  let text = reply.text;
  if (buttons.length) {
    // reply.text already lists the buttons the generic way; swap that block for numbers.
    const generic = renderPlainText({ buttons });
    const numbered = numberedChoices(buttons);
    text = text.includes(generic) ? text.replace(generic, numbered) : `${text}\n\n${numbered}`;
  }
  return { messages: splitMessage(text.trim(), maxChars), choices: numberable(buttons) ? buttons : [] };
}

/**
 * A lone choice only matters when typed as a word: a bare "1" must stay a number, since the
 * question may expect one (an optional amount offers just “跳过”).
 */
export function numberable(choices: readonly QuickReply[]): boolean {
  return choices.length >= 2;
}

/** "回复 1 有用  2 没用" on one line when short, else one numbered line per choice; a lone choice as its word. */
export function numberedChoices(choices: readonly QuickReply[]): string {
  if (!numberable(choices)) return choices.map((c) => `回复“${c.value}”${c.label === c.value ? '' : `：${c.label}`}`).join('\n');
  const oneLine = `回复 ${choices.map((c, i) => `${i + 1} ${c.label}`).join('  ')}`;
  if (oneLine.length <= 24 && !choices.some((c) => c.label.includes('\n'))) return oneLine;
  return ['请回复序号：', ...choices.map((c, i) => `${i + 1}. ${c.label}`)].join('\n');
}

const PART_LABEL_RESERVE = 8; // room for "（12/12）"

/**
 * Splits a long text into messages under `maxChars`: at paragraph boundaries first, then at
 * line breaks, then after a sentence, and only as a last resort in the middle of a sentence.
 * Each part of a split text ends with its number, e.g. （1/3）.
 */
export function splitMessage(text: string, maxChars = MAX_MESSAGE_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const parts = pack(text, maxChars - PART_LABEL_RESERVE, 0);
  return parts.map((p, i) => `${p}\n（${i + 1}/${parts.length}）`);
}

const LEVELS: readonly { readonly split: (s: string) => string[]; readonly join: string }[] = [
  { split: (s) => s.split(/\n{2,}/), join: '\n\n' },
  { split: (s) => s.split('\n'), join: '\n' },
  { split: (s) => s.split(/(?<=[。！？；!?;])/), join: '' },
];

function pack(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const rule = LEVELS[level];
  if (!rule) {
    const cuts: string[] = [];
    for (let i = 0; i < text.length; i += max) cuts.push(text.slice(i, i + max));
    return cuts;
  }
  const out: string[] = [];
  let current = '';
  for (const unit of rule.split(text)) {
    for (const piece of unit.length > max ? pack(unit, max, level + 1) : [unit]) {
      if (current && current.length + rule.join.length + piece.length > max) {
        out.push(current);
        current = piece;
      } else {
        current = current ? current + rule.join + piece : piece;
      }
    }
  }
  if (current) out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}
