import { parse } from 'csv-parse/sync';
import type { Repositories } from '../../../storage/repositories/index.ts';
import type { PersonRole } from '../../../storage/schema.ts';
import { findCounty, findPrefecture, type ProgrammeData } from '../../programme.ts';
import { TEXT_LIMITS } from '../../core/limits.ts';

const ROLE_WORDS: Readonly<Record<string, PersonRole>> = {
  official: 'official',
  县级联络员: 'official',
  联络员: 'official',
  县级: 'official',
  prefecture: 'prefecture',
  市州工作人员: 'prefecture',
  市州: 'prefecture',
  州级工作人员: 'prefecture',
  州级: 'prefecture',
  市级: 'prefecture',
  province: 'province',
  省级工作人员: 'province',
  省级: 'province',
  admin: 'admin',
  管理员: 'admin',
};
const HEADERS: Readonly<Record<string, string>> = {
  name: 'name',
  姓名: 'name',
  role: 'role',
  角色: 'role',
  county: 'county',
  县: 'county',
  示范县: 'county',
  prefecture: 'prefecture',
  州: 'prefecture',
  市州: 'prefecture',
  ids: 'ids',
  平台账号: 'ids',
  identities: 'ids',
};

export interface RosterRow {
  readonly line: number;
  readonly name: string;
  readonly role: PersonRole;
  readonly countyId: string | null;
  readonly prefectureId: string | null;
  readonly identities: readonly { platform: string; userId: string }[];
}

export interface RosterProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Parses a roster CSV: name, role, county, optional prefecture, optional platform ids
 * written as `lark:ou_xxx;wechat:wxid_xxx`. Returns every bad row, not just the first.
 */
export function parseRoster(csv: string, programme: ProgrammeData): { rows: RosterRow[]; problems: RosterProblem[] } {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    return { rows: [], problems: [{ line: 0, message: `文件不是有效的 CSV：${(err as Error).message}` }] };
  }
  return parseRosterRecords(records, programme);
}

/** The same roster as an Excel workbook (.xlsx): its first sheet, laid out like the CSV. */
export async function parseRosterWorkbook(file: Buffer, programme: ProgrammeData): Promise<{ rows: RosterRow[]; problems: RosterProblem[] }> {
  // Imported here, not at the top: exceljs is heavy, and only this import needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (err) {
    return { rows: [], problems: [{ line: 0, message: `文件不是有效的 Excel（.xlsx）文件：${(err as Error).message}` }] };
  }
  const sheet = workbook.worksheets[0];
  const records: string[][] = [];
  // Row numbers stay those Excel shows, so a problem's line is where the person looks.
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(row.getCell(i).text.trim());
    records[n - 1] = cells;
  });
  return parseRosterRecords(
    Array.from(records, (r) => r ?? []),
    programme,
  );
}

/** The rows of a roster table (a header, then one person a row), however it was read. */
function parseRosterRecords(all: readonly string[][], programme: ProgrammeData): { rows: RosterRow[]; problems: RosterProblem[] } {
  // Blank rows are skipped but keep their numbers, as in the file.
  const numbered = all.map((cells, i) => ({ cells, line: i + 1 })).filter(({ cells }) => cells.some((c) => c.trim()));
  const records = numbered.map((r) => r.cells);
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, message: '文件为空' }] };
  const columns = header.map((h) => HEADERS[h.toLowerCase()] ?? HEADERS[h]);
  const missing = ['name', 'role'].filter((c) => !columns.includes(c));
  if (missing.length) return { rows: [], problems: [{ line: 1, message: `表头缺少列：${missing.join('、')}（需要 name,role,county,prefecture,ids）` }] };
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = numbered[i + 1]!.line;
    const get = (col: string) => (cells[columns.indexOf(col)] ?? '').trim();
    const errors: string[] = [];
    const name = get('name');
    if (!name) errors.push('姓名为空');
    else if (name.length > TEXT_LIMITS.name) errors.push(`姓名过长（${name.length}字），请不超过${TEXT_LIMITS.name}字`);
    const role = ROLE_WORDS[get('role').toLowerCase()] ?? ROLE_WORDS[get('role')];
    if (!role) errors.push(`角色“${get('role')}”无效（应为 official、prefecture、province 或 admin）`);
    let countyId: string | null = null;
    let prefectureId: string | null = null;
    if (role === 'official') {
      const county = get('county') ? findCounty(programme, get('county')) : undefined;
      if (!county) errors.push(get('county') ? `示范县“${get('county')}”不在名单中` : '县级联络员必须填写示范县');
      else {
        countyId = county.id;
        prefectureId = county.prefecture;
      }
    } else if (role === 'prefecture') {
      const pref = get('prefecture') ? findPrefecture(programme, get('prefecture')) : undefined;
      const choices = programme.prefectures.map((p) => p.name).join('、');
      if (!pref) errors.push(get('prefecture') ? `“${get('prefecture')}”不是本项目的市州（可选：${choices}）` : `市州工作人员必须填写市州（可选：${choices}）`);
      else prefectureId = pref.id;
    }
    const identities: { platform: string; userId: string }[] = [];
    for (const part of get('ids')
      .split(/[;；]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^([a-z]+)[:：](.+)$/.exec(part);
      if (!m) {
        errors.push(`平台账号“${part}”格式应为 平台:账号，例如 lark:ou_xxx`);
        continue;
      }
      const key = `${m[1]}:${m[2]!.trim()}`;
      if (seen.has(key)) errors.push(`平台账号 ${key} 与第 ${seen.get(key)} 行重复`);
      seen.set(key, line);
      identities.push({ platform: m[1]!, userId: m[2]!.trim() });
    }
    if (errors.length) problems.push({ line, message: errors.join('；') });
    else rows.push({ line, name, role: role!, countyId, prefectureId, identities });
  });
  return { rows, problems };
}

/** A person the roster import created: the id `login-link --person` takes. */
export interface ImportedPerson {
  readonly line: number;
  readonly id: number;
  readonly name: string;
}

/**
 * Imports parsed roster rows in one transaction; an identity already bound elsewhere is a problem too.
 * Returns the problems (nothing imported), or the people created with their ids.
 */
export async function importRoster(
  repos: Repositories,
  rows: readonly RosterRow[],
  now: Date,
): Promise<{ problems: RosterProblem[]; imported: ImportedPerson[] }> {
  const problems: RosterProblem[] = [];
  for (const row of rows) {
    for (const id of row.identities) {
      const existing = await repos.people.findPersonByIdentity(id.platform, id.userId);
      if (existing) problems.push({ line: row.line, message: `平台账号 ${id.platform}:${id.userId} 已绑定到“${existing.name}”` });
    }
  }
  if (problems.length) return { problems, imported: [] };
  const imported = await repos.transaction(async (trx) => {
    const created: ImportedPerson[] = [];
    for (const row of rows) {
      const personId = await trx.people.insertPerson({
        name: row.name,
        role: row.role,
        county_id: row.countyId,
        prefecture_id: row.prefectureId,
        created_at: now.toISOString(),
      });
      for (const id of row.identities) await trx.people.bindIdentity(personId, id.platform, id.userId, now);
      created.push({ line: row.line, id: personId, name: row.name });
    }
    return created;
  });
  return { problems: [], imported };
}

/** A local-chat identity of the demo roster. */
export interface DemoIdentity {
  readonly id: string;
  readonly name: string;
  readonly role: PersonRole | 'anonymous';
  readonly place?: string;
}

const DEMO_OFFICIALS: Readonly<Record<string, string>> = { zhuoni: '杨建华', diebu: '才让东主', zhouqu: '王海燕', luqu: '道吉草' };
const DEMO_STAFF: Readonly<Record<string, string>> = { gannan: '马文军' };

/**
 * The demo roster of the local web chat: an official per county and staff and a group per 市州,
 * the province's staff and group, an admin, a visitor.
 */
export function demoIdentities(programme: ProgrammeData): {
  people: DemoIdentity[];
  groups: { id: string; name: string; purpose: 'province' | 'prefecture'; prefectureId: string | null }[];
} {
  const people: DemoIdentity[] = [];
  for (const pref of programme.prefectures) {
    for (const c of programme.counties.filter((x) => x.prefecture === pref.id)) {
      people.push({ id: `${c.id}-official`, name: DEMO_OFFICIALS[c.id] ?? `${c.name}联络员`, role: 'official', place: c.name });
    }
    people.push({ id: `${pref.id}-staff`, name: DEMO_STAFF[pref.id] ?? `${pref.name}工作人员`, role: 'prefecture', place: pref.name });
  }
  people.push(
    { id: 'province-staff', name: '省商务厅工作人员', role: 'province' },
    { id: 'admin', name: '系统管理员', role: 'admin' },
    { id: 'visitor', name: '访客', role: 'anonymous' },
  );
  const groups = [
    { id: 'province-group', name: `${programme.scope.province}电商示范工作群`, purpose: 'province' as const, prefectureId: null },
    ...programme.prefectures.map((p) => ({ id: `${p.id}-group`, name: p.groupName, purpose: 'prefecture' as const, prefectureId: p.id })),
  ];
  return { people, groups };
}

/** Creates the demo roster and the province and 市州 groups on the local channel; idempotent. */
export async function seedDemoRoster(repos: Repositories, programme: ProgrammeData, now: Date): Promise<void> {
  const { people, groups } = demoIdentities(programme);
  for (const p of people) {
    if (p.role === 'anonymous' || (await repos.people.findPersonByIdentity('local', p.id))) continue;
    const county = p.role === 'official' && p.place ? findCounty(programme, p.place) : undefined;
    const prefectureId = county?.prefecture ?? (p.role === 'prefecture' && p.place ? (findPrefecture(programme, p.place)?.id ?? null) : null);
    const personId = await repos.people.insertPerson({
      name: p.name,
      role: p.role,
      county_id: county?.id ?? null,
      prefecture_id: prefectureId,
      created_at: now.toISOString(),
    });
    await repos.people.bindIdentity(personId, 'local', p.id, now);
  }
  for (const g of groups) {
    await repos.chats.registerChat(
      { platform: 'local', platformChatId: g.id, name: g.name, purpose: g.purpose, prefectureId: g.prefectureId, countyId: null, registeredBy: null },
      now,
    );
  }
}
