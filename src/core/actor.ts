/** Roles, from least to most privileged in what they may manage. */
export type Role = 'anonymous' | 'official' | 'prefecture' | 'admin';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  anonymous: '访客',
  official: '县级联络员',
  prefecture: '州级工作人员',
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

/** A registered group chat (prefecture or county group), if the chat is one. */
export interface ChatRegistration {
  readonly purpose: 'prefecture' | 'county';
  readonly prefectureId?: string;
  readonly countyId?: string;
  readonly name?: string;
}
