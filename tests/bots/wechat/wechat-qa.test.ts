import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWechatHarness, type WechatHarness } from './harness.ts';

let h: WechatHarness;
beforeAll(async () => {
  h = await startWechatHarness();
}, 30_000);
afterAll(() => h?.close());

const QUESTION = '公共服务中心能花多少钱？';
const CLAUSE = '依据：《甘肃省2018年电子商务进农村综合示范项目实施方案》 三（二）2';

describe('policy questions on WeChat', () => {
  it('are answered in private from the notice, naming the clause, with numbered feedback', async () => {
    const asker = h.contact('qa-private');
    const said = await h.sayPrivately(asker, QUESTION);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('不得高于15%');
    expect(said[0]).toContain(CLAUSE);
    expect(said[0]!.endsWith('回复 1 有用  2 没用')).toBe(true);
    // "1" is the 有用 button.
    expect(await h.sayPrivately(asker, '1')).toEqual(['感谢您的反馈！如有其他政策问题，请随时提问。']);
  });

  it('are answered in a group only when the bot is @-mentioned, and only the asker’s number counts', async () => {
    const asker = h.contact('qa-group');
    const other = h.contact('qa-other');
    const room = h.room('甘南州电商群', [asker, other]);
    expect(await h.sayInRoom(asker, room, QUESTION)).toEqual([]);
    const said = await h.sayInRoom(asker, room, QUESTION, true);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^@qa-group 公共服务中心建设资金使用比例原则上不得高于15%/);
    expect(said[0]).toContain(CLAUSE);
    // Someone else's bare number is chatter; the asker's "2" is feedback, no @ needed.
    expect(await h.sayInRoom(other, room, '2')).toEqual([]);
    const feedback = await h.sayInRoom(asker, room, '2');
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatch(/^@qa-group /);
    const { db } = h.bot.shifan.services;
    const logged = await db
      .selectFrom('qa_log')
      .select(['user_id', 'answered', 'clause_id', 'feedback'])
      .where('platform', '=', 'wechat')
      .where('user_id', '=', asker.id)
      .execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ answered: 1, feedback: 'down' });
  });
});
