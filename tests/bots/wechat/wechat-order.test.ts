import type { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWechatHarness, type WechatHarness } from './harness.ts';

let h: WechatHarness;
beforeAll(async () => {
  h = await startWechatHarness();
}, 30_000);
afterAll(() => h?.close());

describe('arrival order with a slow puppet', () => {
  it('answers two @-mentions in the order they were typed when looking up the first one’s sender is slow', async () => {
    const member = h.contact('扎西卓玛');
    const room = h.room('夏河县电商工作群', [member]);
    // The puppet takes its time to say who the first message's sender is in the group (her
    // group alias); the second message's look-up answers at once.
    const raw = h.puppet.roomMemberRawPayload.bind(h.puppet);
    let calls = 0;
    h.puppet.roomMemberRawPayload = async (roomId: string, contactId: string) => {
      if (contactId === member.id && ++calls === 1) await new Promise((r) => setTimeout(r, 400));
      return raw(roomId, contactId);
    };
    const handled: string[] = [];
    const onProcessed = (p: { from: string; outcome: string }) => void (p.from === member.id && handled.push(p.outcome));
    const events = h.adapter.events as EventEmitter;
    events.on('processed', onProcessed);
    try {
      const said = await h.capture(room, async () => {
        member.say('@示范助手\u2005我是谁', [h.self]).to(room);
        member.say('@示范助手\u2005帮助', [h.self]).to(room);
        await new Promise<void>((resolve) => {
          const check = () => (handled.length === 2 ? resolve() : setTimeout(check, 20));
          check();
        });
      });
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(said).toHaveLength(2);
      expect(said[0]).toContain('您尚未绑定身份');
      expect(said[1]).toContain('【示范助手 · 使用帮助】');
    } finally {
      events.off('processed', onProcessed);
      h.puppet.roomMemberRawPayload = raw;
    }
  });
});
