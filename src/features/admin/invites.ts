import { randomInt } from 'node:crypto';
import type { Result } from '../../core/errors.ts';
import { fail, ok } from '../../core/errors.ts';
import { TEXT_LIMITS } from '../../core/limits.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';
import type { PersonWithPlaces } from '../../../storage/repositories/people.repository.ts';
import type { PersonRole } from '../../../storage/schema.ts';
import { findCounty, findPrefecture, type ProgrammeData } from '../../programme.ts';

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function generateCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Normalises a typed code: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}

export interface InviteRequest {
  readonly role: PersonRole;
  readonly county?: string;
  readonly prefecture?: string;
  readonly name?: string;
}

export interface IssuedInvite {
  readonly code: string;
  readonly role: PersonRole;
  readonly countyId: string | null;
  readonly countyName: string | null;
  readonly prefectureId: string | null;
  readonly prefectureName: string | null;
  readonly expiresAt: string;
}

/** Issues a one-time invite code for a role and place; the county or prefecture must exist in the programme. */
export async function issueInvite(
  repos: Repositories,
  programme: ProgrammeData,
  request: InviteRequest,
  ttlHours: number,
  now: Date,
): Promise<Result<IssuedInvite>> {
  const name = request.name?.trim() || undefined;
  if (name && name.length > TEXT_LIMITS.name) return fail(`姓名过长（${name.length}字），请不超过${TEXT_LIMITS.name}字。`);
  let countyId: string | null = null;
  let countyName: string | null = null;
  let prefectureId: string | null = null;
  let prefectureName: string | null = null;
  if (request.role === 'official') {
    if (!request.county) return fail('县级联络员的邀请码需要指定县，例如 --county 卓尼县');
    const county = findCounty(programme, request.county);
    if (!county) return fail(`未找到示范县“${request.county}”。示范县为：${programme.counties.map((c) => c.name).join('、')}`);
    countyId = county.id;
    countyName = county.name;
    prefectureId = county.prefecture;
    prefectureName = programme.prefectures.find((p) => p.id === county.prefecture)?.name ?? null;
  } else if (request.role === 'prefecture') {
    if (!request.prefecture) return fail(`市州工作人员的邀请码需要指定市州，例如 --prefecture ${programme.prefectures[0]?.name ?? '甘南州'}`);
    const pref = findPrefecture(programme, request.prefecture);
    if (!pref) return fail(`未找到“${request.prefecture}”。可选：${programme.prefectures.map((p) => p.name).join('、')}`);
    prefectureId = pref.id;
    prefectureName = pref.name;
  }
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  const code = generateCode();
  await repos.invites.insertInvite({ code, role: request.role, countyId, prefectureId, personName: name ?? null, expiresAt }, now);
  return ok({ code, role: request.role, countyId, countyName, prefectureId, prefectureName, expiresAt: expiresAt.toISOString() });
}

/** Redeems an invite for a platform user; the reason is a Chinese sentence when it cannot be used. */
export async function redeemInvite(
  repos: Repositories,
  typedCode: string,
  who: { platform: string; userId: string; displayName?: string },
  now: Date,
): Promise<Result<PersonWithPlaces>> {
  const code = normaliseCode(typedCode);
  const invite = await repos.invites.findInvite(code);
  if (!invite) return fail(`邀请码“${typedCode}”无效，请核对后重新输入（格式如 ABCD-2345），或联系管理员重新获取。`);
  if (invite.used_at) return fail('该邀请码已被使用，每个邀请码只能使用一次。如需绑定，请联系管理员重新获取。');
  if (new Date(invite.expires_at) <= now) return fail('该邀请码已过期，请联系管理员重新获取。');
  const person = await repos
    .transaction(async (trx) => {
      const personId = await trx.people.insertPerson({
        name: invite.person_name ?? who.displayName ?? '未署名',
        role: invite.role,
        county_id: invite.county_id,
        prefecture_id: invite.prefecture_id,
        created_at: now.toISOString(),
      });
      if (!(await trx.invites.markInviteUsed(code, personId, now))) throw new InviteRaceError();
      await trx.people.bindIdentity(personId, who.platform, who.userId, now);
      return trx.people.getPerson(personId);
    })
    .catch((err: unknown) => {
      if (err instanceof InviteRaceError) return undefined;
      throw err;
    });
  if (!person) return fail('该邀请码已被使用，每个邀请码只能使用一次。如需绑定，请联系管理员重新获取。');
  return ok(person);
}

class InviteRaceError extends Error {}
