import type { SendTarget } from '../../core/message.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';

/** One place a job can send to, and how a preview names it. */
export interface Recipient {
  readonly target: SendTarget;
  readonly label: string;
}

export interface CountyRecipients {
  readonly id: string;
  readonly name: string;
  readonly prefectureId: string | null;
  /** Every identity, on every platform, of the county's active officials (direct chat: chat id = user id). */
  readonly officials: readonly Recipient[];
}

/** Every county with its officials' private chats, in the programme's order (`order`: county ids) when given. */
export async function countyRecipients(repos: Repositories, order: readonly string[] = []): Promise<CountyRecipients[]> {
  const [counties, officials] = await Promise.all([repos.programme.listCounties(), repos.people.listPeopleWithIdentities({ role: 'official' })]);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  counties.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return counties.map((c) => ({
    id: c.id,
    name: c.name,
    prefectureId: c.prefecture_id,
    officials: officials
      .filter((o) => o.county_id === c.id)
      .map((o) => ({
        target: { platform: o.platform, chatId: o.platform_user_id, chatKind: 'direct' as const },
        label: `${c.name}联络员 ${o.name}（${o.platform}:${o.platform_user_id}）`,
      })),
  }));
}

/** The registered group chats of each prefecture that has counties. */
export async function prefectureGroups(repos: Repositories, prefectureIds: readonly string[]): Promise<Map<string, Recipient[]>> {
  const out = new Map<string, Recipient[]>();
  for (const id of prefectureIds) {
    const chats = await repos.chats.listPrefectureChats(id);
    out.set(
      id,
      chats.map((c) => ({
        target: { platform: c.platform, chatId: c.platform_chat_id, chatKind: 'group' as const },
        label: `${c.name ?? '市州工作群'}（${c.platform}:${c.platform_chat_id}）`,
      })),
    );
  }
  return out;
}

/** Where the province is told: its registered 省级群; with none registered, each province staff member's private chat. */
export async function provinceRecipients(repos: Repositories): Promise<Recipient[]> {
  const chats = await repos.chats.listProvinceChats();
  if (chats.length)
    return chats.map((c) => ({
      target: { platform: c.platform, chatId: c.platform_chat_id, chatKind: 'group' as const },
      label: `${c.name ?? '省级工作群'}（${c.platform}:${c.platform_chat_id}）`,
    }));
  const staff = await repos.people.listPeopleWithIdentities({ role: 'province' });
  return staff.map((p) => ({
    target: { platform: p.platform, chatId: p.platform_user_id, chatKind: 'direct' as const },
    label: `省级工作人员 ${p.name}（${p.platform}:${p.platform_user_id}）`,
  }));
}
