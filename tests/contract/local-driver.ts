import type { Reply } from '../../src/core/reply.ts';
import { startTestBot } from '../support/bot.ts';
import type { ChannelDriver, DriverFactory } from './driver.ts';

/** The local web chat through its HTTP API, as the page uses it (a button sends its value as text). */
export const startLocalDriver: DriverFactory = async (now) => {
  const bot = await startTestBot({ now });
  const lastPrivate = new Map<string, readonly Reply[]>();
  const cursors = new Map<string, number>();
  const texts = (replies: readonly Reply[]) => replies.map((r) => r.text);
  const post = async (body: Record<string, unknown>): Promise<Reply[]> => {
    const res = await fetch(`${bot.url}/api/local/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`POST /api/local/messages → ${res.status} ${await res.text()}`);
    return ((await res.json()) as { replies: Reply[] }).replies;
  };
  const say = async (person: string, text: string, messageId?: string) => {
    const replies = await post({ from: person, text, messageId });
    lastPrivate.set(person, replies);
    return texts(replies);
  };
  const twice = async (body: Record<string, unknown>, again: boolean) => [...texts(await post(body)), ...(again ? texts(await post(body)) : [])];
  let n = 0;
  const driver: ChannelDriver = {
    platform: 'local',
    bot,
    say: (person, text) => say(person, text),
    async press(person, label) {
      const button = (lastPrivate.get(person) ?? []).flatMap((r) => r.buttons ?? []).find((b) => b.label === label);
      if (!button) throw new Error(`no button ${label} on the last reply to ${person}`);
      return say(person, button.value);
    },
    async sayInGroup(person, group, text, { mention }) {
      return texts(await post({ from: person, chat: group, text, mentioned: mention }));
    },
    async sayTwice(person, text) {
      const id = `twice-${++n}`;
      return [...(await say(person, text, id)), ...(await say(person, text, id))];
    },
    sendPicture: (person, options) => twice({ from: person, kind: 'unsupported', messageId: `picture-${++n}` }, options?.twice ?? false),
    firstContact: (person, options) => twice({ from: person, kind: 'joined', messageId: `first-${++n}` }, options?.twice ?? false),
    addToGroup: (group, by, options) => twice({ from: by, chat: group, kind: 'joined', messageId: `joined-${++n}` }, options?.twice ?? false),
    async runScheduled(person) {
      await bot.shifan.scheduler.tick();
      const posts = await bot.posts(person, cursors.get(person) ?? 0);
      if (posts.length) cursors.set(person, posts.at(-1)!.cursor);
      lastPrivate.set(
        person,
        posts.map((p) => p.reply),
      );
      return posts.map((p) => p.reply.text);
    },
    close: () => bot.close(),
  };
  return driver;
};
