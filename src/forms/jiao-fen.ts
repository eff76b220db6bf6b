import { NUMERAL_CHARS, numeralValue } from './numbers.ts';

/**
 * Sums written to the 角 and 分, as a ledger, a receipt or a cheque writes them (6780元3角2分,
 * 叁万零伍拾元肆角贰分, 80块5毛, 300元零5分): rewritten as one decimal figure in 元
 * (6780.32元), so that the quantity reader sees one figure, not three. The form keeps amounts to the
 * 元, so quantity.ts asks before rounding a figure that says its 分 (never rounds it unasked).
 */

const DIGIT = '[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖0-9]';
// A single digit (numbers.ts reads 壹 and 〇 as it reads 1 and 0); absent, it counts 0.
const digit = (c: string | undefined): number => (c === undefined ? 0 : (numeralValue(c) ?? Number.NaN));

// The whole 元, then 角 (毛 in speech), then 分 (after 零 when no 角 is said); at least one of the two; and the
// sum ends there (45块5毛多一点, with words about it after, is left as typed and asked again).
const CENTS = new RegExp(
  `([${NUMERAL_CHARS}]+)(?:元|块钱|块)(?:(${DIGIT})(?:角|毛)(?:(${DIGIT})分)?|零?(${DIGIT})分)钱?(?=$|整|[\\s，,。；;、()（）!！?？])`,
  'g',
);

/** 6780元3角2分 → 6780.32元; text with no 角 or 分 after a sum in 元 is returned as it is. */
export function withCents(text: string): string {
  return text.replace(CENTS, (all, whole: string, jiao?: string, fenAfterJiao?: string, fenAlone?: string) => {
    const yuan = numeralValue(whole);
    if (yuan === undefined || !Number.isInteger(yuan)) return all;
    const cents = digit(jiao) * 10 + digit(fenAfterJiao ?? fenAlone);
    if (!Number.isFinite(cents)) return all;
    const value = `${yuan}.${String(cents).padStart(2, '0')}`.replace(/\.?0+$/, '');
    return `${value}元`;
  });
}

// 5角, 玖分: 角 or 分 (毛 in speech) written out after a digit.
export const WRITTEN_CENTS = /[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖0-9][角毛分]/;
// 52,100.80元, 9876.54: a figure in 元 written to two decimals, as a ledger writes it.
const LEDGER = /\d\.\d{2}(?!\d)(?:元|块|$)/;

/**
 * Whether a figure of `yuan` 元, not whole, says its amount to the 分: a 分 digit (or finer), 角 or 分 written
 * out, or two decimals in 元 as a ledger writes them. Rounding such a figure to the 元 changes what was
 * said, so it is asked. (1234.5元, a casual 角 with no 分, is kept to the 元 as it always was.)
 */
export function saysCents(typed: string, yuan: number): boolean {
  const cents = yuan * 100;
  if (Math.abs(cents - Math.round(cents)) > 1e-6 || Math.round(cents) % 10 !== 0) return true;
  const s = typed.normalize('NFKC').replace(/[\s,，]/g, '');
  return WRITTEN_CENTS.test(s) || LEDGER.test(s);
}
