import { PROVINCE_WIDE, type Actor } from '../../core/actor.ts';
import type { Result } from '../../core/errors.ts';
import { fail, ok } from '../../core/errors.ts';
import { findCounties } from '../../knowledge/county-match.ts';
import { findCounty, type CountyData, type ProgrammeData } from '../../programme.ts';

/** The county a person acts for, and whether on behalf of it (prefecture staff). */
export interface ActingFor {
  readonly county: CountyData;
  readonly onBehalf: boolean;
  /** Said first when the typed name was matched by sound or spelling: 按“卓尼县”理解。 */
  readonly readAs?: string;
}

/** A county by its name, without 县, or by a near spelling (桌尼县 → 卓尼县, the policy Q&A's matcher). */
export function countyNamed(data: ProgrammeData, name: string): { county: CountyData; readAs?: string } | undefined {
  const exact = findCounty(data, name);
  if (exact) return { county: exact };
  const found = findCounties(data, name);
  return found.length === 1 ? { county: found[0]!.county, readAs: `按“${found[0]!.county.name}”理解。` } : undefined;
}

/** Whether the whole of a name is a county's (碌曲, 桌尼县 for 卓尼县), not one a longer word only contains (合作 in 合作社). */
export function isCountyName(data: ProgrammeData, name: string): boolean {
  if (findCounty(data, name)) return true;
  const found = findCounties(data, name);
  const bare = (s: string) => s.replace(/[县区市]$/, '');
  return found.length === 1 && found[0]!.fuzzy && bare(found[0]!.typed) === bare(name);
}

/**
 * Which county's report a person may file, view or change: an official only
 * their own; prefecture staff any county of their prefecture, named; the province and the admin any named county.
 * `verb` goes into sentences (填报, 修改, 查看); `command` is what to type in the example (default: the verb).
 */
export function actingFor(data: ProgrammeData, actor: Actor, countyName: string | undefined, verb: string, command = verb): Result<ActingFor> {
  const match = countyName ? countyNamed(data, countyName) : undefined;
  const named = match?.county;
  const readAs = match?.readAs ? { readAs: match.readAs } : {};
  if (countyName && !named) return fail(`未找到示范县“${countyName}”，请核对县名，例如：${command} 卓尼县`);
  if (actor.role === 'official') {
    const own = actor.countyId ? data.counties.find((c) => c.id === actor.countyId) : undefined;
    if (!own) return fail('您的账号尚未关联示范县，请联系管理员。');
    if (named && named.id !== own.id) return fail(`您是${own.name}的联络员，只能${verb}本县（${own.name}）的周报。`);
    return ok({ county: own, onBehalf: false, ...readAs });
  }
  if (actor.role === 'prefecture') {
    if (!named) return fail(`请写明县名，例如：${command} 卓尼县`);
    if (named.prefecture !== actor.prefectureId)
      return fail(`${match?.readAs ?? ''}${named.name}不属于${actor.prefectureName ?? '您所在的市州'}，无法${verb}。`);
    return ok({ county: named, onBehalf: true, ...readAs });
  }
  if (PROVINCE_WIDE.includes(actor.role)) {
    if (!named) return fail(`请写明县名，例如：${command} 卓尼县`);
    return ok({ county: named, onBehalf: true, ...readAs });
  }
  return fail('该功能仅限示范县联络员和市州工作人员使用。');
}
