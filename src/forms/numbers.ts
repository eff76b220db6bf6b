/**
 * The number grammar: Chinese and Arabic numerals as officials type them,
 * read by a small parser (tokens → value) rather than by a list of cases.
 *
 *   number   := section ('亿' section?)? …   sections of up to 万 (一亿二千万)
 *   section  := (digit inner)* digit?        inner units 千/百/十, descending (三千五百)
 *   digit    := 一…九 | 两 | Arabic digits (2百万, 1.2亿) | 零 (a gap: 一万零五 = 10005)
 *   tail     := a single digit right after a unit is one step below it
 *               (十二万五 = 12.5万, 三千五 = 3500, 两百五 = 250); after 零 it is literal.
 *   range    := two neighbouring digits (四五十万, 七八个, 十七八) — no single value.
 *
 * nzh (a dependency) decodes standard numerals but reads 十二万五 as 120005 and
 * 四五十万 as 450万; it is used in the property tests as the encoder to read back.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const INNER: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1_000, 仟: 1_000 };
const SECTION: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** The characters a numeral is made of (Arabic digits and the decimal point included). */
export const NUMERAL_CHARS = '0-9.点零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

type Token =
  | { readonly t: 'num'; readonly value: number; readonly single: boolean; readonly chinese: boolean }
  | { readonly t: 'zero' }
  | { readonly t: 'inner'; readonly unit: number }
  | { readonly t: 'section'; readonly unit: number };

/** A numeral's reading: one value, or a range when it names two (四五十万 → 40万–50万). */
export type Numeral =
  | { readonly kind: 'value'; readonly value: number; readonly sectioned: boolean }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly sectioned: boolean };

function tokenize(s: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const arabic = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      tokens.push({ t: 'num', value: Number(arabic[0]), single: /^\d$/.test(arabic[0]), chinese: false });
      i += arabic[0].length;
      continue;
    }
    if (ch === '零' || ch === '〇') tokens.push({ t: 'zero' });
    else if (ch in DIGITS) tokens.push({ t: 'num', value: DIGITS[ch]!, single: true, chinese: true });
    else if (ch in INNER) tokens.push({ t: 'inner', unit: INNER[ch]! });
    else if (ch in SECTION) tokens.push({ t: 'section', unit: SECTION[ch]! });
    else return undefined;
    i++;
  }
  return tokens;
}

/** Integer-part tokens → value; undefined when they do not form a number. */
function evaluate(tokens: readonly Token[]): number | undefined {
  let total = 0; // completed 亿 sections
  let wan = 0; // completed 万 section below the last 亿
  let section = 0; // below 万
  let pending: number | undefined; // a digit waiting for its unit
  let lastInner = Infinity; // inner units descend within a section
  let lastSection = Infinity;
  let afterZero = false;
  let lastUnit = 0; // the unit a bare tail digit is one step below
  let any = false;
  for (const tok of tokens) {
    switch (tok.t) {
      case 'num':
        if (pending !== undefined) return undefined; // 四五 is a range, handled by the caller
        pending = tok.value;
        any = true;
        break;
      case 'zero':
        if (pending !== undefined) return undefined;
        afterZero = true;
        any = true;
        break;
      case 'inner': {
        if (tok.unit >= lastInner) return undefined;
        const n = pending ?? (tok.unit === 10 && section === 0 ? 1 : undefined);
        if (n === undefined) return undefined;
        section += n * tok.unit;
        pending = undefined;
        lastInner = tok.unit;
        lastUnit = tok.unit;
        afterZero = false;
        any = true;
        break;
      }
      case 'section': {
        if (tok.unit >= lastSection && !(tok.unit === SECTION['亿'] && lastSection === SECTION['万'])) return undefined;
        const part = section + (pending ?? 0);
        if (part === 0 && wan === 0 && total === 0) return undefined;
        if (tok.unit === SECTION['亿']) {
          total = (total + wan + part) * tok.unit;
          wan = 0;
        } else wan += part * tok.unit;
        section = 0;
        pending = undefined;
        lastInner = Infinity;
        lastSection = tok.unit;
        lastUnit = tok.unit;
        afterZero = false;
        any = true;
        break;
      }
    }
  }
  if (!any) return undefined;
  let tail = pending ?? 0;
  // 十二万五 / 三千五 / 两百五: one digit straight after a unit (not after 零) is one step below it.
  if (pending !== undefined && tokens.length >= 2 && !afterZero && lastUnit >= 100) {
    const before = tokens[tokens.length - 2]!;
    const last = tokens[tokens.length - 1]!;
    if (last.t === 'num' && last.single && (before.t === 'inner' || before.t === 'section')) tail = pending * (lastUnit / 10);
  }
  return total + wan + section + tail;
}

/** Digits written one by one (二〇一八, 一五〇〇): only digits, three or more, or with a zero. */
function digitByDigit(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九]+$/.test(s) || s.length < 2) return undefined;
  if (s.length === 2 && !/[零〇]/.test(s)) return undefined;
  return Number([...s].map((c) => DIGITS[c]).join(''));
}

/** Reads one numeral (no spaces, no units of measure): 12.5, 十二万五, 2百万, 1.2亿, 一五〇〇, 四五十万 (a range). */
export function readNumeral(raw: string): Numeral | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  const sectioned = /[万亿]/.test(s);
  // Chinese decimals: 十二点五万 = 12.5万, 三十二点五.
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = s.slice(0, point);
    const rest = s.slice(point + 1);
    const m = /^([零〇一二两三四五六七八九\d]+)([万亿]?)$/.exec(rest);
    if (!whole || !m) return undefined;
    const int = readNumeral(whole);
    if (!int || int.kind !== 'value') return undefined;
    const frac = Number(`0.${[...m[1]!].map((c) => (c in DIGITS ? DIGITS[c] : c)).join('')}`);
    const unit = m[2] ? SECTION[m[2]]! : 1;
    return { kind: 'value', value: (int.value + frac) * unit, sectioned };
  }
  const plain = digitByDigit(s);
  if (plain !== undefined) return { kind: 'value', value: plain, sectioned: false };
  const tokens = tokenize(s);
  if (!tokens) return undefined;
  // Two neighbouring Chinese digits (四五十万, 七八个, 十七八): a range, read once with each.
  const pair = tokens.findIndex((t, i) => {
    const n = tokens[i + 1];
    return t.t === 'num' && t.chinese && n?.t === 'num' && n.chinese && n.value > t.value && t.value > 0;
  });
  if (pair >= 0) {
    const withOne = (keep: number) => evaluate(tokens.filter((_, i) => i !== (keep === pair ? pair + 1 : pair)));
    const low = withOne(pair);
    const high = withOne(pair + 1);
    if (low === undefined || high === undefined) return undefined;
    return { kind: 'range', low, high, sectioned };
  }
  const value = evaluate(tokens);
  return value === undefined ? undefined : { kind: 'value', value, sectioned };
}

/** A single value from a numeral, or undefined (ranges included). */
export function numeralValue(raw: string): number | undefined {
  const n = readNumeral(raw);
  return n?.kind === 'value' ? n.value : undefined;
}
