import { afterAll, beforeAll, describe, it } from 'vitest';
import { issueInvite } from '../../../src/features/admin/invites.ts';
import { playEverydayWords } from '../everyday-words.ts';
import { read, startLarkBot, type LarkBot } from './lark-harness.ts';

const OFFICIAL = 'ou_5555eeee6666ffff7777aaaa8888bbbb';

describe('everyday words in a private Lark chat', () => {
  let lark: LarkBot;
  beforeAll(async () => {
    lark = await startLarkBot({ now: '2018-09-20T10:00:00+08:00' });
    const { db, programme } = lark.bot.shifan.services;
    const invite = await issueInvite(db, programme.data, { role: 'official', county: '迭部县', name: '迭部县联络员' }, 72, lark.bot.clock.now());
    if (!invite.ok) throw new Error(invite.error);
    await lark.say(OFFICIAL, `绑定 ${invite.value.code}`);
  });
  afterAll(() => lark.close());

  it('starts, reads, asks back, pauses, resumes and cancels a report in plain words', async () => {
    await playEverydayWords(async (text) => read(await lark.say(OFFICIAL, text)));
  });
});
