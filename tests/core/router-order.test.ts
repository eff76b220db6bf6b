import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/core/actor.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { IncomingMessage } from '../../src/core/message.ts';
import { textReply } from '../../src/core/reply.ts';
import { Router, UNSUPPORTED_TEXT } from '../../src/core/router.ts';

function router(): Router {
  const seen = new Set<string>();
  return new Router({
    identity: { resolveActor: async () => ANONYMOUS, resolveChat: async () => undefined },
    inbound: { claim: async (platform, id) => !seen.has(`${platform}:${id}`) && Boolean(seen.add(`${platform}:${id}`)), done: async () => {} },
    clock: new ManualClock('2018-09-20T10:00:00+08:00'),
    logger: silentLogger,
  }).command({ name: 'echo', match: () => true, handle: async (ctx) => [textReply(`收到：${ctx.text}`)] });
}

const message = (text: string, id: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'test',
  chatId: 'room',
  chatKind: 'group',
  sender: { userId: 'u1' },
  text,
  mentioned: true,
  messageId: id,
  receivedAt: new Date(),
  ...extra,
});

describe('the router’s per-conversation order', () => {
  it('keeps an arriving message’s place while it is resolved, and delivers its replies before the next message is handled', async () => {
    const r = router();
    const delivered: string[] = [];
    const deliver = async (replies: readonly { text: string }[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      delivered.push(...replies.map((x) => x.text));
    };
    const slow = r.handle(
      {
        platform: 'test',
        chatId: 'room',
        userId: 'u1',
        resolve: async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return message('第一条', 'm1');
        },
      },
      deliver,
    );
    const fast = r.handle(message('第二条', 'm2'), deliver);
    await Promise.all([slow, fast]);
    expect(delivered).toEqual(['收到：第一条', '收到：第二条']);
  });

  it('answers nothing when an arriving message turns out not to be for the bot, and frees the line', async () => {
    const r = router();
    expect(await r.handle({ platform: 'test', chatId: 'room', userId: 'u1', resolve: async () => undefined })).toEqual([]);
    expect((await r.handle(message('在吗', 'm3'))).map((x) => x.text)).toEqual(['收到：在吗']);
  });

  it('answers a picture with the one sentence, once, and says nothing about a picture in a group it was not @-mentioned in', async () => {
    const r = router();
    const picture = message('', 'p1', { kind: 'unsupported' });
    expect((await r.handle(picture)).map((x) => x.text)).toEqual([UNSUPPORTED_TEXT]);
    expect(await r.handle(picture)).toEqual([]);
    expect(await r.handle(message('', 'p2', { kind: 'unsupported', mentioned: false }))).toEqual([]);
  });

  it('lets a feature answer the bot being added to a group, without an @-mention, and never hands it to the commands', async () => {
    const r = router().on('joined', async () => [textReply('欢迎')]);
    expect((await r.handle(message('', 'j1', { kind: 'joined', mentioned: false }))).map((x) => x.text)).toEqual(['欢迎']);
    expect(await router().handle(message('', 'j2', { kind: 'joined', mentioned: false }))).toEqual([]);
  });
});
