/** Roles, from least to most privileged in what they may manage. */
export type Role = 'anonymous' | 'official' | 'prefecture' | 'province' | 'admin';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  anonymous: '访客',
  official: '县级联络员',
  prefecture: '市州工作人员',
  province: '省级工作人员',
  admin: '管理员',
};

/** Who is speaking, as resolved from their platform identity. */
export interface Actor {
  readonly role: Role;
  readonly personId?: number;
  readonly name?: string;
  readonly countyId?: string;
  readonly countyName?: string;
  readonly prefectureId?: string;
  readonly prefectureName?: string;
}

export const ANONYMOUS: Actor = { role: 'anonymous' };

/** Who sees every county of the programme: the province (省商务厅) and the admin. */
export const PROVINCE_WIDE: readonly Role[] = ['province', 'admin'];

/** A registered group chat (province, prefecture or county group), if the chat is one. */
export interface ChatRegistration {
  readonly purpose: 'province' | 'prefecture' | 'county';
  readonly prefectureId?: string;
  readonly countyId?: string;
  readonly name?: string;
}
