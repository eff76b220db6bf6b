import type { Clause } from './clauses.ts';
import type { Said, Several } from './several.ts';
import { unitWritten } from './quantity.ts';
import type { FieldSpec } from './template.ts';
import { fitsMeasure, PLAN } from './clauses.ts';

/**
 * What each figure of a message counts, told by its unit or the noun it is said with: 120个站 counts stations,
 * 覆盖65个村 villages, 带动1100户 households, 80人 people, 3场 sessions, 5个项目 projects, 90个合作社 something the
 * form does not count. At a count field, figures that count different things are never added up; when every
 * figure's noun is known and exactly one agrees with the field's (站点, 贫困村, 户, 人次, 场次, 项目), that one is
 * offered (asked); when none agrees, every figure is asked back with none offered. Used by several.ts.
 */

type Noun = 'station' | 'village' | 'household' | 'person' | 'session' | 'project' | 'money' | `other:${string}`;

// Longest first: 村级站 is a station, 贫困户 a household, 乡镇站 not a township.
const WORDS: readonly (readonly [string, Noun | null])[] = [
  ['服务站点', 'station'],
  ['服务站', 'station'],
  ['服务点', 'station'],
  ['电商站', 'station'],
  ['村级站', 'station'],
  ['乡镇站', 'station'],
  ['站点', 'station'],
  ['网点', 'station'],
  ['贫困村', 'village'],
  ['行政村', 'village'],
  ['自然村', 'village'],
  ['贫困户', 'household'],
  ['脱贫户', 'household'],
  ['农户', 'household'],
  ['大户', 'other:大户'],
  ['合作社', 'other:合作社'],
  ['企业', 'other:企业'],
  ['公司', 'other:公司'],
  ['网店', 'other:网店'],
  ['店铺', 'other:网店'],
  ['基地', 'other:基地'],
  // (乡镇12个，村级85个: a level of the stations, said before the figure, names no other thing: see nounBefore.)
  ['乡镇级', null],
  ['乡级', null],
  ['镇级', null],
  ['村级', null],
  ['县级', null],
  ['乡镇', 'other:乡镇'],
  ['项目', 'project'],
  ['学员', 'person'],
  ['站', 'station'],
  ['村', 'village'],
  ['户', 'household'],
  // Words that stand inside a noun phrase (2个电商服务站, 3个站点建设项目) and count nothing themselves.
  ['电商', null],
  ['建设', null],
  ['扶贫', null],
  ['龙头', null],
  ['级', null],
];
const WORD = new RegExp(WORDS.map(([w]) => w).join('|'), 'g');
const CLASS = new Map(WORDS);

const UNIT_NOUN: Readonly<Record<string, Noun>> = {
  场: 'session',
  场次: 'session',
  次: 'session',
  期: 'session',
  人: 'person',
  人次: 'person',
  名: 'person',
  户: 'household',
  村: 'village',
  站: 'station',
  点: 'station',
  项: 'project',
};
// 个 and its like count whatever noun follows them (65个村) or was named before the figure (站点86个).
const ANY_THING = new Set(['个', '家', '座', '所', '处', '间']);
const FIGURE = /(?<![第周期拜\d.])[\d零〇一二两三四五六七八九十百千万]+(?:来|多|余)?(人次|场次|个|场|次|人|户|项|家|期|处|村|所|名|座|站|点|间)/;

/** The head noun of a run of nouns starting the text (村的贫困户 → 村; 站点建设项目 → 项目), if it starts with one. */
function headAtStart(s: string): Noun | undefined {
  let head: Noun | undefined;
  let at = 0;
  for (;;) {
    const m = new RegExp(WORD.source, 'y');
    m.lastIndex = at;
    const hit = m.exec(s);
    if (!hit) return head;
    head = CLASS.get(hit[0]) ?? head;
    at += hit[0].length;
  }
}

/** The last noun named in the text (累计建成…服务站点 → station), if any. */
function lastNoun(s: string): Noun | undefined {
  const classes = [...s.matchAll(WORD)].map((m) => CLASS.get(m[0])).filter((c) => c);
  return classes.at(-1) ?? undefined;
}

// 覆盖贫困村52个, 站点共86个: the noun straight before the figure (only 共, 有, 是 between) is what it counts.
// (站点覆盖了78个: a noun before a verb is who did it, not what is counted; 乡镇12个 names a level of the field's
// own things, not townships.)
const BEFORE = new RegExp(`(${WORDS.map(([w]) => w).join('|')})(?:的)?(?:数量|总数|数)?(?:一共|总共|共计|合计|累计|共|有|是|为|达到|达)*$`);
function nounBefore(s: string): Noun | undefined {
  const word = BEFORE.exec(s)?.[1];
  return word && word !== '乡镇' ? (CLASS.get(word) ?? undefined) : undefined;
}

/** What a clause's figure counts; undefined when its unit and words do not say. */
export function nounOf(c: Clause): Noun | undefined {
  if (c.otherKind === 'amount') return 'money';
  return c.share ? undefined : nounOfText(c.text);
}

/** What the first figure of a text counts, by its unit, the nouns after 个, or the noun straight before it. */
function nounOfText(typed: string): Noun | undefined {
  const text = typed.normalize('NFKC');
  const m = FIGURE.exec(text);
  if (!m) return undefined;
  const unit = m[1]!;
  if (UNIT_NOUN[unit]) return UNIT_NOUN[unit];
  if (!ANY_THING.has(unit)) return undefined;
  return headAtStart(text.slice(m.index + m[0].length)) ?? nounBefore(text.slice(0, m.index));
}

/**
 * What the field counts: its unit's noun and the head noun of its label (累计建成…服务站点 → station; 其中建档立卡
 * 贫困户人次 → people and households, as 20个贫困户 there counts people of poor households).
 */
export function fieldNouns(field: FieldSpec): ReadonlySet<Noun> {
  const out = new Set<Noun>();
  if (field.kind !== 'count') return out;
  const unit = field.unit ? UNIT_NOUN[field.unit] : undefined;
  const head = lastNoun(field.label.replace(/[（(][^）)]*[）)]/g, ''));
  if (unit) out.add(unit);
  if (head) out.add(head);
  return out;
}

/** Whether the clauses' figures count two or more different things, as far as their nouns tell. */
export function nounsDiffer(field: FieldSpec, clauses: readonly Clause[]): boolean {
  if (field.kind !== 'count') return false;
  return new Set(clauses.map(nounOf).filter((n) => n)).size >= 2;
}

// 每场50人，3场 / 各办了1场: so much each, times the items; the nouns differ, and the product is the answer.
const EACH = /每|各/;

/**
 * At a count, figures whose nouns are all known and differ: the one agreeing with the field's noun offered (asked),
 * or every figure asked back when none or several agree. Undefined when the rule does not apply.
 */
export function byNoun(field: FieldSpec, read: readonly Clause[]): Several | undefined {
  const want = fieldNouns(field);
  if (!want.size || read.length < 2 || read.some((c) => EACH.test(c.text) || c.several)) return undefined;
  const nouns = read.map(nounOf);
  if (nouns.some((n) => !n) || new Set(nouns).size < 2) return undefined;
  const agree = read.filter((_, i) => want.has(nouns[i]!));
  const unclear: Several = { kind: 'unclear', figures: read.map((c) => c.text) };
  if (agree.length !== 1) return agree.length ? undefined : unclear;
  const one = agree[0]!;
  const q = one.own ?? one.other;
  if (!q || q.doubt || !Number.isInteger(q.value) || !fitsMeasure(field, one)) return unclear;
  // (办了2场，80人参加 at the sessions: people, households or money said beside it are offered to their own fields;
  // a figure in 个 is not, as its unit alone cannot tell which field it is for.)
  const others = read
    .filter((c, i) => c !== one && c.other && c.otherKind && ['person', 'household', 'session', 'money'].includes(nouns[i]!))
    .map((c): Said => {
      const unit = c.otherKind === 'count' ? unitWritten(c.text.normalize('NFKC')) : undefined;
      return { text: c.text, kind: c.otherKind!, value: c.other!.value, ...(unit ? { unit } : {}), ...(PLAN.test(c.text) ? { plan: true } : {}) };
    });
  return { kind: 'pick', value: q.value, how: 'one', from: [one.text], others };
}

/**
 * 17家合作社, 覆盖了21个乡镇 at a count: a lone figure counting a thing the form never counts (合作社, 企业, 网店, 乡镇),
 * named after its 个 or 家; the thing's name, to ask back with no figure offered. Undefined otherwise.
 */
export function otherThing(text: string): string | undefined {
  const noun = nounOfText(text);
  return noun?.startsWith('other:') ? noun.slice('other:'.length) : undefined;
}

/**
 * 乡镇站18个，村级站102个，覆盖60个村 at the stations: every figure's noun known, two or more agreeing with the field's
 * and others not: the agreeing clauses alone, to be read as a message of their own (the others set aside). Undefined
 * when the rule does not apply (a part after 其中, so much each, or any figure whose noun is not known).
 */
export function agreeingOnly(field: FieldSpec, read: readonly Clause[]): readonly Clause[] | undefined {
  const want = fieldNouns(field);
  if (!want.size || read.some((c) => EACH.test(c.text) || c.several || c.part)) return undefined;
  const nouns = read.map(nounOf);
  if (nouns.some((n) => !n) || new Set(nouns).size < 2) return undefined;
  const agree = read.filter((_, i) => want.has(nouns[i]!));
  return agree.length >= 2 && agree.length < read.length ? agree : undefined;
}
