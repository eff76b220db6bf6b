import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../bots/wechat/render.ts';
import { ChannelError } from '../../../src/core/errors.ts';
import { reply, textReply } from '../../../src/core/reply.ts';
import { startWechatHarness, type WechatHarness } from './harness.ts';

let h: WechatHarness;
beforeAll(async () => {
  h = await startWechatHarness();
}, 30_000);
afterAll(() => h?.close());

describe('private chat', () => {
  it('answers every private message, as plain text', async () => {
    const visitor = h.contact('王小明');
    const said = await h.sayPrivately(visitor, '帮助');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('【示范助手 · 使用帮助】');
    expect(said[0]).toContain('绑定 邀请码');
    expect(said[0]).not.toMatch(/[{}<>]/);
  });

  it('binds a WeChat contact to a roster person by invite code, by contact id', async () => {
    const official = h.contact('杨建华');
    expect(await h.bind(official, { role: 'official', county: '卓尼县', name: '杨建华' })).toBe(
      '绑定成功：您是卓尼县的县级联络员（杨建华）。发送“帮助”查看可用功能。',
    );
    expect(await h.sayPrivately(official, '我是谁')).toEqual(['您是卓尼县的县级联络员（杨建华）。']);
    // Another contact with the same display name is a different person.
    expect((await h.sayPrivately(h.contact('杨建华'), '我是谁'))[0]).toContain('尚未绑定');
  });
});

describe('group chat', () => {
  it('stays silent unless @-mentioned, then answers with the mention stripped', async () => {
    const member = h.contact('才让东主');
    const room = h.room('迭部县电商工作群', [member]);
    expect(await h.sayInRoom(member, room, '我是谁')).toEqual([]);
    const said = await h.sayInRoom(member, room, '我是谁', true);
    // The mention was stripped before routing: "我是谁" matched its command exactly.
    expect(said).toEqual(['@才让东主 您尚未绑定身份，目前是访客。项目工作人员请发送“绑定 邀请码”（邀请码由管理员提供）。']);
  });

  it('also answers "@示范助手" typed as text when the puppet gives no mention list', async () => {
    const member = h.contact('道吉草');
    const room = h.room('碌曲县电商工作群', [member]);
    const said = await h.capture(room, async () => {
      const done = h.nextProcessed(member.id);
      member.say('@示范助手 我是谁').to(room);
      await done;
    });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('您尚未绑定身份');
  });

  it('registers a room as the prefecture group through 绑定本群 市州群, by prefecture staff only', async () => {
    const staff = h.contact('马文军');
    const official = h.contact('王海燕');
    await h.bind(staff, { role: 'prefecture', prefecture: '甘南州' });
    await h.bind(official, { role: 'official', county: '舟曲县' });
    const room = h.room('甘南州电商示范工作群', [staff, official]);
    expect((await h.sayInRoom(official, room, '绑定本群 市州群', true))[0]).toContain('仅限市州工作人员、省级工作人员、管理员使用');
    expect(await h.sayInRoom(staff, room, '绑定本群 市州群', true)).toEqual(['@马文军 已将本群登记为甘南州工作群，周汇总和逾期催办将发送到本群。']);
    const { db } = h.bot.shifan.services;
    const chat = await db.selectFrom('chats').selectAll().where('platform', '=', 'wechat').where('platform_chat_id', '=', room.id).executeTakeFirst();
    expect(chat).toMatchObject({ purpose: 'prefecture', prefecture_id: 'gannan', name: '甘南州电商示范工作群' });
  });

  it('refuses binding in a group and asks for a private chat', async () => {
    const member = h.contact('杨帆');
    const room = h.room('卓尼县工作群', [member]);
    const code = await (async () => {
      const { issueInvite } = await import('../../../src/features/admin/invites.ts');
      const r = await issueInvite(h.bot.shifan.services.repos, h.bot.shifan.services.programme.data, { role: 'admin' }, 1, h.bot.clock.now());
      return r.ok ? r.value.code : '';
    })();
    expect((await h.sayInRoom(member, room, `绑定 ${code}`, true))[0]).toContain('请在与我的私聊中使用');
  });
});

describe("the bot's own messages", () => {
  it('are ignored, whether sent by the bot or typed on its phone', async () => {
    const contact = h.contact('赵敏');
    const processed: string[] = [];
    const record = (p: { outcome: string; from: string }) => p.from === h.self.id && processed.push(p.outcome);
    h.adapter.events.on('processed', record);
    try {
      const said = await h.capture(contact, async () => {
        const typedOnPhone = h.nextProcessed(h.self.id);
        h.self.say('帮助').to(contact);
        await typedOnPhone;
        const echo = h.nextProcessed(h.self.id);
        await h.adapter.send({ platform: 'wechat', chatId: contact.id, chatKind: 'direct' }, textReply('您好，本周进度请于周五18:00前报送。'));
        await echo;
      });
      expect(said).toEqual(['帮助', '您好，本周进度请于周五18:00前报送。']);
      expect(processed).toEqual(['self', 'self']);
    } finally {
      h.adapter.events.off('processed', record);
    }
  });
});

describe('sending to a chat that does not exist', () => {
  it('fails with a not-found error that the outbox does not retry', async () => {
    const err = await h.adapter.send({ platform: 'wechat', chatId: 'no-such-room@chatroom', chatKind: 'group' }, textReply('通知')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect(err).toMatchObject({ platform: 'wechat', kind: 'not_found', retryable: false });
  });
});

describe('numbered quick replies', () => {
  const target = (chatId: string) => ({ platform: 'wechat', chatId, chatKind: 'direct' as const });
  const choices = reply({
    paragraphs: ['请选择：'],
    buttons: [
      { label: '查看帮助', value: '帮助' },
      { label: '我是谁', value: '我是谁' },
    ],
  });

  it('shows buttons as numbers and maps the next bare number to the button once', async () => {
    const contact = h.contact('numbers-1');
    const shown = await h.capture(contact, () => h.adapter.send(target(contact.id), choices));
    expect(shown).toEqual(['请选择：\n\n回复 1 查看帮助  2 我是谁']);
    expect((await h.sayPrivately(contact, '2'))[0]).toContain('您尚未绑定身份');
    // The mapping was used up: a second "2" is just text, not 我是谁.
    expect((await h.sayPrivately(contact, '2'))[0]).not.toContain('您尚未绑定身份');
  });

  it('does not map a number after ten minutes, or after another message', async () => {
    const contact = h.contact('numbers-2');
    await h.capture(contact, () => h.adapter.send(target(contact.id), choices));
    h.bot.clock.advance(11 * 60_000);
    expect((await h.sayPrivately(contact, '1'))[0]).not.toContain('使用帮助');
    await h.capture(contact, () => h.adapter.send(target(contact.id), choices));
    await h.sayPrivately(contact, '你好');
    expect((await h.sayPrivately(contact, '1'))[0]).not.toContain('使用帮助');
  });

  it('ignores a bare number in a group when the last reply had no buttons', async () => {
    const member = h.contact('numbers-3');
    const room = h.room('numbers-room', [member]);
    const other = h.contact('numbers-4');
    const help = await h.sayInRoom(member, room, '帮助', true);
    expect(help[0]).toContain('使用帮助');
    // The help reply has no buttons, so a bare number is ignored in the group.
    expect(await h.sayInRoom(member, room, '1')).toEqual([]);
    expect(await h.sayInRoom(other, room, '1')).toEqual([]);
  });
});

describe('long replies', () => {
  it('are split at paragraph boundaries into numbered messages under the limit', async () => {
    const contact = h.contact('long-1');
    const paragraphs = Array.from({ length: 6 }, (_, i) => `（${i + 1}）` + '项目县应按照实施方案要求，加快资金拨付和项目建设进度。'.repeat(20));
    const said = await h.capture(contact, () =>
      h.adapter.send({ platform: 'wechat', chatId: contact.id, chatKind: 'direct' }, reply({ title: '进度说明', paragraphs })),
    );
    expect(said.length).toBeGreaterThan(1);
    said.forEach((m, i) => {
      expect(m.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(m.endsWith(`（${i + 1}/${said.length}）`)).toBe(true);
    });
    const body = said.map((m) => m.replace(/\n（\d+\/\d+）$/, '')).join('\n\n');
    expect(body).toBe(['【进度说明】', ...paragraphs].join('\n\n'));
  });
});
