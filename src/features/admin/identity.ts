import type { Actor, ChatRegistration } from '../../core/actor.ts';
import { ANONYMOUS } from '../../core/actor.ts';
import type { IdentityResolver } from '../../core/router.ts';
import type { Repositories } from '../../../storage/repositories/index.ts';

/** Resolves platform users and group chats to roster people and registrations. */
export function createIdentityResolver(repos: Repositories): IdentityResolver {
  return {
    async resolveActor(platform, userId): Promise<Actor> {
      const person = await repos.people.findPersonByIdentity(platform, userId);
      if (!person) return ANONYMOUS;
      return {
        role: person.role,
        personId: person.id,
        name: person.name,
        countyId: person.county_id ?? undefined,
        countyName: person.county_name ?? undefined,
        prefectureId: person.prefecture_id ?? undefined,
        prefectureName: person.prefecture_name ?? undefined,
      };
    },
    async resolveChat(platform, chatId): Promise<ChatRegistration | undefined> {
      const chat = await repos.chats.findChat(platform, chatId);
      if (!chat) return undefined;
      return {
        purpose: chat.purpose,
        prefectureId: chat.prefecture_id ?? undefined,
        countyId: chat.county_id ?? undefined,
        name: chat.name ?? undefined,
      };
    },
  };
}
