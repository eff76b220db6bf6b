import type { CountyData, ProgrammeData } from '../programme.ts';
import { charPinyin } from './text.ts';
import { tag } from './words.ts';

/** A county found in a question; `typed` differs from the name when it was matched by sound or by a near spelling. */
export interface CountyMention {
  readonly county: CountyData;
  readonly typed: string;
  readonly fuzzy: boolean;
}

const bare = (name: string) => name.replace(/(县|区|市)$/, '');

// Words that end in 县/区/市 but name no county.
const NOT_PLACES = /^(示范|各|本|全|每|我|咱|贵|该|这|那|个|一|两|几|哪|市|省|州|乡|城|辖|地|社|园|片|景|老|新|山|库|保护|试点|项目|贫困|深度|非示范|其他|其它|别的|周边)$/;

// 隔壁县, 邻县, 周边县, 兄弟县: a county told of by where it lies from the asker's, not by name; 贫困地区, 偏远地区: a kind of
// area, not a place's name.
const GENERIC_END = /(示范|试点|项目|贫困|重点|深度|其他|其它|其余|别的|隔壁|邻近|相邻|临近|旁边|附近|周边|周围|兄弟|友邻|外|邻|(?:贫困|偏远|边远|民族|落后|欠发达|农村)地)$/;

/** Finds the counties of the annex table named in a question, exactly, without the suffix, or by sound (桌尼 → 卓尼县). */
export function findCounties(data: ProgrammeData, text: string): CountyMention[] {
  const found = new Map<string, CountyMention>();
  for (const county of data.counties) {
    const b = bare(county.name);
    if (text.includes(county.name) || (b.length >= 2 && text.includes(b))) found.set(county.id, { county, typed: county.name, fuzzy: false });
  }
  // Sound-alike spellings (the phone's pinyin keyboard picked a wrong character), two-syllable names and longer.
  const chars = [...text];
  const syllables = chars.map(charPinyin);
  for (const county of data.counties) {
    if (found.has(county.id)) continue;
    const b = [...bare(county.name)];
    if (b.length < 2) continue;
    const target = b.map(charPinyin);
    for (let i = 0; i + target.length <= chars.length; i++) {
      if (!target.every((s, k) => syllables[i + k] === s)) continue;
      const typed = chars.slice(i, i + target.length).join('');
      const shared = b.filter((ch, k) => chars[i + k] === ch).length;
      // A sound-alike shares at least one character, or is followed by 县/区/市, to avoid ordinary words.
      const suffix = chars[i + target.length];
      if (shared === 0 && !(suffix && /[县区市]/.test(suffix))) continue;
      found.set(county.id, { county, typed: suffix && /[县区市]/.test(suffix) ? typed + suffix : typed, fuzzy: true });
      break;
    }
  }
  return [...found.values()];
}

/** Place names ending in 县/区/市 that are not in the annex table (e.g. 夏河县), for "is it on the list" questions. */
export function unknownPlaces(data: ProgrammeData, text: string, known: readonly CountyMention[], noticeText = ''): string[] {
  const out: string[] = [];
  // 扶持办法县里得自己定吗: where the segmenter reads 县里, 县上, 市场 as one word, that 县 or 市 ends no place name.
  const wordStarts = new Set<number>();
  let at = 0;
  for (const t of tag(text)) {
    if ([...t.word].length > 1 && /^[县区市]/.test(t.word)) wordStarts.add(at);
    at += t.word.length;
  }
  for (const m of text.matchAll(/([\p{Script=Han}]{1,3}?)(县|区|市)/gu)) {
    if (wordStarts.has(m.index + m[1]!.length)) continue;
    // 我们夏河县, 在临潭县: a word before the name (a pronoun, a preposition) is cut; what follows it may still be a name.
    const cut = /^.*[是的在有和吗呢了么什哪个几每各本全我们这那该些啥问何请应要定把让给对从到为]/u.exec(m[1]!)?.[0].length ?? 0;
    const stem = cut && m[1]!.length - cut >= 2 ? m[1]!.slice(cut) : m[1]!;
    const name = stem + m[2]!;
    // 扶持政策县里要出台吗: 县里 is the level, and what stands before it is the notice's own words (持政策), no place.
    if (/^[里上]/.test(text.slice(m.index + m[0].length)) && stem.length >= 2 && noticeText.includes(stem)) continue;
    // 只公布县里…, 光在县里…: an adverb or a verb before 县 (the level, 县里) starts no place name.
    // (渠道只开县上的: an adverb inside the stem too; no county's name holds one after its first character.)
    if (/^[只仅光就都也还再又才已没不先]|^.+[只仅就也还再又才已没不]|公布|公开|设置|报送|上报/.test(stem)) continue;
    // 分管副县长, 常务副市长: an official's title (副县长), not a place name.
    if (/[副正]$|分管|常务|主管/.test(stem) && /^[长委]/.test(text.slice(m.index + m[0].length))) continue;
    // 工业园区, 开发区, 景区, 社区: a kind of area ending in 区, not a district's name (兰州新区, 麦积区 still are).
    if (m[2] === '区' && /(?:园|厂|开发|工业|产业|物流|商贸|景|社|城|片|库|校|小|保护|功能|经济|示范|试验|集中)$/.test(stem)) continue;
    if (NOT_PLACES.test(stem) || /[是的在有和吗呢了么什哪个几每各本全我这那该些啥县区市州省乡村问何请应要定把让给对从到为]/.test(stem) || GENERIC_END.test(stem)) continue;
    if (data.counties.some((c) => c.name === name || name.endsWith(c.name) || c.name.endsWith(name))) continue;
    if (known.some((k) => name.includes(bare(k.county.name)) || name.includes(k.typed) || k.typed.includes(name))) continue;
    out.push(name);
  }
  return out;
}
